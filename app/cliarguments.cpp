#include "cliarguments.h"

#include "proxyrules.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr int exitUsage = 2;

struct SubcommandInfo
{
    QString name;
    CliOptions::Command command;
};

const QList<SubcommandInfo> &subcommands()
{
    static const QList<SubcommandInfo> list{{u"fetch"_s, CliOptions::Command::Fetch},
                                            {u"resume"_s, CliOptions::Command::Resume},
                                            {u"list"_s, CliOptions::Command::List},
                                            {u"show"_s, CliOptions::Command::Show},
                                            {u"pause"_s, CliOptions::Command::Pause},
                                            {u"abort"_s, CliOptions::Command::Abort}};
    return list;
}

QString overview()
{
    //: The command words (fetch, list, --json...) stay in English; keep the descriptions lined up.
    return CliArguments::tr("Ferry, a download manager.\n\n"
                            "  ferry [URL...]              open the window; URLs become one registration\n"
                            "  ferry fetch [options] URL...  download without a window, then exit\n"
                            "  ferry resume ID             continue an interrupted registration\n"
                            "  ferry list [--json]         active and finished registrations\n"
                            "  ferry show ID [--json]      one registration with its records\n"
                            "  ferry pause ID | abort ID   act on a registration\n\n"
                            "Exit status: 0 success, 1 finished with a failure, 2 usage or validation error,\n"
                            "130 interrupted (the registration is saved and can be resumed).\n\n"
                            "Run \"ferry COMMAND --help\" for the options of a command.");
}

QString subcommandDescription(CliOptions::Command command)
{
    switch (command) {
    case CliOptions::Command::Fetch:
        return CliArguments::tr("Download the URLs as one registration without a window, then exit.\n"
                                "Options that take one value per URL (--integrity) apply in URL order.\n"
                                "Exit status: 0 success, 1 failure, 2 invalid input, 130 interrupted.");
    case CliOptions::Command::Resume:
        return CliArguments::tr("Continue an interrupted or paused registration to its end.");
    case CliOptions::Command::List:
        return CliArguments::tr("List active and finished registrations, newest first.");
    case CliOptions::Command::Show:
        return CliArguments::tr("Show one registration and its records.");
    case CliOptions::Command::Pause:
        return CliArguments::tr("Pause a registration; \"ferry resume\" continues it.");
    case CliOptions::Command::Abort:
        return CliArguments::tr("Abort a registration and delete its partial files.");
    case CliOptions::Command::Gui:
        break;
    }
    return overview();
}

// One line per subcommand for the usage error of an unknown word; the longer texts above are for --help.
QString subcommandSummary(CliOptions::Command command)
{
    if (command == CliOptions::Command::Fetch)
        return CliArguments::tr("Download URLs without a window, then exit.");
    return subcommandDescription(command);
}

// What the window may be handed: anything with a scheme (it reports the ones it cannot fetch itself, as it always
// has), and the local files a file manager passes through the desktop entry's %U. Any other word is much more
// likely a mistyped command than a download, and must not open a window.
bool looksLikeUrl(const QString &word)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    return scheme.match(word).hasMatch() || QFileInfo::exists(word);
}

// Optimal string alignment distance: inserting, deleting or changing a letter, or swapping two neighbours, costs one.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = b.size();
    QList<int> before(n + 1), previous(n + 1), current(n + 1);
    std::iota(previous.begin(), previous.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= n; ++j) {
            const int change = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + change});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[n];
}

// The subcommand one slip of a finger away from `word`, if any. Only one edit: at two, "rename" already looks
// like "resume", and a wrong guess is worse than none.
QString closestSubcommand(const QString &word)
{
    const QString lower = word.toLower();
    for (const SubcommandInfo &info : subcommands()) {
        if (editDistance(lower, info.name) <= 1)
            return info.name;
    }
    return QString();
}

QString unknownWordText(const QString &word)
{
    const QString guess = closestSubcommand(word);
    QString text = guess.isEmpty()
        ? CliArguments::tr("ferry: \"%1\" is not a command or a URL").arg(word)
        : CliArguments::tr("ferry: \"%1\" is not a command or a URL; did you mean \"%2\"?").arg(word, guess);
    text += u'\n' + CliArguments::tr("Commands:") + u'\n';
    for (const SubcommandInfo &info : subcommands())
        text += u"  "_s + info.name.leftJustified(8) + subcommandSummary(info.command) + u'\n';
    //: "ferry" and "--help" are typed as they are; URL and COMMAND stand for what the user types.
    text += CliArguments::tr("\"ferry URL...\" opens the window with http or https URLs,\n"
                             "\"ferry COMMAND --help\" shows the options of a command.")
        + u'\n';
    return text;
}

} // namespace

bool CliArguments::isSubcommand(const QString &word)
{
    return std::any_of(subcommands().cbegin(), subcommands().cend(),
                       [&](const SubcommandInfo &info) { return info.name == word; });
}

std::optional<quint64> CliArguments::parseByteCount(const QString &text)
{
    static const QRegularExpression pattern(uR"(^\s*(\d+(?:\.\d+)?)\s*(?:([KMGT])(?:i?B)?|B)?\s*$)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    const QString unit = match.captured(2).toUpper();
    const int shift = unit == u"K" ? 10 : unit == u"M" ? 20 : unit == u"G" ? 30 : unit == u"T" ? 40 : 0;
    const double bytes = std::ldexp(number, shift);
    if (!ok || bytes >= 9.0e18 || (shift == 0 && match.captured(1).contains(u'.')))
        return std::nullopt;
    return quint64(bytes);
}

std::variant<CliOptions, CliExit> CliArguments::parse(const QStringList &arguments)
{
    CliOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    // The names of option values are words too ("--dest <DIR>"); each description takes its value's name as %1,
    // so a translation cannot let the two drift apart.
    //: Value name in --help: a folder.
    const QString dirName = tr("DIR");
    //: Value name in --help: a byte count such as 20M.
    const QString bytesName = tr("BYTES");
    //: Value name in --help: a file.
    const QString fileName = tr("FILE");
    //: Value name in --help: a whole number.
    const QString countName = tr("N");
    const QCommandLineOption dataDir(u"data-dir"_s, tr("Keep the database in %1 (or set FERRY_DATA_DIR).").arg(dirName),
                                     dirName);
    const QCommandLineOption json(u"json"_s, tr("Print JSON (JSON lines for fetch and resume)."));
    const QCommandLineOption id(u"id"_s, tr("The registration id (default: a new unique id)."), u"ID"_s);
    //: Value name in --help: a title.
    const QString titleName = tr("TITLE");
    const QCommandLineOption title(u"title"_s, tr("A title to show for the registration."), titleName);
    const QCommandLineOption icon(u"icon"_s, tr("An icon: an image file or an http(s) URL."), fileName);
    const QCommandLineOption total(u"download-total"_s, tr("Fail once more than %1 are downloaded.").arg(bytesName),
                                   bytesName);
    const QCommandLineOption dest(u"dest"_s, tr("Save files in %1 (default: the current folder).").arg(dirName),
                                  dirName);
    const QCommandLineOption connections(u"connections"_s, tr("Connections per file, 1 to 16."), countName);
    const QCommandLineOption limitRate(u"limit-rate"_s, tr("Limit the speed to %1 per second.").arg(bytesName),
                                       bytesName);
    const QCommandLineOption integrity(u"integrity"_s,
                                       tr("A checksum for the next URL: sha256-<base64> (SRI) or SHA-256 hex."),
                                       u"SRI"_s);
    //: Value name in --help: an HTTP method such as GET or PUT (M for method).
    const QString methodName = tr("M");
    const QCommandLineOption method(u"method"_s, tr("The HTTP method (default GET)."), methodName);
    //: Value name in --help: an HTTP header line.
    const QString headerName = tr("HEADER");
    const QCommandLineOption header(u"header"_s, tr("Send the header 'Name: value' (repeatable)."), headerName);
    const QCommandLineOption bodyFile(u"body-file"_s,
                                      tr("Upload the contents of %1 as the request body.").arg(fileName), fileName);
    const QCommandLineOption retries(u"retries"_s, tr("Retry a failed GET up to %1 times (default 5).").arg(countName),
                                     countName);
    //: Value name in --help: a number of seconds.
    const QString secondsName = tr("SECONDS");
    const QCommandLineOption retryFor(
        u"retry-for"_s,
        tr("Stop retrying %1 after the first failure (default: no limit while tries bring new bytes).").arg(secondsName),
        secondsName);
    const QCommandLineOption timeout(
        u"timeout"_s, tr("Give up on a connection that is silent for %1 (default 30).").arg(secondsName), secondsName);
    const QCommandLineOption minFree(
        u"min-free"_s,
        tr("Stop with quota-exceeded before free space drops below %1 (default 16M).").arg(bytesName), bytesName);
    //: Value name in --help: a proxy's URL.
    const QString proxyName = tr("URL");
    const QCommandLineOption proxy(u"proxy"_s,
                                   tr("Use the proxy at %1 (http://, socks5://, socks5h://; \"none\" for none) instead "
                                      "of http_proxy, https_proxy and all_proxy.")
                                       .arg(proxyName),
                                   proxyName);
    const QCommandLineOption user(u"user"_s, tr("Log in to the URLs' servers (never stored; ~/.netrc is read too)."),
                                  u"USER:PASSWORD"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(dataDir);

    const QString word = arguments.size() > 1 ? arguments.at(1) : QString();
    const auto found = std::find_if(subcommands().cbegin(), subcommands().cend(),
                                    [&](const SubcommandInfo &info) { return info.name == word; });
    if (found != subcommands().cend()) {
        options.command = found->command;
        parser.setApplicationDescription(subcommandDescription(options.command));
        switch (options.command) {
        case CliOptions::Command::Fetch:
            parser.addOptions({json, id, title, icon, total, dest, connections, limitRate, integrity, method, header,
                               bodyFile, retries, retryFor, timeout, minFree, proxy, user});
            parser.addPositionalArgument(u"URL"_s, tr("The URLs to download, in order."), u"URL..."_s);
            break;
        case CliOptions::Command::Resume:
            parser.addOptions({json, retries, retryFor, timeout, minFree, proxy, user});
            parser.addPositionalArgument(u"ID"_s, tr("The registration to continue."));
            break;
        case CliOptions::Command::List:
            parser.addOption(json);
            break;
        case CliOptions::Command::Show:
            parser.addOption(json);
            parser.addPositionalArgument(u"ID"_s, tr("The registration to show."));
            break;
        case CliOptions::Command::Pause:
        case CliOptions::Command::Abort:
            parser.addPositionalArgument(u"ID"_s, tr("The registration to act on."));
            break;
        case CliOptions::Command::Gui:
            break;
        }
    } else {
        parser.addPositionalArgument(u"URL"_s, tr("URLs to add as one registration."), u"[URL...]"_s);
    }

    QStringList args = arguments;
    if (found != subcommands().cend())
        args.removeAt(1);
    if (!parser.parse(args))
        return CliExit{parser.errorText() + u'\n', exitUsage};
    if (parser.isSet(help)) {
        // Qt names the program by argv[0] (or by a placeholder without a QCoreApplication); the help shows the
        // command as a user types it, subcommand included.
        const QString program = found != subcommands().cend() ? u"ferry "_s + found->name : u"ferry"_s;
        const QString shown = QCoreApplication::instance() ? QCoreApplication::arguments().constFirst()
                                                           : u"<executable_name>"_s;
        QString text = parser.helpText();
        if (const qsizetype at = text.indexOf(shown); at >= 0)
            text.replace(at, shown.size(), program);
        return CliExit{text, 0};
    }
    if (parser.isSet(version))
        return CliExit{u"ferry " FERRY_VERSION "\n"_s, 0};

    options.dataDir = parser.value(dataDir);
    const QStringList positional = parser.positionalArguments();
    if (options.command == CliOptions::Command::Fetch || options.command == CliOptions::Command::Resume) {
        if (parser.isSet(retries)) {
            bool ok = false;
            options.retries = parser.value(retries).toInt(&ok);
            if (!ok || *options.retries < 0 || *options.retries > 100)
                return CliExit{tr("--retries needs a number from 0 to 100") + u'\n', exitUsage};
        }
        if (parser.isSet(retryFor)) {
            bool ok = false;
            options.retryForSeconds = parser.value(retryFor).toInt(&ok);
            if (!ok || *options.retryForSeconds < 1 || *options.retryForSeconds > 7 * 24 * 3600)
                return CliExit{tr("--retry-for needs a number of seconds from 1 to 604800") + u'\n', exitUsage};
        }
        if (parser.isSet(timeout)) {
            bool ok = false;
            options.stallTimeoutSeconds = parser.value(timeout).toInt(&ok);
            if (!ok || *options.stallTimeoutSeconds < 1 || *options.stallTimeoutSeconds > 3600)
                return CliExit{tr("--timeout needs a number of seconds from 1 to 3600") + u'\n', exitUsage};
        }
        if (parser.isSet(minFree)) {
            const auto bytes = parseByteCount(parser.value(minFree));
            if (!bytes)
                return CliExit{tr("--min-free needs a byte count, such as 0 or 1G") + u'\n', exitUsage};
            options.minFree = qint64(*bytes);
        }
        if (parser.isSet(proxy)) {
            QString error;
            options.proxy = parser.value(proxy);
            if (!ProxyRules::manual(*options.proxy, {}, &error))
                return CliExit{tr("--proxy: %1").arg(error) + u'\n', exitUsage};
        }
        if (parser.isSet(user)) {
            const QString value = parser.value(user);
            if (value.indexOf(u':') <= 0)
                return CliExit{tr("--user needs USER:PASSWORD") + u'\n', exitUsage};
            options.user = Login{value.section(u':', 0, 0), value.section(u':', 1)};
        }
    }
    switch (options.command) {
    case CliOptions::Command::Gui:
        if (!positional.isEmpty() && !looksLikeUrl(positional.constFirst()))
            return CliExit{unknownWordText(positional.constFirst()), exitUsage};
        options.urls = positional;
        return options;
    case CliOptions::Command::List:
        options.json = parser.isSet(json);
        if (!positional.isEmpty())
            return CliExit{tr("list takes no arguments") + u'\n', exitUsage};
        return options;
    case CliOptions::Command::Resume:
    case CliOptions::Command::Show:
    case CliOptions::Command::Pause:
    case CliOptions::Command::Abort:
        if (positional.size() != 1)
            return CliExit{tr("exactly one registration id is needed") + u'\n', exitUsage};
        options.id = positional.first();
        options.json = parser.optionNames().contains(u"json"_s) && parser.isSet(json);
        return options;
    case CliOptions::Command::Fetch:
        break;
    }

    options.json = parser.isSet(json);
    // user:password@ in a URL works, but only the URL without it is stored: the login goes with the requests.
    for (const QString &url : std::as_const(positional)) {
        const auto [bare, login] = Logins::takeFromUrl(url);
        options.urls.append(bare);
        if (login)
            options.urlLogins.append({QUrl(bare), *login});
    }
    options.id = parser.value(id);
    options.title = parser.value(title);
    options.icon = parser.value(icon);
    options.destination = parser.value(dest);
    options.integrity = parser.values(integrity);
    options.bodyFile = parser.value(bodyFile);
    if (parser.isSet(method))
        options.method = parser.value(method).toLatin1();
    if (parser.isSet(total)) {
        const auto bytes = parseByteCount(parser.value(total));
        if (!bytes)
            return CliExit{tr("--download-total needs a byte count, such as 500000 or 20M") + u'\n', exitUsage};
        options.downloadTotal = *bytes;
    }
    if (parser.isSet(limitRate)) {
        const auto bytes = parseByteCount(parser.value(limitRate));
        if (!bytes)
            return CliExit{tr("--limit-rate needs a byte count per second, such as 2M") + u'\n', exitUsage};
        options.limitRate = qint64(*bytes);
    }
    if (parser.isSet(connections)) {
        bool ok = false;
        options.connections = parser.value(connections).toInt(&ok);
        if (!ok || options.connections < 1 || options.connections > 16)
            return CliExit{tr("--connections needs a number from 1 to 16") + u'\n', exitUsage};
    }
    for (const QString &line : parser.values(header)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return CliExit{tr("--header needs the form 'Name: value', not \"%1\"").arg(line) + u'\n', exitUsage};
        options.headers.append({line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    if (options.integrity.size() > options.urls.size())
        return CliExit{tr("there are more --integrity values than URLs") + u'\n', exitUsage};
    return options;
}

} // namespace Ferry
