#pragma once

#include <QList>
#include <QSslCertificate>
#include <QStringList>

#include <optional>

class QNetworkRequest;
class QProcessEnvironment;

namespace Ferry {

struct EngineConfig;

// Which certificate authorities Ferry trusts. By default the system's, as Qt finds them; SSL_CERT_FILE (a bundle)
// and SSL_CERT_DIR (folders, separated by ':') name others, as they do for OpenSSL, curl and wget, so a user
// behind a company's own CA needs no other setting.
namespace TlsTrust {

struct Anchors
{
    // Unset: the system's authorities. Set: exactly these, the system's no longer trusted on their own.
    std::optional<QList<QSslCertificate>> certificates;
    // A variable that is set but names nothing readable. Ferry goes on (https then fails with "not trusted"),
    // and says why at the start rather than leaving the user to guess.
    QStringList problems;
};

Anchors fromEnvironment(const QProcessEnvironment &environment);
// Puts `config`'s anchors, if it has any, on an outgoing request.
void apply(QNetworkRequest &request, const EngineConfig &config);

} // namespace TlsTrust
} // namespace Ferry
