#include "coreharness.h"
#include "registrationcommands.h"
#include "registrationmodel.h"
#include "traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

// The tray menu offscreen, through the real core: one submenu per registration whose actions reach that
// registration and no other, Pause all and Resume all, the tooltip, the state icon, and the window toggle.
class TestTrayController final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Fixture() : model(h.manager()), commands(h.manager(), model), tray(h.manager(), commands, window) { }

        CoreHarness h;
        RegistrationModel model;
        RegistrationCommands commands;
        QWidget window;
        TrayController tray;
    };

    static Route slowRoute(const QByteArray &etag)
    {
        Route route;
        route.generatedSize = 8 * 1024 * 1024;
        route.trickleBytes = 4096;
        route.trickleIntervalMs = 20;
        route.etag = etag;
        return route;
    }

    // The visible action of a submenu with this text ("&Pause"...), or null.
    static QAction *actionIn(QMenu *menu, const QString &text)
    {
        if (!menu)
            return nullptr;
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->isVisible() && action->text() == text)
                return action;
        }
        return nullptr;
    }

    static QAction *topAction(const TrayController &tray, const QString &text)
    {
        return actionIn(tray.menu(), text);
    }

    // Opens the tray menu and the submenu as a person does (the submenu from its entry in the tray menu), then
    // clicks the action with this text in it: the whole way through QMenu's own event handling. False also when the
    // submenu was freed while QMenu was still delivering the click: Qt itself is not built with ASan, so its use of
    // the freed menu goes unnoticed here, but it corrupted the heap of a release build (issue 14, item 1).
    static bool clickInSubmenu(TrayController &tray, QMenu *submenu, const QString &text)
    {
        QMenu *top = tray.menu();
        QAction *action = actionIn(submenu, text);
        if (!submenu || !action)
            return false;
        top->popup(QPoint(200, 200));
        if (!QTest::qWaitForWindowExposed(top))
            return false;
        // As a person does: the pointer rests on the entry, the submenu opens, the pointer moves onto the action.
        // (Since Qt 6.8 a menu ignores a click when the pointer has not moved since the menu opened.)
        QTest::mouseMove(top, top->actionGeometry(submenu->menuAction()).center());
        top->setActiveAction(submenu->menuAction());
        QTest::keyClick(top, Qt::Key_Right);
        if (!QTest::qWaitForWindowExposed(submenu))
            return false;
        const QPoint at = submenu->actionGeometry(action).center();
        QTest::mouseMove(submenu, at);
        bool clicking = true;
        bool freedWhileClicking = false;
        const QMetaObject::Connection watch = QObject::connect(
            submenu, &QObject::destroyed, [&clicking, &freedWhileClicking] { freedWhileClicking = clicking; });
        QTest::mouseClick(submenu, Qt::LeftButton, {}, at);
        clicking = false;
        // Whatever the click freed is freed by now (a deferred delete runs here).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qWait(50);
        QObject::disconnect(watch);
        top->hide();
        return !freedWhileClicking;
    }

    // Two slow downloads, both running.
    static std::pair<RegistrationPtr, RegistrationPtr> startTwo(Fixture &f)
    {
        f.h.server().setRoute(u"/one.iso"_s, slowRoute("\"one\""_ba));
        f.h.server().setRoute(u"/two.iso"_s, slowRoute("\"two\""_ba));
        FetchOptions first;
        first.title = u"Debian & friends"_s;
        const RegistrationPtr one =
            f.h.fetch(u"one"_s, {FetchRequest(f.h.server().url(u"/one.iso"_s).toString())}, first);
        const RegistrationPtr two = f.h.fetch(u"two"_s, {FetchRequest(f.h.server().url(u"/two.iso"_s).toString())});
        return {one, two};
    }

private Q_SLOTS:
    void eachRegistrationHasItsSubmenu()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        const auto [one, two] = startTwo(f);
        QVERIFY(one && two);
        QTRY_VERIFY(one->downloaded() > 0 && two->downloaded() > 0);
        f.tray.refresh();
        QMenu *menuOne = f.tray.submenuFor(one->uniqueId());
        QMenu *menuTwo = f.tray.submenuFor(two->uniqueId());
        QVERIFY(menuOne && menuTwo && menuOne != menuTwo);
        // The title with its percentage; '&' doubled so it is not read as a shortcut mark.
        QVERIFY2(menuOne->title().startsWith(u"Debian && friends — "_s), qPrintable(menuOne->title()));
        QVERIFY2(menuOne->title().endsWith(u'%'), qPrintable(menuOne->title()));
        // Issue 14, item 5: without a title the entry is named after its file, not its id.
        QVERIFY2(menuTwo->title().startsWith(u"two.iso — "_s), qPrintable(menuTwo->title()));
        QVERIFY(actionIn(menuOne, u"&Pause"_s));
        QVERIFY(actionIn(menuOne, u"&Abort"_s));
        QVERIFY(!actionIn(menuOne, u"&Resume"_s));
        QVERIFY(!actionIn(menuOne, u"&Open"_s));
        QVERIFY(topAction(f.tray, u"&Pause All"_s));
        QVERIFY(topAction(f.tray, u"&Resume All"_s));
        QVERIFY(topAction(f.tray, u"&Quit"_s));
        QVERIFY(topAction(f.tray, u"&Show Ferry"_s));
    }

    void pauseResumeAndAbortReachTheRightRegistration()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        const auto [one, two] = startTwo(f);
        QVERIFY(one && two);
        QTRY_VERIFY(one->downloaded() > 0 && two->downloaded() > 0);
        f.tray.refresh();

        QAction *pause = actionIn(f.tray.submenuFor(two->uniqueId()), u"&Pause"_s);
        QVERIFY(pause);
        pause->trigger();
        QTRY_VERIFY(two->isPaused());
        QVERIFY(!one->isPaused());
        f.tray.refresh();
        QVERIFY(f.tray.submenuFor(two->uniqueId())->title().contains(u"paused"_s));
        QVERIFY(!actionIn(f.tray.submenuFor(two->uniqueId()), u"&Pause"_s));

        QAction *resume = actionIn(f.tray.submenuFor(two->uniqueId()), u"&Resume"_s);
        QVERIFY(resume);
        resume->trigger();
        QTRY_VERIFY(!two->isPaused());
        const quint64 before = two->downloaded();
        QTRY_VERIFY(two->downloaded() > before);

        QSignalSpy aborted(&f.h.manager(), &BackgroundFetchManager::backgroundFetchAbort);
        QAction *abort = actionIn(f.tray.submenuFor(one->uniqueId()), u"&Abort"_s);
        QVERIFY(abort);
        abort->trigger();
        QTRY_COMPARE(aborted.size(), 1);
        QCOMPARE(one->failureReason(), FailureReason::Aborted);
        QCOMPARE(two->result(), FetchResult::Unset);
        // An aborted registration leaves the menu: there is nothing left to do with it.
        QTRY_VERIFY(!f.tray.submenuFor(one->uniqueId()));
        QVERIFY(f.tray.submenuFor(two->uniqueId()));
        two->abort();
    }

    void pauseAllAndResumeAll()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        const auto [one, two] = startTwo(f);
        QVERIFY(one && two);
        QTRY_VERIFY(one->downloaded() > 0 && two->downloaded() > 0);
        f.tray.refresh();
        topAction(f.tray, u"&Pause All"_s)->trigger();
        QTRY_VERIFY(one->isPaused() && two->isPaused());
        f.tray.refresh();
        QCOMPARE(f.tray.toolTip(), u"2 paused"_s);
        QCOMPARE(f.tray.state(), TrayController::State::Idle);
        QVERIFY(!topAction(f.tray, u"&Pause All"_s)->isEnabled());
        topAction(f.tray, u"&Resume All"_s)->trigger();
        QTRY_VERIFY(!one->isPaused() && !two->isPaused());
        one->abort();
        two->abort();
    }

    // "2 active · 340 MiB of 1.2 GiB · 4.1 MiB/s", and the busy icon while something transfers.
    void toolTipShowsOverallProgress()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        f.tray.refresh();
        QCOMPARE(f.tray.toolTip(), u"No active downloads"_s);
        QCOMPARE(f.tray.state(), TrayController::State::Idle);
        const auto [one, two] = startTwo(f);
        QVERIFY(one && two);
        QTRY_VERIFY(one->downloaded() > 0 && two->downloaded() > 0);
        QTRY_VERIFY(f.tray.toolTip().endsWith(u"/s"_s) && !f.tray.toolTip().contains(u" 0 bytes/s"_s));
        const QString tip = f.tray.toolTip();
        QVERIFY2(tip.startsWith(u"2 active · "_s), qPrintable(tip));
        QVERIFY2(tip.contains(u" of 16.0 MiB · "_s), qPrintable(tip));
        QCOMPARE(f.tray.state(), TrayController::State::Active);
        QCOMPARE(f.tray.trayIcon()->toolTip(), tip);
        one->abort();
        two->abort();
    }

    // A failure turns the icon red until the user looks; the ended registration stays listed with Retry.
    void failureShowsUntilSeen()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        QSignalSpy fail(&f.h.manager(), &BackgroundFetchManager::backgroundFetchFail);
        QSignalSpy added(&f.h.manager(), &BackgroundFetchManager::registrationAdded);
        const RegistrationPtr missing =
            f.h.fetch(u"missing"_s, {FetchRequest(f.h.server().url(u"/missing.bin"_s).toString())});
        QVERIFY(missing);
        QTRY_COMPARE(fail.size(), 1);
        QCOMPARE(f.tray.state(), TrayController::State::Error);
        QVERIFY(f.tray.toolTip().contains(u"A download failed"_s));
        QMenu *submenu = f.tray.submenuFor(missing->uniqueId());
        QVERIFY(submenu);
        // Its state in words: what the 404 means (issue 14, item 8).
        QVERIFY2(submenu->title().endsWith(u"The server has no such file (404)"_s), qPrintable(submenu->title()));
        QVERIFY(!actionIn(submenu, u"&Abort"_s));
        f.tray.acknowledgeFailures();
        QCOMPARE(f.tray.state(), TrayController::State::Idle);

        QAction *retry = actionIn(submenu, u"Re&try"_s);
        QVERIFY(retry);
        retry->trigger();
        QTRY_COMPARE(added.size(), 2);
        QVERIFY(!f.tray.submenuFor(missing->uniqueId()));
        QVERIFY(f.tray.submenuFor(added.at(1).at(0).value<RegistrationPtr>()->uniqueId()));
    }

    // Only the newest few ended registrations stay in the menu.
    void endedEntriesAreCapped()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        Route ok;
        ok.body = "x"_ba;
        f.h.server().setRoute(u"/x"_s, ok);
        QSignalSpy success(&f.h.manager(), &BackgroundFetchManager::backgroundFetchSuccess);
        QStringList uuids;
        const int count = TrayController::maxEnded + 2;
        for (int i = 0; i < count; ++i) {
            const RegistrationPtr registration =
                f.h.fetch(u"x%1"_s.arg(i), {FetchRequest(f.h.server().url(u"/x?%1"_s.arg(i)).toString())});
            QVERIFY(registration);
            uuids.append(registration->uniqueId());
            QTRY_COMPARE(success.size(), i + 1);
        }
        QVERIFY(!f.tray.submenuFor(uuids.at(0)));
        QVERIFY(!f.tray.submenuFor(uuids.at(1)));
        for (int i = 2; i < count; ++i) {
            QMenu *submenu = f.tray.submenuFor(uuids.at(i));
            QVERIFY(submenu);
            QVERIFY(actionIn(submenu, u"&Open"_s));
        }
    }

    void showHideTogglesTheWindow()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        QVERIFY(!f.window.isVisible());
        topAction(f.tray, u"&Show Ferry"_s)->trigger();
        QVERIFY(f.window.isVisible());
        QVERIFY(topAction(f.tray, u"&Hide Ferry"_s));
        topAction(f.tray, u"&Hide Ferry"_s)->trigger();
        QVERIFY(!f.window.isVisible());
        // A left click on the icon does the same.
        Q_EMIT f.tray.trayIcon()->activated(QSystemTrayIcon::Trigger);
        QVERIFY(f.window.isVisible());
    }

    // Removing a registration in the window (J10: no event) takes it out of the tray too.
    void removedRegistrationLeavesTheMenu()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        const auto [one, two] = startTwo(f);
        QVERIFY(one && two);
        QVERIFY(f.tray.submenuFor(one->uniqueId()));
        f.commands.remove({one->uniqueId()}, true);
        f.tray.refresh();
        QVERIFY(!f.tray.submenuFor(one->uniqueId()));
        QVERIFY(f.tray.submenuFor(two->uniqueId()));
        two->abort();
    }

    // M3: abort is always offered, pause only when every request is a GET.
    void m3_noPauseForUploads()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        Route slow = slowRoute("\"up\""_ba);
        slow.echoBody = false;
        f.h.server().setRoute(u"/upload"_s, slow);
        FetchRequest post(f.h.server().url(u"/upload"_s).toString());
        post.method = "POST";
        post.body = QByteArray(64 * 1024, 'u');
        const RegistrationPtr upload = f.h.fetch(u"upload"_s, {post});
        QVERIFY(upload);
        QTRY_VERIFY(upload->downloaded() > 0);
        f.tray.refresh();
        QMenu *submenu = f.tray.submenuFor(upload->uniqueId());
        QVERIFY(submenu);
        QVERIFY(actionIn(submenu, u"&Abort"_s));
        QVERIFY(!actionIn(submenu, u"&Pause"_s));
        upload->abort();
    }

    // M4: without a known total the progress is indeterminate: the bytes so far instead of a percentage.
    void m4_unknownTotalShowsBytes()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        Route chunked = slowRoute("\"chunked\""_ba);
        chunked.sendContentLength = false;
        chunked.chunked = true;
        f.h.server().setRoute(u"/stream"_s, chunked);
        const RegistrationPtr stream = f.h.fetch(u"stream"_s, {FetchRequest(f.h.server().url(u"/stream"_s).toString())});
        QVERIFY(stream);
        QTRY_VERIFY(stream->downloaded() > 0);
        f.tray.refresh();
        const QString title = f.tray.submenuFor(stream->uniqueId())->title();
        QVERIFY2(!title.endsWith(u'%') && (title.endsWith(u"KiB"_s) || title.endsWith(u"MiB"_s)), qPrintable(title));
        QVERIFY2(!f.tray.toolTip().contains(u" of "_s), qPrintable(f.tray.toolTip()));
        stream->abort();
    }

    // Issue 14, item 1: Abort chosen in the real menu removes the entry that holds the menu being clicked; Pause
    // and Resume change that entry while its menu delivers the click. Under ASan a freed QMenu is a crash.
    void clickingTheMenusActionsIsSafe()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        const auto [one, two] = startTwo(f);
        QVERIFY(one && two);
        QTRY_VERIFY(one->downloaded() > 0 && two->downloaded() > 0);
        f.tray.refresh();

        QVERIFY(clickInSubmenu(f.tray, f.tray.submenuFor(two->uniqueId()), u"&Pause"_s));
        QTRY_VERIFY(two->isPaused());
        f.tray.refresh();
        QVERIFY(clickInSubmenu(f.tray, f.tray.submenuFor(two->uniqueId()), u"&Resume"_s));
        QTRY_VERIFY(!two->isPaused());

        QSignalSpy aborted(&f.h.manager(), &BackgroundFetchManager::backgroundFetchAbort);
        QPointer<QMenu> oneMenu = f.tray.submenuFor(one->uniqueId());
        QVERIFY(clickInSubmenu(f.tray, oneMenu, u"&Abort"_s));
        QTRY_COMPARE(aborted.size(), 1);
        QCOMPARE(one->failureReason(), FailureReason::Aborted);
        QVERIFY(!f.tray.submenuFor(one->uniqueId()));
        QTRY_VERIFY(oneMenu.isNull());
        QVERIFY(!f.tray.menu()->actions().contains(nullptr));
        // The menu still works after the entry went: the other download can be aborted from it too.
        QVERIFY(clickInSubmenu(f.tray, f.tray.submenuFor(two->uniqueId()), u"&Abort"_s));
        QTRY_COMPARE(aborted.size(), 2);
        QCOMPARE(two->failureReason(), FailureReason::Aborted);
    }

    // The click's effect arrives from the engine a moment later, often while the person still has the menu and
    // the entry's submenu open: the entry leaves the menu then, and the open menus must not hold on to it.
    void entryEndingWhileItsSubmenuIsOpen()
    {
        Fixture f;
        QVERIFY(f.h.isReady());
        const auto [one, two] = startTwo(f);
        QVERIFY(one && two);
        QTRY_VERIFY(one->downloaded() > 0);
        f.tray.refresh();
        QMenu *top = f.tray.menu();
        QPointer<QMenu> submenu = f.tray.submenuFor(one->uniqueId());
        top->popup(QPoint(200, 200));
        QVERIFY(QTest::qWaitForWindowExposed(top));
        top->setActiveAction(submenu->menuAction());
        QTest::keyClick(top, Qt::Key_Right);
        QVERIFY(QTest::qWaitForWindowExposed(submenu));
        QSignalSpy aborted(&f.h.manager(), &BackgroundFetchManager::backgroundFetchAbort);
        one->abort();
        QTRY_COMPARE(aborted.size(), 1);
        QTRY_VERIFY(submenu.isNull());
        // The person goes on using the menu that held it.
        QTest::keyClick(top, Qt::Key_Down);
        QTest::keyClick(top, Qt::Key_Up);
        QTest::keyClick(top, Qt::Key_Left);
        top->hide();
        QVERIFY(f.tray.submenuFor(two->uniqueId()));
        two->abort();
    }

    // Issue 14, item 4: from a build tree (no installed icon theme holds Ferry's icon) the tray still shows it.
    void trayIconIsDrawnWithoutAnInstalledTheme()
    {
        Fixture f;
        const QIcon icon = f.tray.trayIcon()->icon();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(22, 22).toImage();
        QVERIFY(!image.isNull());
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        }
        // Most of a 22 px square is drawn (the icon is a filled disc), not a blank or broken-image placeholder.
        QVERIFY2(opaque > 22 * 22 / 3, qPrintable(QString::number(opaque)));
    }

    void quitIsRequested()
    {
        Fixture f;
        QSignalSpy quit(&f.tray, &TrayController::quitRequested);
        topAction(f.tray, u"&Quit"_s)->trigger();
        QCOMPARE(quit.size(), 1);
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
