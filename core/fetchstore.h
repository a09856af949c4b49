#pragma once

#include "historyquery.h"
#include "registrationdata.h"
#include "statementcache.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Ferry {

// The SQLite store of registrations and their records (DESIGN.md section 4).
// Owned by the composition root; used from the thread that opened it, through its own named connection. Every
// statement is prepared with bound values. State changes are written at once in one transaction; the callers
// throttle byte-count writes.
class FetchStore final
{
public:
    enum class InsertResult { Inserted, DuplicateId, Failed };

    FetchStore();
    ~FetchStore();
    Q_DISABLE_COPY_MOVE(FetchStore)

    // Opens (creating if needed) the database file and migrates it to the current schema.
    bool open(const QString &path);
    bool isOpen() const;
    QString lastError() const { return m_lastError; }
    int schemaVersion() const;

    // Persists a new registration with its records and fills in `seq`. An id that is already active, in this
    // process or in another one sharing the file, is refused by a partial unique index, so the check is atomic.
    InsertResult insert(RegistrationData &registration);
    // Writes the registration row and every record: used for state changes.
    bool save(const RegistrationData &registration);
    bool saveRecord(const QString &uuid, const RecordData &record);
    // Writes the given records of a registration in one transaction; with `withRow`, its row as well.
    bool saveRecords(const RegistrationData &registration, const QList<int> &records, bool withRow = false);
    // Writes only byte counters (throttled by the caller): of every unsettled record, or of the given ones.
    bool saveProgress(const RegistrationData &registration);
    bool saveProgress(const RegistrationData &registration, const QList<int> &records);
    // Sets the cached icon of a registration that has none yet (an icon may arrive after the fetch settled).
    bool saveIconPath(const QString &uuid, const QString &path);
    bool remove(const QString &uuid);

    std::optional<RegistrationData> load(const QString &uuid) const;
    // The active (or paused) registration with this developer id, if any.
    std::optional<RegistrationData> findActive(const QString &id) const;
    // The newest registration with this developer id, active or not.
    std::optional<RegistrationData> findNewest(const QString &id) const;
    QList<RegistrationData> loadActive() const;
    // A page of registrations, newest first, without their records.
    QList<RegistrationData> list(int offset, int limit) const { return list(HistoryQuery(), offset, limit); }
    QList<RegistrationData> list(const HistoryQuery &query, int offset, int limit) const;
    // Every matching registration, newest first, without records, through one streaming query: for listings of
    // the whole history that should neither page with OFFSET nor hold everything in memory.
    void visit(const HistoryQuery &query, const std::function<void(const RegistrationData &)> &visitor) const;
    int count() const { return count(HistoryQuery()); }
    int count(const HistoryQuery &query) const;

private:
    // Opens the connection set up by open() and sets the pragmas.
    bool openFile();
    bool migrate();
    // Empty when the open file is sound, else SQLite's first complaint about it.
    QString damageReport() const;
    // Closes the damaged file, renames it (and its write-ahead log) out of the way untouched, copies what can still
    // be read from it into a new list at `path` for the next start, and says all that in lastError().
    void moveAside(const QString &path, const QString &damage);
    bool exec(QSqlQuery &query) const;
    // A cached prepared statement, or nullptr with lastError() set.
    QSqlQuery *statement(const QString &sql);
    // A transaction around a group of writes; nested pairs join the outer one, which commits or rolls back.
    bool beginWrite();
    bool endWrite(bool ok);
    bool saveRegistrationRow(const RegistrationData &registration);
    bool writeRecord(const QString &uuid, const RecordData &record, bool insert);
    bool writeSegments(const QString &uuid, const RecordData &record);
    QList<SegmentData> loadSegments(const QString &uuid, int index) const;
    QList<RegistrationData> selectRegistrations(const QString &where, const QVariantList &values, bool withRecords,
                                                const QString &tail = {}) const;
    QList<RecordData> loadRecords(const QString &uuid) const;

    QString m_connectionName;
    StatementCache m_statements;
    int m_writeDepth = 0;
    mutable QString m_lastError;
};

} // namespace Ferry
