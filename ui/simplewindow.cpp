#include "simplewindow.h"

#include "backgroundfetchmanager.h"
#include "texts.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace Ferry {
namespace {

constexpr int shownRows = 200;

} // namespace

SimpleWindow::SimpleWindow(BackgroundFetchManager &manager, QWidget *parent)
    : QMainWindow(parent), m_manager(manager), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Ferry"));
    m_list->setHeaderLabels({tr("Title"), tr("Downloaded"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Registrations"));
    setCentralWidget(m_list);
    resize(720, 420);
    connect(&m_refresh, &QTimer::timeout, this, &SimpleWindow::refresh);
    m_refresh.start(1000);
    refresh();
}

void SimpleWindow::refresh()
{
    const QList<RegistrationData> rows = m_manager.history(0, shownRows);
    m_list->clear();
    for (const RegistrationData &row : rows) {
        QString status;
        if (row.state == RegistrationState::Paused)
            status = tr("Paused");
        else if (row.result == FetchResult::Unset)
            status = tr("Downloading");
        else if (row.result == FetchResult::Success)
            status = tr("Completed");
        else
            status = Texts::failureReason(row.failureReason);
        const QString size = row.downloadTotal > 0
            ? tr("%1 of %2").arg(Texts::bytes(qint64(row.downloaded)), Texts::bytes(qint64(row.downloadTotal)))
            : Texts::bytes(qint64(row.downloaded));
        auto *item = new QTreeWidgetItem(m_list, {row.title.isEmpty() ? row.id : row.title, size, status});
        item->setToolTip(0, row.id);
    }
}

} // namespace Ferry
