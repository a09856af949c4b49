#include "tlstrust.h"

#include "transfertypes.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace Ferry::TlsTrust {
namespace {

QList<QSslCertificate> readFolder(const QString &folder)
{
    QList<QSslCertificate> found;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &file : files)
        found += QSslCertificate::fromPath(file.filePath(), QSsl::Pem);
    return found;
}

} // namespace

Anchors fromEnvironment(const QProcessEnvironment &environment)
{
    const QString file = environment.value(u"SSL_CERT_FILE"_s);
    const QString dirs = environment.value(u"SSL_CERT_DIR"_s);
    Anchors anchors;
    if (file.isEmpty() && dirs.isEmpty())
        return anchors;
    QList<QSslCertificate> certificates;
    if (!file.isEmpty()) {
        const QList<QSslCertificate> read = QSslCertificate::fromPath(file, QSsl::Pem);
        if (read.isEmpty())
            anchors.problems.append(u"SSL_CERT_FILE=%1"_s.arg(file));
        certificates += read;
    }
    for (const QString &dir : dirs.split(u':', Qt::SkipEmptyParts)) {
        const QList<QSslCertificate> read = readFolder(dir);
        if (read.isEmpty())
            anchors.problems.append(u"SSL_CERT_DIR=%1"_s.arg(dir));
        certificates += read;
    }
    // Hashed folders link each certificate under a second name; one copy is enough.
    QList<QSslCertificate> unique;
    for (const QSslCertificate &certificate : std::as_const(certificates)) {
        if (!unique.contains(certificate))
            unique.append(certificate);
    }
    anchors.certificates = unique;
    return anchors;
}

void apply(QNetworkRequest &request, const EngineConfig &config)
{
    if (!config.trustedCertificates)
        return;
    QSslConfiguration tls = request.sslConfiguration();
    // Setting the list also stops Qt from loading the system's roots on demand: these replace them.
    tls.setCaCertificates(*config.trustedCertificates);
    request.setSslConfiguration(tls);
}

} // namespace Ferry::TlsTrust
