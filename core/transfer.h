#pragma once

#include "rangefetcher.h"
#include "transfertypes.h"
#include "transferwriter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

class ConnectionPool;
class DownloadBudget;
class NameReservations;
class TokenBucket;

// One record's HTTP exchange: redirects, resume with Range/If-Range, retries, streaming into the .part file, and
// the atomic rename at the end. Lives on the engine thread, owned by the TransferEngine. Emits headReceived() once
// the final response's headers are known, placing() when the complete file is ready to take its final name, and
// finished() exactly once, unless stop() came first. A new .part file and the final name both wait for recorded(),
// which comes once the store has what the signal before it carried.
class Transfer final : public QObject
{
    Q_OBJECT

public:
    // `rate` is the registration's speed limit and `globalRate` everyone's; both outlive the transfer.
    // `segmentNetworks` carry the extra connections of a segmented download.
    Transfer(TransferOrder order, QNetworkAccessManager &network, QList<QNetworkAccessManager *> segmentNetworks,
             const EngineConfig &config, DownloadBudget &budget, TokenBucket &rate, TokenBucket &globalRate,
             ConnectionPool &pool, NameReservations &names, QObject *parent = nullptr);
    ~Transfer() override;

    // Starts once the connection pool has a slot for this host.
    void start();
    // Cuts the exchange off and returns the record with its durable byte count; no signal follows.
    RecordData stop(StopMode mode);

    QString uuid() const { return m_order.uuid; }
    int index() const { return m_rec.index; }
    // The progress since the last call, or nothing when nothing changed.
    std::optional<TransferProgress> takeProgress();
    // A speed limit changed: adapt the reply's buffering and read again.
    void rateChanged();
    // Reports the head of a body held in memory (see shouldHoldBody()) that is still arriving, so the window can
    // show its size. A small body that completes sooner is reported once, with its end.
    void reportHeldHead();
    // The store has recorded what the transfer waits for: the name of a new .part file (headReceived()), which is
    // created now, or a placing() record, whose file takes its final name now.
    void recorded(const Ferry::RecordData &stored);

Q_SIGNALS:
    void headReceived(const Ferry::RecordData &record);
    // The body is complete and durable; `record` names the file's identity and final name (see
    // RecordData::placingFileId). May come again with another name if that one was taken meanwhile.
    void placing(const Ferry::RecordData &record);
    void finished(const Ferry::RecordData &record);
    // A split download's connections wrote so much since the last report that the store should hear of it now,
    // not at the next tick (EngineConfig::commitBytes).
    void progressDue();

private:
    enum class HeadOutcome { Stream, Redirected, Restarted, Handled };

    void begin();
    void sendRequest();
    void prepareResume();
    void onReadyRead();
    void onPacedRead();
    void onFinished();
    void applyBuffering();
    HeadOutcome handleHead();
    HeadOutcome handleSuccessHead(int status);
    HeadOutcome handlePartialContent();
    bool followRedirect(int status);
    // Continues the .part file the record names, if it is there.
    bool reopenPartFile();
    // Names a new .part file in the record and reports the head; the file is created by claimRecorded(), once the
    // store knows it, so a crash never leaves a .part file the store does not know (transferplacing.cpp).
    bool askToClaim();
    // The same for the first free form of the suggested name.
    bool askToClaimNext();
    void claimRecorded();
    void abandonClaim();
    // The body has its file: space, segments, and the head with them. False when the transfer settled instead.
    bool startBody();
    // A small body of known length is kept in memory and only written, whole, once it is complete (see
    // EngineConfig::heldBodyLimit): a run of small files costs one write and one store update each.
    bool shouldHoldBody() const;
    // Starts holding: claims the body's final name among the engine's reservations. False when no name is free.
    bool holdBody();
    void placeHeldBody();
    // Writes what is held so far into a .part file, which continues as usual (a pause, or a retry that resumes
    // with Range). False when that failed and the held bytes are gone.
    bool spillHeldBody();
    void forgetHeldBody();
    void releaseHeldPath();
    bool openErrorBody();
    bool writeChunk(const char *data, qint64 size);
    bool syncAndCheckSpace();
    // Starts a background flush when none runs; checks the free space when it does.
    bool syncSoonAndCheckSpace();
    // Whether the folder of the open file, or `folder` with `incoming` bytes still to land, keeps the disk reserve;
    // settles with quota-exceeded when not.
    bool hasSpace();
    bool hasSpace(const QString &folder, qint64 incoming);
    void restartFromZero();
    bool retryLater(std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
    // A new phase is reported with the next progress.
    void setPhase(TransferPhase phase, qint64 retryAtMs = 0);
    void complete();
    // Placing (transferplacing.cpp): the rename or link waits until the store knows the file being placed.
    void askToPlace(qint64 fileId);
    void place();
    // Stopped while placing: a .part file stays for the next start to finish; an unnamed one is gone.
    void abandonPlacing();
    // Ends all activity: no reply, no timers, the file synced and closed with its durable count recorded.
    void halt();
    void settle(RecordResult result);
    void dropReply();

    // Segments (DESIGN.md section 3, in transfersegments.cpp): this transfer's own connection fetches the first
    // range of the file; RangeFetchers fetch the others into the same .part file.
    bool isSegmented() const { return !m_rec.segments.isEmpty(); }
    bool shouldSegment() const;
    // The same, before the .part file exists.
    bool segmentable() const;
    // The ranges a new segmented download starts with.
    QList<SegmentData> segmentPlan() const;
    bool startSegments();
    bool resumeSegments();
    RangeFetcher *spawnFetcher(const SegmentData &segment);
    // Starts a fetcher if a connection slot is free; it keeps the slot until it ends.
    bool startFetcher(RangeFetcher *fetcher);
    void releaseFetcherSlot(RangeFetcher *fetcher);
    void onFetcherCompleted();
    void onFetcherFailed(RangeFetcher::Failure failure);
    void primarySegmentDone();
    void rebalance();
    int busyConnections() const;
    bool commitDue(qint64 written) const;
    void checkProgressDue(qint64 written);
    void completeIfAllSegmentsDone();
    void dropSegments();
    QList<SegmentData> currentSegments(bool durable) const;
    qint64 segmentedBytes(bool durable) const;

    TransferOrder m_order;
    RecordData &m_rec;
    QNetworkAccessManager &m_network;
    QList<QNetworkAccessManager *> m_segmentNetworks;
    const EngineConfig &m_config;
    DownloadBudget &m_budget;
    TokenBucket &m_rate;
    TokenBucket &m_globalRate;
    ConnectionPool &m_pool;
    NameReservations &m_names;
    QString m_host;             // the connection pool's key: host and port of the request URL
    bool m_holdsSlot = false;
    QTimer m_paceTimer;        // reads again once the speed limits allow more bytes
    TransferWriter m_writer;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_sinceSync;
    QByteArray m_buffer;
    QByteArray m_held;          // the body so far, while m_holding
    QString m_heldName;         // the name the held body's response suggests
    QString m_heldPath;         // where it is to land: reserved in m_names until it does
    bool m_holding = false;
    bool m_heldHeadReported = false;
    bool m_placing = false;     // waiting for recorded() to place the file
    bool m_claimPending = false;// waiting for recorded() to create the .part file (m_rec.partPath)
    QString m_claimPath;        // the final name it stands for, reserved in m_names until the .part exists
    QString m_claimName;        // the name the response suggests

    QUrl m_url;                 // the URL of the current hop
    QByteArray m_method;
    QSet<QString> m_visited;    // method + URL of each hop, to catch loops before the limit
    int m_redirects = 0;
    RetryCounter m_retries;
    qint64 m_rangeStart = 0;    // the offset asked for with Range, 0 when none
    bool m_headHandled = false;
    bool m_badStatus = false;
    bool m_discarding = false;  // the rest of the reply is unwanted (error page past its limit)
    bool m_done = false;
    bool m_dirty = false;
    bool m_finishPending = false; // the reply ended while paced bytes were still waiting to be read
    bool m_askedRange = false;    // the current request carries a Range header
    QList<QSslError> m_sslErrors; // why the current hop's handshake was refused, if it was
    TransferPhase m_phase = TransferPhase::WaitingForConnection;
    qint64 m_retryAtMs = 0;
    qint64 m_reportedBytes = 0;   // the bytes of the last progress report
    qint64 m_committedBytes = 0;  // ...and of the last one marked commitNow

    SegmentData m_primary;        // the range this transfer's own connection fetches, when segmented
    bool m_primaryDone = false;
    std::vector<RangeFetcher *> m_fetchers;
    QSet<RangeFetcher *> m_slotHolders; // fetchers that hold a connection slot
};

} // namespace Ferry
