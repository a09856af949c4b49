#pragma once

#include "registrationdata.h"
#include "transfertypes.h"
#include "transferwriter.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace Ferry {

class DownloadBudget;
class TokenBucket;

// One extra connection of a segmented download: fetches the byte range of one segment with Range and If-Range,
// checks that the server answers exactly that range of the same version, and writes it in place into the shared
// .part file. Retries dropped connections from where it stopped. Lives on the engine thread, owned by the
// Transfer of its record, which hands out the work and finishes the file.
class RangeFetcher final : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        Refused,   // a 200 or changed validators: the server will not give ranges of this version
        Broken,    // a malformed answer, or the retries are spent: fetch-error
        NoSpace,   // the disk is full: quota-exceeded
        OverTotal, // the registration's downloadTotal would be exceeded
    };
    Q_ENUM(Failure)

    RangeFetcher(const RecordData &record, SegmentData segment, QNetworkAccessManager &network,
                 const EngineConfig &config, DownloadBudget &budget, TokenBucket &rate, TokenBucket &globalRate,
                 QObject *parent = nullptr);
    ~RangeFetcher() override;

    void start();
    // Stops, syncs and closes; no signal follows.
    void halt();
    // Work stealing: this connection stops at `end`, and another takes the rest. Never below requestEnd(): the
    // bytes already asked for are on their way, and cutting them off would throw them away.
    void shortenTo(qint64 end);
    // Where the request under way ends: the range is asked for in spans (see sendRequest()), and only what lies
    // beyond the current span can be handed to another connection without waste.
    qint64 requestEnd() const { return std::max(m_requestEnd, m_segment.position()); }
    void rateChanged();

    SegmentData segment() const { return m_segment; }
    SegmentData durableSegment() const;
    bool isDone() const { return m_segment.isComplete() && !m_reply; }
    bool isActive() const { return !m_halted && !m_segment.isComplete(); }
    // Why this range's connection gave up (Failure::Broken): its host and the transport's words for its last fault.
    RecordProblem problem() const;

Q_SIGNALS:
    void advanced();
    // A request for the range went out (the first, or a retry): counted in the record's tries.
    void requestSent();
    void completed(Ferry::RangeFetcher *fetcher);
    void failed(Ferry::RangeFetcher *fetcher, Ferry::RangeFetcher::Failure failure);

private:
    QUrl url() const;
    void sendRequest();
    void onReadyRead();
    void onFinished();
    bool checkHead();
    bool write(const char *data, qint64 size);
    void finishSegment();
    void fail(Failure failure);
    void dropReply();
    bool retryLater();

    const RecordData &m_record;
    SegmentData m_segment;
    QNetworkAccessManager &m_network;
    const EngineConfig &m_config;
    DownloadBudget &m_budget;
    TokenBucket &m_rate;
    TokenBucket &m_globalRate;
    TransferWriter m_writer;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_paceTimer;
    QElapsedTimer m_sinceSync;
    QByteArray m_buffer;
    RetryCounter m_retries;
    QString m_lastError;
    qint64 m_requestEnd = 0;   // exclusive end of the span asked for by the current request
    qint64 m_span = 0;         // how much the next request asks for; grows with the connection's speed
    QElapsedTimer m_sinceRequest;
    bool m_headChecked = false;
    bool m_halted = false;
};

} // namespace Ferry
