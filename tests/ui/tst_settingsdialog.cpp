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

namespace {

QSpinBox *spinNamed(const SettingsDialog &dialog, const QString &accessibleName)
{
    const auto spins = dialog.findChildren<QSpinBox *>();
    for (QSpinBox *spin : spins) {
        if (spin->accessibleName() == accessibleName)
            return spin;
    }
    return nullptr;
}

} // namespace

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
        QSpinBox *perHost = spinNamed(dialog, u"Connections per server"_s);
        QSpinBox *overall = spinNamed(dialog, u"Connections in total"_s);
        QVERIFY(perHost && overall);
        QCOMPARE(perHost->value(), 6);
        QCOMPARE(overall->value(), 32);
        perHost->setValue(10);
        overall->setValue(100);
        const Preferences edited = dialog.preferences();
        QCOMPARE(edited.connections, 16);
        QCOMPARE(edited.speedLimit, 0);
        QCOMPARE(edited.maxActive, 5);
        QCOMPARE(edited.connectionsPerHost, 10);
        QCOMPARE(edited.connectionsOverall, 100);
        QVERIFY(!edited.startHidden && !edited.notifications && !edited.closeToTray);
    }

    void connectionLimitsAreValidated_data()
    {
        QTest::addColumn<int>("perHost");
        QTest::addColumn<int>("overall");
        QTest::addColumn<int>("expectedPerHost");
        QTest::addColumn<int>("expectedOverall");
        QTest::addColumn<bool>("ok");
        QTest::newRow("defaults") << 6 << 32 << 6 << 32 << true;
        QTest::newRow("one connection in all") << 1 << 1 << 1 << 1 << true;
        QTest::newRow("equal") << 8 << 8 << 8 << 8 << true;
        QTest::newRow("the most the core takes") << 64 << 256 << 64 << 256 << true;
        QTest::newRow("total below per server") << 8 << 4 << 8 << 4 << false;
        // The spin boxes keep values inside what the core accepts.
        QTest::newRow("zero is raised to one") << 0 << 0 << 1 << 1 << true;
        QTest::newRow("too many are capped") << 1000 << 1000 << 64 << 256 << true;
    }

    void connectionLimitsAreValidated()
    {
        QFETCH(int, perHost);
        QFETCH(int, overall);
        QFETCH(int, expectedPerHost);
        QFETCH(int, expectedOverall);
        QFETCH(bool, ok);
        Preferences preferences;
        preferences.downloadFolder = m_dir.path();
        SettingsDialog dialog(preferences);
        QPushButton *okButton = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *error = dialog.findChild<ErrorLabel *>(u"connectionLimitsError"_s);
        QVERIFY(error);
        QVERIFY(okButton->isEnabled());
        QVERIFY(error->text().isEmpty());
        spinNamed(dialog, u"Connections per server"_s)->setValue(perHost);
        spinNamed(dialog, u"Connections in total"_s)->setValue(overall);
        QCOMPARE(okButton->isEnabled(), ok);
        QCOMPARE(error->text().isEmpty(), ok);
        QCOMPARE(SettingsDialog::connectionLimitsProblem(expectedPerHost, expectedOverall).isEmpty(), ok);
        QCOMPARE(dialog.preferences().connectionsPerHost, expectedPerHost);
        QCOMPARE(dialog.preferences().connectionsOverall, expectedOverall);
        // Fixing the other field clears the message.
        spinNamed(dialog, u"Connections in total"_s)->setValue(Preferences::connectionsOverallLimit);
        QVERIFY(okButton->isEnabled());
        QVERIFY(error->text().isEmpty());
    }

    void storedAndLoaded()
    {
        QSettings settings(m_dir.filePath(u"ferry.conf"_s), QSettings::IniFormat);
        const Preferences defaults = Preferences::load(settings, u"/home/me/Downloads"_s);
        QCOMPARE(defaults.downloadFolder, u"/home/me/Downloads"_s);
        QCOMPARE(defaults.maxActive, 3);
        QCOMPARE(defaults.connectionsPerHost, 6);
        QCOMPARE(defaults.connectionsOverall, 32);
        Preferences changed = defaults;
        changed.downloadFolder = m_dir.path();
        changed.maxActive = 7;
        changed.connections = 2;
        changed.speedLimit = 123456;
        changed.connectionsPerHost = 3;
        changed.connectionsOverall = 12;
        changed.notifications = false;
        changed.save(settings);
        QCOMPARE(Preferences::load(settings, u"/elsewhere"_s), changed);
        // Garbage in the file falls back to the defaults instead of reaching the core.
        settings.setValue(u"downloads/maxActive"_s, 0);
        settings.setValue(u"downloads/connections"_s, u"many"_s);
        settings.setValue(u"downloads/speedLimit"_s, -5);
        settings.setValue(u"downloads/connectionsPerHost"_s, 65);
        settings.setValue(u"downloads/connectionsOverall"_s, u"lots"_s);
        const Preferences repaired = Preferences::load(settings, u"/elsewhere"_s);
        QCOMPARE(repaired.maxActive, 3);
        QCOMPARE(repaired.connections, 4);
        QCOMPARE(repaired.speedLimit, 0);
        QCOMPARE(repaired.connectionsPerHost, 6);
        QCOMPARE(repaired.connectionsOverall, 32);
        // Each limit valid on its own, but a total below the limit per host: both go back to the defaults.
        settings.setValue(u"downloads/connectionsPerHost"_s, 10);
        settings.setValue(u"downloads/connectionsOverall"_s, 5);
        const Preferences unequal = Preferences::load(settings, u"/elsewhere"_s);
        QCOMPARE(unequal.connectionsPerHost, 6);
        QCOMPARE(unequal.connectionsOverall, 32);
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

    void connectionLimitsAppliedToTheCoreLive()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        // Slow bodies on closing connections: the server's open connections are the transfers under way.
        Route slow;
        slow.generatedSize = 2'000'000;
        slow.trickleBytes = 1024;
        slow.headers = {{"Connection", "close"}};
        const QStringList names{u"a"_s, u"b"_s, u"c"_s};
        for (const QString &name : names)
            h.server().setRoute(u"/"_s + name, slow);
        // Transfers under way are connections being served: open ones with a request on them (Qt may open a
        // connection a moment before its request arrives, and close one a moment after Ferry let go of it).
        const auto serving = [&h] { return h.server().servingConnections().size(); };
        qsizetype most = 0;
        connect(&h.server(), &TestServer::requestReceived, this, [&] { most = std::max(most, serving()); });
        const auto requested = [&h, &names] {
            int count = 0;
            for (const QString &name : names)
                count += h.server().requestCount(u"/"_s + name);
            return count;
        };

        Preferences preferences;
        preferences.connections = 1;
        preferences.connectionsPerHost = 1;
        preferences.applyTo(h.manager());
        QList<RegistrationPtr> registrations;
        for (const QString &name : names) {
            registrations.append(h.fetch(name, {FetchRequest(h.server().url(u"/"_s + name).toString())}));
            QVERIFY(registrations.last());
        }
        const auto downloaded = [&] {
            quint64 sum = 0;
            for (const RegistrationPtr &registration : std::as_const(registrations))
                sum += registration->downloaded();
            return sum;
        };
        // Progress reaching this thread takes a batch interval or more: long enough for the other two to have
        // connected if the limit let them.
        QTRY_VERIFY(downloaded() > 0);
        QCOMPARE(serving(), 1);
        QCOMPARE(requested(), 1);
        QCOMPARE(most, 1);

        // A higher limit per host, but a total of two: one more starts, and no third.
        preferences.connectionsPerHost = 6;
        preferences.connectionsOverall = 2;
        preferences.applyTo(h.manager());
        QTRY_COMPARE(requested(), 2);
        QTRY_COMPARE(serving(), 2);
        const quint64 before = downloaded();
        QTRY_VERIFY(downloaded() > before + 4096);
        QCOMPARE(serving(), 2);
        QCOMPARE(requested(), 2);
        QCOMPARE(most, 2);

        preferences.connectionsOverall = 32;
        preferences.applyTo(h.manager());
        // What the limit means: each download has sent its one request, and all three are being served.
        for (const QString &name : names)
            QTRY_COMPARE(h.server().requestCount(u"/"_s + name), 1);
        QTRY_COMPARE(serving(), 3);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
