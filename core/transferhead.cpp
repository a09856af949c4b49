// The response half of Transfer: what the headers of each answer mean for the record (redirects, resumes,
// restarts, retries, errors). Kept apart from the streaming and file handling in transfer.cpp.
#include "transfer.h"

#include "connectionpool.h"
#include "contentrange.h"
#include "downloadbudget.h"
#include "fileplacement.h"
#include "requestvalidator.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// A redirect may lead only where fetch() itself would go: http(s), no credentials, no bad port.
bool isAllowedRedirectTarget(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && url.userInfo().isEmpty()
        && !url.host().isEmpty() && !(url.port() != -1 && RequestValidator::isBadPort(url.port()));
}

} // namespace

Transfer::HeadOutcome Transfer::handleHead()
{
    m_headHandled = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirectStatus(status) && m_reply->hasRawHeader("Location"))
        return followRedirect(status) ? HeadOutcome::Redirected : HeadOutcome::Handled;

    // 416 to a resume: either the part already holds the whole body, or the stored state is wrong.
    if (status == 416 && m_rangeStart > 0) {
        // The unsatisfied form is "bytes */<complete length>".
        const QByteArray unsatisfied = m_reply->rawHeader("Content-Range");
        const auto length = parseContentLength(QByteArrayView(unsatisfied).sliced(unsatisfied.indexOf('/') + 1));
        if (unsatisfied.contains('/') && length && *length == m_rangeStart) {
            m_discarding = true;
            complete();
            return HeadOutcome::Handled;
        }
        restartFromZero();
        return HeadOutcome::Restarted;
    }
    // A 206 that continues a body only adds bytes: the response first received stays the one exposed.
    const bool continuation = status == 206 && m_rangeStart > 0 && m_rec.hasResponse();
    if (!continuation) {
        m_rec.status = status;
        m_rec.statusText = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        m_rec.responseHeaders = m_reply->rawHeaderPairs();
        m_rec.finalUrl = m_url.toString(QUrl::FullyEncoded);
    }

    if (status >= 200 && status < 300)
        return handleSuccessHead(status);
    if (RetryPolicy::mayRetry(m_method) && RetryPolicy::isRetryableStatus(status)) {
        const auto retryAfter = parseRetryAfter(m_reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        if (retryLater(retryAfter ? std::optional(std::chrono::duration_cast<std::chrono::milliseconds>(*retryAfter))
                                  : std::nullopt))
            return HeadOutcome::Handled;
    }
    // bad-status: the response is kept (E2), its body as a capped error page in the data dir, not the downloads.
    m_badStatus = true;
    if (!openErrorBody()) {
        settle(RecordResult::FetchError);
        return HeadOutcome::Handled;
    }
    Q_EMIT headReceived(m_rec);
    return HeadOutcome::Stream;
}

Transfer::HeadOutcome Transfer::handleSuccessHead(int status)
{
    if (status == 206)
        return handlePartialContent();
    if (m_askedRange) {
        // A 200 to a Range request: the server ignored it, or If-Range found a changed resource. Either way the
        // old bytes must go, so the file holds exactly this response (E10); `downloaded` goes down.
        dropSegments();
        m_budget.release(m_writer.position());
        m_writer.truncate(0);
        m_rec.bytes = 0;
        m_rangeStart = 0;
        m_dirty = true;
    }
    m_rec.etag = m_reply->rawHeader("ETag");
    m_rec.lastModified = m_reply->rawHeader("Last-Modified");
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    m_rec.contentEncoded = !encoding.isEmpty() && encoding != "identity";
    // With a Content-Encoding, Content-Length counts encoded bytes while the file holds decoded ones.
    const auto length = parseContentLength(m_reply->rawHeader("Content-Length"));
    m_rec.totalLength = (!m_rec.contentEncoded && length && m_method != "HEAD") ? *length : -1;
    const bool hasBody = m_method != "HEAD" && status != 204 && status != 205;
    if (hasBody && shouldHoldBody() && holdBody())
        return HeadOutcome::Stream;
    if (hasBody && !m_writer.isOpen() && !reopenPartFile()) {
        // A new .part file is created once the store has its name (claimRecorded()); the body waits till then.
        if (!askToClaim()) {
            settle(RecordResult::FetchError);
            return HeadOutcome::Handled;
        }
        return HeadOutcome::Stream;
    }
    return startBody() ? HeadOutcome::Stream : HeadOutcome::Handled;
}

bool Transfer::startBody()
{
    if (m_writer.isOpen() && !hasSpace())
        return false;
    if (shouldSegment() && !startSegments())
        return false;
    Q_EMIT headReceived(m_rec);
    return true;
}

Transfer::HeadOutcome Transfer::handlePartialContent()
{
    const auto range = parseContentRange(m_reply->rawHeader("Content-Range"));
    // E7: a 206 nobody asked for, or one that does not start where asked or disagrees on the complete length.
    if (!m_askedRange || !range || range->first != m_rangeStart
        || (m_rec.totalLength >= 0 && range->complete != m_rec.totalLength)) {
        settle(RecordResult::FetchError);
        return HeadOutcome::Handled;
    }
    // E8: validators that changed mean another version of the file; never splice the two, start over.
    if (!m_rec.isSameVersion(m_reply->rawHeader("ETag"), m_reply->rawHeader("Last-Modified"))) {
        restartFromZero();
        return HeadOutcome::Restarted;
    }
    if (m_rec.totalLength < 0)
        m_rec.totalLength = range->complete;
    Q_EMIT headReceived(m_rec);
    return HeadOutcome::Stream;
}

bool Transfer::followRedirect(int status)
{
    const QUrl target = m_url.resolved(QUrl::fromEncoded(m_reply->rawHeader("Location")));
    if (++m_redirects > m_config.maxRedirects || !isAllowedRedirectTarget(target)) {
        settle(RecordResult::FetchError);
        return false;
    }
    // 303, and 301/302 after a POST, turn into a GET without a body, as browsers do.
    if (status == 303 ? m_method != "HEAD" : ((status == 301 || status == 302) && m_method == "POST"))
        m_method = "GET";
    const QString hop = QString::fromLatin1(m_method) + u' ' + target.toString(QUrl::FullyEncoded);
    if (m_visited.contains(hop)) {
        settle(RecordResult::FetchError);
        return false;
    }
    m_visited.insert(hop);
    m_url = target;
    dropReply();
    QMetaObject::invokeMethod(this, &Transfer::sendRequest, Qt::QueuedConnection);
    return true;
}

void Transfer::restartFromZero()
{
    dropSegments();
    m_budget.release(m_rec.bytes);
    if (m_writer.isOpen())
        m_writer.truncate(0);
    m_rec.bytes = 0;
    m_rec.etag.clear();
    m_rec.lastModified.clear();
    m_rec.totalLength = -1;
    m_dirty = true;
    m_rangeStart = 0;
    dropReply();
    if (m_holdsSlot) {
        QMetaObject::invokeMethod(this, &Transfer::sendRequest, Qt::QueuedConnection);
        return;
    }
    // The first segment had finished and given its connection slot away: wait for one again.
    m_pool.acquire(
        m_host, this,
        [this] {
            m_holdsSlot = true;
            QMetaObject::invokeMethod(this, &Transfer::sendRequest, Qt::QueuedConnection);
        },
        m_order.connections);
}

bool Transfer::retryLater(std::optional<std::chrono::milliseconds> retryAfter)
{
    if (!RetryPolicy::mayRetry(m_method))
        return false;
    const auto delay = m_retries.next(m_config.retry, m_writer.isOpen() ? m_writer.position() : 0, retryAfter);
    if (!delay)
        return false;
    dropReply();
    m_retryTimer.start(*delay);
    setPhase(TransferPhase::WaitingToRetry, QDateTime::currentMSecsSinceEpoch() + delay->count());
    return true;
}

void Transfer::setPhase(TransferPhase phase, qint64 retryAtMs)
{
    if (phase == m_phase && retryAtMs == m_retryAtMs)
        return;
    m_phase = phase;
    m_retryAtMs = retryAtMs;
    m_dirty = true;
}

} // namespace Ferry
