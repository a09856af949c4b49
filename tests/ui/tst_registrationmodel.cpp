#include "coreharness.h"
#include "registrationmodel.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

// The list model: paging from the store, filters and search, and live registrations streaming their progress
// (DESIGN.md section 5, issue 5 item 1).
class TestRegistrationModel final : public QObject
{
    Q_OBJECT

private:
    static Route trickling(qint64 size, int bytes = 4096, int intervalMs = 10)
    {
        Route route;
        route.generatedSize = size;
        route.trickleBytes = bytes;
        route.trickleIntervalMs = intervalMs;
        return route;
    }

    static RowStatus statusOf(const RegistrationModel &model, int row)
    {
        return RowStatus(model.index(row).data(RegistrationModel::StatusRole).toInt());
    }

private Q_SLOTS:
    void loadsInPagesNewestFirst()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        QCOMPARE(FerryUiTest::seedHistory(h.store(), 250), 250);
        RegistrationModel model(h.manager());
        model.setPageSize(100);
        model.setQuery({}); // reload with the smaller page
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.matchingCount(), 250);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        // The tester pages on its own, so it comes in once the counts above are checked.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        QSet<QString> uuids;
        for (int row = 0; row < model.rowCount(); ++row)
            uuids.insert(model.index(row).data(RegistrationModel::UuidRole).toString());
        QCOMPARE(uuids.size(), 250);
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), u"Seeded download 249"_s);
        QCOMPARE(model.index(249).data(Qt::DisplayRole).toString(), u"Seeded download 0"_s);
    }

    void filtersAndSearch_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        // 30 seeded: serials 2, 5, 8, ... failed (10), the other 20 completed.
        QTest::newRow("all") << int(HistoryQuery::Status::All) << QString() << 30;
        QTest::newRow("completed") << int(HistoryQuery::Status::Completed) << QString() << 20;
        QTest::newRow("failed") << int(HistoryQuery::Status::Failed) << QString() << 10;
        QTest::newRow("active") << int(HistoryQuery::Status::Active) << QString() << 0;
        QTest::newRow("search title") << int(HistoryQuery::Status::All) << u"download 2"_s << 11; // 2, 20-29
        QTest::newRow("search id, any case") << int(HistoryQuery::Status::All) << u"JOB-7"_s << 1;
        QTest::newRow("search and filter") << int(HistoryQuery::Status::Failed) << u"download 2"_s << 5; // 2, 20, 23, 26, 29
    }

    void filtersAndSearch()
    {
        QFETCH(int, status);
        QFETCH(QString, text);
        QFETCH(int, expected);
        CoreHarness h;
        QVERIFY(h.isReady());
        FerryUiTest::seedHistory(h.store(), 30);
        RegistrationModel model(h.manager());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setQuery(HistoryQuery{HistoryQuery::Status(status), text});
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(model.matchingCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto rowStatus = statusOf(model, row);
            if (status == int(HistoryQuery::Status::Failed))
                QCOMPARE(rowStatus, RowStatus::Failed);
            if (status == int(HistoryQuery::Status::Completed))
                QCOMPARE(rowStatus, RowStatus::Completed);
        }
    }

    void streamsProgressUnderTheModelTester()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        FerryUiTest::seedHistory(h.store(), 40);
        for (int i = 0; i < 3; ++i)
            h.server().setRoute(u"/slow%1.bin"_s.arg(i), trickling(300'000 + i * 50'000));
        RegistrationModel model(h.manager());
        model.setPageSize(16);
        model.setQuery({});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        int progressSignals = 0;
        QElapsedTimer clock;
        clock.start();
        QList<RegistrationPtr> registrations;
        for (int i = 0; i < 3; ++i) {
            FetchOptions options;
            options.title = u"Live %1"_s.arg(i);
            registrations.append(h.fetch(u"live-%1"_s.arg(i), {FetchRequest(h.server().url(u"/slow%1.bin"_s.arg(i)).toString())},
                                         options));
            QVERIFY(registrations.constLast());
            QObject::connect(registrations.constLast().data(), &BackgroundFetchRegistration::progress, &model,
                             [&progressSignals] { ++progressSignals; });
        }
        QCOMPARE(inserts.size(), 3);
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), u"Live 2"_s);
        // Paging on while updates stream in, as a user scrolling a busy list does.
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 43);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(model, 0) == RowStatus::Downloading
                                     && model.index(0).data(RegistrationModel::DownloadedRole).toULongLong() > 0,
                                 10000);
        // The servers announced their lengths, so the bars are determinate.
        QTRY_VERIFY(model.index(0).data(RegistrationModel::ProgressRole).toInt() >= 0);
        QTRY_VERIFY(model.index(0).data(RegistrationModel::SpeedRole).toDouble() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(model, 0) == RowStatus::Completed && statusOf(model, 1) == RowStatus::Completed
                                     && statusOf(model, 2) == RowStatus::Completed,
                                 30000);
        QCOMPARE(model.index(0).data(RegistrationModel::DownloadedRole).toULongLong(), 400'000u);
        QCOMPARE(model.index(0).data(RegistrationModel::ProgressRole).toInt(), 1000);
        QCOMPARE(model.index(0).data(RegistrationModel::SpeedRole).toDouble(), 0.0);
        // Coalesced: one dataChanged per tick at most, however many progress signals three registrations sent.
        const qint64 ticks = clock.elapsed() / 200 + 2;
        QVERIFY2(changes.size() <= ticks, qPrintable(u"%1 dataChanged in %2 ticks"_s.arg(changes.size()).arg(ticks)));
        QVERIFY(progressSignals > changes.size());
    }

    void liveRowBeyondTheFirstPage()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/old"_s, trickling(200'000, 8192));
        FetchOptions paused;
        paused.startPaused = true;
        paused.title = u"Old but running"_s;
        const RegistrationPtr old = h.fetch(u"old"_s, {FetchRequest(h.server().url(u"/old"_s).toString())}, paused);
        QVERIFY(old);
        FerryUiTest::seedHistory(h.store(), 120); // newer than the live one, which ends up on the second page
        RegistrationModel model(h.manager());
        model.setPageSize(50);
        model.setQuery({});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        old->resume();
        QTRY_VERIFY(old->result() != FetchResult::Unset || old->downloaded() > 0);
        while (model.canFetchMore({}))
            model.fetchMore({});
        const int row = model.rowOf(old->uniqueId());
        QCOMPARE(row, 120);
        QCOMPARE(model.index(row).data(Qt::DisplayRole).toString(), paused.title);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, row), RowStatus::Completed, 20000);
        QCOMPARE(model.index(row).data(RegistrationModel::DownloadedRole).toULongLong(), 200'000u);
    }

    void newRegistrationsRespectTheFilter()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        FerryUiTest::seedHistory(h.store(), 5);
        Route route;
        route.body = "hello"_ba;
        h.server().setRoute(u"/small"_s, route);
        RegistrationModel model(h.manager());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(HistoryQuery{HistoryQuery::Status::Failed, QString()});
        const int failedRows = model.rowCount();
        QVERIFY(h.fetch(u"ok"_s, {FetchRequest(h.server().url(u"/small"_s).toString())}));
        QCOMPARE(model.rowCount(), failedRows); // an active one is not a failed one
        model.setQuery(HistoryQuery{HistoryQuery::Status::All, u"needle"_s});
        QCOMPARE(model.rowCount(), 0);
        FetchOptions options;
        options.title = u"A Needle in the list"_s;
        QVERIFY(h.fetch(u"two"_s, {FetchRequest(h.server().url(u"/small"_s).toString())}, options));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), options.title);
    }

    void forgetRemovesTheRow()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        FerryUiTest::seedHistory(h.store(), 10);
        RegistrationModel model(h.manager());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString uuid = model.index(3).data(RegistrationModel::UuidRole).toString();
        QVERIFY(h.manager().remove(uuid, false));
        model.forget(uuid);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.rowOf(uuid), -1);
        QCOMPARE(model.matchingCount(), 9);
    }
};

QTEST_GUILESS_MAIN(TestRegistrationModel)
#include "tst_registrationmodel.moc"
