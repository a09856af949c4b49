#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

class QProcessEnvironment;

namespace Ferry {

struct Login
{
    QString user;
    QString password;
    friend bool operator==(const Login &, const Login &) = default;
};

// Logins that go with requests but never into the store: given for an origin on the command line (--user, or
// user:password@ in a URL) or for a host in ~/.netrc, as curl, wget and aria2 read it. They live as long as the
// process; `ferry resume` finds them again in ~/.netrc or on its own command line.
class Logins
{
public:
    // For requests to `url`'s scheme, host and port only: a redirect elsewhere goes without it.
    void addForOrigin(const QUrl &url, const Login &login);
    // For every request at the origin of the URL it was given for (--user, for fetch and resume alike).
    void setForGivenOrigins(const Login &login) { m_given = login; }
    // Reads a .netrc file (machine, login, password, default; macdef bodies skipped). A missing file is no error;
    // an unreadable one returns false with `error` set.
    bool readNetrc(const QString &path, QString *error);
    // The login for a hop to `url` of a request given for `givenUrl`: one given for its origin first, then the .netrc
    // entry for its host, then .netrc's default.
    std::optional<Login> forUrl(const QUrl &url, const QUrl &givenUrl) const;
    bool isEmpty() const { return m_origins.isEmpty() && m_hosts.isEmpty() && !m_default && !m_given; }

    // $NETRC, else ~/.netrc.
    static QString netrcPath(const QProcessEnvironment &environment);
    // Splits `url` into itself without user information and the login that was in it, if any.
    static std::pair<QString, std::optional<Login>> takeFromUrl(const QString &url);
    // "Basic base64(user:password)".
    static QByteArray basicAuthorization(const Login &login);

private:
    QHash<QString, Login> m_origins; // "https://host:443"
    QHash<QString, Login> m_hosts;   // lower-case host names from .netrc
    std::optional<Login> m_default;
    std::optional<Login> m_given;
};

} // namespace Ferry
