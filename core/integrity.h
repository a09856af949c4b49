#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Subresource Integrity metadata (https://w3c.github.io/webappsec-subresource-integrity/) for downloads.
namespace Ferry {

struct IntegrityHash {
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256;
    QByteArray digest; // raw bytes, not base64

    friend bool operator==(const IntegrityHash &, const IntegrityHash &) = default;
};

// Whitespace-separated "sha256-<base64>", "sha384-..." or "sha512-..." tokens (algorithm names in any case,
// standard or URL-safe base64, an SRI "?options" suffix ignored), or a bare 64-digit hex SHA-256 as sha256sum
// prints it. Stricter than a browser on purpose: an unknown algorithm, a bad digest or a digest of the wrong
// length makes the whole value invalid (nullopt), because a mistyped checksum must be an error and not a
// silently unchecked download. An empty or blank value is nullopt too.
std::optional<QList<IntegrityHash>> parseIntegrity(QStringView metadata);

// Checks a body against parsed metadata while it streams. Owned by whoever writes the body, used on that thread
// only. As SRI says, only the hashes of the strongest algorithm present count; the body matches when its digest
// equals any of them. An empty hash list never matches.
class IntegrityVerifier final
{
public:
    explicit IntegrityVerifier(const QList<IntegrityHash> &hashes);
    Q_DISABLE_COPY_MOVE(IntegrityVerifier)

    QCryptographicHash::Algorithm algorithm() const { return m_algorithm; }

    void addData(QByteArrayView data);
    // The digest of the data added so far; more data may still be added afterwards.
    QByteArray result() const;
    bool matches() const;
    void reset();

    // "sha256-<base64>" for a raw digest, or an empty string for an algorithm SRI does not know.
    static QString toSri(QCryptographicHash::Algorithm algorithm, const QByteArray &digest);

private:
    QCryptographicHash::Algorithm m_algorithm;
    QList<QByteArray> m_expected;
    QCryptographicHash m_hash;
};

} // namespace Ferry
