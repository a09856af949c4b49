// The read side of FetchStore (DESIGN.md section 4): queries that turn rows back into registrations and records.
// The write side, the connection and the migrations are in fetchstore.cpp.
#include "fetchstore.h"

#include "storecodec.h"
#include "storeschema.h"
#include "utctime.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

const QString registrationColumns = u"seq, uuid, id, title, icons, icon_path, download_total, upload_total, "
                                    "downloaded, uploaded, result, failure_reason, state, destination, "
                                    "connections, speed_limit, created, finished, boot_id"_s;
// What RegistrationData::naming() and errorStatus() need when the records are not loaded: lookups by primary key,
// made only for the rows that need them (no title; a failure), which a page of the window's list affords and
// `ferry list --json` does without.
const QString namingColumns =
    u", CASE WHEN registrations.title='' THEN (SELECT CASE WHEN result='success' AND file_path<>'' THEN file_path "
    "WHEN part_path<>'' THEN part_path ELSE url END FROM records WHERE records.registration=registrations.uuid "
    "ORDER BY idx LIMIT 1) END, "
    "CASE WHEN registrations.title='' THEN (SELECT COUNT(*) FROM records WHERE "
    "records.registration=registrations.uuid) END, "
    "CASE WHEN registrations.result='failure' THEN (SELECT status FROM records WHERE "
    "records.registration=registrations.uuid AND result='bad-status' ORDER BY idx LIMIT 1) END, "
    "CASE WHEN registrations.failure_reason='fetch-error' THEN (SELECT problem FROM records WHERE "
    "records.registration=registrations.uuid AND problem IS NOT NULL ORDER BY idx LIMIT 1) END"_s;

// Straight to UTC: going through local time costs a time-zone lookup per row, which a 100,000-row list feels.
QDateTime dateFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : utcFromMSecs(value.toLongLong());
}

RegistrationData registrationFrom(const QSqlQuery &q, bool withNames)
{
    RegistrationData r;
    r.seq = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.id = q.value(2).toString();
    r.title = q.value(3).toString();
    r.icons = StoreCodec::decodeIcons(q.value(4).toByteArray());
    r.iconPath = q.value(5).toString();
    r.downloadTotal = q.value(6).toULongLong();
    r.uploadTotal = q.value(7).toULongLong();
    r.downloaded = q.value(8).toULongLong();
    r.uploaded = q.value(9).toULongLong();
    r.result = fetchResultFromSpec(q.value(10).toString()).value_or(FetchResult::Failure);
    r.failureReason = failureReasonFromSpec(q.value(11).toString()).value_or(FailureReason::FetchError);
    r.state = registrationStateFromStorage(q.value(12).toString());
    r.destination = q.value(13).toString();
    r.connections = q.value(14).toInt();
    r.speedLimit = q.value(15).toLongLong();
    r.created = dateFrom(q.value(16));
    r.finished = dateFrom(q.value(17));
    r.bootId = q.value(18).toByteArray();
    if (withNames) {
        r.firstTarget = q.value(19).toString();
        r.recordCount = q.value(20).toInt();
        r.listedErrorStatus = q.value(21).toInt();
        r.listedProblem = StoreCodec::decodeProblem(q.value(22).toByteArray()).kind;
    }
    return r;
}

} // namespace

QList<SegmentData> FetchStore::loadSegments(const QString &uuid, int index) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(u"SELECT start, end, done, written FROM segments WHERE registration=? AND idx=? ORDER BY start"_s);
    q.addBindValue(uuid);
    q.addBindValue(index);
    QList<SegmentData> segments;
    if (!exec(q))
        return segments;
    while (q.next())
        segments.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toLongLong()});
    return segments;
}

QList<RecordData> FetchStore::loadRecords(const QString &uuid) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(u"SELECT idx, method, url, headers, mode, body, body_file, integrity, result, status, status_text, "
              "response_headers, final_url, etag, last_modified, total_length, content_encoded, part_path, file_path, "
              "bytes, uploaded, placing_file_id, tries, problem FROM records WHERE registration=? ORDER BY idx"_s);
    q.addBindValue(uuid);
    QList<RecordData> records;
    if (!exec(q))
        return records;
    while (q.next()) {
        RecordData rec;
        rec.index = q.value(0).toInt();
        rec.request.method = q.value(1).toByteArray();
        rec.request.url = q.value(2).toString();
        rec.request.headers = StoreCodec::decodeHeaders(q.value(3).toByteArray());
        rec.request.mode = static_cast<FetchRequest::Mode>(q.value(4).toInt());
        rec.request.body = q.value(5).toByteArray();
        rec.request.bodyFile = q.value(6).toString();
        rec.request.integrity = q.value(7).toString();
        rec.result = recordResultFromSpec(q.value(8).toString()).value_or(RecordResult::FetchError);
        rec.status = q.value(9).toInt();
        rec.statusText = q.value(10).toByteArray();
        rec.responseHeaders = StoreCodec::decodeHeaders(q.value(11).toByteArray());
        rec.finalUrl = q.value(12).toString();
        rec.etag = q.value(13).toByteArray();
        rec.lastModified = q.value(14).toByteArray();
        rec.totalLength = q.value(15).toLongLong();
        rec.contentEncoded = q.value(16).toBool();
        rec.partPath = q.value(17).toString();
        rec.filePath = q.value(18).toString();
        rec.bytes = q.value(19).toLongLong();
        rec.uploaded = q.value(20).toLongLong();
        rec.placingFileId = q.value(21).toLongLong();
        rec.tries = q.value(22).toInt();
        rec.problem = StoreCodec::decodeProblem(q.value(23).toByteArray());
        records.append(rec);
    }
    for (RecordData &rec : records)
        rec.segments = loadSegments(uuid, rec.index);
    return records;
}

QList<RegistrationData> FetchStore::selectRegistrations(const QString &where, const QVariantList &values,
                                                        bool withRecords, const QString &tail) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    // `where` and `tail` are fixed SQL fragments from this file; data only ever arrives as bound values.
    // Loaded records tell names themselves; pages of the list without them get the naming columns.
    const QString columns = withRecords ? registrationColumns : registrationColumns + namingColumns;
    q.prepare(u"SELECT "_s + columns + u" FROM registrations "_s + where + u' ' + tail);
    for (const QVariant &value : values)
        q.addBindValue(value);
    QList<RegistrationData> result;
    if (!exec(q))
        return result;
    while (q.next())
        result.append(registrationFrom(q, !withRecords));
    if (withRecords) {
        for (RegistrationData &r : result)
            r.records = loadRecords(r.uuid);
    }
    return result;
}

std::optional<RegistrationData> FetchStore::load(const QString &uuid) const
{
    const auto found = selectRegistrations(u"WHERE uuid=?"_s, {uuid}, true);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<RegistrationData> FetchStore::findActive(const QString &id) const
{
    const auto found = selectRegistrations(u"WHERE id=? AND state<>'finished'"_s, {id}, true);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<RegistrationData> FetchStore::findNewest(const QString &id) const
{
    const auto found = selectRegistrations(u"WHERE id=?"_s, {id}, true, u"ORDER BY seq DESC LIMIT 1"_s);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<RegistrationData> FetchStore::loadActive() const
{
    return selectRegistrations(u"WHERE state<>'finished'"_s, {}, true, u"ORDER BY seq"_s);
}


QList<RegistrationData> FetchStore::list(const HistoryQuery &query, int offset, int limit) const
{
    auto [where, values] = StoreSchema::whereFor(query);
    values << limit << offset;
    return selectRegistrations(where, values, false, u"ORDER BY seq DESC LIMIT ? OFFSET ?"_s);
}

void FetchStore::visit(const HistoryQuery &query,
                       const std::function<void(const RegistrationData &)> &visitor) const
{
    const auto [where, values] = StoreSchema::whereFor(query);
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    const QString columns = query.withNames ? registrationColumns + namingColumns : registrationColumns;
    q.prepare(u"SELECT "_s + columns + u" FROM registrations "_s + where + u" ORDER BY seq DESC"_s);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!exec(q))
        return;
    while (q.next())
        visitor(registrationFrom(q, query.withNames));
}

int FetchStore::count(const HistoryQuery &query) const
{
    const auto [where, values] = StoreSchema::whereFor(query);
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT COUNT(*) FROM registrations "_s + where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return exec(q) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace Ferry
