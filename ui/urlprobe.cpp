#include "urlprobe.h"

#include "contentdisposition.h"
#include "contentrange.h"
#include "filenames.h"
#include "texts.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr int maxRedirects = 10;

} // namespace

UrlProbe::UrlProbe(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

UrlProbe::~UrlProbe()
{
    // abort() reports finished() at once; whoever listened to this probe may be half destroyed by now.
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<QNetworkReply> &reply : pending)
        forget(reply);
}

void UrlProbe::forget(QNetworkReply *reply)
{
    if (!reply)
        return;
    // Disconnected first: abort() reports finished() at once.
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void UrlProbe::probe(const QStringList &urls)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (urls.contains(it.key())) {
            ++it;
            continue;
        }
        forget(it.value());
        it = m_pending.erase(it);
    }
    for (const QString &url : urls) {
        if (!m_pending.contains(url))
            send(url, true);
    }
}

void UrlProbe::send(const QString &url, bool head)
{
    QNetworkRequest request{QUrl(url)};
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setTransferTimeout(m_timeoutMs);
    // The size of the file itself, not of a compressed transfer of it.
    request.setRawHeader("Accept-Encoding", "identity");
    QNetworkReply *reply = nullptr;
    if (head) {
        reply = m_network->head(request);
    } else {
        request.setRawHeader("Range", "bytes=0-0");
        reply = m_network->get(request);
    }
    m_pending.insert(url, reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, head] { onFinished(reply, url, head); });
    // A GET is cut off at its head: a server that ignores Range would otherwise send the whole file.
    if (!head) {
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, url] {
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (status.isValid() && (status.toInt() < 300 || status.toInt() >= 400))
                onFinished(reply, url, false);
        });
    }
}

void UrlProbe::onFinished(QNetworkReply *reply, const QString &url, bool head)
{
    if (m_pending.value(url) != reply)
        return;
    m_pending.remove(url);
    forget(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Some servers refuse HEAD, or answer it differently from GET; the first byte of a GET tells the same.
    const bool refused = status == 405 || status == 501 || status == 403;
    if (head && (refused || (status == 0 && reply->error() != QNetworkReply::OperationCanceledError))) {
        send(url, false);
        return;
    }
    Answer answer;
    answer.url = url;
    answer.status = status;
    if (status == 0) {
        answer.error = reply->errorString();
    } else if (status >= 400) {
        answer.error = Texts::httpStatus(status);
    } else {
        QString name = ContentDisposition::fileName(reply->rawHeader("Content-Disposition"));
        if (name.isEmpty())
            name = FileNames::fromUrl(reply->url());
        answer.name = FileNames::sanitize(name);
        if (status == 206) {
            if (const auto range = parseContentRange(reply->rawHeader("Content-Range")))
                answer.size = range->complete;
        } else if (reply->hasRawHeader("Content-Length")) {
            answer.size = parseContentLength(reply->rawHeader("Content-Length")).value_or(-1);
        }
    }
    Q_EMIT answered(answer);
}

QString UrlProbe::summary(const QStringList &list, const QHash<QString, Answer> &answers)
{
    int known = 0, failed = 0, sized = 0;
    qint64 total = 0;
    QString firstError;
    for (const QString &url : list) {
        const auto found = answers.constFind(url);
        if (found == answers.cend())
            continue;
        ++known;
        if (!found->error.isEmpty()) {
            ++failed;
            if (firstError.isEmpty())
                firstError = found->error;
        } else if (found->size >= 0) {
            ++sized;
            total += found->size;
        }
    }
    if (known == 0)
        return list.isEmpty() ? QString() : tr("Asking the server…");
    if (list.size() == 1) {
        const Answer &answer = *answers.constFind(list.constFirst());
        if (!answer.error.isEmpty())
            return answer.error;
        return answer.size >= 0 ? tr("%1 · %2").arg(answer.name, Texts::bytes(answer.size))
                                : tr("%1 · size unknown").arg(answer.name);
    }
    QString text = tr("%n files", nullptr, int(list.size()));
    if (sized > 0)
        text = tr("%1 · %2").arg(text, sized == known - failed && known == list.size()
                                           ? Texts::bytes(total)
                                           : tr("at least %1").arg(Texts::bytes(total)));
    if (failed == 1)
        text += u'\n' + tr("One of them failed: %1").arg(firstError);
    else if (failed > 1)
        text += u'\n' + tr("%n of them failed, the first: %1", nullptr, failed).arg(firstError);
    return text;
}

} // namespace Ferry
