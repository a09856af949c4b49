#include "transfer.h"

#include "connectionpool.h"
#include "downloadbudget.h"
#include "fileplacement.h"
#include "recordproblems.h"
#include "requestsender.h"
#include "tokenbucket.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cerrno>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Ferry {
namespace {

constexpr qint64 readChunk = 256 * 1024;

// A network-level failure (as opposed to an HTTP status QNAM also reports as an error).
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

} // namespace

Transfer::Transfer(TransferOrder order, QNetworkAccessManager &network, QList<QNetworkAccessManager *> segmentNetworks,
                   const EngineConfig &config, DownloadBudget &budget, TokenBucket &rate, TokenBucket &globalRate,
                   ConnectionPool &pool, NameReservations &names, QObject *parent)
    : QObject(parent), m_order(std::move(order)), m_rec(m_order.record), m_network(network),
      m_segmentNetworks(std::move(segmentNetworks)), m_config(config),
      m_budget(budget), m_rate(rate), m_globalRate(globalRate), m_pool(pool), m_names(names)
{
    const QUrl url(m_rec.request.url);
    m_host = url.host() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Transfer::sendRequest);
    m_paceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &Transfer::onPacedRead);
    m_buffer.resize(readChunk);
}

Transfer::~Transfer()
{
    dropReply();
}

void Transfer::start()
{
    m_pool.acquire(
        m_host, this,
        [this] {
            m_holdsSlot = true;
            setPhase(TransferPhase::Connecting);
            begin();
        },
        m_order.connections);
}

void Transfer::begin()
{
    m_url = QUrl(m_rec.request.url);
    m_method = m_rec.request.method;
    if (isSegmented() && resumeSegments())
        return;
    prepareResume();
    sendRequest();
}

void Transfer::prepareResume()
{
    if (m_rec.bytes == 0)
        return;
    const bool resumable = m_rec.request.isGet() && !m_rec.contentEncoded && !m_rec.partPath.isEmpty()
        && m_rec.status >= 200 && m_rec.status < 300 && m_writer.openAt(m_rec.partPath, m_rec.bytes);
    if (resumable) {
        // The committed count may be ahead of a file cut short by a crash; trust the file, never the count.
        m_budget.release(m_rec.bytes - m_writer.position());
        m_rec.bytes = m_writer.position();
        return;
    }
    // A decoded body or a lost .part file cannot be continued with byte ranges: start over.
    m_budget.release(m_rec.bytes);
    m_rec.bytes = 0;
    m_dirty = true;
    if (m_writer.isOpen())
        m_writer.truncate(0);
}

void Transfer::sendRequest()
{
    dropReply();
    forgetHeldBody();
    m_paceTimer.stop();
    m_finishPending = false;
    m_headHandled = false;
    m_badStatus = false;
    m_discarding = false;
    m_sinceSync.start();
    setPhase(TransferPhase::Connecting);
    m_rangeStart = m_writer.isOpen() ? m_writer.position() : 0;
    m_retries.tryStarts(m_rangeStart);
    ++m_rec.tries;
    m_dirty = true;
    // A segmented download asks for its first range only, even from 0, so a changed file cannot slip in.
    const qint64 rangeEnd = isSegmented() ? m_primary.end : -1;
    m_askedRange = m_rangeStart > 0 || rangeEnd > 0;
    m_reply = RequestSender::send(m_network, m_url, m_method, m_rec, m_rangeStart, m_config, rangeEnd);
    if (!m_reply) {
        settle(RecordResult::FetchError);
        return;
    }
    applyBuffering();
    connect(m_reply, &QNetworkReply::readyRead, this, &Transfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Transfer::onFinished);
    m_sslErrors.clear();
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        m_rec.uploaded = sent;
        m_dirty = true;
    });
}

void Transfer::dropReply()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    // A reply with an HTTP error status is going to report that error itself; aborting it as well makes QNAM
    // report a second one. Let it end (its body is small or the transfer timeout ends it) and delete it then.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->isRunning() && status >= 400) {
        connect(m_reply, &QNetworkReply::finished, m_reply, &QObject::deleteLater);
        m_reply = nullptr;
        return;
    }
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

bool Transfer::reopenPartFile()
{
    if (m_rec.partPath.isEmpty() || !m_writer.openAt(m_rec.partPath, 0))
        return false;
    m_sinceSync.start();
    return true;
}

bool Transfer::openErrorBody()
{
    if (!QDir().mkpath(m_order.errorBodyDir))
        return false;
    const QString path = QDir(m_order.errorBodyDir).filePath(u"%1-%2.body"_s.arg(m_order.uuid).arg(m_rec.index));
    QFile::remove(path);
    m_writer.close();
    if (!m_rec.partPath.isEmpty()) {
        // The resource is gone or broken now; a half-downloaded earlier version is of no use.
        QFile::remove(m_rec.partPath);
        m_rec.partPath.clear();
    }
    m_budget.release(m_rec.bytes);
    m_rec.bytes = 0;
    m_dirty = true;
    if (!m_writer.create(path))
        return false;
    m_rec.filePath = path;
    return true;
}

void Transfer::onReadyRead()
{
    if (!m_headHandled) {
        // No status means no response at all (a stall or a reset before the headers): onFinished() retries it.
        if (!m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            return;
        if (handleHead() != HeadOutcome::Stream)
            return;
        setPhase(TransferPhase::Receiving);
    }
    // The body has no file yet: it stays in the reply (whose buffer is bounded) until it has one.
    if (m_claimPending)
        return;
    // An aborted or timed-out reply is closed; reading it would only warn.
    while (m_reply && m_reply->isOpen() && !m_done) {
        int waitMs = 0;
        const qint64 n = readWithinLimits(*m_reply, m_buffer.data(), readChunk, m_rate, m_globalRate, &waitMs);
        if (n <= 0) {
            if (waitMs > 0 && !m_paceTimer.isActive())
                m_paceTimer.start(waitMs);
            return;
        }
        if (m_discarding)
            continue;
        if (!writeChunk(m_buffer.constData(), n))
            return;
    }
}

void Transfer::onPacedRead()
{
    onReadyRead();
    if (m_finishPending && m_reply && m_reply->bytesAvailable() == 0) {
        m_finishPending = false;
        onFinished();
    }
}

void Transfer::applyBuffering()
{
    if (!m_reply)
        return;
    m_reply->setReadBufferSize(replyBufferSize(m_rate, m_globalRate));
}

void Transfer::rateChanged()
{
    for (RangeFetcher *fetcher : m_fetchers)
        fetcher->rateChanged();
    applyBuffering();
    if (m_headHandled)
        onPacedRead();
}

bool Transfer::writeChunk(const char *data, qint64 size)
{
    // Segmented, this connection stops where its range ends (which work stealing may have moved).
    if (isSegmented())
        size = std::min(size, m_primary.end - m_writer.position());
    if (m_badStatus && m_rec.bytes + size > m_config.errorBodyLimit) {
        size = m_config.errorBodyLimit - m_rec.bytes;
        m_discarding = true;
    }
    // E12: the chunk that would take the registration over downloadTotal is dropped, and the record fails.
    if (!m_budget.tryConsume(size)) {
        settle(RecordResult::DownloadTotalExceeded);
        return false;
    }
    if (m_holding) {
        // More than Content-Length announced is a broken response, not more file.
        if (m_held.size() + size > m_rec.totalLength) {
            settle(RecordResult::FetchError);
            return false;
        }
        m_held.append(data, size);
        m_rec.bytes = m_held.size();
        m_dirty = true;
        return true;
    }
    switch (m_writer.write(data, size)) {
    case TransferWriter::Status::Ok:
        break;
    case TransferWriter::Status::NoSpace:
        m_budget.release(size);
        settle(RecordResult::QuotaExceeded);
        return false;
    case TransferWriter::Status::Failed:
        m_budget.release(size);
        settle(RecordResult::FetchError);
        return false;
    }
    m_rec.bytes = isSegmented() ? segmentedBytes(false) : m_writer.position();
    m_dirty = true;
    if (isSegmented() && m_writer.position() >= m_primary.end) {
        primarySegmentDone();
        return false;
    }
    if (isSegmented()) {
        checkProgressDue(m_rec.bytes);
        // This connection's request runs on past its range, and whatever Qt has read beyond the range's end
        // when it gets there is thrown away: near the end, let Qt read no further ahead than the range goes.
        const qint64 left = m_primary.end - m_writer.position();
        if (m_reply && left < m_reply->readBufferSize())
            m_reply->setReadBufferSize(std::max<qint64>(left, 16 * 1024));
    }
    if (!m_writer.collect()) {
        settle(m_writer.errorNumber() == ENOSPC ? RecordResult::QuotaExceeded : RecordResult::FetchError);
        return false;
    }
    if (m_writer.unsyncedBytes() >= m_config.syncBytes || m_sinceSync.hasExpired(m_config.syncInterval.count()))
        return syncSoonAndCheckSpace();
    return true;
}

bool Transfer::syncSoonAndCheckSpace()
{
    // The flush runs beside the reads; its count is committed once it is done (takeProgress reads it then).
    if (!m_writer.syncInBackground())
        return true;
    m_sinceSync.start();
    m_dirty = true;
    return hasSpace();
}

bool Transfer::syncAndCheckSpace()
{
    if (!m_writer.sync()) {
        settle(m_writer.errorNumber() == ENOSPC ? RecordResult::QuotaExceeded : RecordResult::FetchError);
        return false;
    }
    m_sinceSync.start();
    m_dirty = true;
    return hasSpace();
}

bool Transfer::hasSpace()
{
    return hasSpace(QFileInfo(m_writer.path()).absolutePath(), 0);
}

bool Transfer::hasSpace(const QString &folder, qint64 incoming)
{
    // Stop before the disk is full rather than after: other programs need the space too.
    const qint64 available = TransferWriter::freeBytes(folder);
    if (available >= 0 && available - incoming < m_config.diskReserve) {
        settle(RecordResult::QuotaExceeded);
        return false;
    }
    return true;
}

void Transfer::onFinished()
{
    if (!m_reply || m_done)
        return;
    if (m_claimPending) {
        // Whatever the end, it is dealt with once the body has its file (claimRecorded()).
        m_finishPending = true;
        return;
    }
    const QNetworkReply::NetworkError error = m_reply->error();
    if (!m_headHandled && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
        if (handleHead() != HeadOutcome::Stream)
            return;
    }
    onReadyRead();
    if (m_done || !m_reply)
        return;
    if (m_reply->bytesAvailable() > 0) {
        // Paced by a speed limit: the rest is read, and the reply finished, when the pace timer fires.
        m_finishPending = true;
        return;
    }
    if (m_badStatus) {
        complete();
        return;
    }
    const qint64 expectedEnd = isSegmented() ? m_primary.end : m_rec.totalLength;
    const qint64 received = m_holding ? m_held.size() : m_writer.position();
    const bool truncated = expectedEnd >= 0 && received < expectedEnd;
    if (error == QNetworkReply::SslHandshakeFailedError) {
        // A certificate that is expired, self-signed or for another host does not mend itself: no retries.
        m_rec.problem = RecordProblems::certificate(m_url, m_sslErrors, m_reply->errorString());
        settle(RecordResult::FetchError);
        return;
    }
    if (isTransportError(error) || !m_headHandled || truncated) {
        // E11 and the retry deviation: a GET picks up where it stopped; anything else is a fetch-error (E5).
        if (m_holding && m_rec.bytes > 0 && spillHeldBody())
            Q_EMIT headReceived(m_rec);
        if (m_writer.isOpen())
            m_writer.sync();
        const RecordProblem problem = RecordProblems::network(m_url, error == QNetworkReply::NoError ? QString()
                                                                                                   : m_reply->errorString());
        if (!retryLater()) {
            m_rec.problem = problem;
            settle(RecordResult::FetchError);
        }
        return;
    }
    complete();
}

void Transfer::complete()
{
    // A response to the request means its whole body went out, whatever uploadProgress last said (E17).
    if (m_method != "GET" && m_method != "HEAD" && m_rec.request.hasBody()) {
        m_rec.uploaded = m_rec.request.bodyFile.isEmpty() ? m_rec.request.body.size()
                                                          : QFileInfo(m_rec.request.bodyFile).size();
        m_dirty = true;
    }
    if (m_holding) {
        placeHeldBody();
        return;
    }
    if (!m_writer.isOpen()) {
        // HEAD and friends: a response without a body file.
        settle(m_badStatus ? RecordResult::BadStatus : RecordResult::Success);
        return;
    }
    if (!m_writer.sync()) {
        settle(m_writer.errorNumber() == ENOSPC ? RecordResult::QuotaExceeded : RecordResult::FetchError);
        return;
    }
    m_writer.close();
    if (m_badStatus) {
        settle(RecordResult::BadStatus);
        return;
    }
    // A mismatch fails the record and no final file is put in place (settle() removes the .part).
    if (!m_rec.request.integrity.isEmpty() && !FilePlacement::matchesIntegrity(m_rec.partPath, m_rec.request.integrity)) {
        m_rec.problem = {RecordProblem::Kind::Integrity, RecordProblems::hostOf(m_url), QString()};
        settle(RecordResult::FetchError);
        return;
    }
    askToPlace(TransferWriter::fileId(m_rec.partPath));
}

void Transfer::halt()
{
    m_done = true;
    forgetHeldBody();
    abandonPlacing();
    abandonClaim();
    m_retryTimer.stop();
    m_paceTimer.stop();
    dropReply();
    for (RangeFetcher *fetcher : m_fetchers) {
        fetcher->halt();
        releaseFetcherSlot(fetcher);
    }
    m_pool.cancel(this);
    if (m_holdsSlot) {
        m_holdsSlot = false;
        m_pool.release(m_host);
    }
    if (m_writer.isOpen()) {
        m_writer.sync();
        m_rec.bytes = m_writer.durableBytes();
        m_writer.close();
    }
    if (isSegmented()) {
        m_rec.segments = currentSegments(true);
        m_rec.bytes = segmentedBytes(true);
    }
}

void Transfer::settle(RecordResult result)
{
    if (m_done)
        return;
    halt();
    m_rec.result = result;
    // Not exposed (I5), so no file to keep; except after quota-exceeded, which may resume once there is space.
    const bool unexposed = result == RecordResult::FetchError || result == RecordResult::DownloadTotalExceeded;
    if (unexposed && !m_rec.partPath.isEmpty()) {
        QFile::remove(m_rec.partPath);
        m_rec.partPath.clear();
        m_rec.segments.clear();
    }
    Q_EMIT finished(m_rec);
}

std::optional<TransferProgress> Transfer::takeProgress()
{
    if (!m_dirty)
        return std::nullopt;
    m_dirty = false;
    TransferProgress progress{m_order.uuid, m_rec.index, m_rec.bytes, m_rec.bytes, m_rec.uploaded, m_rec.tries, {},
                              m_phase, m_retryAtMs};
    if (isSegmented()) {
        progress.segments = currentSegments(true);
        progress.bytes = segmentedBytes(false);
        progress.durableBytes = segmentedBytes(true);
    } else if (m_writer.isOpen()) {
        progress.durableBytes = m_writer.durableBytes();
    } else if (m_holding) {
        progress.durableBytes = 0;
    }
    // Resumed segments run on their own connections: bytes arriving are what says the body is flowing.
    if (m_phase == TransferPhase::Connecting && isSegmented() && progress.bytes > m_reportedBytes)
        m_phase = progress.phase = TransferPhase::Receiving;
    m_reportedBytes = progress.bytes;
    if (commitDue(progress.bytes)) {
        progress.commitNow = true;
        m_committedBytes = progress.bytes;
    }
    return progress;
}

RecordData Transfer::stop(StopMode mode)
{
    // A pause keeps what came so far, as it would from a streamed file.
    if (mode == StopMode::Pause)
        spillHeldBody();
    halt();
    if (mode == StopMode::Abort && !m_rec.partPath.isEmpty()) {
        QFile::remove(m_rec.partPath);
        m_rec.partPath.clear();
        m_rec.filePath.clear();
        m_rec.segments.clear();
        m_rec.placingFileId = 0;
    }
    return m_rec;
}

} // namespace Ferry
