#include "proxyrules.h"

#include <QHostAddress>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

QString firstSet(const QProcessEnvironment &environment, std::initializer_list<QString> names, QString *which)
{
    for (const QString &name : names) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty()) {
            *which = name;
            return value;
        }
    }
    return QString();
}

std::optional<QNetworkProxy> fromVariable(const QProcessEnvironment &environment, std::initializer_list<QString> names,
                                          QStringList *errors)
{
    QString name;
    const QString value = firstSet(environment, names, &name);
    if (value.isEmpty())
        return std::nullopt;
    QString error;
    const std::optional<QNetworkProxy> proxy = ProxyRules::parse(value, &error);
    if (!proxy && errors)
        errors->append(u"%1: %2"_s.arg(name, error));
    return proxy;
}

QStringList noProxyList(const QProcessEnvironment &environment)
{
    QString name;
    const QString value = firstSet(environment, {u"no_proxy"_s, u"NO_PROXY"_s}, &name);
    QStringList hosts;
    for (QString entry : value.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        // A leading dot means the same as none: the domain and all below it.
        while (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (!entry.isEmpty())
            hosts.append(entry);
    }
    return hosts;
}

} // namespace

std::optional<QNetworkProxy> ProxyRules::parse(const QString &text, QString *error)
{
    // "proxy:3128" is an http proxy, as for curl.
    const QUrl url = QUrl(text.contains(u"://"_s) ? text : u"http://"_s + text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        *error = u"\"%1\" is not a proxy URL"_s.arg(text);
        return std::nullopt;
    }
    QNetworkProxy proxy;
    if (scheme == u"http") {
        proxy = QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port(1080)));
    } else if (scheme == u"socks5" || scheme == u"socks5h") {
        proxy = QNetworkProxy(QNetworkProxy::Socks5Proxy, url.host(), quint16(url.port(1080)));
        // socks5h: the proxy resolves names (it may reach names this machine cannot); socks5: this machine does.
        if (scheme == u"socks5")
            proxy.setCapabilities(proxy.capabilities() & ~QNetworkProxy::HostNameLookupCapability);
    } else {
        *error = u"\"%1\": %2 proxies are not supported (use http://, socks5:// or socks5h://)"_s.arg(text, scheme);
        return std::nullopt;
    }
    proxy.setUser(url.userName(QUrl::FullyDecoded));
    proxy.setPassword(url.password(QUrl::FullyDecoded));
    return proxy;
}

ProxyRules ProxyRules::fromEnvironment(const QProcessEnvironment &environment, QStringList *errors)
{
    ProxyRules rules;
    const std::optional<QNetworkProxy> all = fromVariable(environment, {u"all_proxy"_s, u"ALL_PROXY"_s}, errors);
    rules.http = fromVariable(environment, {u"http_proxy"_s}, errors);
    rules.https = fromVariable(environment, {u"https_proxy"_s, u"HTTPS_PROXY"_s}, errors);
    if (!rules.http)
        rules.http = all;
    if (!rules.https)
        rules.https = all;
    rules.noProxy = noProxyList(environment);
    return rules;
}

std::optional<ProxyRules> ProxyRules::manual(const QString &url, const QProcessEnvironment &environment, QString *error)
{
    ProxyRules rules;
    rules.noProxy = noProxyList(environment);
    const QString text = url.trimmed();
    if (text.compare(u"none"_s, Qt::CaseInsensitive) == 0 || text.compare(u"direct"_s, Qt::CaseInsensitive) == 0) {
        rules.http = rules.https = QNetworkProxy(QNetworkProxy::NoProxy);
        return rules;
    }
    const std::optional<QNetworkProxy> proxy = parse(text, error);
    if (!proxy)
        return std::nullopt;
    rules.http = rules.https = proxy;
    return rules;
}

bool ProxyRules::bypasses(const QString &hostName) const
{
    const QString host = hostName.toLower();
    const QHostAddress address(host);
    for (const QString &entry : noProxy) {
        if (entry == u"*")
            return true;
        if (!address.isNull()) {
            // An address, or a subnet written as 10.0.0.0/8.
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (entry.contains(u'/') ? address.isInSubnet(subnet) : address.isEqual(QHostAddress(entry)))
                return true;
            continue;
        }
        if (host == entry || host.endsWith(u'.' + entry))
            return true;
    }
    return false;
}

QNetworkProxy ProxyRules::proxyFor(const QUrl &url) const
{
    const std::optional<QNetworkProxy> &proxy = url.scheme() == u"https" ? https : http;
    if (!proxy || bypasses(url.host()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return *proxy;
}

QList<QNetworkProxy> ProxyRulesFactory::queryProxy(const QNetworkProxyQuery &query)
{
    return {m_rules.proxyFor(query.url())};
}

} // namespace Ferry
