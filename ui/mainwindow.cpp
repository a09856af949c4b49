#include "mainwindow.h"

#include "adddialog.h"
#include "backgroundfetchmanager.h"
#include "desktopopener.h"
#include "detailspane.h"
#include "droppedlinks.h"
#include "icons.h"
#include "registrationcommands.h"
#include "registrationdelegate.h"
#include "registrationmodel.h"
#include "registrationview.h"
#include "settingsdialog.h"
#include "texts.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr int searchDelayMs = 250;
const QString lastFolderKey = u"add/lastFolder"_s;

} // namespace

MainWindow::MainWindow(BackgroundFetchManager &manager, QSettings &settings, const Preferences &preferences,
                       QWidget *parent)
    : QMainWindow(parent), m_manager(manager), m_settings(settings), m_preferences(preferences),
      m_model(new RegistrationModel(manager, this)), m_delegate(new RegistrationDelegate(this)),
      m_view(new RegistrationView(this)), m_opener(new DesktopOpener(this)),
      m_details(new DetailsPane(manager, *m_opener, this)), m_commands(new RegistrationCommands(manager, *m_model, this)),
      m_actions(new WindowActions(this)), m_splitter(new QSplitter(Qt::Vertical, this)), m_filters(new QTabBar(this)),
      m_search(new QLineEdit(this)), m_countLabel(new QLabel(this)), m_speedLabel(new QLabel(this))
{
    setWindowTitle(tr("Ferry"));
    setWindowIcon(Icons::icon(Icons::Application));
    setAcceptDrops(true);

    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setAccessibleName(tr("Downloads"));
    m_view->setPlaceholderText(tr("No downloads here yet.\nPress %1 to add one, or drop a link on this window.")
                                   .arg(m_actions->add->shortcut().toString(QKeySequence::NativeText)));
    m_view->addActions(m_actions->listActions());

    auto *listArea = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(buildFilterBar());
    listLayout->addWidget(m_view, 1);
    m_splitter->addWidget(listArea);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    buildMenus();
    buildToolBar();
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_speedLabel);
    connectActions();

    resize(980, 680);
    m_splitter->setSizes({420, 240});
    restoreGeometry(m_settings.value(u"window/geometry"_s).toByteArray());
    restoreState(m_settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(m_settings.value(u"window/splitter"_s).toByteArray());
    m_details->restoreState(m_settings.value(u"window/detailsColumns"_s).toByteArray());

    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    selectionChanged();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildFilterBar()
{
    auto *bar = new QWidget(this);
    m_filters->setDocumentMode(true);
    m_filters->setDrawBase(false);
    m_filters->setExpanding(false);
    // The order matches HistoryQuery::Status.
    m_filters->addTab(tr("All"));
    m_filters->addTab(tr("Active"));
    m_filters->addTab(tr("Completed"));
    m_filters->addTab(tr("Failed"));
    m_filters->setAccessibleName(tr("Show"));
    m_search->setPlaceholderText(tr("Search titles and ids"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(Icons::Search), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMaximumWidth(320);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_filters);
    layout->addStretch();
    layout->addWidget(m_search, 1);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);
    connect(m_filters, &QTabBar::currentChanged, this, &MainWindow::applyFilter);
    return bar;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->add);
    file->addAction(m_actions->paste);
    file->addSeparator();
    file->addAction(m_actions->settings);
    file->addSeparator();
    file->addAction(m_actions->quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->copyUrl);
    edit->addAction(m_actions->selectAll);
    edit->addSeparator();
    edit->addAction(m_actions->find);
    QMenu *download = menuBar()->addMenu(tr("&Download"));
    download->addAction(m_actions->pause);
    download->addAction(m_actions->resume);
    download->addAction(m_actions->togglePause);
    download->addAction(m_actions->abort);
    download->addAction(m_actions->retry);
    download->addSeparator();
    download->addAction(m_actions->open);
    download->addAction(m_actions->showInFolder);
    download->addSeparator();
    download->addAction(m_actions->remove);
    download->addAction(m_actions->removeWithFiles);
}

void MainWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_actions->add);
    toolBar->addSeparator();
    toolBar->addAction(m_actions->pause);
    toolBar->addAction(m_actions->resume);
    toolBar->addAction(m_actions->abort);
    toolBar->addAction(m_actions->retry);
    toolBar->addSeparator();
    toolBar->addAction(m_actions->open);
    toolBar->addAction(m_actions->showInFolder);
    toolBar->addSeparator();
    toolBar->addAction(m_actions->remove);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addAction(m_actions->settings);
}

void MainWindow::connectActions()
{
    WindowActions &a = *m_actions;
    connect(a.add, &QAction::triggered, this, [this] {
        const QStringList urls = AddDialog::urlsIn(QGuiApplication::clipboard()->text());
        showAddDialog(urls);
    });
    connect(a.paste, &QAction::triggered, this, [this] {
        showAddDialog(DroppedLinks::urlsIn(QGuiApplication::clipboard()->mimeData()));
    });
    connect(a.settings, &QAction::triggered, this, &MainWindow::showSettingsDialog);
    connect(a.quit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(a.pause, &QAction::triggered, this, [this] { m_commands->pause(selectedUuids()); });
    connect(a.resume, &QAction::triggered, this, [this] { m_commands->resume(selectedUuids()); });
    connect(a.togglePause, &QAction::triggered, this, &MainWindow::togglePause);
    connect(a.abort, &QAction::triggered, this, [this] { m_commands->abort(selectedUuids()); });
    connect(a.retry, &QAction::triggered, this, [this] { m_commands->retry(selectedUuids()); });
    connect(a.open, &QAction::triggered, this, [this] { m_opener->open(m_commands->files(selectedUuids())); });
    connect(a.showInFolder, &QAction::triggered, this,
            [this] { m_opener->showInFolder(m_commands->locations(selectedUuids())); });
    connect(a.copyUrl, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_commands->urls(selectedUuids()).join(u'\n')); });
    connect(a.remove, &QAction::triggered, this, [this] { confirmRemove(false); });
    connect(a.removeWithFiles, &QAction::triggered, this, [this] { confirmRemove(true); });
    connect(a.selectAll, &QAction::triggered, m_view, &QAbstractItemView::selectAll);
    connect(a.find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_view, &QAbstractItemView::activated, a.open, &QAction::trigger);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::selectionChanged);
    connect(m_model, &RegistrationModel::rowsUpdated, this, [this] {
        updateActions();
        updateStatus();
        // A running one changes all the time; a finished one once more, when its row says how it ended.
        const QString state = m_view->currentIndex().data(RegistrationModel::StatusTextRole).toString();
        if (m_model->registrationOf(m_details->registration()) || state != m_details->state()) {
            m_details->setState(state);
            m_details->refresh();
        }
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::selectionChanged);
    auto refreshSettled = [this](BackgroundFetchEvent *event) {
        if (event->registration()->uniqueId() == m_details->registration())
            m_details->refresh();
    };
    connect(&m_manager, &BackgroundFetchManager::backgroundFetchSuccess, this, refreshSettled);
    connect(&m_manager, &BackgroundFetchManager::backgroundFetchFail, this, refreshSettled);
    connect(&m_manager, &BackgroundFetchManager::backgroundFetchAbort, this, refreshSettled);
    connect(m_commands, &RegistrationCommands::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Ferry"), message);
    });
    connect(m_opener, &DesktopOpener::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
}

void MainWindow::applyFilter()
{
    m_searchDelay.stop();
    HistoryQuery query;
    query.status = HistoryQuery::Status(std::clamp(m_filters->currentIndex(), 0, 3));
    query.text = m_search->text().trimmed();
    if (query == m_model->query())
        return;
    m_model->setQuery(query);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    updateStatus();
}

QStringList MainWindow::selectedUuids() const
{
    QStringList uuids;
    const QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    uuids.reserve(indexes.size());
    for (const QModelIndex &index : indexes)
        uuids.append(index.data(RegistrationModel::UuidRole).toString());
    return uuids;
}

QList<const RegistrationRow *> MainWindow::selectedRows() const
{
    QList<const RegistrationRow *> rows;
    const QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes) {
        if (const RegistrationRow *row = m_model->rowAt(index.row()))
            rows.append(row);
    }
    return rows;
}

void MainWindow::selectionChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_details->setState(current.data(RegistrationModel::StatusTextRole).toString());
    m_details->setRegistration(current.isValid() ? current.data(RegistrationModel::UuidRole).toString() : QString());
    updateActions();
    updateStatus();
}

void MainWindow::updateActions()
{
    bool pausable = false, resumable = false, abortable = false, finished = false, completed = false;
    const QList<const RegistrationRow *> rows = selectedRows();
    for (const RegistrationRow *row : rows) {
        const bool live = !m_model->registrationOf(row->uuid).isNull();
        pausable = pausable || (live && row->canPause && row->isRunning());
        resumable = resumable || row->status == RowStatus::Paused || row->status == RowStatus::Stopped;
        abortable = abortable || !row->isFinished();
        finished = finished || row->isFinished();
        completed = completed || row->status == RowStatus::Completed;
    }
    const bool any = !rows.isEmpty();
    m_actions->pause->setEnabled(pausable);
    m_actions->resume->setEnabled(resumable);
    m_actions->togglePause->setEnabled(pausable || resumable);
    m_actions->abort->setEnabled(abortable);
    m_actions->retry->setEnabled(finished);
    m_actions->open->setEnabled(completed);
    m_actions->showInFolder->setEnabled(any);
    m_actions->copyUrl->setEnabled(any);
    m_actions->remove->setEnabled(any);
    m_actions->removeWithFiles->setEnabled(any);
}

void MainWindow::updateStatus()
{
    const int count = m_model->matchingCount();
    const int selected = int(m_view->selectionModel()->selectedIndexes().size());
    // Two sources rather than "%n download(s)", so English reads right without a translation file loaded.
    QString text = count == 1 ? tr("1 download") : tr("%1 downloads").arg(QLocale().toString(count));
    if (selected > 1)
        text = tr("%1, %2 selected").arg(text).arg(selected);
    m_countLabel->setText(text);
    const double speed = m_model->totalSpeed();
    m_speedLabel->setText(speed > 0 ? tr("Total %1").arg(Texts::speed(speed)) : QString());
}

void MainWindow::togglePause()
{
    if (m_actions->pause->isEnabled())
        m_commands->pause(selectedUuids());
    else
        m_commands->resume(selectedUuids());
}

void MainWindow::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid() && !m_view->selectionModel()->isSelected(index))
        m_view->setCurrentIndex(index);
    QMenu menu(this);
    if (index.isValid()) {
        menu.addAction(m_actions->pause);
        menu.addAction(m_actions->resume);
        menu.addAction(m_actions->abort);
        menu.addAction(m_actions->retry);
        menu.addSeparator();
        menu.addAction(m_actions->open);
        menu.addAction(m_actions->showInFolder);
        menu.addAction(m_actions->copyUrl);
        menu.addSeparator();
        menu.addAction(m_actions->remove);
        menu.addAction(m_actions->removeWithFiles);
    } else {
        menu.addAction(m_actions->add);
        menu.addAction(m_actions->paste);
        menu.addAction(m_actions->selectAll);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void MainWindow::showAddDialog(const QStringList &urls)
{
    // The folder of the last download added by hand, while it exists; else the one in the settings.
    const QString last = m_settings.value(lastFolderKey).toString();
    const QString folder = !last.isEmpty() && QFileInfo(last).isDir() ? last : m_preferences.downloadFolder;
    auto *dialog = new AddDialog(m_manager.config(), folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUrls(urls);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->destination() == QDir::cleanPath(m_preferences.downloadFolder))
            m_settings.remove(lastFolderKey);
        else
            m_settings.setValue(lastFolderKey, dialog->destination());
        const QList<AddDialog::Submission> all = dialog->submissions();
        for (const AddDialog::Submission &submission : all)
            m_commands->add(submission);
    });
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_preferences = dialog->preferences();
        m_preferences.save(m_settings);
        m_preferences.applyTo(m_manager);
        Q_EMIT preferencesChanged(m_preferences);
    });
    dialog->open();
}

void MainWindow::confirmRemove(bool deleteFiles)
{
    const QStringList uuids = selectedUuids();
    if (uuids.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Downloads"),
                                uuids.size() == 1 ? tr("Remove the selected download from the list?")
                                                  : tr("Remove %1 downloads from the list?").arg(uuids.size()),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(confirm);
    auto *files = new QCheckBox(tr("Also &delete the downloaded files"), box);
    files->setChecked(deleteFiles);
    box->setCheckBox(files);
    box->setInformativeText(tr("Running downloads are stopped. Files are kept unless you tick the box below."));
    connect(box, &QMessageBox::finished, this, [this, box, confirm, files, uuids] {
        if (box->clickedButton() == confirm)
            m_commands->remove(uuids, files->isChecked());
    });
    box->open();
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(u"window/geometry"_s, saveGeometry());
    m_settings.setValue(u"window/state"_s, saveState());
    m_settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    m_settings.setValue(u"window/detailsColumns"_s, m_details->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (m_hideOnClose) {
        event->ignore();
        hide();
        Q_EMIT hiddenOnClose();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::present()
{
    show();
    setWindowState(windowState() & ~Qt::WindowMinimized);
    raise();
    activateWindow();
}

void MainWindow::showRegistration(const QString &uuid)
{
    present();
    if (m_model->rowOf(uuid) < 0 && (m_filters->currentIndex() != 0 || !m_search->text().isEmpty())) {
        m_search->clear();
        m_filters->setCurrentIndex(0);
        applyFilter();
    }
    // Newest first: a registration a notification names is usually on the first page; load on until it shows up.
    while (m_model->rowOf(uuid) < 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int row = m_model->rowOf(uuid);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row));
        m_view->scrollTo(m_model->index(row));
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DroppedLinks::urlsIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList urls = DroppedLinks::urlsIn(event->mimeData());
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    showAddDialog(urls);
}

} // namespace Ferry
