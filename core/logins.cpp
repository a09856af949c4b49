#include "logins.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

QString originKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + u"://"_s + url.host().toLower() + u':'
        + QString::number(url.port(scheme == u"https" ? 443 : 80));
}

} // namespace

void Logins::addForOrigin(const QUrl &url, const Login &login)
{
    m_origins.insert(originKey(url), login);
}

bool Logins::readNetrc(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    // Tokens separated by any white space; a macdef runs to the next empty line.
    QStringList tokens;
    const QList<QByteArray> lines = file.readAll().split('\n');
    bool inMacro = false;
    for (const QByteArray &line : lines) {
        if (inMacro) {
            inMacro = !line.trimmed().isEmpty();
            continue;
        }
        const QStringList words = QString::fromUtf8(line).simplified().split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (word.startsWith(u'#'))
                break;
            tokens.append(word);
        }
        if (tokens.contains(u"macdef"_s)) {
            tokens = tokens.mid(0, tokens.indexOf(u"macdef"_s));
            inMacro = true;
        }
    }
    std::optional<QString> machine; // empty: the default entry
    Login login;
    auto finish = [&] {
        if (machine && !login.user.isEmpty()) {
            if (machine->isEmpty())
                m_default = login;
            else if (!m_hosts.contains(*machine))
                m_hosts.insert(*machine, login); // the first entry for a host wins, as in curl
        }
        machine.reset();
        login = {};
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        const QString next = i + 1 < tokens.size() ? tokens.at(i + 1) : QString();
        if (token == u"machine") {
            finish();
            machine = next.toLower();
            ++i;
        } else if (token == u"default") {
            finish();
            machine = QString();
        } else if (token == u"login" || token == u"account") {
            if (token == u"login")
                login.user = next;
            ++i;
        } else if (token == u"password") {
            login.password = next;
            ++i;
        }
    }
    finish();
    return true;
}

std::optional<Login> Logins::forUrl(const QUrl &url, const QUrl &givenUrl) const
{
    if (const auto found = m_origins.constFind(originKey(url)); found != m_origins.cend())
        return *found;
    if (m_given && originKey(url) == originKey(givenUrl))
        return m_given;
    if (const auto found = m_hosts.constFind(url.host().toLower()); found != m_hosts.cend())
        return *found;
    return m_default;
}

QString Logins::netrcPath(const QProcessEnvironment &environment)
{
    const QString given = environment.value(u"NETRC"_s);
    if (!given.isEmpty())
        return given;
    const QString home = environment.value(u"HOME"_s);
    return home.isEmpty() ? QString() : home + u"/.netrc"_s;
}

std::pair<QString, std::optional<Login>> Logins::takeFromUrl(const QString &text)
{
    QUrl url(text);
    if (!url.isValid() || (url.userName().isEmpty() && url.password().isEmpty()))
        return {text, std::nullopt};
    const Login login{url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded)};
    url.setUserInfo(QString());
    return {url.toString(QUrl::FullyEncoded), login};
}

QByteArray Logins::basicAuthorization(const Login &login)
{
    return "Basic " + (login.user + u':' + login.password).toUtf8().toBase64();
}

} // namespace Ferry
