#include "requestvalidator.h"

#include "integrity.h"
#include "transferwriter.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr qsizetype maxIdBytes = 1024 * 1024; // B14, as Chromium
constexpr int maxConnections = 16;

// The Fetch standard's bad ports: requests to them are refused (B7).
constexpr std::array<int, 80> badPorts{
    1,    7,    9,    11,   13,   15,   17,   19,   20,   21,   22,   23,   25,   37,   42,   43,
    53,   69,   77,   79,   87,   95,   101,  102,  103,  104,  109,  110,  111,  113,  115,  117,
    119,  123,  135,  137,  139,  143,  161,  179,  389,  427,  465,  512,  513,  514,  515,  526,
    530,  531,  532,  540,  548,  554,  556,  563,  587,  601,  636,  989,  990,  993,  995,  1719,
    1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679};
constexpr std::array<int, 2> moreBadPorts{6697, 10080};

bool isTokenChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Headers the engine owns: letting a caller set them would break framing, resume or connection handling.
bool isEngineOwnedHeader(QByteArrayView name)
{
    for (const char *owned : {"host", "content-length", "transfer-encoding", "connection", "keep-alive", "upgrade",
                              "te", "trailer", "range", "if-range", "expect"}) {
        if (name.compare(owned, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool RequestValidator::isBadPort(int port)
{
    return std::find(badPorts.begin(), badPorts.end(), port) != badPorts.end()
        || std::find(moreBadPorts.begin(), moreBadPorts.end(), port) != moreBadPorts.end();
}

std::optional<FetchException> RequestValidator::checkId(const QString &id) const
{
    if (id.isEmpty())
        return FetchException(ErrorCode::TypeError, FetchIssue::EmptyId);
    if (id.toUtf8().size() > maxIdBytes)
        return FetchException(ErrorCode::TypeError, FetchIssue::IdTooLong);
    return std::nullopt;
}

std::optional<QUrl> RequestValidator::resolve(const QString &raw, const QUrl &base)
{
    const QUrl url(raw, QUrl::StrictMode);
    if (raw.isEmpty() || url.isRelative()) {
        if (!base.isValid() || (!raw.isEmpty() && !url.isValid()))
            return std::nullopt;
        return base.resolved(url);
    }
    if (!url.isValid())
        return std::nullopt;
    return url;
}

std::variant<QUrl, FetchException> RequestValidator::checkUrl(const QString &raw, int index) const
{
    // B8: a URL holding both a newline and '<' looks like dangling markup injected into a page.
    if ((raw.contains(u'\n') || raw.contains(u'\r') || raw.contains(u'\t')) && raw.contains(u'<'))
        return FetchException(ErrorCode::TypeError, FetchIssue::DanglingMarkup, raw, index);
    const auto resolved = resolve(raw.trimmed(), m_config.baseUrl);
    if (!resolved)
        return FetchException(ErrorCode::TypeError, FetchIssue::InvalidUrl, raw, index);
    const QUrl &url = *resolved;
    // Desktop deviation from B6: http is allowed to any host; only http and https are allowed at all.
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return FetchException(ErrorCode::TypeError, FetchIssue::UnsupportedScheme, raw, index);
    if (url.host().isEmpty())
        return FetchException(ErrorCode::TypeError, FetchIssue::InvalidUrl, raw, index);
    // B3: credentials in a URL would end up in the database; refuse them, even an empty user or password.
    if (url.authority(QUrl::FullyEncoded).contains(u'@'))
        return FetchException(ErrorCode::TypeError, FetchIssue::CredentialsInUrl, raw, index);
    if (url.port() != -1 && isBadPort(url.port()))
        return FetchException(ErrorCode::TypeError, FetchIssue::BadPort, raw, index);
    if (m_config.urlAllowed && !m_config.urlAllowed(url))
        return FetchException(ErrorCode::TypeError, FetchIssue::BlockedByPolicy, raw, index);
    return url;
}

std::optional<FetchException> RequestValidator::checkRequest(FetchRequest &request, int index) const
{
    auto url = checkUrl(request.url, index);
    if (auto *error = std::get_if<FetchException>(&url))
        return *error;
    request.url = std::get<QUrl>(url).adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);

    if (request.mode == FetchRequest::Mode::NoCors)
        return FetchException(ErrorCode::TypeError, FetchIssue::NoCorsMode, request.url, index);

    // Fetch normalises the common methods to upper case and forbids the ones that tunnel or reflect.
    const QByteArray upper = request.method.toUpper();
    for (const char *common : {"DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH"}) {
        if (upper == common)
            request.method = upper;
    }
    if (!isToken(request.method) || upper == "CONNECT" || upper == "TRACE" || upper == "TRACK")
        return FetchException(ErrorCode::TypeError, FetchIssue::InvalidMethod, QString::fromLatin1(request.method),
                              index);

    for (const auto &[name, value] : std::as_const(request.headers)) {
        const bool badValue = value.contains('\r') || value.contains('\n') || value.contains('\0');
        if (!isToken(name) || badValue || isEngineOwnedHeader(name))
            return FetchException(ErrorCode::TypeError, FetchIssue::InvalidHeader, QString::fromLatin1(name), index);
    }

    if (!request.body.isEmpty() && !request.bodyFile.isEmpty())
        return FetchException(ErrorCode::TypeError, FetchIssue::InvalidOption, request.bodyFile, index);
    if (request.hasBody() && (request.method == "GET" || request.method == "HEAD"))
        return FetchException(ErrorCode::TypeError, FetchIssue::BodyNotAllowed, request.url, index);
    if (!request.bodyFile.isEmpty()) {
        // B12: a body that cannot be read now would fail later; refuse it up front.
        const QFileInfo info(request.bodyFile);
        if (!info.isFile() || !info.isReadable())
            return FetchException(ErrorCode::TypeError, FetchIssue::UnreadableBody, request.bodyFile, index);
        request.bodyFile = info.absoluteFilePath();
    }
    if (!request.integrity.isEmpty() && !parseIntegrity(request.integrity))
        return FetchException(ErrorCode::TypeError, FetchIssue::InvalidIntegrity, request.integrity, index);
    return std::nullopt;
}

std::variant<QList<FetchRequest>, FetchException> RequestValidator::checkRequests(const QList<FetchRequest> &requests) const
{
    if (requests.isEmpty())
        return FetchException(ErrorCode::TypeError, FetchIssue::NoRequests);
    QList<FetchRequest> copies = requests;
    for (int i = 0; i < copies.size(); ++i) {
        if (auto error = checkRequest(copies[i], i))
            return *error;
    }
    return copies;
}

qint64 RequestValidator::freeSpace(const QString &path) const
{
    if (m_config.freeSpace)
        return m_config.freeSpace(path);
    return TransferWriter::freeBytes(path);
}

std::variant<FetchOptions, FetchException> RequestValidator::checkOptions(const FetchOptions &options,
                                                                         const QList<FetchRequest> &requests) const
{
    FetchOptions checked = options;
    if (checked.destination.isEmpty())
        checked.destination = m_config.defaultDestination;
    const QFileInfo destination(checked.destination);
    if (checked.destination.isEmpty() || (destination.exists() && !destination.isDir())
        || !QDir().mkpath(checked.destination) || !QFileInfo(checked.destination).isWritable())
        return FetchException(ErrorCode::TypeError, FetchIssue::InvalidDestination, checked.destination);
    checked.destination = QFileInfo(checked.destination).absoluteFilePath();
    if (checked.connections < 0 || checked.connections > maxConnections || checked.speedLimit < 0)
        return FetchException(ErrorCode::TypeError, FetchIssue::InvalidOption);

    // C6 (fail fast, as Chromium): a cap the destination cannot hold is refused now rather than mid-download.
    const qint64 destinationFree = freeSpace(checked.destination);
    if (checked.downloadTotal > 0 && destinationFree >= 0 && checked.downloadTotal > quint64(destinationFree))
        return FetchException(ErrorCode::QuotaExceededError, FetchIssue::InsufficientSpace, checked.destination);
    // C5: in-memory bodies are stored in the database with the request.
    qint64 storedBodies = 0;
    for (const FetchRequest &request : requests)
        storedBodies += request.body.size();
    const qint64 dataFree = freeSpace(m_config.dataDir);
    if (storedBodies > 0 && dataFree >= 0 && storedBodies > dataFree)
        return FetchException(ErrorCode::QuotaExceededError, FetchIssue::InsufficientSpace, m_config.dataDir);
    return checked;
}

} // namespace Ferry
