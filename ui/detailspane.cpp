#include "detailspane.h"

#include "backgroundfetchmanager.h"
#include "desktopopener.h"
#include "icons.h"
#include "texts.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ferry {
namespace {

constexpr int pathRole = Qt::UserRole + 1;
constexpr int resultRole = Qt::UserRole + 2;

} // namespace

DetailsPane::DetailsPane(BackgroundFetchManager &manager, DesktopOpener &opener, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_opener(opener), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_records(new QTreeWidget(this)), m_open(new QPushButton(Icons::icon(Icons::Open), tr("&Open File"), this)),
      m_showInFolder(new QPushButton(Icons::icon(Icons::ShowInFolder), tr("Show in &Folder"), this)),
      m_copyUrl(new QPushButton(Icons::icon(Icons::Copy), tr("Copy U&RL"), this)), m_menu(new QMenu(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_records->setColumnCount(ColumnCount);
    m_records->setHeaderLabels({tr("URL"), tr("Method"), tr("HTTP"), tr("Size"), tr("File"), tr("Result"), tr("Tries")});
    m_records->setRootIsDecorated(false);
    m_records->setUniformRowHeights(true);
    m_records->setAlternatingRowColors(true);
    m_records->setAccessibleName(tr("Files of the selected download"));
    m_records->setContextMenuPolicy(Qt::CustomContextMenu);
    m_records->header()->setStretchLastSection(false);
    m_records->header()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    for (int column = MethodColumn; column < ColumnCount; ++column)
        m_records->header()->setSectionResizeMode(column, QHeaderView::Interactive);
    m_records->setColumnWidth(MethodColumn, 70);
    m_records->setColumnWidth(StatusColumn, 50);
    m_records->setColumnWidth(SizeColumn, 150);
    m_records->setColumnWidth(FileColumn, 180);
    m_records->setColumnWidth(ResultColumn, 110);
    m_records->setColumnWidth(TriesColumn, 50);

    m_menu->addAction(m_open->icon(), m_open->text(), this, &DetailsPane::openCurrent);
    m_menu->addAction(m_showInFolder->icon(), m_showInFolder->text(), this, &DetailsPane::showCurrentInFolder);
    m_menu->addAction(m_copyUrl->icon(), m_copyUrl->text(), this, &DetailsPane::copyCurrentUrl);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_showInFolder);
    buttons->addWidget(m_copyUrl);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_records, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &DetailsPane::openCurrent);
    connect(m_showInFolder, &QPushButton::clicked, this, &DetailsPane::showCurrentInFolder);
    connect(m_copyUrl, &QPushButton::clicked, this, &DetailsPane::copyCurrentUrl);
    connect(m_records, &QTreeWidget::itemActivated, this, &DetailsPane::openCurrent);
    connect(m_records, &QTreeWidget::currentItemChanged, this, &DetailsPane::updateButtons);
    connect(m_records, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (m_records->itemAt(position))
            m_menu->popup(m_records->viewport()->mapToGlobal(position));
    });
    setRegistration(QString());
}

void DetailsPane::setRegistration(const QString &uuid)
{
    const bool other = uuid != m_uuid;
    m_uuid = uuid;
    if (other)
        m_records->clear();
    refresh();
}

void DetailsPane::refresh()
{
    const std::optional<RegistrationData> registration = m_uuid.isEmpty() ? std::nullopt : m_manager.details(m_uuid);
    if (!registration) {
        m_title->setText(tr("No download selected"));
        m_summary->setText(tr("Select a download to see its files."));
        m_records->clear();
        updateButtons();
        return;
    }
    m_title->setText(registration->displayTitle());
    QString summary = tr("Id %1 · added %2")
                          .arg(registration->id, QLocale().toString(registration->created.toLocalTime(), QLocale::ShortFormat));
    // A failure in full words: the row has room for the short form only.
    if (registration->result == FetchResult::Failure)
        summary += u'\n' + Texts::registrationFailure(*registration);
    else if (!m_state.isEmpty())
        summary += u'\n' + m_state;
    m_summary->setText(summary);

    // Update in place, so the current record and the scroll position survive the refreshes of a running download.
    if (m_records->topLevelItemCount() != registration->records.size())
        m_records->clear();
    for (int i = 0; i < registration->records.size(); ++i) {
        const RecordData &record = registration->records.at(i);
        QTreeWidgetItem *item = m_records->topLevelItem(i);
        if (!item)
            item = new QTreeWidgetItem(m_records);
        // A bad-status record's file is the server's error page, kept aside in the data folder: it is not the
        // download, so it is neither named nor offered to open or show.
        const bool errorPage = record.result == RecordResult::BadStatus;
        const QString path = errorPage ? QString() : record.filePath.isEmpty() ? record.partPath : record.filePath;
        const QString fileName = QFileInfo(path).fileName();
        item->setText(UrlColumn, record.request.url);
        item->setToolTip(UrlColumn, record.request.url);
        item->setText(MethodColumn, QString::fromLatin1(record.request.method));
        item->setText(StatusColumn, record.status > 0 ? QString::number(record.status) : tr("—"));
        const bool partial = record.totalLength > 0 && record.bytes < record.totalLength;
        item->setText(SizeColumn, partial ? Texts::amount(quint64(record.bytes), quint64(record.totalLength))
                                          : Texts::bytes(record.bytes));
        item->setText(FileColumn, fileName);
        item->setToolTip(FileColumn, path);
        item->setData(FileColumn, pathRole, path);
        item->setText(ResultColumn, Texts::recordFailure(record));
        item->setToolTip(ResultColumn, item->text(ResultColumn));
        item->setData(ResultColumn, resultRole, int(record.result));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        // Retries happen inside a record; a file that took many tries shows what its server put it through.
        item->setText(TriesColumn, record.tries > 0 ? QString::number(record.tries) : tr("—"));
        item->setToolTip(TriesColumn, tr("Requests sent for this file, retries included"));
        item->setTextAlignment(TriesColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!m_records->currentItem() && m_records->topLevelItemCount() > 0)
        m_records->setCurrentItem(m_records->topLevelItem(0));
    updateButtons();
}

void DetailsPane::setState(const QString &words)
{
    if (words == m_state)
        return;
    m_state = words;
    refresh();
}

QString DetailsPane::currentFile() const
{
    const QTreeWidgetItem *item = m_records->currentItem();
    return item ? item->data(FileColumn, pathRole).toString() : QString();
}

void DetailsPane::updateButtons()
{
    const QString path = currentFile();
    const bool exists = !path.isEmpty() && QFileInfo::exists(path);
    const QTreeWidgetItem *item = m_records->currentItem();
    m_open->setEnabled(exists && item && RecordResult(item->data(ResultColumn, resultRole).toInt()) == RecordResult::Success);
    m_showInFolder->setEnabled(exists);
    m_copyUrl->setEnabled(item != nullptr);
    const QList<QAction *> actions = m_menu->actions();
    actions.at(0)->setEnabled(m_open->isEnabled());
    actions.at(1)->setEnabled(m_showInFolder->isEnabled());
    actions.at(2)->setEnabled(m_copyUrl->isEnabled());
}

void DetailsPane::openCurrent()
{
    if (m_open->isEnabled())
        m_opener.open({currentFile()});
}

void DetailsPane::showCurrentInFolder()
{
    if (m_showInFolder->isEnabled())
        m_opener.showInFolder({currentFile()});
}

void DetailsPane::copyCurrentUrl()
{
    if (const QTreeWidgetItem *item = m_records->currentItem())
        QGuiApplication::clipboard()->setText(item->text(UrlColumn));
}

QByteArray DetailsPane::saveState() const
{
    return m_records->header()->saveState();
}

void DetailsPane::restoreState(const QByteArray &state)
{
    m_records->header()->restoreState(state);
}

} // namespace Ferry
