#include "adddialog.h"
#include "errorlabel.h"
#include "testserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;

// The add dialog: inline validation by fetch()'s own rules, and the values it hands back (issue 5 item 4).
class TestAddDialog final : public QObject
{
    Q_OBJECT

private:
    struct Fields
    {
        QPlainTextEdit *urls = nullptr;
        QPlainTextEdit *checksums = nullptr;
        QLineEdit *title = nullptr;
        QLineEdit *icon = nullptr;
        QLineEdit *destination = nullptr;
        QDoubleSpinBox *sizeLimit = nullptr;
        QComboBox *sizeUnit = nullptr;
        QSpinBox *connections = nullptr;
        QPushButton *ok = nullptr;
    };

    static Fields fieldsOf(AddDialog &dialog)
    {
        Fields f;
        const auto edits = dialog.findChildren<QPlainTextEdit *>();
        for (QPlainTextEdit *edit : edits) {
            if (edit->accessibleName().startsWith(u"URLs"_s))
                f.urls = edit;
            else
                f.checksums = edit;
        }
        const auto lines = dialog.findChildren<QLineEdit *>();
        for (QLineEdit *line : lines) {
            if (line->accessibleName() == u"Title"_s)
                f.title = line;
            else if (line->accessibleName() == u"Icon file"_s)
                f.icon = line;
            else if (line->accessibleName() == u"Destination folder"_s)
                f.destination = line;
        }
        f.sizeLimit = dialog.findChild<QDoubleSpinBox *>();
        f.sizeUnit = dialog.findChild<QComboBox *>();
        f.connections = dialog.findChild<QSpinBox *>();
        f.ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        return f;
    }

    static QStringList visibleErrors(AddDialog &dialog)
    {
        QStringList errors;
        const auto labels = dialog.findChildren<ErrorLabel *>();
        for (ErrorLabel *label : labels) {
            if (!label->text().isEmpty())
                errors.append(label->text());
        }
        return errors;
    }

    ManagerConfig m_config;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config.defaultDestination = m_dir.path();
        m_config.dataDir = m_dir.path();
    }

    void validatesUrls_data()
    {
        QTest::addColumn<QString>("urls");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("one https") << u"https://example.org/a.iso"_s << true << QString();
        QTest::newRow("two, blank line between") << u"http://example.org/a\n\n  https://example.org/b  "_s << true
                                                 << QString();
        QTest::newRow("ftp") << u"ftp://example.org/a"_s << false << u"not an http or https URL"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false << u"not an http or https URL"_s;
        QTest::newRow("credentials") << u"https://me:secret@example.org/a"_s << false << u"password"_s;
        QTest::newRow("bad port") << u"http://example.org:25/a"_s << false << u"blocked"_s;
        QTest::newRow("second line bad") << u"https://example.org/a\nnot a url"_s << false << u"URL 2:"_s;
    }

    void validatesUrls()
    {
        QFETCH(QString, urls);
        QFETCH(bool, valid);
        QFETCH(QString, errorContains);
        AddDialog dialog(m_config, m_dir.path());
        const Fields f = fieldsOf(dialog);
        f.urls->setPlainText(urls);
        QCOMPARE(dialog.isValid(), valid);
        QCOMPARE(f.ok->isEnabled(), valid);
        const QStringList errors = visibleErrors(dialog);
        if (errorContains.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'|')));
        } else {
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.constFirst().contains(errorContains), qPrintable(errors.constFirst()));
        }
    }

    void validatesChecksums_data()
    {
        QTest::addColumn<QString>("checksums");
        QTest::addColumn<bool>("valid");
        const QString hex(64, u'a');
        QTest::newRow("none") << QString() << true;
        QTest::newRow("hex for the first") << hex << true;
        QTest::newRow("SRI for the second only") << u"\nsha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s << true;
        QTest::newRow("short hex") << u"abc123"_s << false;
        QTest::newRow("unknown algorithm") << u"md5-1B2M2Y8AsgTpgAmY7PhCfg=="_s << false;
        QTest::newRow("more checksums than URLs") << hex + u'\n' + hex + u'\n' + hex << false;
    }

    void validatesChecksums()
    {
        QFETCH(QString, checksums);
        QFETCH(bool, valid);
        AddDialog dialog(m_config, m_dir.path());
        const Fields f = fieldsOf(dialog);
        f.urls->setPlainText(u"https://example.org/a.iso\nhttps://example.org/b.iso"_s);
        f.checksums->setPlainText(checksums);
        QCOMPARE(dialog.isValid(), valid);
        QCOMPARE(visibleErrors(dialog).isEmpty(), valid);
    }

    void validatesDestinationAndIcon()
    {
        AddDialog dialog(m_config, m_dir.path());
        const Fields f = fieldsOf(dialog);
        f.urls->setPlainText(u"https://example.org/a.iso"_s);
        QVERIFY(dialog.isValid());
        f.destination->setText(u"relative/folder"_s);
        QVERIFY(!dialog.isValid());
        f.destination->setText(m_dir.filePath(u"new/sub"_s)); // missing but creatable
        QVERIFY(dialog.isValid());
        f.icon->setText(m_dir.filePath(u"missing.png"_s));
        QVERIFY(!dialog.isValid());
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::blue);
        QVERIFY(image.save(m_dir.filePath(u"icon.png"_s)));
        f.icon->setText(m_dir.filePath(u"icon.png"_s));
        QVERIFY(dialog.isValid());
        const auto previews = dialog.findChildren<QLabel *>();
        const bool previewShown = std::any_of(previews.cbegin(), previews.cend(), [](const QLabel *label) {
            return label->accessibleName() == u"Icon preview"_s && !label->pixmap().isNull();
        });
        QVERIFY(previewShown);
    }

    void returnsTheValues()
    {
        AddDialog dialog(m_config, m_dir.path());
        const Fields f = fieldsOf(dialog);
        const QString hex(64, u'b');
        dialog.setUrls({u"https://example.org/dir/disk.iso?x=1"_s, u"https://example.org/second"_s});
        f.checksums->setPlainText(u"\n"_s + hex);
        f.sizeLimit->setValue(1.5);
        f.sizeUnit->setCurrentIndex(1); // GiB
        f.connections->setValue(8);
        QCOMPARE(dialog.defaultTitle(), u"disk.iso"_s);
        // Two URLs as one group: one registration with both requests, named after the first file.
        dialog.setGrouped(true);
        QCOMPARE(f.title->placeholderText(), u"disk.iso"_s);
        QCOMPARE(dialog.submissions().size(), 1);
        AddDialog::Submission values = dialog.submissions().constFirst();
        QCOMPARE(values.requests.size(), 2);
        QCOMPARE(values.requests.at(0).url, u"https://example.org/dir/disk.iso?x=1"_s);
        QCOMPARE(values.requests.at(0).integrity, QString());
        QCOMPARE(values.requests.at(1).integrity, hex);
        QCOMPARE(values.options.title, u"disk.iso"_s);
        QCOMPARE(values.options.downloadTotal, quint64(1.5 * (1 << 30)));
        QCOMPARE(values.options.connections, 8);
        QCOMPARE(values.options.destination, m_dir.path());
        f.title->setText(u"  My disk  "_s);
        QCOMPARE(dialog.submissions().constFirst().options.title, u"My disk"_s);

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        f.ok->click();
        QCOMPARE(accepted.size(), 1);
    }

    // Issue 14, item 3: a pasted list is a download per link unless the group box is ticked; each keeps its own
    // checksum, and the options apply to every one.
    void severalUrlsAreADownloadEach()
    {
        AddDialog dialog(m_config, m_dir.path());
        const Fields f = fieldsOf(dialog);
        const auto checkboxes = dialog.findChildren<QCheckBox *>();
        const auto group = std::find_if(checkboxes.cbegin(), checkboxes.cend(),
                                        [](const QCheckBox *box) { return box->text().contains(u"group"_s); });
        QVERIFY(group != checkboxes.cend());
        dialog.setUrls({u"https://example.org/a.iso"_s});
        QVERIFY(!(*group)->isVisibleTo(&dialog));
        QCOMPARE(dialog.submissions().size(), 1);

        const QString hex(64, u'c');
        dialog.setUrls({u"https://example.org/a.iso"_s, u"https://example.org/b.iso"_s, u"https://example.org/c.iso"_s});
        f.checksums->setPlainText(u"\n"_s + hex);
        f.connections->setValue(3);
        QVERIFY((*group)->isVisibleTo(&dialog));
        QVERIFY(!(*group)->isChecked());
        QVERIFY(!f.title->isEnabled());
        QCOMPARE(f.ok->text(), u"&Add 3 Downloads"_s);
        const QList<AddDialog::Submission> each = dialog.submissions();
        QCOMPARE(each.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(each.at(i).requests.size(), 1);
            QCOMPARE(each.at(i).options.connections, 3);
            // No title: the row shows the file's name (RegistrationData::naming()).
            QVERIFY(each.at(i).options.title.isEmpty());
        }
        QCOMPARE(each.at(1).requests.constFirst().url, u"https://example.org/b.iso"_s);
        QCOMPARE(each.at(1).requests.constFirst().integrity, hex);
        QCOMPARE(each.at(2).requests.constFirst().integrity, QString());

        (*group)->setChecked(true);
        QVERIFY(f.title->isEnabled());
        QCOMPARE(f.ok->text(), u"&Add"_s);
        QCOMPARE(dialog.submissions().size(), 1);
        QCOMPARE(dialog.submissions().constFirst().requests.size(), 3);
    }

    // Issue 14, item 10: Enter in the URL box adds, as in the other fields; Shift+Enter starts a new line.
    void enterInTheUrlBoxAdds()
    {
        AddDialog dialog(m_config, m_dir.path());
        const Fields f = fieldsOf(dialog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        f.urls->setFocus();
        QTest::keyClicks(f.urls, u"https://example.org/a.iso"_s);
        QTest::keyClick(f.urls, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(f.urls, u"https://example.org/b.iso"_s);
        QCOMPARE(dialog.urls().size(), 2);
        QCOMPARE(accepted.size(), 0);
        QTest::keyClick(f.urls, Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.urls().size(), 2);
    }

    // Issue 14, item 10: the dialog asks the server and shows the file's name and size, or what is wrong, before
    // anything is added, with HEAD requests only: nothing is downloaded.
    void showsNameAndSizeFromTheServer()
    {
        FerryTest::TestServer server;
        QVERIFY(server.listen());
        FerryTest::Route iso;
        iso.generatedSize = 5 * 1024 * 1024;
        server.setRoute(u"/dl"_s, iso);
        FerryTest::Route named;
        named.body = "report";
        named.headers = {{"Content-Disposition", "attachment; filename=\"report 2026.pdf\""}};
        server.setRoute(u"/named"_s, named);
        FerryTest::Route missing;
        missing.status = 404;
        server.setRoute(u"/missing.iso"_s, missing);

        AddDialog dialog(m_config, m_dir.path());
        const Fields f = fieldsOf(dialog);
        dialog.setUrls({server.url(u"/named"_s).toString()});
        QTRY_COMPARE(dialog.probeSummary(), u"report 2026.pdf · 6 bytes"_s);
        QCOMPARE(f.title->placeholderText(), u"report 2026.pdf"_s);

        dialog.setUrls({server.url(u"/missing.iso"_s).toString()});
        QTRY_COMPARE(dialog.probeSummary(), u"The server has no such file (404)"_s);
        // Only a warning: the person may still add it (the server may have it later).
        QVERIFY(dialog.isValid());

        dialog.setUrls({server.url(u"/dl"_s).toString(), server.url(u"/named"_s).toString(),
                        server.url(u"/missing.iso"_s).toString()});
        QTRY_COMPARE(dialog.probeSummary(), u"3 files · 5.0 MiB\nOne of them failed: The server has no such "
                                            "file (404)"_s);
        const QList<FerryTest::Request> requests = server.requests();
        QVERIFY(std::all_of(requests.cbegin(), requests.cend(),
                            [](const FerryTest::Request &r) { return r.method == "HEAD"; }));
    }

    void acceptShowsWhatFetchWouldRefuse()
    {
        ManagerConfig tiny = m_config;
        tiny.freeSpace = [](const QString &) { return qint64(1024); }; // a size limit the disk cannot hold
        AddDialog dialog(tiny, m_dir.path());
        const Fields f = fieldsOf(dialog);
        f.urls->setPlainText(u"https://example.org/a.iso"_s);
        f.sizeLimit->setValue(10);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        f.ok->click();
        QCOMPARE(accepted.size(), 0);
        QCOMPARE(visibleErrors(dialog).size(), 1);
    }

    void findsUrlsInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("urls");
        QTest::newRow("one") << u"https://example.org/a"_s << QStringList{u"https://example.org/a"_s};
        QTest::newRow("lines and words") << u"see http://a.example/x and\nhttps://b.example/y!"_s
                                         << QStringList{u"http://a.example/x"_s, u"https://b.example/y!"_s};
        QTest::newRow("no URLs") << u"hello world"_s << QStringList();
        QTest::newRow("no host") << u"https:///path"_s << QStringList();
        QTest::newRow("other schemes") << u"mailto:a@b.example ftp://x.example/"_s << QStringList();
    }

    void findsUrlsInText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, urls);
        QCOMPARE(AddDialog::urlsIn(text), urls);
    }
};

QTEST_MAIN(TestAddDialog)
#include "tst_adddialog.moc"
