#include "coreharness.h"
#include "errorlabel.h"
#include "preferences.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

// The settings: validation in the dialog, storage in QSettings, and applying them to the core (issue 5 item 5).
class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void folderProblems_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(u"a-file"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QTest::newRow("existing folder") << m_dir.path() << true;
        QTest::newRow("missing, creatable") << m_dir.filePath(u"x/y/z"_s) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << u"   "_s << false;
        QTest::newRow("relative") << u"Downloads"_s << false;
        QTest::newRow("a file") << m_dir.filePath(u"a-file"_s) << false;
        QTest::newRow("under a file") << m_dir.filePath(u"a-file/sub"_s) << false;
    }

    void folderProblems()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        QCOMPARE(SettingsDialog::folderProblem(path).isEmpty(), ok);
        Preferences preferences;
        preferences.downloadFolder = m_dir.path();
        SettingsDialog dialog(preferences);
        QPushButton *okButton = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(okButton->isEnabled());
        dialog.findChild<QLineEdit *>()->setText(path);
        QCOMPARE(okButton->isEnabled(), ok);
        QCOMPARE(dialog.findChild<ErrorLabel *>()->text().isEmpty(), ok);
    }

    void editsACopy()
    {
        Preferences preferences;
        preferences.downloadFolder = m_dir.path();
        preferences.maxActive = 5;
        preferences.speedLimit = 2048 * 1024;
        preferences.startHidden = true;
        SettingsDialog dialog(preferences);
        QCOMPARE(dialog.preferences(), preferences);
        const auto spins = dialog.findChildren<QSpinBox *>();
        for (QSpinBox *spin : spins) {
            if (spin->accessibleName() == u"Connections per file"_s)
                spin->setValue(16);
            if (spin->accessibleName().startsWith(u"Speed limit"_s))
                spin->setValue(0);
        }
        const auto boxes = dialog.findChildren<QCheckBox *>();
        for (QCheckBox *box : boxes)
            box->setChecked(false);
        const Preferences edited = dialog.preferences();
        QCOMPARE(edited.connections, 16);
        QCOMPARE(edited.speedLimit, 0);
        QCOMPARE(edited.maxActive, 5);
        QVERIFY(!edited.startHidden && !edited.notifications && !edited.closeToTray);
    }

    void storedAndLoaded()
    {
        QSettings settings(m_dir.filePath(u"ferry.conf"_s), QSettings::IniFormat);
        const Preferences defaults = Preferences::load(settings, u"/home/me/Downloads"_s);
        QCOMPARE(defaults.downloadFolder, u"/home/me/Downloads"_s);
        QCOMPARE(defaults.maxActive, 3);
        Preferences changed = defaults;
        changed.downloadFolder = m_dir.path();
        changed.maxActive = 7;
        changed.connections = 2;
        changed.speedLimit = 123456;
        changed.notifications = false;
        changed.save(settings);
        QCOMPARE(Preferences::load(settings, u"/elsewhere"_s), changed);
        // Garbage in the file falls back to the defaults instead of reaching the core.
        settings.setValue(u"downloads/maxActive"_s, 0);
        settings.setValue(u"downloads/connections"_s, u"many"_s);
        settings.setValue(u"downloads/speedLimit"_s, -5);
        const Preferences repaired = Preferences::load(settings, u"/elsewhere"_s);
        QCOMPARE(repaired.maxActive, 3);
        QCOMPARE(repaired.connections, 4);
        QCOMPARE(repaired.speedLimit, 0);
    }

    void appliedToTheCoreLive()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        Preferences preferences;
        preferences.maxActive = 1;
        preferences.speedLimit = 64 * 1024;
        preferences.applyTo(h.manager());
        QCOMPARE(h.manager().maxActiveRegistrations(), 1);
        QCOMPARE(h.manager().speedLimit(), 64 * 1024);
        // With one slot, a second registration waits.
        Route slow;
        slow.generatedSize = 2'000'000;
        slow.trickleBytes = 1024;
        h.server().setRoute(u"/slow"_s, slow);
        const RegistrationPtr first = h.fetch(u"first"_s, {FetchRequest(h.server().url(u"/slow"_s).toString())});
        const RegistrationPtr second = h.fetch(u"second"_s, {FetchRequest(h.server().url(u"/slow"_s).toString())});
        QVERIFY(first && second);
        QVERIFY(!first->isQueued());
        QVERIFY(second->isQueued());
        preferences.maxActive = 2;
        preferences.applyTo(h.manager());
        QVERIFY(!second->isQueued());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
