#include "application.h"
#include "backgroundfetchmanager.h"
#include "cliarguments.h"
#include "clicommands.h"
#include "dbusservice.h"
#include "fetchrunner.h"
#include "signalwatcher.h"
#include "singleinstance.h"
#include "tlstrust.h"
#include "desktopshell.h"
#include "texts.h"
#include "traycontroller.h"
#include "preferences.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Ferry;

namespace {

int printAndExit(const CliExit &exit)
{
    const QByteArray bytes = exit.text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), exit.exitCode == 0 ? stdout : stderr);
    return exit.exitCode;
}

bool openApplication(Application &app, QString *failure = nullptr)
{
    QString error;
    if (app.open(&error))
        return true;
    if (failure)
        *failure = error;
    const QString message = QCoreApplication::translate("main", "ferry: cannot open the database: %1").arg(error);
    const QByteArray text = (message + u'\n').toLocal8Bit();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return false;
}

// What every way of running Ferry shares: the certificate authorities named by the environment, if any.
EngineConfig baseEngineConfig()
{
    EngineConfig config;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const TlsTrust::Anchors anchors = TlsTrust::fromEnvironment(environment);
    config.trustedCertificates = anchors.certificates;
    QStringList warnings;
    for (const QString &problem : anchors.problems) {
        warnings.append(QCoreApplication::translate("main", "ferry: %1 holds no readable certificate; https downloads "
                                                            "will not be trusted")
                            .arg(problem));
    }
    QString netrcError;
    if (!config.logins.readNetrc(Logins::netrcPath(environment), &netrcError))
        warnings.append(QCoreApplication::translate("main", "ferry: cannot read %1").arg(netrcError));
    QStringList proxyErrors;
    config.proxy = ProxyRules::fromEnvironment(environment, &proxyErrors);
    for (const QString &problem : std::as_const(proxyErrors))
        warnings.append(QCoreApplication::translate("main", "ferry: ignoring %1").arg(problem));
    for (const QString &warning : std::as_const(warnings)) {
        const QByteArray text = (warning + u'\n').toLocal8Bit();
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    }
    return config;
}

EngineConfig engineConfigFor(const CliOptions &options)
{
    EngineConfig config = baseEngineConfig();
    if (options.retries)
        config.retry.maxRetries = *options.retries;
    if (options.retryForSeconds)
        config.retry.retryFor = std::chrono::seconds(*options.retryForSeconds);
    if (options.stallTimeoutSeconds)
        config.stallTimeout = std::chrono::seconds(*options.stallTimeoutSeconds);
    if (options.minFree)
        config.diskReserve = *options.minFree;
    if (options.proxy) {
        QString unused; // cliarguments checked it
        config.proxy = ProxyRules::manual(*options.proxy, QProcessEnvironment::systemEnvironment(), &unused);
    }
    for (const auto &[url, login] : options.urlLogins)
        config.logins.addForOrigin(url, login);
    if (options.user)
        config.logins.setForGivenOrigins(*options.user);
    return config;
}

int runHeadless(int argc, char **argv, const CliOptions &options)
{
    QCoreApplication core(argc, argv);
    Application app(Application::resolveDataDir(options.dataDir), QDir::currentPath(), engineConfigFor(options));
    if (!openApplication(app))
        return 2;
    BackgroundFetchManager &manager = app.manager();
    switch (options.command) {
    case CliOptions::Command::List:
        return CliCommands::list(manager, options.json);
    case CliOptions::Command::Show:
        return CliCommands::show(manager, options.id, options.json);
    case CliOptions::Command::Pause:
    case CliOptions::Command::Abort: {
        // The running window has the registration loaded: it acts, so its view and its transfer stay in step.
        const bool abort = options.command == CliOptions::Command::Abort;
        const SingleInstance instance(QDBusConnection::sessionBus());
        if (instance.isRunning()) {
            if (const std::optional<int> code = instance.pauseOrAbort(options.id, abort))
                return *code;
        }
        return CliCommands::pauseOrAbort(manager, options.id, abort);
    }
    case CliOptions::Command::Fetch:
    case CliOptions::Command::Resume:
    case CliOptions::Command::Gui:
        break;
    }
    SignalWatcher watcher;
    FetchRunner runner(manager, options.json);
    QObject::connect(&runner, &FetchRunner::done, &core, [](int code) { QCoreApplication::exit(code); });
    QObject::connect(&watcher, &SignalWatcher::interrupted, &runner, &FetchRunner::interrupt);
    const bool started = options.command == CliOptions::Command::Fetch
        ? runner.follow(CliCommands::fetch(manager, options))
        : runner.follow(manager.restore(options.id));
    if (!started)
        return 2;
    return core.exec();
}

int runGui(int argc, char **argv, const CliOptions &options)
{
    QApplication gui(argc, argv);
    // From the start: a signal that comes while Ferry starts up waits in the watcher's pipe until the event loop
    // runs, and then ends Ferry like one that comes later, instead of killing it halfway.
    SignalWatcher watcher;
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Ferry"));
    QApplication::setDesktopFileName(u"org.ferry.Ferry"_s);
    // One window per session: a running Ferry takes the URLs (or just comes to the front) and this one ends.
    QDBusConnection bus = QDBusConnection::sessionBus();
    const SingleInstance instance(bus);
    if (instance.isRunning())
        return instance.handOver(options.urls);
    QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (downloads.isEmpty())
        downloads = QDir::homePath();
    // ~/.config/ferry/ferry.conf (XDG_CONFIG_HOME is honoured, which keeps test and screenshot runs apart).
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, u"ferry"_s, u"ferry"_s);
    const Preferences preferences = Preferences::load(settings, downloads);
    Application app(Application::resolveDataDir(options.dataDir), preferences.downloadFolder, baseEngineConfig());
    QString failure;
    if (!openApplication(app, &failure)) {
        // Started from a menu, nobody reads stderr: say it where the window would have been.
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Ferry"),
                        QApplication::translate("main", "Ferry cannot open its list of downloads."), QMessageBox::Close);
        box.setInformativeText(failure);
        box.exec();
        return 2;
    }
    DesktopShell *shown = nullptr;
    DBusService service(app.manager(), [&shown] {
        if (shown)
            shown->raiseWindow();
    });
    // Another Ferry may have taken the name since the check above; nothing is restored yet, so hand over.
    if (bus.isConnected() && !service.registerOn(bus) && instance.isRunning())
        return instance.handOver(options.urls);
    // Before restoring, so the limits hold from the first scheduled job on.
    preferences.applyTo(app.manager());
    app.manager().restoreActive();
    if (!options.urls.isEmpty()) {
        QList<FetchRequest> requests;
        for (const QString &url : options.urls)
            requests.append(FetchRequest(url));
        QFuture<RegistrationPtr> added = app.manager().fetch(CliCommands::generateId(), requests);
        try {
            std::printf("%s\n", qPrintable(added.result()->id()));
            std::fflush(stdout);
        } catch (const FetchException &error) {
            const QByteArray text = (u"ferry: "_s + Texts::error(error) + u"\n"_s).toLocal8Bit();
            std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        }
    }
    DesktopShell::Options shellOptions;
    shellOptions.useTray = TrayController::isTrayAvailable();
    DesktopShell shell(app.manager(), settings, preferences, shellOptions);
    shown = &shell;
    shell.start();
    // A logout, `kill` or Ctrl+C ends Ferry as Quit does (every transfer stores its state first), with the shell's
    // exit status for the signal: 143 for SIGTERM, 130 for SIGINT.
    QObject::connect(&watcher, &SignalWatcher::interrupted, &shell, [&shell](int signal) { shell.quit(128 + signal); });
    return gui.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(u"ferry"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    auto parsed = CliArguments::parse(arguments);
    if (std::holds_alternative<CliExit>(parsed)) {
        // Help and usage errors are printed in the user's language, and translating needs an application object
        // (translations.cpp installs the catalogues into each one): parse once more with one.
        QCoreApplication translating(argc, argv);
        parsed = CliArguments::parse(arguments);
    }
    if (const auto *exit = std::get_if<CliExit>(&parsed))
        return printAndExit(*exit);
    const auto &options = std::get<CliOptions>(parsed);
    if (options.command == CliOptions::Command::Gui)
        return runGui(argc, argv, options);
    return runHeadless(argc, argv, options);
}
