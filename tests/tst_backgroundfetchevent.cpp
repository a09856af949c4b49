#include "coreharness.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QPromise>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

// The completion events (checklist J): which one fires, what the handler sees, waitUntil() and updateUI(), and
// removal without any event.
namespace {

const QByteArray featureText = QByteArrayLiteral("Background Fetch");

enum class Outcome { Success, Fail, Abort };

} // namespace

Q_DECLARE_METATYPE(Outcome)

namespace {

Route literal(const QByteArray &body)
{
    Route route;
    route.body = body;
    return route;
}

Route trickled(qint64 size, int bytesPerTick)
{
    Route route;
    route.generatedSize = size;
    route.trickleBytes = bytesPerTick;
    route.trickleIntervalMs = 10;
    return route;
}

// The checklist's J tables: two good files; a good file and a missing one; a slow file aborted mid-way.
RegistrationPtr startJob(CoreHarness &h, const QString &id, Outcome outcome, const FetchOptions &options = {})
{
    h.server().setRoute(u"/ok.txt"_s, literal(featureText));
    h.server().setRoute(u"/slow.bin"_s, trickled(1024 * 1024, 2048));
    QList<FetchRequest> requests{FetchRequest(h.server().url(u"/ok.txt"_s).toString())};
    switch (outcome) {
    case Outcome::Success:
        requests.append(FetchRequest(h.server().url(u"/ok.txt?second"_s).toString()));
        break;
    case Outcome::Fail:
        requests.append(FetchRequest(h.server().url(u"/missing.txt"_s).toString()));
        break;
    case Outcome::Abort:
        requests.append(FetchRequest(h.server().url(u"/slow.bin"_s).toString()));
        break;
    }
    return h.fetch(id, requests, options);
}

// Aborts an Abort-outcome job once bytes are flowing; the other outcomes finish on their own.
void driveToEnd(const RegistrationPtr &registration, Outcome outcome)
{
    if (outcome != Outcome::Abort)
        return;
    QTRY_VERIFY(registration->downloaded() > quint64(featureText.size()));
    QVERIFY(registration->abort().result());
}

void addOutcomeRows()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("all 200") << Outcome::Success;
    QTest::newRow("one 404") << Outcome::Fail;
    QTest::newRow("aborted") << Outcome::Abort;
}

template<typename T>
bool succeeded(const QFuture<T> &future)
{
    return future.isFinished() && !CoreHarness::errorOf(future);
}

// What a handler saw of its event, copied inside the slot (the event is gone afterwards).
struct Seen
{
    QString id;
    FetchResult result = FetchResult::Unset;
    FailureReason reason = FailureReason::None;
    bool recordsAvailable = false;
    qsizetype records = -1;
};

Seen snapshot(const BackgroundFetchEvent *event)
{
    const RegistrationPtr reg = event->registration();
    const auto records = reg->matchAll();
    return Seen{reg->id(), reg->result(), reg->failureReason(), reg->recordsAvailable(),
                CoreHarness::errorOf(records) ? -1 : records.result().size()};
}

} // namespace

// J9: only the success and fail events can update the UI.
template<typename E>
concept HasUpdateUI = requires(E &event, const FetchUiOptions &options) { event.updateUI(options); };
static_assert(HasUpdateUI<BackgroundFetchUpdateUIEvent>);
static_assert(!HasUpdateUI<BackgroundFetchEvent>);

class TestBackgroundFetchEvent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void j1_exactlyOneCompletionEvent_data() { addOutcomeRows(); }

    void j1_exactlyOneCompletionEvent()
    {
        QFETCH(Outcome, outcome);
        CoreHarness h;
        QVERIFY(h.isReady());
        QSignalSpy success(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QSignalSpy fail(&h.manager(), &BackgroundFetchManager::backgroundFetchFail);
        QSignalSpy abort(&h.manager(), &BackgroundFetchManager::backgroundFetchAbort);
        const RegistrationPtr reg = startJob(h, u"j1"_s, outcome);
        QVERIFY(reg);
        driveToEnd(reg, outcome);
        QTRY_COMPARE(success.size() + fail.size() + abort.size(), 1);
        // Once the event is over nothing is left that could fire a second one.
        QTRY_VERIFY(!reg->recordsAvailable());
        QCOMPARE(success.size(), outcome == Outcome::Success ? 1 : 0);
        QCOMPARE(fail.size(), outcome == Outcome::Fail ? 1 : 0);
        QCOMPARE(abort.size(), outcome == Outcome::Abort ? 1 : 0);
        QCOMPARE(reg->result(), outcome == Outcome::Success ? FetchResult::Success : FetchResult::Failure);
    }

    void j2_handlerSeesTheFinalState_data() { addOutcomeRows(); }

    void j2_handlerSeesTheFinalState()
    {
        QFETCH(Outcome, outcome);
        CoreHarness h;
        QVERIFY(h.isReady());
        std::optional<Seen> seen;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *event) { seen = snapshot(event); });
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchFail, this,
                [&](BackgroundFetchUpdateUIEvent *event) { seen = snapshot(event); });
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchAbort, this,
                [&](BackgroundFetchEvent *event) { seen = snapshot(event); });
        const RegistrationPtr reg = startJob(h, u"j2"_s, outcome);
        QVERIFY(reg);
        driveToEnd(reg, outcome);
        QTRY_VERIFY(seen);
        QCOMPARE(seen->id, u"j2"_s);
        QCOMPARE(seen->result, outcome == Outcome::Success ? FetchResult::Success : FetchResult::Failure);
        const FailureReason expected = outcome == Outcome::Success ? FailureReason::None
            : outcome == Outcome::Fail                              ? FailureReason::BadStatus
                                                                    : FailureReason::Aborted;
        QCOMPARE(seen->reason, expected);
        QVERIFY(seen->recordsAvailable);
        QCOMPARE(seen->records, 2);
    }

    void j3_waitUntilKeepsRecordsUntilItsFutureFinishes()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        QPromise<void> promise;
        promise.start();
        QPointer<BackgroundFetchUpdateUIEvent> event;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *e) {
                    if (e->registration()->id() != u"j3"_s)
                        return;
                    event = e;
                    e->waitUntil(promise.future());
                });
        QSignalSpy success(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        const RegistrationPtr reg = startJob(h, u"j3"_s, Outcome::Success);
        QVERIFY(reg);
        QTRY_COMPARE(success.size(), 1);

        // Let the event loop run for a whole other job while the promise is pending.
        const RegistrationPtr other = h.fetch(u"other"_s, {FetchRequest(h.server().url(u"/ok.txt?o"_s).toString())});
        QVERIFY(other);
        QTRY_COMPARE(success.size(), 2);
        QVERIFY(event);
        QVERIFY(event->isActive());
        QVERIFY(reg->recordsAvailable());
        const auto records = reg->matchAll();
        QVERIFY(succeeded(records));
        QCOMPARE(records.result().size(), 2);

        promise.finish();
        QTRY_VERIFY(!reg->recordsAvailable());
        const auto error = CoreHarness::errorOf(reg->matchAll());
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::InvalidStateError);
        QTRY_VERIFY(!event); // the manager deletes the event once it is over
    }

    void j4_updateUIChangesTheGivenFields_data()
    {
        QTest::addColumn<bool>("setTitle");
        QTest::addColumn<bool>("setIcons");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("title, success") << true << false << Outcome::Success;
        QTest::newRow("icons, success") << false << true << Outcome::Success;
        QTest::newRow("both, fail") << true << true << Outcome::Fail;
    }

    void j4_updateUIChangesTheGivenFields()
    {
        QFETCH(bool, setTitle);
        QFETCH(bool, setIcons);
        QFETCH(Outcome, outcome);
        CoreHarness h;
        QVERIFY(h.isReady());
        FetchOptions options;
        options.title = u"Old title"_s;
        options.icons = {ImageResource{h.path(u"old.png"_s), u"32x32"_s, u"image/png"_s}};
        const QList<ImageResource> newIcons{ImageResource{h.path(u"new.png"_s), u"64x64"_s, u"image/png"_s}};
        FetchUiOptions update;
        if (setTitle)
            update.title = u"New title"_s;
        if (setIcons)
            update.icons = newIcons;

        std::optional<QFuture<void>> result;
        QString titleInHandler;
        auto handler = [&](BackgroundFetchUpdateUIEvent *event) {
            result = event->updateUI(update);
            titleInHandler = h.manager().details(event->registration()->uniqueId())->title;
        };
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this, handler);
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchFail, this, handler);
        QSignalSpy uiChanged(&h.manager(), &BackgroundFetchManager::uiChanged);
        const RegistrationPtr reg = startJob(h, u"j4"_s, outcome, options);
        QVERIFY(reg);
        QTRY_VERIFY(result);
        QVERIFY(succeeded(*result));
        QCOMPARE(titleInHandler, setTitle ? u"New title"_s : u"Old title"_s);
        QVERIFY(uiChanged.contains(QVariantList{reg->uniqueId()}));

        QTRY_VERIFY(!reg->recordsAvailable());
        const auto stored = h.manager().details(reg->uniqueId());
        QVERIFY(stored);
        QCOMPARE(stored->title, setTitle ? u"New title"_s : u"Old title"_s);
        QCOMPARE(stored->icons, setIcons ? newIcons : options.icons);
    }

    void j5_secondUpdateUIIsInvalidState_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("success") << Outcome::Success;
        QTest::newRow("fail") << Outcome::Fail;
    }

    void j5_secondUpdateUIIsInvalidState()
    {
        QFETCH(Outcome, outcome);
        CoreHarness h;
        QVERIFY(h.isReady());
        std::optional<QFuture<void>> first;
        std::optional<QFuture<void>> second;
        auto handler = [&](BackgroundFetchUpdateUIEvent *event) {
            first = event->updateUI({u"First"_s, std::nullopt});
            second = event->updateUI({u"Second"_s, std::nullopt});
        };
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this, handler);
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchFail, this, handler);
        const RegistrationPtr reg = startJob(h, u"j5"_s, outcome);
        QVERIFY(reg);
        QTRY_VERIFY(second);
        QVERIFY(succeeded(*first));
        const auto error = CoreHarness::errorOf(*second);
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::InvalidStateError);
        QCOMPARE(error->issue(), FetchIssue::UiAlreadyUpdated);
        QTRY_VERIFY(!reg->recordsAvailable());
        QCOMPARE(h.manager().details(reg->uniqueId())->title, u"First"_s);
    }

    void j6_updateUIOnlyWhileTheEventIsActive_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<bool>("resolves");
        // Later, but while a waitUntil() future is still pending: the event is still active.
        QTest::newRow("later, waitUntil pending") << u"pending"_s << true;
        // Later, with no waitUntil(): the event ended when the handler returned.
        QTest::newRow("later, no waitUntil") << u"queued"_s << false;
        // Right after the last waitUntil() future finished.
        QTest::newRow("after waitUntil settled") << u"settled"_s << false;
    }

    void j6_updateUIOnlyWhileTheEventIsActive()
    {
        QFETCH(QString, when);
        QFETCH(bool, resolves);
        CoreHarness h;
        QVERIFY(h.isReady());
        FetchOptions options;
        options.title = u"Before"_s;
        QPromise<void> promise;
        promise.start();
        std::optional<QFuture<void>> result;
        bool called = false;
        bool eventWasAlive = false;
        // The manager deletes the event once it is over (deleteLater), so it is only touched through a QPointer.
        auto callUpdateUI = [&](const QPointer<BackgroundFetchUpdateUIEvent> &event) {
            called = true;
            eventWasAlive = !event.isNull();
            if (event)
                result = event->updateUI({u"After"_s, std::nullopt});
        };
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *e) {
                    const QPointer<BackgroundFetchUpdateUIEvent> event(e);
                    if (when == u"pending") {
                        e->waitUntil(promise.future());
                        QTimer::singleShot(0, this, [&, event] {
                            callUpdateUI(event);
                            promise.finish();
                        });
                    } else if (when == u"queued") {
                        // Posted before the manager's deleteLater, so it runs while the object still exists.
                        QMetaObject::invokeMethod(this, [&, event] { callUpdateUI(event); }, Qt::QueuedConnection);
                    } else {
                        e->waitUntil(promise.future());
                        connect(e, &BackgroundFetchEvent::ended, this, [&, event] { callUpdateUI(event); });
                        QTimer::singleShot(0, this, [&] { promise.finish(); });
                    }
                });
        const RegistrationPtr reg = startJob(h, u"j6"_s, Outcome::Success, options);
        QVERIFY(reg);
        QTRY_VERIFY(called);
        QVERIFY2(eventWasAlive, "the event was deleted before the later call could reach it");
        QVERIFY(result);
        QTRY_VERIFY(!reg->recordsAvailable());
        if (resolves) {
            QVERIFY(succeeded(*result));
        } else {
            const auto error = CoreHarness::errorOf(*result);
            QVERIFY(error);
            QCOMPARE(error->code(), ErrorCode::InvalidStateError);
            QCOMPARE(error->issue(), FetchIssue::EventNotActive);
        }
        QCOMPARE(h.manager().details(reg->uniqueId())->title, resolves ? u"After"_s : u"Before"_s);
    }

    void j7_untrustedEventCannotUpdateUI()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        FetchOptions options;
        options.title = u"Mine"_s;
        options.startPaused = true;
        const RegistrationPtr reg = h.fetch(u"j7"_s, {FetchRequest(h.server().url(u"/j7"_s).toString())}, options);
        QVERIFY(reg);
        BackgroundFetchUpdateUIEvent event(reg);
        QVERIFY(!event.isTrusted());
        const auto error = CoreHarness::errorOf(event.updateUI({u"Forged"_s, std::nullopt}));
        QVERIFY(error);
        QCOMPARE(error->code(), ErrorCode::InvalidStateError);
        QCOMPARE(error->issue(), FetchIssue::UntrustedEvent);
        QCOMPARE(h.manager().details(reg->uniqueId())->title, u"Mine"_s);
    }

    void j8_emptyUpdateUIResolves()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        FetchOptions options;
        options.title = u"Unchanged"_s;
        std::optional<QFuture<void>> result;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *event) { result = event->updateUI({}); });
        QSignalSpy uiChanged(&h.manager(), &BackgroundFetchManager::uiChanged);
        const RegistrationPtr reg = startJob(h, u"j8"_s, Outcome::Success, options);
        QVERIFY(reg);
        QTRY_VERIFY(result);
        QVERIFY(succeeded(*result));
        QTRY_VERIFY(!reg->recordsAvailable());
        QVERIFY(!uiChanged.contains(QVariantList{reg->uniqueId()}));
        QCOMPARE(h.manager().details(reg->uniqueId())->title, u"Unchanged"_s);
    }

    void j9_abortEventHasNoUpdateUI()
    {
        // Compile time: see the HasUpdateUI static_asserts above. At run time the abort event is a plain event.
        CoreHarness h;
        QVERIFY(h.isReady());
        std::optional<bool> isUpdateUIEvent;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchAbort, this, [&](BackgroundFetchEvent *event) {
            isUpdateUIEvent = qobject_cast<BackgroundFetchUpdateUIEvent *>(event) != nullptr;
        });
        const RegistrationPtr reg = startJob(h, u"j9"_s, Outcome::Abort);
        QVERIFY(reg);
        driveToEnd(reg, Outcome::Abort);
        QTRY_VERIFY(isUpdateUIEvent);
        QVERIFY(!*isUpdateUIEvent);
    }

    void j10_removeCancelsWithoutAnyEvent_data()
    {
        QTest::addColumn<bool>("deleteFiles");
        QTest::newRow("delete files") << true;
        QTest::newRow("keep files") << false;
    }

    void j10_removeCancelsWithoutAnyEvent()
    {
        QFETCH(bool, deleteFiles);
        CoreHarness h;
        QVERIFY(h.isReady());
        QStringList succeededIds;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *event) { succeededIds.append(event->registration()->id()); });
        QSignalSpy fail(&h.manager(), &BackgroundFetchManager::backgroundFetchFail);
        QSignalSpy abort(&h.manager(), &BackgroundFetchManager::backgroundFetchAbort);
        const RegistrationPtr reg = startJob(h, u"j10"_s, Outcome::Abort);
        QVERIFY(reg);
        const QString uuid = reg->uniqueId();
        const QList<BackgroundFetchRecord> records = reg->matchAll().result();
        QTRY_VERIFY(records[0].responseReady().isFinished());
        const QString finished = records[0].responseReady().result().filePath;
        QVERIFY(QFile::exists(finished));
        QTRY_VERIFY(!h.manager().details(uuid)->records[1].partPath.isEmpty());
        const QString part = h.manager().details(uuid)->records[1].partPath;
        QTRY_VERIFY(QFileInfo(part).size() > 0);

        QVERIFY(h.manager().remove(uuid, deleteFiles));
        QVERIFY(!h.manager().details(uuid));
        QVERIFY(h.manager().history(0, 100).isEmpty());
        QCOMPARE(h.manager().getIds().result(), QStringList());
        QVERIFY(!h.manager().get(u"j10"_s).result());
        QVERIFY(!reg->recordsAvailable());
        QVERIFY(!QFile::exists(part));
        QCOMPARE(QFile::exists(finished), !deleteFiles);

        // A later job runs to its end, so the event loop has had every chance to deliver a stray event.
        const RegistrationPtr later = h.fetch(u"later"_s, {FetchRequest(h.server().url(u"/ok.txt?l"_s).toString())});
        QVERIFY(later);
        QTRY_COMPARE(succeededIds, QStringList{u"later"_s});
        QCOMPARE(later->result(), FetchResult::Success);
        QCOMPARE(fail.size(), 0);
        QCOMPARE(abort.size(), 0);
        QCOMPARE(reg->result(), FetchResult::Unset);
        QVERIFY(!QFile::exists(part));
        QCOMPARE(h.manager().history(0, 100).size(), 1);
    }

    void j11_storeFailureMidJobFailsWithFetchError()
    {
        // Chromium ends a job whose storage fails with fetch-error and a fail event. The failure is injected with
        // SQLite triggers that make every later write to the store abort.
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/j11.bin"_s, trickled(256 * 1024, 4096));
        std::optional<Seen> failed;
        std::optional<Seen> succeededSeen;
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchFail, this,
                [&](BackgroundFetchUpdateUIEvent *event) { failed = snapshot(event); });
        connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
                [&](BackgroundFetchUpdateUIEvent *event) { succeededSeen = snapshot(event); });
        const RegistrationPtr reg = h.fetch(u"j11"_s, {FetchRequest(h.server().url(u"/j11.bin"_s).toString())});
        QVERIFY(reg);
        QTRY_VERIFY(reg->downloaded() > 0);

        const QString connection = u"j11-injector"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(QDir(h.dataDir()).filePath(u"ferry.sqlite"_s));
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            for (const QString &event : {u"UPDATE ON registrations"_s, u"UPDATE ON records"_s,
                                         u"INSERT ON records"_s}) {
                const QString name = u"j11_fail_"_s + QString(event).replace(u' ', u'_');
                QVERIFY2(q.exec(u"CREATE TRIGGER %1 BEFORE %2 BEGIN SELECT RAISE(ABORT, 'injected'); END"_s
                                    .arg(name, event)),
                         qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        // The injection works: the store itself now refuses writes.
        const auto stored = h.store().load(reg->uniqueId());
        QVERIFY(stored);
        QVERIFY(!h.store().save(*stored));

        QTRY_VERIFY_WITH_TIMEOUT(failed || succeededSeen, 10000);
        QVERIFY2(failed, "the store failed, yet the registration succeeded");
        QCOMPARE(failed->result, FetchResult::Failure);
        QCOMPARE(failed->reason, FailureReason::FetchError);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundFetchEvent)
#include "tst_backgroundfetchevent.moc"
