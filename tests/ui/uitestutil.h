#pragma once

#include "fetchstore.h"
#include "registrationdata.h"

#include <QDateTime>
#include <QString>

// Seeds a store with finished registrations, as history the window has to show. Goes through FetchStore::insert
// and save like the core does, so the rows are exactly what a real run leaves behind.
namespace FerryUiTest {

inline Ferry::RegistrationData finishedRegistration(int serial, Ferry::FetchResult result,
                                                    Ferry::FailureReason reason = Ferry::FailureReason::None)
{
    Ferry::RegistrationData data;
    data.uuid = QStringLiteral("seed-%1").arg(serial, 6, 10, QLatin1Char('0'));
    data.id = QStringLiteral("job-%1").arg(serial);
    data.title = QStringLiteral("Seeded download %1").arg(serial);
    data.downloadTotal = 0;
    data.downloaded = quint64(serial) * 1024;
    data.result = result;
    data.failureReason = reason;
    data.state = Ferry::RegistrationState::Finished;
    data.created = QDateTime::currentDateTimeUtc();
    data.finished = data.created;
    Ferry::RecordData record;
    record.request = Ferry::FetchRequest(QStringLiteral("http://127.0.0.1:1/file-%1.bin").arg(serial));
    record.result = result == Ferry::FetchResult::Success ? Ferry::RecordResult::Success
                                                          : Ferry::RecordResult::BadStatus;
    record.status = result == Ferry::FetchResult::Success ? 200 : 404;
    data.records.append(record);
    return data;
}

// Every third one failed, the rest completed. Returns how many went in.
inline int seedHistory(Ferry::FetchStore &store, int count, int firstSerial = 0)
{
    int inserted = 0;
    for (int i = firstSerial; i < firstSerial + count; ++i) {
        const bool failed = i % 3 == 2;
        Ferry::RegistrationData data = finishedRegistration(
            i, failed ? Ferry::FetchResult::Failure : Ferry::FetchResult::Success,
            failed ? Ferry::FailureReason::BadStatus : Ferry::FailureReason::None);
        if (store.insert(data) == Ferry::FetchStore::InsertResult::Inserted)
            ++inserted;
    }
    return inserted;
}

} // namespace FerryUiTest
