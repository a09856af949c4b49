#include "registrationmodel.h"

#include "texts.h"

#include <algorithm>
#include <limits>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr int tickMilliseconds = 200;
// Speeds are smoothed over about this long, so the figure (and the time left) does not jitter with every batch.
constexpr double speedSmoothingMs = 2000.0;

} // namespace

RegistrationModel::RegistrationModel(BackgroundFetchManager &manager, QObject *parent)
    : QAbstractListModel(parent), m_manager(manager)
{
    m_clock.start();
    m_tick.setInterval(tickMilliseconds);
    connect(&m_tick, &QTimer::timeout, this, &RegistrationModel::publish);
    connect(&m_manager, &BackgroundFetchManager::registrationAdded, this, &RegistrationModel::adopt);
    connect(&m_manager, &BackgroundFetchManager::uiChanged, this, &RegistrationModel::refreshUi);
    connect(&m_manager, &BackgroundFetchManager::queuedChanged, this,
            [this](const QString &uuid, bool) { markDirty(uuid); });
    // Registrations that were running before the window existed (restored at start-up).
    const QStringList ids = m_manager.getIds().result();
    for (const QString &id : ids) {
        const RegistrationPtr registration = m_manager.get(id).result();
        if (!registration)
            continue;
        if (const std::optional<RegistrationData> data = m_manager.details(registration->uniqueId()))
            follow(registration, data->seq);
    }
    m_rows = loadPage();
}

RegistrationModel::~RegistrationModel() = default;

int RegistrationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RegistrationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegistrationRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.displayTitle();
    case Qt::ToolTipRole: {
        QString tip = row.displayTitle() + u'\n' + tr("Id: %1").arg(row.id);
        if (row.status == RowStatus::Failed && row.failureReason != FailureReason::Aborted)
            tip += u'\n' + Texts::failure(row.failureReason, row.errorStatus);
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(row.displayTitle(), Texts::status(row),
                 Texts::amount(row.downloaded, row.expectedDownload()));
    case UuidRole:
        return row.uuid;
    case IdRole:
        return row.id;
    case IconPathRole:
        return row.iconPath;
    case StatusRole:
        return int(row.status);
    case FailureReasonRole:
        return int(row.failureReason);
    case DownloadedRole:
        return row.downloaded;
    case ExpectedDownloadRole:
        return row.expectedDownload();
    case UploadedRole:
        return row.uploaded;
    case UploadTotalRole:
        return row.uploadTotal;
    case ProgressRole:
        return row.progressPermille();
    case SpeedRole:
        return row.speed;
    case SecondsLeftRole:
        return row.secondsLeft();
    case CanPauseRole:
        return row.canPause;
    case CreatedRole:
        return row.created;
    case StatusTextRole:
        return Texts::status(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> RegistrationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(IdRole, "id");
    names.insert(StatusRole, "status");
    names.insert(ProgressRole, "progress");
    return names;
}

bool RegistrationModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void RegistrationModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    QList<RegistrationRow> fresh = loadPage();
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(std::move(fresh));
    endInsertRows();
}

QList<RegistrationRow> RegistrationModel::loadPage()
{
    const QList<RegistrationData> page = m_manager.history(m_query, m_storeOffset, m_pageSize);
    m_storeOffset += int(page.size());
    m_exhausted = page.size() < m_pageSize;
    QList<RegistrationRow> fresh;
    fresh.reserve(page.size());
    // Newest first: anything not older than the last loaded row is already here (or was added meanwhile by
    // another process and shifted the pages).
    const qint64 oldest = m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.constLast().seq;
    for (const RegistrationData &data : page) {
        if (data.seq >= oldest)
            continue;
        RegistrationRow row = RegistrationRow::fromData(data);
        if (const auto live = m_live.constFind(row.uuid); live != m_live.cend()) {
            row.updateFrom(*live->registration);
            fillFromRecords(row);
        }
        fresh.append(std::move(row));
    }
    return fresh;
}

void RegistrationModel::setQuery(const HistoryQuery &query)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_rows.squeeze();
    m_storeOffset = 0;
    m_exhausted = false;
    m_matchingCount = -1;
    // The first page loads inside the reset, so views (and fetchMore calls they make) see one consistent change.
    m_rows = loadPage();
    endResetModel();
}

int RegistrationModel::matchingCount() const
{
    if (m_matchingCount < 0)
        m_matchingCount = m_exhausted ? int(m_rows.size()) : m_manager.historyCount(m_query);
    return m_matchingCount;
}

int RegistrationModel::findRow(const QString &uuid, qint64 seq) const
{
    // Newest first, always: pages come in descending order and only newer rows are inserted at the top.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), seq,
                                     [](const RegistrationRow &row, qint64 value) { return row.seq > value; });
    return it != m_rows.cend() && it->uuid == uuid ? int(it - m_rows.cbegin()) : -1;
}

int RegistrationModel::rowOf(const QString &uuid) const
{
    if (const auto live = m_live.constFind(uuid); live != m_live.cend())
        return findRow(uuid, live->seq);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

const RegistrationRow *RegistrationModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

RegistrationPtr RegistrationModel::registrationOf(const QString &uuid) const
{
    return m_live.value(uuid).registration;
}

double RegistrationModel::totalSpeed() const
{
    double sum = 0;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (const RegistrationRow *row = rowAt(rowOf(it.key())))
            sum += row->speed;
    }
    return sum;
}

void RegistrationModel::fillFromRecords(RegistrationRow &row) const
{
    // History pages come without records. The servers' lengths and file names arrive with the responses, so a
    // running row asks for them until they are known; until then its bar is indeterminate and it is named after
    // its URL.
    const bool lengthKnown = row.downloadTotal > 0 || row.contentLength > 0;
    const bool statusKnown = (row.failureReason != FailureReason::BadStatus || row.errorStatus != 0)
        && (row.failureReason != FailureReason::FetchError || row.problem != RecordProblem::Kind::None);
    if (lengthKnown && row.namedByServer && statusKnown)
        return;
    if (const std::optional<RegistrationData> data = m_manager.details(row.uuid)) {
        row.contentLength = RegistrationRow::contentLengthOf(*data);
        row.name = data->naming();
        row.errorStatus = data->errorStatus();
        row.problem = data->problemKind();
        const RecordData *first = data->records.isEmpty() ? nullptr : &data->records.constFirst();
        row.namedByServer = first && (!first->partPath.isEmpty() || first->result == RecordResult::Success);
    }
}

void RegistrationModel::follow(const RegistrationPtr &registration, qint64 seq)
{
    const QString uuid = registration->uniqueId();
    if (m_live.contains(uuid))
        return;
    Live live;
    live.registration = registration;
    live.seq = seq;
    live.lastBytes = registration->downloaded() + registration->uploaded();
    live.lastSampleMs = m_clock.elapsed();
    m_live.insert(uuid, live);
    connect(registration.data(), &BackgroundFetchRegistration::progress, this, [this, uuid] { markDirty(uuid); });
    connect(registration.data(), &BackgroundFetchRegistration::pausedChanged, this,
            [this, uuid] { markDirty(uuid); });
    connect(registration.data(), &BackgroundFetchRegistration::phaseChanged, this, [this, uuid] { markDirty(uuid); });
}

void RegistrationModel::adopt(const RegistrationPtr &registration)
{
    const QString uuid = registration->uniqueId();
    const std::optional<RegistrationData> data = m_manager.details(uuid);
    if (!data)
        return;
    follow(registration, data->seq);
    markDirty(uuid);
    if (rowOf(uuid) >= 0)
        return; // a stopped row that was restored: it is followed from now on
    RegistrationRow row = RegistrationRow::fromData(*data);
    row.updateFrom(*registration);
    if (!matches(row))
        return;
    // Only rows newer than everything loaded belong at the top; an older one arrives with its page.
    if (m_rows.isEmpty() ? !m_exhausted : row.seq < m_rows.constFirst().seq)
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(std::move(row));
    endInsertRows();
    ++m_storeOffset;
    m_matchingCount = -1;
}

bool RegistrationModel::matches(const RegistrationRow &row) const
{
    switch (m_query.status) {
    case HistoryQuery::Status::All:
        break;
    case HistoryQuery::Status::Active:
        if (row.isFinished())
            return false;
        break;
    case HistoryQuery::Status::Completed:
        if (row.status != RowStatus::Completed)
            return false;
        break;
    case HistoryQuery::Status::Failed:
        if (row.status != RowStatus::Failed)
            return false;
        break;
    }
    return m_query.text.isEmpty() || row.displayTitle().contains(m_query.text, Qt::CaseInsensitive)
        || row.id.contains(m_query.text, Qt::CaseInsensitive);
}

void RegistrationModel::refreshUi(const QString &uuid)
{
    const int index = rowOf(uuid);
    if (index < 0)
        return;
    if (const std::optional<RegistrationData> data = m_manager.details(uuid)) {
        m_rows[index].title = data->title;
        m_rows[index].iconPath = data->iconPath;
    }
    markDirty(uuid);
}

void RegistrationModel::forget(const QString &uuid)
{
    if (const auto live = m_live.find(uuid); live != m_live.end()) {
        if (live->registration)
            live->registration->disconnect(this);
        m_live.erase(live);
    }
    m_dirty.remove(uuid);
    const int index = rowOf(uuid);
    if (index < 0)
        return;
    beginRemoveRows({}, index, index);
    m_rows.removeAt(index);
    endRemoveRows();
    --m_storeOffset;
    m_matchingCount = -1;
}

void RegistrationModel::markDirty(const QString &uuid)
{
    m_dirty.insert(uuid);
    if (!m_tick.isActive())
        m_tick.start();
}

bool RegistrationModel::sampleSpeed(Live &live, RegistrationRow &row, qint64 nowMs)
{
    const double before = row.speed;
    const quint64 bytes = row.downloaded + row.uploaded;
    const qint64 elapsed = nowMs - live.lastSampleMs;
    if (!row.isTransferring()) {
        row.speed = 0;
    } else if (elapsed >= tickMilliseconds / 2) {
        // A restart from zero (a server that ignored Range) makes the count go down: that is not negative speed.
        const double instant = bytes > live.lastBytes ? double(bytes - live.lastBytes) * 1000.0 / double(elapsed) : 0;
        const double weight = before <= 0 ? 1.0 : 1.0 - std::exp(-double(elapsed) / speedSmoothingMs);
        row.speed = before + weight * (instant - before);
    } else {
        return false;
    }
    live.lastBytes = bytes;
    live.lastSampleMs = nowMs;
    return row.speed != before;
}

void RegistrationModel::publish()
{
    const qint64 now = m_clock.elapsed();
    int first = std::numeric_limits<int>::max();
    int last = -1;
    bool anyTransferring = false;
    QStringList settled;
    for (auto it = m_live.begin(); it != m_live.end(); ++it) {
        const BackgroundFetchRegistration &registration = *it->registration;
        if (registration.result() != FetchResult::Unset)
            settled.append(it.key());
        const int index = findRow(it.key(), it->seq);
        if (index < 0)
            continue;
        RegistrationRow &row = m_rows[index];
        bool changed = row.updateFrom(registration);
        if (changed)
            fillFromRecords(row);
        // A retry's countdown moves every second by itself.
        changed = sampleSpeed(*it, row, now) || changed || m_dirty.contains(it.key())
            || row.status == RowStatus::Retrying;
        anyTransferring = anyTransferring || row.isTransferring() || row.status == RowStatus::Retrying;
        if (changed) {
            first = std::min(first, index);
            last = std::max(last, index);
        }
    }
    for (const QString &uuid : std::as_const(m_dirty)) {
        if (m_live.contains(uuid))
            continue;
        const int index = rowOf(uuid);
        if (index >= 0) {
            first = std::min(first, index);
            last = std::max(last, index);
        }
    }
    m_dirty.clear();
    for (const QString &uuid : std::as_const(settled)) {
        if (const RegistrationPtr registration = m_live.take(uuid).registration)
            registration->disconnect(this);
        m_matchingCount = -1;
    }
    // Speeds decay while something transfers, so keep ticking; otherwise the next signal restarts the timer.
    if (!anyTransferring)
        m_tick.stop();
    if (last >= 0) {
        Q_EMIT dataChanged(index(first), index(last));
        Q_EMIT rowsUpdated();
    }
}

} // namespace Ferry
