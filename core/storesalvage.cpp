#include "storesalvage.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Ferry::StoreSalvage {
namespace {


QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    // PRAGMA takes no bound values; the name is ours, not data.
    if (!q.exec(u"PRAGMA table_info(%1)"_s.arg(table)))
        return columns;
    while (q.next())
        columns.append(q.value(1).toString());
    return columns;
}

QString insertInto(const QString &table, const QStringList &columns)
{
    QStringList marks;
    marks.fill(u"?"_s, columns.size());
    return u"INSERT OR IGNORE INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u','));
}

bool copyRow(const QSqlQuery &read, QSqlQuery &write, qsizetype columns)
{
    for (int i = 0; i < columns; ++i)
        write.bindValue(i, read.value(i));
    return write.exec() && write.numRowsAffected() > 0;
}

// Registrations in the order of their b-tree. A scan stops at a damaged page; the next one starts past it, at
// the first readable row after a growing gap, until none is left. Returns the uuids copied.
QStringList copyRegistrations(const QSqlDatabase &from, QSqlDatabase &to, const QStringList &columns)
{
    const qsizetype uuidColumn = columns.indexOf(u"uuid"_s);
    const qsizetype seqColumn = columns.indexOf(u"seq"_s);
    QStringList uuids;
    if (uuidColumn < 0 || seqColumn < 0)
        return uuids;
    // Where to stop: the last row, else the last number handed out (AUTOINCREMENT keeps it in a table of its own).
    qint64 end = -1;
    QSqlQuery last(from);
    for (const QString &sql : {u"SELECT max(seq) FROM registrations"_s,
                               u"SELECT seq FROM sqlite_sequence WHERE name='registrations'"_s}) {
        if (end < 0 && last.exec(sql) && last.next() && !last.value(0).isNull())
            end = last.value(0).toLongLong();
    }
    QSqlQuery write(to);
    write.prepare(insertInto(u"registrations"_s, columns));
    QSqlQuery read(from);
    read.setForwardOnly(true);
    read.prepare(u"SELECT %1 FROM registrations WHERE seq>=? ORDER BY seq"_s.arg(columns.join(u", "_s)));
    qint64 next = 0;
    qint64 gap = 1;
    while (next <= end) {
        read.bindValue(0, next);
        bool any = false;
        if (read.exec()) {
            while (read.next()) {
                any = true;
                next = read.value(seqColumn).toLongLong() + 1;
                if (copyRow(read, write, columns.size()))
                    uuids.append(read.value(uuidColumn).toString());
            }
        }
        // Stopped by damage (or at the end): look further on, each miss twice as far.
        gap = any ? 1 : gap * 2;
        next += gap;
    }
    return uuids;
}

// The rows of `table` that belong to the given registrations, each found through the b-tree by its key, so
// damage elsewhere in the table does not hide them.
void copyChildren(const QSqlDatabase &from, QSqlDatabase &to, const QString &table, const QStringList &columns,
                  const QStringList &uuids)
{
    QSqlQuery write(to);
    write.prepare(insertInto(table, columns));
    QSqlQuery read(from);
    read.setForwardOnly(true);
    read.prepare(u"SELECT %1 FROM %2 WHERE registration=?"_s.arg(columns.join(u", "_s), table));
    for (const QString &uuid : uuids) {
        read.bindValue(0, uuid);
        if (!read.exec())
            continue;
        while (read.next())
            copyRow(read, write, columns.size());
    }
}

QStringList commonColumns(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    QStringList columns = columnsOf(from, table);
    const QStringList ours = columnsOf(to, table);
    columns.removeIf([&ours](const QString &column) { return !ours.contains(column); });
    return columns;
}

int copyTables(const QSqlDatabase &from, QSqlDatabase &to)
{
    QSqlQuery q(to);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return -1;
    // Parents first: a record is kept only with its registration (the foreign keys check that).
    const QStringList uuids = copyRegistrations(from, to, commonColumns(from, to, u"registrations"_s));
    for (const QString &table : {u"records"_s, u"segments"_s}) {
        const QStringList columns = commonColumns(from, to, table);
        if (columns.contains(u"registration"_s))
            copyChildren(from, to, table, columns, uuids);
    }
    // A registration whose records were all lost could be neither shown nor resumed.
    qsizetype registrations = uuids.size();
    if (q.exec(u"DELETE FROM registrations WHERE NOT EXISTS (SELECT 1 FROM records WHERE "
               "records.registration=registrations.uuid)"_s))
        registrations -= q.numRowsAffected();
    if (!q.exec(u"COMMIT"_s)) {
        q.exec(u"ROLLBACK"_s);
        return -1;
    }
    return int(registrations);
}

} // namespace

int copyReadable(QSqlDatabase &db, const QString &damagedPath)
{
    // Read through a connection of its own: a damaged page met inside the writing transaction would fail its
    // commit.
    const QString name = db.connectionName() + u"-salvage"_s;
    int registrations = -1;
    {
        QSqlDatabase from = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        from.setDatabaseName(damagedPath);
        from.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (from.open()) {
            registrations = copyTables(from, db);
            from.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    // What reading it left beside the damaged file; a write-ahead log that came with it has content and stays.
    QFile::remove(damagedPath + u"-shm"_s);
    if (QFileInfo(damagedPath + u"-wal"_s).size() == 0)
        QFile::remove(damagedPath + u"-wal"_s);
    return registrations;
}

} // namespace Ferry::StoreSalvage
