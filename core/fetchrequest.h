#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Ferry {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// Returns the value of the first header called `name` (case-insensitive), or a null array.
QByteArray headerValue(const HeaderList &headers, QByteArrayView name);

// A request as handed to BackgroundFetchManager::fetch(). A value type: the manager stores a copy (C12), so editing
// the caller's object afterwards changes nothing.
struct FetchRequest
{
    // The spec's RequestMode. Only NoCors is refused (B4); the others mean nothing on a desktop but are kept so the
    // rule stays testable.
    enum class Mode { Cors, NoCors, SameOrigin, Navigate };

    FetchRequest() = default;
    explicit FetchRequest(QString u) : url(std::move(u)) { }

    QString url;            // as given; relative or empty URLs resolve against the manager's base URL (B11)
    QByteArray method = QByteArrayLiteral("GET");
    HeaderList headers;
    Mode mode = Mode::Cors;
    QByteArray body;        // an upload body held in memory...
    QString bodyFile;       // ...or read from this file when the request is sent (never both)
    QString integrity;      // SRI metadata (sha256-/sha384-/sha512- base64), checked before the file is put in place

    bool hasBody() const { return !body.isEmpty() || !bodyFile.isEmpty(); }
    bool isGet() const { return method == "GET"; }

    friend bool operator==(const FetchRequest &, const FetchRequest &) = default;
};

} // namespace Ferry
