// The write side of FetchStore, its connection and its migrations; the queries that read rows back are in
// fetchstorereads.cpp.
#include "fetchstore.h"

#include "privatefiles.h"
#include "storecodec.h"
#include "storesalvage.h"
#include "storeschema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

// NOT NULL text columns: a null QString would bind as SQL NULL, so bind an empty one instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant dateValue(const QDateTime &date)
{
    return date.isValid() ? QVariant(date.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"ferry-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

FetchStore::FetchStore() : m_connectionName(nextConnectionName()), m_statements(m_connectionName) { }

FetchStore::~FetchStore()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool FetchStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (!PrivateFiles::makeFolder(info.absolutePath())) {
        m_lastError = u"cannot create folder %1"_s.arg(info.absolutePath());
        return false;
    }
    if (!PrivateFiles::makeStoreFile(path)) {
        m_lastError = u"cannot create %1 for its owner only: %2"_s.arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    // Another process (a CLI run beside the GUI) may hold the write lock for a moment.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!openFile())
        return false;
    const QString damage = damageReport();
    if (!damage.isEmpty()) {
        moveAside(path, damage);
        return false;
    }
    return migrate();
}

bool FetchStore::openFile()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                  u"PRAGMA foreign_keys=ON"_s}) {
        if (!q.exec(pragma)) {
            m_lastError = q.lastError().text();
            return false;
        }
    }
    return true;
}

QString FetchStore::damageReport() const
{
    // A file torn after its first page opens without complaint and reads as empty or half; quick_check walks
    // every page, so a damaged store is never read as a short one or written to. It costs about 120 ms for
    // 100,000 registrations (49 MB) in the page cache, 0.5 s from a cold disk: paid once per process, for a list
    // that cannot silently lose its history. A store that is locked reports that instead, and is not damage.
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(u"PRAGMA quick_check(1)"_s))
        return q.lastError().text().contains(u"locked"_s) ? QString() : q.lastError().text();
    QString first = q.next() ? q.value(0).toString() : QString();
    if (first == u"ok")
        return QString();
    // "*** in database main ***" and the complaint come on separate lines; the message is one line.
    first.remove(u"*** in database main ***"_s);
    return first.simplified();
}

void FetchStore::moveAside(const QString &path, const QString &damage)
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString aside = u"%1.damaged-%2"_s.arg(path, stamp);
    // The write-ahead log holds the newest transactions: it goes with the file, under the matching name.
    bool moved = QFile::rename(path, aside);
    if (moved && QFile::exists(path + u"-wal"_s))
        moved = QFile::rename(path + u"-wal"_s, aside + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    if (!moved) {
        m_lastError = u"the download list %1 is damaged (%2), and it could not be moved aside; nothing was written "
                      "to it. Move it away by hand, with Ferry closed, to start with an empty list."_s.arg(path, damage);
        return;
    }
    // A new list with what can still be read, for the next start; this one reports the damage and stops.
    int saved = -1;
    if (openFile() && migrate()) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        saved = StoreSalvage::copyReadable(db, aside);
    }
    m_statements.clear();
    QSqlDatabase::database(m_connectionName, false).close();
    const QString outcome = saved > 0
        ? u"the %1 downloads that could still be read were copied into a new list, which the next start uses"_s.arg(saved)
        : u"the next start begins with an empty list"_s;
    m_lastError = u"the download list %1 is damaged (%2). It was moved to %3 as it was, and %4; the downloaded files "
                  "are not touched."_s.arg(path, damage, aside, outcome);
}

bool FetchStore::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

int FetchStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

bool FetchStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    // BEGIN IMMEDIATE takes the write lock first, so two processes opening a new file cannot both migrate it.
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_lastError = q.lastError().text();
        return false;
    }
    const int version = schemaVersion();
    const QStringList &steps = StoreSchema::migrations();
    if (version > steps.size()) {
        q.exec(u"ROLLBACK"_s);
        m_lastError = u"the database was written by a newer Ferry (schema %1)"_s.arg(version);
        return false;
    }
    for (int i = version; i < steps.size(); ++i) {
        if (!q.exec(steps.at(i))) {
            m_lastError = q.lastError().text();
            q.exec(u"ROLLBACK"_s);
            return false;
        }
    }
    // PRAGMA takes no bound values; the number is ours, not data.
    if (!q.exec(u"PRAGMA user_version=%1"_s.arg(steps.size())) || !q.exec(u"COMMIT"_s)) {
        m_lastError = q.lastError().text();
        q.exec(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

bool FetchStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QSqlQuery *FetchStore::statement(const QString &sql)
{
    return m_statements.get(sql, m_lastError);
}

bool FetchStore::beginWrite()
{
    // Nested writes (a record inside save()) join the transaction that is open.
    if (m_writeDepth++ > 0)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (db.transaction())
        return true;
    m_lastError = db.lastError().text();
    m_writeDepth = 0;
    return false;
}

bool FetchStore::endWrite(bool ok)
{
    if (--m_writeDepth > 0)
        return ok;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (ok && db.commit())
        return true;
    if (ok)
        m_lastError = db.lastError().text();
    db.rollback();
    return false;
}

FetchStore::InsertResult FetchStore::insert(RegistrationData &r)
{
    if (!beginWrite())
        return InsertResult::Failed;
    QSqlQuery *q = statement(
        u"INSERT INTO registrations (uuid, id, title, icons, icon_path, download_total, upload_total, "
        "downloaded, uploaded, result, failure_reason, state, destination, connections, speed_limit, created, "
        "finished, boot_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    if (!q) {
        endWrite(false);
        return InsertResult::Failed;
    }
    const QVariantList values{r.uuid, r.id, text(r.title), StoreCodec::encodeIcons(r.icons), text(r.iconPath),
                              QVariant::fromValue(r.downloadTotal), QVariant::fromValue(r.uploadTotal),
                              QVariant::fromValue(r.downloaded), QVariant::fromValue(r.uploaded),
                              toSpecString(r.result), toSpecString(r.failureReason), toStorageString(r.state),
                              text(r.destination), r.connections, r.speedLimit, dateValue(r.created),
                              dateValue(r.finished), text(QString::fromLatin1(r.bootId))};
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (!exec(*q)) {
        const QString code = q->lastError().nativeErrorCode();
        endWrite(false);
        return code == u"2067" || code == u"19" ? InsertResult::DuplicateId : InsertResult::Failed;
    }
    r.seq = q->lastInsertId().toLongLong();
    bool ok = true;
    for (const RecordData &record : std::as_const(r.records)) {
        if (!(ok = writeRecord(r.uuid, record, true)))
            break;
    }
    return endWrite(ok) ? InsertResult::Inserted : InsertResult::Failed;
}

bool FetchStore::saveRegistrationRow(const RegistrationData &r)
{
    QSqlQuery *q = statement(
        u"UPDATE registrations SET title=?, icons=?, icon_path=?, download_total=?, upload_total=?, "
        "downloaded=?, uploaded=?, result=?, failure_reason=?, state=?, finished=?, boot_id=?, speed_limit=? "
        "WHERE uuid=?"_s);
    if (!q)
        return false;
    const QVariantList values{text(r.title), StoreCodec::encodeIcons(r.icons), text(r.iconPath),
                              QVariant::fromValue(r.downloadTotal), QVariant::fromValue(r.uploadTotal),
                              QVariant::fromValue(r.downloaded), QVariant::fromValue(r.uploaded),
                              toSpecString(r.result), toSpecString(r.failureReason), toStorageString(r.state),
                              dateValue(r.finished), text(QString::fromLatin1(r.bootId)), r.speedLimit, r.uuid};
    for (const QVariant &value : values)
        q->addBindValue(value);
    return exec(*q);
}

bool FetchStore::save(const RegistrationData &r)
{
    if (!beginWrite())
        return false;
    bool ok = saveRegistrationRow(r);
    for (const RecordData &record : r.records) {
        if (!ok)
            break;
        ok = writeRecord(r.uuid, record, false);
    }
    return endWrite(ok);
}

bool FetchStore::saveRecord(const QString &uuid, const RecordData &record)
{
    // The record row and its ranges together, so a crash never leaves one without the other.
    return beginWrite() && endWrite(writeRecord(uuid, record, false));
}

bool FetchStore::saveRecords(const RegistrationData &r, const QList<int> &records, bool withRow)
{
    if (!beginWrite())
        return false;
    bool ok = !withRow || saveRegistrationRow(r);
    for (int index : records) {
        if (!ok)
            break;
        ok = writeRecord(r.uuid, r.records.at(index), false);
    }
    return endWrite(ok);
}

bool FetchStore::writeRecord(const QString &uuid, const RecordData &rec, bool insert)
{
    // The request half never changes after fetch(); an update rewrites only the response half.
    QSqlQuery *q = statement(
        insert ? u"INSERT INTO records (method, url, headers, mode, body, body_file, integrity, result, status, "
                 "status_text, response_headers, final_url, etag, last_modified, total_length, content_encoded, "
                 "part_path, file_path, bytes, uploaded, placing_file_id, tries, problem, registration, idx) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s
               : u"UPDATE records SET result=?, status=?, status_text=?, response_headers=?, final_url=?, etag=?, "
                 "last_modified=?, total_length=?, content_encoded=?, part_path=?, file_path=?, bytes=?, uploaded=?, "
                 "placing_file_id=?, tries=?, problem=? WHERE registration=? AND idx=?"_s);
    if (!q)
        return false;
    if (insert) {
        const FetchRequest &req = rec.request;
        for (const QVariant &value :
             QVariantList{req.method, req.url, StoreCodec::encodeHeaders(req.headers), static_cast<int>(req.mode),
                          req.body, text(req.bodyFile), text(req.integrity)})
            q->addBindValue(value);
    }
    for (const QVariant &value :
         QVariantList{toSpecString(rec.result), rec.status, rec.statusText, StoreCodec::encodeHeaders(rec.responseHeaders),
                      text(rec.finalUrl), rec.etag, rec.lastModified, rec.totalLength, rec.contentEncoded,
                      text(rec.partPath), text(rec.filePath), rec.bytes, rec.uploaded, rec.placingFileId, rec.tries,
                      StoreCodec::encodeProblem(rec.problem), uuid, rec.index})
        q->addBindValue(value);
    // A new record has no ranges to replace.
    return exec(*q) && ((insert && rec.segments.isEmpty()) || writeSegments(uuid, rec));
}

bool FetchStore::writeSegments(const QString &uuid, const RecordData &rec)
{
    // The set of ranges changes when a connection takes over half of another's: replace it as a whole.
    QSqlQuery *remove = statement(u"DELETE FROM segments WHERE registration=? AND idx=?"_s);
    QSqlQuery *add =
        statement(u"INSERT INTO segments (registration, idx, start, end, done, written) VALUES (?,?,?,?,?,?)"_s);
    if (!remove || !add)
        return false;
    remove->addBindValue(uuid);
    remove->addBindValue(rec.index);
    if (!exec(*remove))
        return false;
    for (const SegmentData &segment : rec.segments) {
        for (const QVariant &value : QVariantList{uuid, rec.index, segment.start, segment.end, segment.done,
                                                  segment.written})
            add->addBindValue(value);
        if (!exec(*add))
            return false;
    }
    return true;
}

bool FetchStore::saveProgress(const RegistrationData &r)
{
    QList<int> unsettled;
    for (const RecordData &rec : r.records) {
        if (!rec.isSettled())
            unsettled.append(rec.index);
    }
    return saveProgress(r, unsettled);
}

bool FetchStore::saveProgress(const RegistrationData &r, const QList<int> &records)
{
    if (!beginWrite())
        return false;
    QSqlQuery *q = statement(u"UPDATE registrations SET downloaded=?, uploaded=?, boot_id=? WHERE uuid=?"_s);
    QSqlQuery *rq = statement(u"UPDATE records SET bytes=?, uploaded=?, tries=? WHERE registration=? AND idx=?"_s);
    if (!q || !rq)
        return endWrite(false);
    q->addBindValue(QVariant::fromValue(r.downloaded));
    q->addBindValue(QVariant::fromValue(r.uploaded));
    q->addBindValue(text(QString::fromLatin1(r.bootId)));
    q->addBindValue(r.uuid);
    bool ok = exec(*q);
    for (int index : records) {
        if (!ok)
            break;
        const RecordData &rec = r.records.at(index);
        rq->addBindValue(rec.bytes);
        rq->addBindValue(rec.uploaded);
        rq->addBindValue(rec.tries);
        rq->addBindValue(r.uuid);
        rq->addBindValue(rec.index);
        // Always rewritten: a download that fell back to one stream must not leave its old ranges behind.
        ok = exec(*rq) && writeSegments(r.uuid, rec);
    }
    return endWrite(ok);
}

bool FetchStore::saveIconPath(const QString &uuid, const QString &path)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE registrations SET icon_path=? WHERE uuid=? AND icon_path=''"_s);
    q.addBindValue(path);
    q.addBindValue(uuid);
    return exec(q);
}

bool FetchStore::remove(const QString &uuid)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"DELETE FROM registrations WHERE uuid=?"_s);
    q.addBindValue(uuid);
    return exec(q);
}

} // namespace Ferry
