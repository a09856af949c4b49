#pragma once

#include "fetchrequest.h"
#include "logins.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Ferry {

// The parsed command line of DESIGN.md section 6.
struct CliOptions
{
    enum class Command { Gui, Fetch, Resume, List, Show, Pause, Abort };

    Command command = Command::Gui;
    QStringList urls;
    QString id;
    QString title;
    QString icon;
    quint64 downloadTotal = 0;
    QString destination;
    int connections = 0;
    qint64 limitRate = 0;
    QStringList integrity;
    QByteArray method = QByteArrayLiteral("GET");
    HeaderList headers;
    QString bodyFile;
    bool json = false;
    QString dataDir;

    // Transfer tuning for fetch and resume; unset keeps the engine's defaults.
    std::optional<int> retries;
    std::optional<int> retryForSeconds;
    std::optional<int> stallTimeoutSeconds;
    std::optional<qint64> minFree;
    std::optional<QString> proxy; // a proxy URL or "none", checked by ProxyRules::manual()
    std::optional<Login> user;    // --user: for each request at the origin it was given for
    QList<std::pair<QUrl, Login>> urlLogins; // user:password@ taken out of `urls`
};

// Text to print and the exit code, for --help, --version and usage errors.
struct CliExit
{
    QString text;
    int exitCode = 0;
};

class CliArguments final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::CliArguments)

public:
    static std::variant<CliOptions, CliExit> parse(const QStringList &arguments);
    // "10M", "1.5GiB", "4096": binary multiples; nothing for anything else.
    static std::optional<quint64> parseByteCount(const QString &text);
    static bool isSubcommand(const QString &word);
};

} // namespace Ferry
