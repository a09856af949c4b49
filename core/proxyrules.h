#pragma once

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QStringList>
#include <QUrl>

#include <optional>

class QProcessEnvironment;

namespace Ferry {

// Which proxy, if any, each request goes through. Read the way curl reads them: `http_proxy` (lower case only,
// since a CGI-style HTTP_PROXY can come from a request header), `https_proxy`, `all_proxy` for either, and
// `no_proxy` for the hosts that go direct. A proxy URL is http://, socks5:// (names resolved here) or socks5h://
// (names resolved by the proxy); user:password in it logs in to the proxy.
struct ProxyRules
{
    std::optional<QNetworkProxy> http;  // for http:// URLs
    std::optional<QNetworkProxy> https; // for https:// URLs
    QStringList noProxy;                // host names (and their subdomains) and addresses that go direct; "*": all

    // The rules the environment gives; `errors` gets a line for each variable Ferry cannot use.
    static ProxyRules fromEnvironment(const QProcessEnvironment &environment, QStringList *errors = nullptr);
    // One proxy for every request, or none for "none" / "direct"; `no_proxy` from `environment` still applies.
    // Empty with `error` set when `url` is not a proxy Ferry can use.
    static std::optional<ProxyRules> manual(const QString &url, const QProcessEnvironment &environment, QString *error);
    // A proxy URL as a QNetworkProxy, or empty with `error` set ("socks4 is not supported", ...).
    static std::optional<QNetworkProxy> parse(const QString &url, QString *error);

    // The proxy for `url`: NoProxy when it goes direct.
    QNetworkProxy proxyFor(const QUrl &url) const;
    bool bypasses(const QString &host) const;
    friend bool operator==(const ProxyRules &, const ProxyRules &) = default;
};

// Hands a QNetworkAccessManager the proxy of each request from a copy of the rules.
class ProxyRulesFactory final : public QNetworkProxyFactory
{
public:
    explicit ProxyRulesFactory(ProxyRules rules) : m_rules(std::move(rules)) { }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    const ProxyRules m_rules;
};

} // namespace Ferry
