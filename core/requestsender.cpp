#include "requestsender.h"

#include "tlstrust.h"

#include <QBuffer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Ferry::RequestSender {
namespace {

bool isStrongEtag(const QByteArray &etag)
{
    return !etag.isEmpty() && !etag.startsWith("W/");
}

bool isCredential(const QByteArray &name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0
        || name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0
        || name.compare("Cookie", Qt::CaseInsensitive) == 0;
}

// The scheme, host and port a request was given for. Only there do its credentials go: never to another host or
// port a redirect leads to, and never over http after https (curl's rule without --location-trusted; browsers drop
// Authorization on a cross-origin redirect too).
bool isOriginOf(const QUrl &url, const QString &given)
{
    const QUrl origin(given);
    return url.scheme().compare(origin.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(origin.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == origin.port(origin.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

QNetworkReply *send(QNetworkAccessManager &network, const QUrl &url, const QByteArray &method,
                    const RecordData &record, qint64 rangeStart, const EngineConfig &config, qint64 rangeEnd)
{
    QNetworkRequest request(url);
    // Ferry follows redirects itself, to count them, catch loops and check every target.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(config.stallTimeout.count()));
    // HTTP/1.1 only. Qt's HTTP/2 reads a stream as fast as the server sends, whatever the reply's read buffer
    // holds: a speed limit then throttles only the disk while memory fills with the rest of the file, and a stop
    // waits for that backlog. It also carries every connection of a split download over one TCP connection,
    // which is what the split is there to avoid. Over HTTP/1.1 each connection is its own TCP stream, and an
    // unread buffer stops the sender.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, config.userAgent);
    TlsTrust::apply(request, config);
    const bool credentials = isOriginOf(url, record.request.url);
    bool authorized = false;
    for (const auto &[name, value] : std::as_const(record.request.headers)) {
        if (credentials || !isCredential(name)) {
            request.setRawHeader(name, value);
            authorized = authorized || name.compare("Authorization", Qt::CaseInsensitive) == 0;
        }
    }
    // A login from the command line or .netrc, unless the request brought its own; never over http after https.
    const bool downgraded = url.scheme() == QLatin1String("http")
        && QUrl(record.request.url).scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (!authorized && !downgraded) {
        if (const std::optional<Login> login = config.logins.forUrl(url, QUrl(record.request.url)))
            request.setRawHeader("Authorization", Logins::basicAuthorization(*login));
    }
    if (rangeStart > 0 || rangeEnd > 0) {
        const QByteArray last = rangeEnd > 0 ? QByteArray::number(rangeEnd - 1) : QByteArray();
        request.setRawHeader("Range", "bytes=" + QByteArray::number(rangeStart) + '-' + last);
        // If-Range makes a changed resource come back whole (200) instead of being spliced onto the old bytes.
        if (isStrongEtag(record.etag))
            request.setRawHeader("If-Range", record.etag);
        else if (!record.lastModified.isEmpty())
            request.setRawHeader("If-Range", record.lastModified);
        // Ranges count bytes of the representation as sent; ask for it unencoded so they match the file.
        request.setRawHeader("Accept-Encoding", "identity");
    }

    if (method == "GET")
        return network.get(request);
    if (method == "HEAD")
        return network.head(request);
    QIODevice *body = nullptr;
    if (record.request.hasBody()) {
        if (!record.request.bodyFile.isEmpty()) {
            body = new QFile(record.request.bodyFile);
        } else {
            auto *buffer = new QBuffer;
            buffer->setData(record.request.body);
            body = buffer;
        }
        if (!body->open(QIODevice::ReadOnly)) {
            delete body;
            return nullptr;
        }
    }
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    if (body)
        body->setParent(reply);
    return reply;
}

} // namespace Ferry::RequestSender
