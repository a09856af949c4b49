#include "rangefetcher.h"

#include "contentrange.h"
#include "downloadbudget.h"
#include "recordproblems.h"
#include "requestsender.h"
#include "tokenbucket.h"

#include <QNetworkReply>

#include <cerrno>

namespace Ferry {
namespace {

constexpr qint64 readChunk = 256 * 1024;
// A request asks for about this long of the connection's speed: long enough that the pause between two requests
// on the kept-alive connection costs little, short enough that the end of a download can still be shared out.
constexpr qint64 spanMs = 2000;
constexpr qint64 maxSpan = 32 * 1024 * 1024;

} // namespace

RangeFetcher::RangeFetcher(const RecordData &record, SegmentData segment, QNetworkAccessManager &network,
                           const EngineConfig &config, DownloadBudget &budget, TokenBucket &rate,
                           TokenBucket &globalRate, QObject *parent)
    : QObject(parent), m_record(record), m_segment(segment), m_network(network), m_config(config), m_budget(budget),
      m_rate(rate), m_globalRate(globalRate)
{
    m_buffer.resize(readChunk);
    m_span = m_config.minStealSize;
    m_retryTimer.setSingleShot(true);
    m_paceTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RangeFetcher::sendRequest);
    connect(&m_paceTimer, &QTimer::timeout, this, [this] {
        onReadyRead();
        if (m_reply && m_reply->isFinished() && m_reply->bytesAvailable() == 0)
            onFinished();
    });
}

RangeFetcher::~RangeFetcher()
{
    dropReply();
}

void RangeFetcher::start()
{
    if (m_segment.isComplete())
        return;
    if (!m_writer.openRange(m_record.partPath, m_segment.position())) {
        // Deferred, so the owner never hears of a failure from inside its own call.
        QMetaObject::invokeMethod(this, [this] { fail(Failure::Broken); }, Qt::QueuedConnection);
        return;
    }
    sendRequest();
}

SegmentData RangeFetcher::durableSegment() const
{
    SegmentData durable = m_segment;
    if (m_writer.isOpen())
        durable.done = m_writer.durableBytes() - m_segment.start;
    return durable;
}

QUrl RangeFetcher::url() const
{
    return QUrl(m_record.finalUrl.isEmpty() ? m_record.request.url : m_record.finalUrl);
}

RecordProblem RangeFetcher::problem() const
{
    return RecordProblems::network(url(), m_lastError);
}

void RangeFetcher::sendRequest()
{
    dropReply();
    m_headChecked = false;
    m_sinceSync.start();
    m_retries.tryStarts(m_segment.position());
    Q_EMIT requestSent();
    // Only a span of the range: what a request asks for arrives whatever happens next, so asking for the whole
    // range would make any share of it taken over by another connection cost its bytes twice.
    m_requestEnd = std::min(m_segment.end, m_segment.position() + m_span);
    m_sinceRequest.start();
    m_reply = RequestSender::send(m_network, url(), "GET", m_record, m_segment.position(), m_config, m_requestEnd);
    m_reply->setReadBufferSize(replyBufferSize(m_rate, m_globalRate));
    connect(m_reply, &QNetworkReply::readyRead, this, &RangeFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RangeFetcher::onFinished);
}

void RangeFetcher::dropReply()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    if (m_reply->isRunning())
        m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

bool RangeFetcher::checkHead()
{
    m_headChecked = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200) {
        fail(Failure::Refused);
        return false;
    }
    if (status != 206) {
        if (!retryLater())
            fail(Failure::Broken);
        return false;
    }
    // The same checks as any resume (E7, E8): this exact range of this exact version.
    const auto range = parseContentRange(m_reply->rawHeader("Content-Range"));
    if (!range || range->first != m_segment.position() || range->complete != m_record.totalLength) {
        fail(Failure::Broken);
        return false;
    }
    if (!m_record.isSameVersion(m_reply->rawHeader("ETag"), m_reply->rawHeader("Last-Modified"))) {
        fail(Failure::Refused);
        return false;
    }
    return true;
}

void RangeFetcher::onReadyRead()
{
    if (!m_reply || m_halted)
        return;
    if (!m_headChecked) {
        if (!m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid() || !checkHead())
            return;
    }
    while (m_reply && m_reply->isOpen()) {
        int waitMs = 0;
        const qint64 n = readWithinLimits(*m_reply, m_buffer.data(), readChunk, m_rate, m_globalRate, &waitMs);
        if (n <= 0) {
            if (waitMs > 0 && !m_paceTimer.isActive())
                m_paceTimer.start(waitMs);
            return;
        }
        if (!write(m_buffer.constData(), n))
            return;
    }
}

bool RangeFetcher::write(const char *data, qint64 size)
{
    // The range may have been shortened by work stealing while the answer was under way.
    size = std::min(size, m_segment.remaining());
    if (size > 0 && !m_budget.tryConsume(size)) {
        fail(Failure::OverTotal);
        return false;
    }
    switch (m_writer.write(data, size)) {
    case TransferWriter::Status::Ok:
        break;
    case TransferWriter::Status::NoSpace:
        fail(Failure::NoSpace);
        return false;
    case TransferWriter::Status::Failed:
        fail(Failure::Broken);
        return false;
    }
    m_segment.done = m_segment.written = m_writer.position() - m_segment.start;
    Q_EMIT advanced();
    if (m_segment.isComplete()) {
        finishSegment();
        return false;
    }
    if (!m_writer.collect()) {
        fail(m_writer.errorNumber() == ENOSPC ? Failure::NoSpace : Failure::Broken);
        return false;
    }
    // Flushed beside the reads; durableSegment() counts the bytes once the flush is done.
    if ((m_writer.unsyncedBytes() >= m_config.syncBytes || m_sinceSync.hasExpired(m_config.syncInterval.count()))
        && m_writer.syncInBackground())
        m_sinceSync.start();
    return true;
}

void RangeFetcher::finishSegment()
{
    dropReply();
    m_paceTimer.stop();
    if (!m_writer.sync()) {
        fail(m_writer.errorNumber() == ENOSPC ? Failure::NoSpace : Failure::Broken);
        return;
    }
    m_writer.close();
    Q_EMIT completed(this);
}

void RangeFetcher::onFinished()
{
    if (!m_reply || m_halted)
        return;
    if (!m_headChecked && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid() && !checkHead())
        return;
    onReadyRead();
    if (!m_reply || m_halted)
        return;
    if (m_reply->bytesAvailable() > 0)
        return; // paced: the pace timer reads the rest and comes back here
    if (m_reply->error() == QNetworkReply::NoError && m_segment.position() >= m_requestEnd && !m_segment.isComplete()) {
        // The span is in: ask for the next, sized to what this one showed of the connection's speed (a paced
        // connection measures the limit, which is what it will get).
        const qint64 elapsedMs = std::max<qint64>(1, m_sinceRequest.elapsed());
        const qint64 asked = m_span;
        m_span = std::clamp(asked * spanMs / elapsedMs, m_config.minStealSize, std::max(m_config.minStealSize, maxSpan));
        m_span = std::min(m_span, 2 * asked); // grows step by step, so one fast burst from buffers does not overshoot
        sendRequest();
        return;
    }
    // The answer ended before the range did: a dropped connection, picked up where it stopped.
    if (m_reply->error() != QNetworkReply::NoError)
        m_lastError = m_reply->errorString();
    if (!m_segment.isComplete() && !retryLater())
        fail(Failure::Broken);
}

bool RangeFetcher::retryLater()
{
    const auto delay = m_retries.next(m_config.retry, m_segment.position());
    if (!delay)
        return false;
    dropReply();
    m_writer.sync();
    m_retryTimer.start(*delay);
    return true;
}

void RangeFetcher::fail(Failure failure)
{
    if (m_halted)
        return;
    halt();
    Q_EMIT failed(this, failure);
}

void RangeFetcher::halt()
{
    m_halted = true;
    m_retryTimer.stop();
    m_paceTimer.stop();
    dropReply();
    if (m_writer.isOpen()) {
        m_writer.sync();
        m_writer.close();
    }
}

void RangeFetcher::shortenTo(qint64 end)
{
    m_segment.end = std::max(requestEnd(), end);
    if (m_segment.isComplete() && !m_halted)
        finishSegment();
}

void RangeFetcher::rateChanged()
{
    if (m_reply) {
        m_reply->setReadBufferSize(replyBufferSize(m_rate, m_globalRate));
        onReadyRead();
    }
}

} // namespace Ferry
