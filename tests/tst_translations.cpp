#include "coreharness.h"
#include "localization.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

namespace {

constexpr int processTimeoutMs = 60000;

// One <message> of a .ts file, as far as the checks need it.
struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: empty when finished, else unfinished, obsolete or vanished
    QStringList translations; // one entry, or one per plural form
    bool numerus = false;

    QString key() const { return context + u" | "_s + source; }
};

// Reads every message of a .ts file; `error` says why when the file is missing or not well-formed.
QList<Message> readMessages(const QString &path, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            // A plural message keeps its forms in <numerusform> children, read as they come.
            if (!message.numerus)
                message.translations.append(xml.readElementText());
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return messages;
}

// The %1..%99 and %n markers of a text, in order of their numbers.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(\\d{1,2}|n)"_s);
    QStringList found;
    auto it = marker.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

// Keyboard accelerators: a single & before a character ("&&" is a literal ampersand).
int acceleratorCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        ++count;
    }
    return count;
}

int pluralFormsOf(const QString &language)
{
    if (language == u"ru")
        return 3;
    if (language.startsWith(u"zh"))
        return 1;
    return 2;
}

// Everything that makes a message unusable or wrong for a translator or a user; empty when the catalogue is fine.
QStringList problemsIn(const QString &path, const QString &expectedLanguage)
{
    QString language;
    QString error;
    const QList<Message> messages = readMessages(path, &language, &error);
    QStringList problems;
    if (!error.isEmpty())
        problems.append(error);
    if (language != expectedLanguage)
        problems.append(u"language is \"%1\", expected \"%2\""_s.arg(language, expectedLanguage));
    if (messages.isEmpty())
        problems.append(u"no messages"_s);
    for (const Message &message : messages) {
        const QString where = message.key();
        if (!message.type.isEmpty()) {
            problems.append(message.type + u": "_s + where);
            continue;
        }
        if (message.numerus && message.translations.size() != pluralFormsOf(language))
            problems.append(u"%1 plural forms instead of %2: %3"_s.arg(message.translations.size())
                                .arg(pluralFormsOf(language))
                                .arg(where));
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems.append(u"empty: "_s + where);
                continue;
            }
            if (placeholders(translation) != placeholders(message.source))
                problems.append(u"placeholders %1 instead of %2: %3"_s.arg(placeholders(translation).join(u' '),
                                                                             placeholders(message.source).join(u' '),
                                                                             where));
            if (acceleratorCount(translation) != acceleratorCount(message.source))
                problems.append(u"accelerator lost or added: "_s + where);
            if (message.source.endsWith(u'…') && !translation.endsWith(u'…'))
                problems.append(u"the trailing … (a dialog follows) is missing: "_s + where);
        }
    }
    return problems;
}

QStringList keysOf(const QString &path)
{
    QString language;
    QString error;
    QStringList keys;
    for (const Message &message : readMessages(path, &language, &error))
        keys.append(message.key());
    keys.sort();
    return keys;
}

QString sourceDir()
{
    return QStringLiteral(FERRY_TRANSLATIONS_DIR);
}

QStringList languages()
{
    return QStringLiteral(FERRY_LANGUAGES).split(u' ');
}

// The environment of a user whose whole session is in `lang` (such as de_DE.UTF-8): no LC_ALL, LC_MESSAGES or
// LANGUAGE overrides it.
QProcessEnvironment sessionIn(const QString &lang)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LC_MESSAGES"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"LANG"_s, lang);
    return environment;
}

} // namespace

// The catalogues in translations/ are complete and match the sources; a German session gets German in the command
// line and in the window (DESIGN.md section 5, issue 7 item 3).
class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run ferry(const QStringList &arguments, const QString &lang)
    {
        QProcess process;
        process.setProcessEnvironment(sessionIn(lang));
        process.start(QStringLiteral(FERRY_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(processTimeoutMs))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // Runs lupdate over the sources, with the options of the update_translations target, into `tsFiles`.
    static bool runLupdate(const QStringList &tsFiles, QString *output)
    {
        QStringList arguments = QStringLiteral(FERRY_LUPDATE_OPTIONS).split(u' ');
        // Without -no-obsolete, so that strings that left the sources stay behind as "vanished" and are caught.
        arguments << u"@"_s + QStringLiteral(FERRY_LUPDATE_SOURCES) << u"-ts"_s << tsFiles;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(FERRY_LUPDATE), arguments);
        const bool finished = lupdate.waitForFinished(processTimeoutMs);
        *output = QString::fromLocal8Bit(lupdate.readAll());
        return finished && lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0;
    }

    // Copies every catalogue into `dir` and refreshes the copies from the sources; returns the copies' paths.
    static QStringList refreshedCopies(const QTemporaryDir &dir)
    {
        QStringList copies;
        for (const QString &language : languages()) {
            const QString name = u"ferry_%1.ts"_s.arg(language);
            const QString copy = dir.filePath(name);
            if (!QFile::copy(QDir(sourceDir()).filePath(name), copy))
                return {};
            copies.append(copy);
        }
        QString output;
        if (!runLupdate(copies, &output)) {
            qWarning("lupdate failed: %s", qPrintable(output));
            return {};
        }
        return copies;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The window tests run in a German session; see main() below.
        QCOMPARE(QLocale::system().uiLanguages().value(0), u"de-DE"_s);
    }

    void cataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages())
            QTest::newRow(qPrintable(language)) << language;
    }

    // No unfinished, obsolete or vanished entries; plural forms, placeholders, accelerators and ellipses intact.
    void cataloguesAreComplete()
    {
        QFETCH(QString, language);
        const QStringList problems = problemsIn(QDir(sourceDir()).filePath(u"ferry_%1.ts"_s.arg(language)), language);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every string in the sources is in every catalogue and nothing else is: lupdate over the sources changes no
    // copy. After changing strings: cmake --build build/ci --target update_translations, then translate.
    void cataloguesMatchTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList copies = refreshedCopies(dir);
        QCOMPARE(copies.size(), languages().size());
        for (int i = 0; i < copies.size(); ++i) {
            const QString original = QDir(sourceDir()).filePath(QFileInfo(copies.at(i)).fileName());
            const QStringList problems = problemsIn(copies.at(i), languages().at(i));
            QVERIFY2(problems.isEmpty(),
                     qPrintable(u"%1 is out of date with the sources; run the update_translations target and "
                                u"translate:\n%2"_s.arg(QFileInfo(original).fileName(), problems.join(u'\n'))));
            QCOMPARE(keysOf(copies.at(i)), keysOf(original));
        }
    }

    // The check above really fails on a string that was never extracted and on one that left the sources.
    void staleCataloguesAreCaught()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"ferry_de.ts"_s);
        QFile original(QDir(sourceDir()).filePath(u"ferry_de.ts"_s));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(original.readAll());
        // Drop the translation of "&Pause" (as if the string were new) and add one for a string no source has.
        static const QRegularExpression pause(
            u"<message>\\s*<source>&amp;Pause</source>\\s*<translation>[^<]*</translation>\\s*</message>"_s);
        QVERIFY(text.contains(pause));
        text.replace(pause, u"<message><source>A string no source has</source><translation>Ein Text</translation>"
                            u"</message>"_s);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();

        QString output;
        QVERIFY2(runLupdate({copy}, &output), qPrintable(output));
        const QStringList problems = problemsIn(copy, u"de"_s);
        QVERIFY2(problems.contains(u"unfinished: Ferry::WindowActions | &Pause"_s), qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.contains(u"vanished: Ferry::WindowActions | A string no source has"_s),
                 qPrintable(problems.join(u'\n')));
    }

    // The checks of a catalogue see each kind of mistake a translation can make.
    void brokenTranslationsAreCaught()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"ferry_ru.ts"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="ru" sourcelanguage="en"><context><name>C</name>
<message><source>Could not resume "%1": %2</source><translation>Не удалось продолжить: %2</translation></message>
<message><source>&amp;Pause</source><translation>Приостановить</translation></message>
<message><source>&amp;Add…</source><translation>&amp;Добавить</translation></message>
<message numerus="yes"><source>%n days left</source><translation><numerusform>%n день</numerusform><numerusform>%n дня</numerusform></translation></message>
<message><source>Queued</source><translation type="unfinished"></translation></message>
<message><source>Paused</source><translation></translation></message>
</context></TS>
)");
        file.close();
        QStringList problems = problemsIn(path, u"ru"_s);
        problems.sort();
        QCOMPARE(problems, (QStringList{u"2 plural forms instead of 3: C | %n days left"_s,
                                        u"accelerator lost or added: C | &Pause"_s,
                                        u"empty: C | Paused"_s,
                                        u"placeholders %2 instead of %1 %2: C | Could not resume \"%1\": %2"_s,
                                        u"the trailing … (a dialog follows) is missing: C | &Add…"_s,
                                        u"unfinished: C | Queued"_s}));
    }

    void languageFor_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << QStringList{u"de-DE"_s, u"de-Latn-DE"_s, u"de"_s} << u"de"_s;
        QTest::newRow("Austrian German") << QStringList{u"de-Latn-AT"_s, u"de-AT"_s} << u"de"_s;
        QTest::newRow("Mexican Spanish") << QStringList{u"es-MX"_s} << u"es"_s;
        QTest::newRow("Russian") << QStringList{u"ru-RU"_s, u"ru"_s} << u"ru"_s;
        QTest::newRow("Taiwan") << QStringList{u"zh-TW"_s, u"zh-Hant-TW"_s} << u"zh_TW"_s;
        QTest::newRow("Hong Kong") << QStringList{u"zh-Hant-HK"_s, u"zh-HK"_s} << u"zh_TW"_s;
        QTest::newRow("Simplified Chinese") << QStringList{u"zh-CN"_s, u"zh-Hans-CN"_s, u"zh"_s} << QString();
        QTest::newRow("English first") << QStringList{u"en-GB"_s, u"de-DE"_s} << QString();
        QTest::newRow("French, then German") << QStringList{u"fr-FR"_s, u"de-DE"_s} << u"de"_s;
        QTest::newRow("French only") << QStringList{u"fr-FR"_s, u"fr"_s} << QString();
        QTest::newRow("C locale") << QStringList{u"C"_s} << QString();
        QTest::newRow("nothing") << QStringList{} << QString();
    }

    void languageFor()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(Localization::languageFor(uiLanguages), expected);
    }

    void everyCatalogueIsBuiltIn()
    {
        QCOMPARE(Localization::languages(), languages());
    }

    // LANG=de_DE.UTF-8 ferry --help: Ferry's words and Qt's parser headings in German, and usage errors too.
    void germanCommandLine()
    {
        const Run help = ferry({u"--help"_s}, u"de_DE.UTF-8"_s);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(u"Aufruf: ferry [Optionen] [URL...]\n"_s), qPrintable(help.out));
        QVERIFY2(help.out.contains(u"Ferry, ein Download-Manager."_s), qPrintable(help.out));
        QVERIFY2(help.out.contains(u"Diese Hilfe anzeigen."_s), qPrintable(help.out));
        QVERIFY2(help.out.contains(u"\nArgumente:\n"_s), qPrintable(help.out));
        QVERIFY2(!help.out.contains(u"Show this help."_s), qPrintable(help.out));

        const Run fetchHelp = ferry({u"fetch"_s, u"--help"_s}, u"de_DE.UTF-8"_s);
        QCOMPARE(fetchHelp.exitCode, 0);
        QVERIFY2(fetchHelp.out.startsWith(u"Aufruf: ferry fetch [Optionen] URL...\n"_s), qPrintable(fetchHelp.out));
        QVERIFY2(fetchHelp.out.contains(u"--dest <ORDNER>"_s), qPrintable(fetchHelp.out));
        QVERIFY2(fetchHelp.out.contains(u"Dateien in ORDNER speichern"_s), qPrintable(fetchHelp.out));

        const Run wrong = ferry({u"fetch"_s, u"--connections"_s, u"99"_s, u"http://127.0.0.1:1/"_s}, u"de_DE.UTF-8"_s);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(u"--connections braucht eine Zahl von 1 bis 16"_s), qPrintable(wrong.err));

        // Qt's own message for an unknown option comes from qtbase_de.qm.
        const Run unknown = ferry({u"--no-such-option"_s}, u"de_DE.UTF-8"_s);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"Unbekannte Option"_s), qPrintable(unknown.err));
    }

    // Every catalogue reaches the built binary: a session in each language gets Ferry's words in it. (Qt 6.7 moved
    // where qt_add_translations puts the .qm files, and a build against it silently embedded none.)
    void everyLanguageReachesTheCommandLine_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("showHelp");
        QTest::newRow("de") << u"de_DE.UTF-8"_s << u"Diese Hilfe anzeigen."_s;
        QTest::newRow("es") << u"es_ES.UTF-8"_s << u"Mostrar esta ayuda."_s;
        QTest::newRow("ru") << u"ru_RU.UTF-8"_s << u"Показать эту справку."_s;
        QTest::newRow("zh_TW") << u"zh_TW.UTF-8"_s << u"顯示此說明。"_s;
    }

    void everyLanguageReachesTheCommandLine()
    {
        QFETCH(QString, lang);
        QFETCH(QString, showHelp);
        const Run help = ferry({u"--help"_s}, lang);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(showHelp), qPrintable(help.out));
        QVERIFY2(!help.out.contains(u"Show this help."_s), qPrintable(help.out));
    }

    // The same binary stays in English for an English session and for languages Ferry does not speak.
    void otherSessionsStayEnglish_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("C") << u"C.UTF-8"_s;
        QTest::newRow("English") << u"en_US.UTF-8"_s;
        QTest::newRow("French") << u"fr_FR.UTF-8"_s;
    }

    void otherSessionsStayEnglish()
    {
        QFETCH(QString, lang);
        const Run help = ferry({u"--help"_s}, lang);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(u"Usage: ferry [options] [URL...]\n"_s), qPrintable(help.out));
        QVERIFY2(help.out.contains(u"Show this help."_s), qPrintable(help.out));
    }

    // The main window and its dialogs under a German locale, offscreen: Ferry's menus and Qt's standard buttons.
    void germanWindow()
    {
        QCOMPARE(Localization::install(*qApp), u"de"_s);
        CoreHarness h;
        QVERIFY(h.isReady());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"window.conf"_s), QSettings::IniFormat);
        Preferences preferences;
        preferences.downloadFolder = h.downloads();
        MainWindow window(h.manager(), settings, preferences);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList menus;
        const QList<QAction *> bar = window.menuBar()->actions();
        for (const QAction *action : bar)
            menus.append(action->text());
        QCOMPARE(menus, (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"Do&wnload"_s}));
        QStringList downloadMenu;
        const QList<QAction *> items = bar.at(2)->menu()->actions();
        for (const QAction *item : items) {
            if (!item->isSeparator())
                downloadMenu.append(item->text());
        }
        QCOMPARE(downloadMenu, (QStringList{u"&Pausieren"_s, u"&Fortsetzen"_s, u"Pausieren oder fortsetzen"_s,
                                            u"A&bbrechen"_s, u"&Wiederholen"_s, u"&Öffnen"_s,
                                            u"Im Ordner an&zeigen"_s, u"&Entfernen…"_s, u"Mit &Dateien entfernen…"_s}));
        QCOMPARE(window.actions()->quit->text(), u"&Beenden"_s);
        auto *filters = window.findChild<QTabBar *>();
        QVERIFY(filters);
        QCOMPARE(filters->tabText(0), u"Alle"_s);
        QCOMPARE(filters->tabText(3), u"Fehlgeschlagen"_s);

        window.showSettingsDialog();
        auto *settingsDialog = window.findChild<SettingsDialog *>();
        QVERIFY(settingsDialog);
        QCOMPARE(settingsDialog->windowTitle(), u"Einstellungen"_s);
        // Standard buttons are worded by Qt's own catalogue (qt6-translations-l10n on Debian).
        const QPushButton *cancel = settingsDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        QVERIFY2(cancel->text().remove(u'&') == u"Abbrechen"_s,
                 qPrintable(cancel->text() + u" (is qt6-translations-l10n installed?)"_s));
        settingsDialog->reject();
    }
};

int main(int argc, char **argv)
{
    // A German session, as a user's would be, before Qt reads the locale from the environment.
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    qputenv("LANG", "de_DE.UTF-8");
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
