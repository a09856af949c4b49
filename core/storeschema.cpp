#include "storeschema.h"

using namespace Qt::StringLiterals;

namespace Ferry::StoreSchema {

const QStringList &migrations()
{
    static const QStringList steps{
        uR"(CREATE TABLE registrations (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            id TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            icons TEXT NOT NULL DEFAULT '[]',
            icon_path TEXT NOT NULL DEFAULT '',
            download_total INTEGER NOT NULL DEFAULT 0,
            upload_total INTEGER NOT NULL DEFAULT 0,
            downloaded INTEGER NOT NULL DEFAULT 0,
            uploaded INTEGER NOT NULL DEFAULT 0,
            result TEXT NOT NULL DEFAULT '',
            failure_reason TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            destination TEXT NOT NULL DEFAULT '',
            connections INTEGER NOT NULL DEFAULT 0,
            speed_limit INTEGER NOT NULL DEFAULT 0,
            created INTEGER NOT NULL,
            finished INTEGER))"_s,
        // At most one unsettled registration per developer id, across every process sharing the file (C3).
        u"CREATE UNIQUE INDEX registrations_active_id ON registrations(id) WHERE state <> 'finished'"_s,
        u"CREATE INDEX registrations_by_id ON registrations(id, seq)"_s,
        uR"(CREATE TABLE records (
            registration TEXT NOT NULL REFERENCES registrations(uuid) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            method BLOB NOT NULL,
            url TEXT NOT NULL,
            headers BLOB NOT NULL DEFAULT '[]',
            mode INTEGER NOT NULL DEFAULT 0,
            body BLOB,
            body_file TEXT NOT NULL DEFAULT '',
            integrity TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL DEFAULT '',
            status INTEGER NOT NULL DEFAULT 0,
            status_text BLOB,
            response_headers BLOB NOT NULL DEFAULT '[]',
            final_url TEXT NOT NULL DEFAULT '',
            etag BLOB,
            last_modified BLOB,
            total_length INTEGER NOT NULL DEFAULT -1,
            content_encoded INTEGER NOT NULL DEFAULT 0,
            part_path TEXT NOT NULL DEFAULT '',
            file_path TEXT NOT NULL DEFAULT '',
            bytes INTEGER NOT NULL DEFAULT 0,
            uploaded INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (registration, idx)) WITHOUT ROWID)"_s,
        u"ALTER TABLE registrations ADD COLUMN boot_id TEXT NOT NULL DEFAULT ''"_s,
        uR"(CREATE TABLE segments (
            registration TEXT NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            done INTEGER NOT NULL,
            PRIMARY KEY (registration, idx, start),
            FOREIGN KEY (registration, idx) REFERENCES records(registration, idx) ON DELETE CASCADE) WITHOUT ROWID)"_s,
        u"ALTER TABLE records ADD COLUMN placing_file_id INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE records ADD COLUMN tries INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE segments ADD COLUMN written INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE records ADD COLUMN problem BLOB"_s,
    };
    return steps;
}

// The WHERE clause of a history query: fixed SQL fragments, with the search text as bound values only.
std::pair<QString, QVariantList> whereFor(const HistoryQuery &query)
{
    QStringList conditions;
    QVariantList values;
    switch (query.status) {
    case HistoryQuery::Status::All:
        break;
    case HistoryQuery::Status::Active:
        conditions.append(u"state<>'finished'"_s);
        break;
    case HistoryQuery::Status::Completed:
        conditions.append(u"result='success'"_s);
        break;
    case HistoryQuery::Status::Failed:
        conditions.append(u"result='failure'"_s);
        break;
    }
    if (!query.text.isEmpty()) {
        QString pattern = query.text;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        // A registration without a title is shown under its first file's name (RegistrationData::naming()).
        conditions.append(u"(title LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\' OR (title='' AND EXISTS (SELECT 1 FROM "
                          "records WHERE records.registration=registrations.uuid AND idx=0 AND (file_path LIKE ? "
                          "ESCAPE '\\' OR part_path LIKE ? ESCAPE '\\' OR url LIKE ? ESCAPE '\\'))))"_s);
        values << pattern << pattern << pattern << pattern << pattern;
    }
    return {conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s), values};
}


} // namespace Ferry::StoreSchema
