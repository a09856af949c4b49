#include "traycontroller.h"

#include "icons.h"
#include "registrationcommands.h"
#include "texts.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr int tickMs = 1000;
// How much of the previous speed estimate is kept each second: smooth enough to read, quick enough to follow.
constexpr double speedSmoothing = 0.5;

// Menus read '&' as the mark of a shortcut key.
QString menuText(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

// The base icon with a coloured dot in its corner: blue while busy, red when a failure waits to be seen.
QIcon withBadge(const QIcon &base, const QColor &colour)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal radius = size * 0.22;
        const QPointF centre(size - radius - 0.5, size - radius - 0.5);
        painter.setPen(QPen(Qt::white, std::max(1.0, size / 16.0)));
        painter.setBrush(colour);
        painter.drawEllipse(centre, radius, radius);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

TrayController::TrayController(BackgroundFetchManager &manager, RegistrationCommands &commands, QWidget &window,
                               QObject *parent)
    : QObject(parent), m_manager(manager), m_commands(commands), m_window(window), m_tray(new QSystemTrayIcon(this)),
      m_menu(new QMenu)
{
    const QIcon base = QIcon::fromTheme(u"org.ferry.Ferry-symbolic"_s, Icons::icon(Icons::Application));
    m_icons[int(State::Idle)] = base;
    m_icons[int(State::Active)] = withBadge(base, QColor(0x3d, 0xae, 0xe9));
    m_icons[int(State::Error)] = withBadge(base, QColor(0xda, 0x44, 0x53));
    m_tray->setIcon(m_icons[int(State::Idle)]);
    m_tray->setContextMenu(m_menu);
    buildMenu();

    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        acknowledgeFailures();
        refresh();
    });
    connect(&manager, &BackgroundFetchManager::registrationAdded, this,
            [this](const RegistrationPtr &registration) { track(registration); });
    connect(&manager, &BackgroundFetchManager::backgroundFetchSuccess, this, &TrayController::ended);
    connect(&manager, &BackgroundFetchManager::backgroundFetchFail, this, &TrayController::ended);
    connect(&manager, &BackgroundFetchManager::backgroundFetchAbort, this, &TrayController::ended);
    const QList<RegistrationPtr> active = manager.activeRegistrations();
    for (const RegistrationPtr &registration : active)
        track(registration);

    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &TrayController::refresh);
    m_tick.start();
    m_sinceSample.start();
    refresh();
}

TrayController::~TrayController()
{
    m_tray->setContextMenu(nullptr);
    delete m_menu;
}

bool TrayController::isTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::setVisible(bool visible)
{
    m_tray->setVisible(visible);
}

void TrayController::buildMenu()
{
    m_toggle = m_menu->addAction(QString());
    connect(m_toggle, &QAction::triggered, this, &TrayController::toggleWindow);
    QAction *add = m_menu->addAction(Icons::icon(Icons::Add), tr("&Add Download…"));
    connect(add, &QAction::triggered, this, &TrayController::addRequested);
    m_menu->addSeparator();
    m_more = m_menu->addAction(QString());
    connect(m_more, &QAction::triggered, this, [this] {
        if (!m_window.isVisible())
            toggleWindow();
    });
    m_registrationsEnd = m_menu->addSeparator();
    m_pauseAll = m_menu->addAction(Icons::icon(Icons::Pause), tr("&Pause All"));
    connect(m_pauseAll, &QAction::triggered, this, [this] { setAll(true); });
    m_resumeAll = m_menu->addAction(Icons::icon(Icons::Resume), tr("&Resume All"));
    connect(m_resumeAll, &QAction::triggered, this, [this] { setAll(false); });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(Icons::icon(Icons::Quit), tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);
}

void TrayController::track(const RegistrationPtr &registration)
{
    const QString uuid = registration->uniqueId();
    if (m_entries.contains(uuid))
        return;
    const std::optional<RegistrationData> data = m_manager.details(uuid);
    if (!data)
        return;
    Entry entry;
    entry.registration = registration;
    entry.row = RegistrationRow::fromData(*data);
    entry.row.updateFrom(*registration);
    entry.lastBytes = entry.row.downloaded + entry.row.uploaded;
    entry.menu = new QMenu(m_menu);
    entry.menu->setProperty("ferryUuid", uuid);
    entry.pause = entry.menu->addAction(Icons::icon(Icons::Pause), tr("&Pause"));
    entry.resume = entry.menu->addAction(Icons::icon(Icons::Resume), tr("&Resume"));
    entry.open = entry.menu->addAction(Icons::icon(Icons::Open), tr("&Open"));
    entry.retry = entry.menu->addAction(Icons::icon(Icons::Retry), tr("Re&try"));
    entry.abort = entry.menu->addAction(Icons::icon(Icons::Abort), tr("&Abort"));
    connect(entry.pause, &QAction::triggered, this, [this, uuid] { m_commands.pause({uuid}); });
    connect(entry.resume, &QAction::triggered, this, [this, uuid] { m_commands.resume({uuid}); });
    connect(entry.abort, &QAction::triggered, this, [this, uuid] { m_commands.abort({uuid}); });
    connect(entry.open, &QAction::triggered, this, [this, uuid] { Q_EMIT openRequested(uuid); });
    connect(entry.retry, &QAction::triggered, this, [this, uuid] {
        m_commands.retry({uuid});
        removeEntry(uuid);
    });
    m_menu->insertMenu(m_more, entry.menu);
    m_entries.insert(uuid, entry);
    m_order.append(uuid);
    refresh();
}

void TrayController::ended(BackgroundFetchEvent *event)
{
    const RegistrationPtr registration = event->registration();
    const QString uuid = registration->uniqueId();
    auto entry = m_entries.find(uuid);
    if (entry == m_entries.end())
        return;
    entry->row.updateFrom(*registration);
    // The HTTP status that failed it and the file's final name come with its records.
    if (const std::optional<RegistrationData> data = m_manager.details(uuid)) {
        entry->row.errorStatus = data->errorStatus();
        entry->row.problem = data->problemKind();
        entry->row.name = data->naming();
    }
    entry->registration.reset();
    if (registration->failureReason() == FailureReason::Aborted) {
        // The user (or a script) chose to abort: nothing is left to act on.
        removeEntry(uuid);
        refresh();
        return;
    }
    entry->endedAt = m_endedCount++;
    m_unseenFailure = m_unseenFailure || registration->result() == FetchResult::Failure;
    // Only the newest few ended registrations stay listed.
    QList<std::pair<qint64, QString>> endedEntries;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->endedAt >= 0)
            endedEntries.append({it->endedAt, it.key()});
    }
    std::sort(endedEntries.begin(), endedEntries.end());
    for (qsizetype i = 0; i + maxEnded < endedEntries.size(); ++i)
        removeEntry(endedEntries.at(i).second);
    refresh();
}

void TrayController::removeEntry(const QString &uuid)
{
    const Entry entry = m_entries.take(uuid);
    m_order.removeOne(uuid);
    if (!entry.menu)
        return;
    // The entry's own action (Abort, Retry) may be what removes it, while its QMenu is still delivering the
    // click: take the submenu out of the tray menu now, and free it once control is back in the event loop.
    m_menu->removeAction(entry.menu->menuAction());
    entry.menu->hide();
    entry.menu->deleteLater();
}

QMenu *TrayController::submenuFor(const QString &uuid) const
{
    const auto entry = m_entries.constFind(uuid);
    return entry == m_entries.cend() ? nullptr : entry->menu.data();
}

void TrayController::acknowledgeFailures()
{
    m_unseenFailure = false;
    refresh();
}

void TrayController::updateEntry(Entry &entry)
{
    RegistrationRow &row = entry.row;
    if (entry.registration) {
        row.updateFrom(*entry.registration);
        // The lengths arrive with the responses; until every one is known the percentage cannot be told.
        if (row.contentLength == 0) {
            if (const std::optional<RegistrationData> data = m_manager.details(row.uuid)) {
                row.contentLength = RegistrationRow::contentLengthOf(*data);
                row.name = data->naming();
            }
        }
    }
    const bool live = !entry.registration.isNull();
    const int permille = row.progressPermille();
    const QString percent = permille >= 0 ? QLocale().toString(permille / 10) + QLocale().percent() : QString();
    // The percentage while it transfers (the bytes while the total is unknown); its state in words otherwise.
    QString state;
    if (row.isTransferring())
        state = permille >= 0 ? percent : Texts::bytes(qint64(row.downloaded + row.uploaded));
    else if ((row.status == RowStatus::Paused || row.status == RowStatus::Stopped) && permille >= 0)
        state = tr("paused at %1").arg(percent);
    else
        state = Texts::status(row);
    entry.menu->setTitle(menuText(tr("%1 — %2").arg(row.displayTitle(), state)));
    entry.menu->setIcon(row.iconPath.isEmpty() ? Icons::icon(Icons::forStatus(row.status))
                                               : QIcon(row.iconPath));
    entry.pause->setVisible(live && row.isRunning() && row.canPause);
    entry.resume->setVisible(live && (row.status == RowStatus::Paused || row.status == RowStatus::Stopped));
    entry.abort->setVisible(live);
    entry.open->setVisible(row.status == RowStatus::Completed);
    entry.retry->setVisible(row.status == RowStatus::Failed);
}

void TrayController::refresh()
{
    // A registration removed from the list ends without any event (J10); its records are gone while it has no
    // result, which is the only sign of it.
    QStringList removed;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const RegistrationPtr &registration = it->registration;
        if (registration && !registration->recordsAvailable() && registration->result() == FetchResult::Unset)
            removed.append(it.key());
    }
    for (const QString &uuid : std::as_const(removed))
        removeEntry(uuid);
    // Bytes moved since the last sample, summed over the running registrations, smoothed a little.
    quint64 moved = 0;
    for (const QString &uuid : std::as_const(m_order)) {
        Entry &entry = m_entries[uuid];
        updateEntry(entry);
        const quint64 bytes = entry.row.downloaded + entry.row.uploaded;
        if (entry.registration && bytes > entry.lastBytes)
            moved += bytes - entry.lastBytes;
        entry.lastBytes = bytes;
    }
    const qint64 elapsedMs = m_sinceSample.restart();
    if (elapsedMs > 0) {
        const double current = double(moved) * 1000.0 / double(elapsedMs);
        m_speed = m_speed * speedSmoothing + current * (1 - speedSmoothing);
    }
    for (qsizetype i = 0; i < m_order.size(); ++i)
        m_entries[m_order.at(i)].menu->menuAction()->setVisible(i < maxListed);
    const qsizetype hidden = m_order.size() - maxListed;
    m_more->setVisible(hidden > 0);
    if (hidden > 0)
        m_more->setText(tr("%n more in the window…", nullptr, int(hidden)));
    m_toggle->setText(m_window.isVisible() ? tr("&Hide Ferry") : tr("&Show Ferry"));
    updateSummary(m_speed);
}

void TrayController::updateSummary(double bytesPerSecond)
{
    int active = 0, paused = 0;
    quint64 done = 0, total = 0;
    bool totalKnown = true;
    for (const Entry &entry : std::as_const(m_entries)) {
        const RegistrationRow &row = entry.row;
        if (!entry.registration)
            continue;
        if (row.status == RowStatus::Paused || row.status == RowStatus::Stopped) {
            ++paused;
            continue;
        }
        ++active;
        done += row.downloaded;
        total += row.expectedDownload();
        totalKnown = totalKnown && row.expectedDownload() > 0;
    }
    m_pauseAll->setEnabled(active > 0);
    m_resumeAll->setEnabled(paused > 0);
    if (active > 0) {
        m_toolTip = tr("%1 · %2 · %3")
                        .arg(tr("%n active", nullptr, active), Texts::amount(done, totalKnown ? total : 0),
                             Texts::speed(bytesPerSecond));
    } else if (paused > 0) {
        m_toolTip = tr("%n paused", nullptr, paused);
    } else {
        m_toolTip = tr("No active downloads");
    }
    if (m_unseenFailure)
        m_toolTip += u'\n' + tr("A download failed");
    const State state = m_unseenFailure ? State::Error : active > 0 ? State::Active : State::Idle;
    if (state != m_state) {
        m_state = state;
        m_tray->setIcon(m_icons[int(state)]);
    }
    m_tray->setToolTip(m_toolTip);
}

void TrayController::toggleWindow()
{
    if (m_window.isVisible() && !m_window.isMinimized()) {
        m_window.hide();
    } else {
        m_window.show();
        m_window.setWindowState(m_window.windowState() & ~Qt::WindowMinimized);
        m_window.raise();
        m_window.activateWindow();
        acknowledgeFailures();
    }
    refresh();
}

void TrayController::setAll(bool paused)
{
    QStringList uuids;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->registration)
            uuids.append(it.key());
    }
    if (paused)
        m_commands.pause(uuids);
    else
        m_commands.resume(uuids);
    refresh();
}

} // namespace Ferry
