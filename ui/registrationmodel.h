#pragma once

#include "backgroundfetchmanager.h"
#include "historyquery.h"
#include "registrationrow.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

namespace Ferry {

// The registrations of the store, newest first, filtered by a HistoryQuery. Rows load lazily, a page at a time
// (canFetchMore/fetchMore), so 100,000 rows of history cost one small query at start. Registrations running in this
// process are followed through their signals; what they change is collected and published once per tick as a
// single dataChanged, whatever the number of progress signals. Lives on the GUI thread; the manager must outlive it.
class RegistrationModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        IdRole,
        IconPathRole,
        StatusRole,          // RowStatus as int
        FailureReasonRole,   // FailureReason as int
        DownloadedRole,      // quint64
        ExpectedDownloadRole,// quint64, 0 when unknown
        UploadedRole,
        UploadTotalRole,
        ProgressRole,        // permille, -1 while the total is unknown
        SpeedRole,           // bytes per second (double)
        SecondsLeftRole,     // qint64, -1 when unknown
        CanPauseRole,
        CreatedRole,
        StatusTextRole,      // Texts::status(): the state in words
    };
    Q_ENUM(Role)

    static constexpr int defaultPageSize = 200;

    explicit RegistrationModel(BackgroundFetchManager &manager, QObject *parent = nullptr);
    ~RegistrationModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows another filter or search: the model resets and loads its first page again.
    void setQuery(const HistoryQuery &query);
    HistoryQuery query() const { return m_query; }
    // How many registrations match the query in the store (not only the rows loaded so far).
    int matchingCount() const;
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // How often coalesced changes are published.
    void setTickInterval(int milliseconds) { m_tick.setInterval(milliseconds); }

    // The row of a registration, or -1 when it is not loaded.
    int rowOf(const QString &uuid) const;
    const RegistrationRow *rowAt(int row) const;
    // The running registration behind a row, or null when it is not running in this process.
    RegistrationPtr registrationOf(const QString &uuid) const;
    // Removes a row; the caller has already removed the registration from the store.
    void forget(const QString &uuid);
    // The sum of the current speeds, for the status bar.
    double totalSpeed() const;

Q_SIGNALS:
    // After each tick that changed rows: the window refreshes its status bar and details pane.
    void rowsUpdated();

private:
    struct Live
    {
        RegistrationPtr registration;
        qint64 seq = 0; // finds its row by binary search: rows are always in descending seq order
        quint64 lastBytes = 0;
        qint64 lastSampleMs = 0;
    };

    // The next page of the query from the store, without what is already loaded.
    QList<RegistrationRow> loadPage();
    void fillFromRecords(RegistrationRow &row) const;
    void adopt(const RegistrationPtr &registration);
    void follow(const RegistrationPtr &registration, qint64 seq);
    void markDirty(const QString &uuid);
    void publish();
    void refreshUi(const QString &uuid);
    bool matches(const RegistrationRow &row) const;
    bool sampleSpeed(Live &live, RegistrationRow &row, qint64 nowMs);
    int findRow(const QString &uuid, qint64 seq) const;

    BackgroundFetchManager &m_manager;
    HistoryQuery m_query;
    QList<RegistrationRow> m_rows;
    QHash<QString, Live> m_live;      // uuid -> registration running in this process
    QSet<QString> m_dirty;            // uuids changed since the last tick
    QTimer m_tick;
    QElapsedTimer m_clock;
    int m_storeOffset = 0;            // rows of the query consumed from the store, for the next page
    int m_pageSize = defaultPageSize;
    bool m_exhausted = false;
    mutable int m_matchingCount = -1; // cached until the rows change
};

} // namespace Ferry
