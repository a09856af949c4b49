#include "jobnotifications.h"
#include "registrationdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;

// The words and actions of each kind of ending, from the registration as the store has it.
class TestJobNotifications final : public QObject
{
    Q_OBJECT

private:
    static RecordData record(const QString &url, RecordResult result, int status = 200, const QByteArray &text = "OK")
    {
        RecordData data;
        data.request = FetchRequest(url);
        data.result = result;
        data.status = status;
        data.statusText = text;
        return data;
    }

    static RegistrationData ended(FetchResult result, FailureReason reason, const QList<RecordData> &records)
    {
        RegistrationData data;
        data.uuid = u"uuid-1"_s;
        data.id = u"job-id"_s;
        data.title = u"job"_s;
        data.result = result;
        data.failureReason = reason;
        data.records = records;
        data.downloaded = 3 * 1024 * 1024 / 2;
        return data;
    }

    static QStringList keys(const Notification &notification)
    {
        QStringList result;
        for (const Notification::Action &action : notification.actions)
            result.append(action.key);
        return result;
    }

private Q_SLOTS:
    void successNamesOneFileAndCountsSeveral()
    {
        QTemporaryDir dir;
        RecordData a = record(u"http://example.org/a.iso"_s, RecordResult::Success);
        a.filePath = dir.filePath(u"a.iso"_s);
        RecordData b = record(u"http://example.org/b.iso"_s, RecordResult::Success);
        b.filePath = dir.filePath(u"b.iso"_s);
        RegistrationData data = ended(FetchResult::Success, FailureReason::None, {a});
        data.title = u"Images"_s;
        Notification one = JobNotifications::notificationFor(data);
        QCOMPARE(one.key, u"uuid-1"_s);
        QCOMPARE(one.kind, Notification::Kind::Completed);
        QCOMPARE(one.summary, u"Images finished"_s);
        QCOMPARE(one.body, u"a.iso · 1.5 MiB"_s);
        QCOMPARE(keys(one), QStringList({u"default"_s, u"show-in-folder"_s}));
        data.records = {a, b, b};
        QCOMPARE(JobNotifications::notificationFor(data).body, u"3 files · 1.5 MiB"_s);
    }

    // The registration's own icon when it has arrived, else none (the back-end uses the application's).
    void iconOnlyWhenItExists()
    {
        QTemporaryDir dir;
        RegistrationData data = ended(FetchResult::Success, FailureReason::None, {});
        data.iconPath = dir.filePath(u"icon.png"_s);
        QVERIFY(JobNotifications::notificationFor(data).iconPath.isEmpty());
        QFile icon(data.iconPath);
        QVERIFY(icon.open(QIODevice::WriteOnly));
        icon.close();
        QCOMPARE(JobNotifications::notificationFor(data).iconPath, data.iconPath);
    }

    void failureSaysWhyInWords_data()
    {
        QTest::addColumn<RegistrationData>("data");
        QTest::addColumn<QString>("body");
        QTest::newRow("one 404") << ended(FetchResult::Failure, FailureReason::BadStatus,
                                          {record(u"http://example.org/x.iso"_s, RecordResult::BadStatus, 404,
                                                  "Not Found")})
                                 << u"The server has no such file (404)"_s;
        QTest::newRow("no reason phrase (HTTP/2)")
            << ended(FetchResult::Failure, FailureReason::BadStatus,
                     {record(u"http://example.org/x.iso"_s, RecordResult::BadStatus, 503, "")})
            << u"The server is unavailable for now (503)"_s;
        QTest::newRow("second of two")
            << ended(FetchResult::Failure, FailureReason::BadStatus,
                     {record(u"http://example.org/ok.iso"_s, RecordResult::Success),
                      record(u"http://example.org/gone.iso"_s, RecordResult::BadStatus, 410, "Gone")})
            << u"gone.iso: The file was removed from the server (410)"_s;
        QTest::newRow("network") << ended(FetchResult::Failure, FailureReason::FetchError, {})
                                 << u"The download failed (network error, redirect problem or checksum mismatch)"_s;
        QTest::newRow("disk full") << ended(FetchResult::Failure, FailureReason::QuotaExceeded, {})
                                   << u"Not enough disk space"_s;
    }

    void failureSaysWhyInWords()
    {
        QFETCH(RegistrationData, data);
        QFETCH(QString, body);
        const Notification notification = JobNotifications::notificationFor(data);
        QCOMPARE(notification.kind, Notification::Kind::Failed);
        QCOMPARE(notification.summary, u"job failed"_s);
        QCOMPARE(notification.body, body);
        QCOMPARE(keys(notification), QStringList({u"default"_s, u"retry"_s}));
    }

    // Issue 14, item 5: without a title, a notification names the file, not the id.
    void untitledNamesTheFile()
    {
        QTemporaryDir dir;
        RecordData a = record(u"http://example.org/dl?id=7"_s, RecordResult::Success);
        a.filePath = dir.filePath(u"ubuntu.iso"_s);
        RegistrationData data = ended(FetchResult::Success, FailureReason::None, {a});
        data.title.clear();
        QCOMPARE(JobNotifications::notificationFor(data).summary, u"ubuntu.iso finished"_s);
        // The summary names the file already: the body says where it went.
        QCOMPARE(JobNotifications::notificationFor(data).body, u"1.5 MiB in "_s + QDir(dir.path()).dirName());
        data.records.first().filePath.clear();
        data.records.first().request.url = u"http://example.org/files/debian.iso"_s;
        QCOMPARE(JobNotifications::notificationFor(data).summary, u"debian.iso finished"_s);
    }

    void abortIsQuietWithoutRetry()
    {
        const Notification notification =
            JobNotifications::notificationFor(ended(FetchResult::Failure, FailureReason::Aborted, {}));
        QCOMPARE(notification.kind, Notification::Kind::Quiet);
        QCOMPARE(notification.summary, u"job aborted"_s);
        QCOMPARE(notification.body, u"Stopped after 1.5 MiB."_s);
        QCOMPARE(keys(notification), QStringList({u"default"_s}));
    }
};

QTEST_GUILESS_MAIN(TestJobNotifications)
#include "tst_jobnotifications.moc"
