#include "adddialog.h"
#include "coreharness.h"
#include "detailspane.h"
#include "mainwindow.h"
#include "registrationcommands.h"
#include "registrationmodel.h"
#include "registrationview.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

// The window driven as a user would, offscreen, through the real core and the loopback server (issue 5 item 7).
class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    static Route trickling(qint64 size, int bytes)
    {
        Route route;
        route.generatedSize = size;
        route.trickleBytes = bytes;
        route.trickleIntervalMs = 10;
        route.etag = "\"v1\""_ba;
        return route;
    }

    static RowStatus statusOf(const MainWindow &window, int row)
    {
        return RowStatus(window.model()->index(row).data(RegistrationModel::StatusRole).toInt());
    }

    static Preferences preferencesFor(const CoreHarness &h)
    {
        Preferences preferences;
        preferences.downloadFolder = h.downloads();
        return preferences;
    }

    // Drags `mime` over the middle of the window and drops it there, as the desktop does; false when the window
    // refused the drag.
    static bool dropOn(QWidget &window, const QMimeData &mime)
    {
        const QPoint inside = window.rect().center();
        QDragEnterEvent enter(inside, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&window, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(inside, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        return true;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void addProgressCompleted()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/disk.iso"_s, trickling(600'000, 4096));
        QSettings settings(m_dir.filePath(u"add.conf"_s), QSettings::IniFormat);
        MainWindow window(h.manager(), settings, preferencesFor(h));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.model()->rowCount(), 0);

        window.showAddDialog({h.server().url(u"/disk.iso"_s).toString()});
        auto *dialog = window.findChild<AddDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isValid());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QTRY_COMPARE(window.model()->rowCount(), 1);
        const QModelIndex row = window.model()->index(0);
        QCOMPARE(row.data(Qt::DisplayRole).toString(), u"disk.iso"_s);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(window, 0) == RowStatus::Downloading
                                     && row.data(RegistrationModel::ProgressRole).toInt() > 0
                                     && row.data(RegistrationModel::ProgressRole).toInt() < 1000,
                                 10000);
        window.view()->setCurrentIndex(row);
        QVERIFY(window.actions()->pause->isEnabled());
        QVERIFY(window.actions()->abort->isEnabled());
        QVERIFY(!window.actions()->open->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(window, 0), RowStatus::Completed, 20000);
        QCOMPARE(row.data(RegistrationModel::DownloadedRole).toULongLong(), 600'000u);

        // The details pane lists the record with its status, file and result; Open is now offered.
        QTreeWidget *records = window.details()->records();
        QTRY_COMPARE(records->topLevelItemCount(), 1);
        QTRY_COMPARE(records->topLevelItem(0)->text(DetailsPane::StatusColumn), u"200"_s);
        QCOMPARE(records->topLevelItem(0)->text(DetailsPane::FileColumn), u"disk.iso"_s);
        QVERIFY(QFileInfo(h.downloads() + u"/disk.iso"_s).size() == 600'000);
        QTRY_VERIFY(window.actions()->open->isEnabled());
        QVERIFY(!window.actions()->pause->isEnabled());
        QVERIFY(window.actions()->retry->isEnabled());
        QCOMPARE(window.commands()->files({row.data(RegistrationModel::UuidRole).toString()}),
                 QStringList{h.downloads() + u"/disk.iso"_s});
    }

    void actionsOnAMultipleSelection()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        h.server().setRoute(u"/a"_s, trickling(20'000'000, 1024));
        h.server().setRoute(u"/b"_s, trickling(20'000'000, 1024));
        QSettings settings(m_dir.filePath(u"multi.conf"_s), QSettings::IniFormat);
        MainWindow window(h.manager(), settings, preferencesFor(h));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &path : {u"/a"_s, u"/b"_s}) {
            AddDialog::Submission submission;
            submission.requests.append(FetchRequest(h.server().url(path).toString()));
            QVERIFY(window.commands()->add(submission));
        }
        QCOMPARE(window.model()->rowCount(), 2);
        QTRY_VERIFY(statusOf(window, 0) == RowStatus::Downloading && statusOf(window, 1) == RowStatus::Downloading);

        window.view()->setFocus();
        window.actions()->selectAll->trigger();
        QCOMPARE(window.selectedUuids().size(), 2);
        QTRY_VERIFY(window.actions()->pause->isEnabled());
        // Space pauses the selection, and pressed again resumes it.
        QTest::keyClick(window.view(), Qt::Key_Space);
        QTRY_VERIFY(statusOf(window, 0) == RowStatus::Paused && statusOf(window, 1) == RowStatus::Paused);
        QTRY_VERIFY(window.actions()->resume->isEnabled() && !window.actions()->pause->isEnabled());
        QTest::keyClick(window.view(), Qt::Key_Space);
        QTRY_VERIFY(statusOf(window, 0) != RowStatus::Paused && statusOf(window, 1) != RowStatus::Paused);

        window.actions()->abort->trigger();
        QTRY_VERIFY(statusOf(window, 0) == RowStatus::Failed && statusOf(window, 1) == RowStatus::Failed);
        QCOMPARE(FailureReason(window.model()->index(0).data(RegistrationModel::FailureReasonRole).toInt()),
                 FailureReason::Aborted);

        // The Failed filter shows both; Retry makes two new registrations that show up under All.
        window.findChild<QTabBar *>()->setCurrentIndex(3);
        QCOMPARE(window.model()->rowCount(), 2);
        window.actions()->selectAll->trigger();
        window.actions()->retry->trigger();
        QCOMPARE(window.model()->rowCount(), 2); // the new ones are active, not failed
        window.findChild<QTabBar *>()->setCurrentIndex(0);
        QCOMPARE(window.model()->rowCount(), 4);
        QTRY_VERIFY(statusOf(window, 0) == RowStatus::Downloading);

        // Remove asks first; the files stay unless asked to delete them.
        window.view()->selectionModel()->clearSelection();
        window.view()->selectionModel()->select(window.model()->index(2), QItemSelectionModel::Select);
        window.view()->selectionModel()->select(window.model()->index(3), QItemSelectionModel::Select);
        window.confirmRemove(false);
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QPushButton *remove = nullptr;
        const auto buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                remove = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(remove);
        remove->click();
        QTRY_COMPARE(window.model()->rowCount(), 2);
        QCOMPARE(h.manager().historyCount(), 2);
        window.actions()->selectAll->trigger();
        window.actions()->abort->trigger();
        QTRY_VERIFY(statusOf(window, 0) == RowStatus::Failed && statusOf(window, 1) == RowStatus::Failed);
    }

    void actsOnRegistrationsOfAnEarlierRun()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        Route small;
        small.generatedSize = 50'000;
        h.server().setRoute(u"/later"_s, small);
        FetchOptions paused;
        paused.startPaused = true;
        QVERIFY(h.fetch(u"resume-me"_s, {FetchRequest(h.server().url(u"/later"_s).toString())}, paused));
        QVERIFY(h.fetch(u"abort-me"_s, {FetchRequest(h.server().url(u"/later"_s).toString())}, paused));
        h.restart(); // a new run that has not restored them: the window sees them in the store only
        QSettings settings(m_dir.filePath(u"earlier.conf"_s), QSettings::IniFormat);
        MainWindow window(h.manager(), settings, preferencesFor(h));
        QCOMPARE(window.model()->rowCount(), 2);
        QCOMPARE(statusOf(window, 0), RowStatus::Paused);
        QVERIFY(!window.model()->registrationOf(window.model()->index(0).data(RegistrationModel::UuidRole).toString()));

        window.view()->setCurrentIndex(window.model()->index(1)); // resume-me
        QVERIFY(window.actions()->resume->isEnabled());
        QVERIFY(window.actions()->abort->isEnabled());
        window.actions()->resume->trigger();
        QTRY_COMPARE(statusOf(window, 1), RowStatus::Completed);

        window.view()->setCurrentIndex(window.model()->index(0)); // abort-me
        window.actions()->abort->trigger();
        QTRY_COMPARE(statusOf(window, 0), RowStatus::Failed);
        QCOMPARE(FailureReason(window.model()->index(0).data(RegistrationModel::FailureReasonRole).toInt()),
                 FailureReason::Aborted);
    }

    void droppedUrlsOpenTheAddDialog()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        QSettings settings(m_dir.filePath(u"drop.conf"_s), QSettings::IniFormat);
        MainWindow window(h.manager(), settings, preferencesFor(h));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setText(u"have a look at https://example.org/one.iso and https://example.org/two.iso"_s);
        QVERIFY(dropOn(window, mime));
        auto *dialog = window.findChild<AddDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->urls(), (QStringList{u"https://example.org/one.iso"_s, u"https://example.org/two.iso"_s}));

        QMimeData nothing;
        nothing.setText(u"no links here"_s);
        QVERIFY(!dropOn(window, nothing));
    }

    // Issue 14, items 3, 5 and 10: three links pasted into the add dialog are three downloads, each with its own
    // row named after its file, and the folder chosen is offered again next time.
    void pastedListIsADownloadPerLink()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        for (const QString &name : {u"a.iso"_s, u"b.iso"_s, u"c.iso"_s})
            h.server().setRoute(u'/' + name, trickling(300'000, 8192));
        QSettings settings(m_dir.filePath(u"list.conf"_s), QSettings::IniFormat);
        MainWindow window(h.manager(), settings, preferencesFor(h));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList urls{h.server().url(u"/a.iso"_s).toString(), h.server().url(u"/b.iso"_s).toString(),
                               h.server().url(u"/c.iso"_s).toString()};
        window.showAddDialog(urls);
        auto *dialog = window.findChild<AddDialog *>();
        QVERIFY(dialog && dialog->isValid());
        const QString other = QDir(h.downloads()).filePath(u"isos"_s);
        QVERIFY(QDir().mkpath(other));
        for (QLineEdit *line : dialog->findChildren<QLineEdit *>()) {
            if (line->accessibleName() == u"Destination folder"_s)
                line->setText(other);
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(window.model()->rowCount(), 3);
        QStringList titles;
        for (int row = 0; row < 3; ++row)
            titles.append(window.model()->index(row).data(Qt::DisplayRole).toString());
        titles.sort();
        QCOMPARE(titles, (QStringList{u"a.iso"_s, u"b.iso"_s, u"c.iso"_s}));
        for (int row = 0; row < 3; ++row)
            QTRY_COMPARE_WITH_TIMEOUT(statusOf(window, row), RowStatus::Completed, 20000);
        QVERIFY(QFileInfo::exists(QDir(other).filePath(u"b.iso"_s)));

        // The next add dialog starts in the folder used last.
        window.showAddDialog({});
        AddDialog *next = nullptr;
        for (AddDialog *candidate : window.findChildren<AddDialog *>()) {
            if (candidate->isVisible() && candidate != dialog)
                next = candidate;
        }
        QVERIFY(next);
        QCOMPARE(next->destination(), other);
    }

    // Issue 14, item 12: a text file of links dropped on the window opens the add dialog with each link.
    void droppedListFileOpensTheAddDialog()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        QSettings settings(m_dir.filePath(u"droplist.conf"_s), QSettings::IniFormat);
        MainWindow window(h.manager(), settings, preferencesFor(h));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString listPath = m_dir.filePath(u"links.txt"_s);
        QFile list(listPath);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("# my downloads\nhttps://example.org/one.iso\n\n  https://example.org/two.iso  \nnot a link\n");
        list.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(listPath)});
        QVERIFY(dropOn(window, mime));
        auto *dialog = window.findChild<AddDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->urls(), (QStringList{u"https://example.org/one.iso"_s, u"https://example.org/two.iso"_s}));
    }

    // Issue 14, item 6: a download the queue started but whose server has no free connection says so, not
    // "Downloading, 0 bytes"; one waiting to try again counts down; a 404 says what it means.
    void waitingStatesHaveTheirOwnWords()
    {
        // Retry delays as in real use, so that a Retry-After is waited for and counted down.
        EngineConfig engine = CoreHarness::fastEngine();
        engine.retry.maxDelay = std::chrono::seconds(60);
        CoreHarness h({}, engine);
        QVERIFY(h.isReady());
        // One connection per server, and one per file, so that a second file to the same server has to wait.
        h.manager().setConnectionLimits(1, 32);
        h.manager().setDefaultConnections(1);
        h.server().setRoute(u"/first.iso"_s, trickling(4'000'000, 4096));
        h.server().setRoute(u"/second.iso"_s, trickling(4'000'000, 4096));
        Route busy;
        busy.status = 503;
        busy.retryAfterSeconds = 30;
        h.server().setRoute(u"/busy.iso"_s, busy);
        Route missing;
        missing.status = 404;
        missing.body = "<html>no such page</html>";
        h.server().setRoute(u"/missing.iso"_s, missing);
        QSettings settings(m_dir.filePath(u"states.conf"_s), QSettings::IniFormat);
        MainWindow window(h.manager(), settings, preferencesFor(h));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto statusText = [&window](const QString &title) {
            for (int row = 0; row < window.model()->rowCount(); ++row) {
                const QModelIndex index = window.model()->index(row);
                if (index.data(Qt::DisplayRole).toString() == title)
                    return index.data(RegistrationModel::StatusTextRole).toString();
            }
            return QString();
        };
        QVERIFY(h.fetch(u"first"_s, {FetchRequest(h.server().url(u"/first.iso"_s).toString())}));
        QTRY_COMPARE(statusText(u"first.iso"_s), u"Downloading"_s);
        QVERIFY(h.fetch(u"second"_s, {FetchRequest(h.server().url(u"/second.iso"_s).toString())}));
        QTRY_COMPARE(statusText(u"second.iso"_s), u"Waiting for a connection"_s);
        // The details pane says the same of the selected download.
        for (int row = 0; row < window.model()->rowCount(); ++row) {
            if (window.model()->index(row).data(Qt::DisplayRole).toString() == u"second.iso"_s)
                window.view()->setCurrentIndex(window.model()->index(row));
        }
        const auto detailsSay = [&window](const QString &words) {
            const QList<QLabel *> labels = window.details()->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(),
                               [&words](const QLabel *label) { return label->text().contains(words); });
        };
        QTRY_VERIFY(detailsSay(u"Waiting for a connection"_s));
        QVERIFY(h.fetch(u"missing"_s, {FetchRequest(h.server().url(u"/missing.iso"_s).toString())}));
        h.manager().setConnectionLimits(6, 32);
        QTRY_COMPARE(statusText(u"missing.iso"_s), u"The server has no such file (404)"_s);
        // The server's error page is kept aside, never shown as the download: no file to open or show.
        QVERIFY(!QFileInfo::exists(QDir(h.downloads()).filePath(u"missing.iso"_s)));
        for (int row = 0; row < window.model()->rowCount(); ++row) {
            if (window.model()->index(row).data(Qt::DisplayRole).toString() == u"missing.iso"_s)
                window.view()->setCurrentIndex(window.model()->index(row));
        }
        QTreeWidget *records = window.details()->records();
        QTRY_COMPARE(records->topLevelItemCount(), 1);
        QCOMPARE(records->topLevelItem(0)->text(DetailsPane::FileColumn), QString());
        QCOMPARE(records->topLevelItem(0)->text(DetailsPane::ResultColumn), u"The server has no such file (404)"_s);
        QVERIFY(records->topLevelItem(0)->toolTip(DetailsPane::FileColumn).isEmpty());
        QVERIFY(h.fetch(u"busy"_s, {FetchRequest(h.server().url(u"/busy.iso"_s).toString())}));
        QTRY_VERIFY2(statusText(u"busy.iso"_s).startsWith(u"Retrying in "_s), qPrintable(statusText(u"busy.iso"_s)));
        const QString before = statusText(u"busy.iso"_s);
        QTRY_VERIFY_WITH_TIMEOUT(statusText(u"busy.iso"_s) != before, 3000);
        QVERIFY(statusText(u"busy.iso"_s).startsWith(u"Retrying in "_s));
        // Selected while it ends, the details pane follows its row to its last words.
        for (int row = 0; row < window.model()->rowCount(); ++row) {
            if (window.model()->index(row).data(Qt::DisplayRole).toString() == u"first.iso"_s)
                window.view()->setCurrentIndex(window.model()->index(row));
        }
        QTRY_VERIFY(detailsSay(u"Downloading"_s));
        for (const QString &id : {u"first"_s, u"second"_s, u"busy"_s})
            QVERIFY(h.manager().get(id).result()->abort().result());
        QTRY_VERIFY(statusText(u"first.iso"_s) != u"Downloading"_s);
        QTRY_VERIFY2(detailsSay(statusText(u"first.iso"_s)), qPrintable(statusText(u"first.iso"_s)));
        QVERIFY(!detailsSay(u"Downloading"_s));
    }

    void keepsGeometryAndSplitter()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        QSettings settings(m_dir.filePath(u"geometry.conf"_s), QSettings::IniFormat);
        QList<int> sizes;
        {
            MainWindow window(h.manager(), settings, preferencesFor(h));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Smaller than the offscreen screen (800x600) with its frame: since Qt 6.8 restoreGeometry() shrinks a
            // window that would not fit on its screen.
            window.resize(700, 500);
            auto *splitter = window.findChild<QSplitter *>();
            splitter->setSizes({300, 150});
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow again(h.manager(), settings, preferencesFor(h));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(700, 500));
        QCOMPARE(again.findChild<QSplitter *>()->sizes(), sizes);
    }

    void everyActionIsReachable()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        QSettings settings(m_dir.filePath(u"a11y.conf"_s), QSettings::IniFormat);
        MainWindow window(h.manager(), settings, preferencesFor(h));
        const WindowActions &a = *window.actions();
        // Shortcuts the issue asks for.
        QCOMPARE(a.add->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(a.remove->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(a.togglePause->shortcut(), QKeySequence(Qt::Key_Space));
        QCOMPARE(a.open->shortcut(), QKeySequence(Qt::Key_Return));
        QCOMPARE(a.paste->shortcut(), QKeySequence(QKeySequence::Paste));
        const QList<QAction *> all = window.findChildren<QAction *>();
        for (QAction *action : {a.add, a.pause, a.resume, a.abort, a.retry, a.open, a.showInFolder, a.remove,
                                a.selectAll, a.settings}) {
            QVERIFY(all.contains(action));
            QVERIFY2(!action->associatedObjects().isEmpty(), qPrintable(action->text())); // in a menu or toolbar
        }
        QVERIFY(!window.view()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
