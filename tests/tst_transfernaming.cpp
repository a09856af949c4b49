#include "transfertestutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;
using namespace FerryTest::TransferTestUtil;

// Where finished downloads land (DESIGN.md section 3), driven through the manager API against the loopback
// TestServer: Content-Disposition names and their sanitising, never overwriting, the same URL twice, and
// integrity checked before the .part file is renamed.

class TestTransferNaming final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentDispositionNameIsUsedAndSanitised_data();
    void contentDispositionNameIsUsedAndSanitised();
    void rawControlCharactersNeverReachAName();
    void existingFileIsNeverOverwritten_data();
    void existingFileIsNeverOverwritten();
    void sameUrlTwiceGivesTwoFiles();
    void sameNameIsNumberedInTheOrderOfTheHeads();
    void integrityIsCheckedBeforeRename_data();
    void integrityIsCheckedBeforeRename();
};

void TestTransferNaming::contentDispositionNameIsUsedAndSanitised_data()
{
    QTest::addColumn<QByteArray>("disposition");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("plain") << "attachment; filename=\"report.pdf\""_ba << u"report.pdf"_s;
    QTest::newRow("traversal") << "attachment; filename=\"../../evil.txt\""_ba << u"evil.txt"_s;
    QTest::newRow("RFC 5987") << "attachment; filename*=UTF-8''na%C3%AFve.txt"_ba << u"na\u00efve.txt"_s;
    // Hostile names: none may leave the folder, hide the file, look like an option or carry control characters.
    QTest::newRow("absolute path") << "attachment; filename=\"/etc/passwd\""_ba << u"passwd"_s;
    QTest::newRow("backslash traversal") << "attachment; filename=\"..\\..\\win.ini\""_ba << u"win.ini"_s;
    QTest::newRow("encoded traversal") << "attachment; filename*=UTF-8''..%2F..%2Fescape.txt"_ba << u"escape.txt"_s;
    QTest::newRow("leading dot") << "attachment; filename=\".bashrc\""_ba << u"bashrc"_s;
    QTest::newRow("leading dash") << "attachment; filename=\"-rf\""_ba << u"rf"_s;
    QTest::newRow("control characters") << "attachment; filename*=UTF-8''a%01b%7F%0Ac.txt"_ba << u"abc.txt"_s;
    QTest::newRow("right-to-left override") << "attachment; filename*=UTF-8''evil%E2%80%AEtxt.exe"_ba
                                            << u"eviltxt.exe"_s;
    QTest::newRow("400-byte name") << "attachment; filename=\""_ba + QByteArray(400, 'x') + ".txt\""_ba
                                   << QString(246, u'x') + u".txt"_s;
    QTest::newRow("empty name falls back to the URL") << "attachment; filename=\"\""_ba << u"download"_s;
    QTest::newRow("dot dot") << "attachment; filename=\"..\""_ba << u"download"_s;
}

void TestTransferNaming::contentDispositionNameIsUsedAndSanitised()
{
    QFETCH(QByteArray, disposition);
    QFETCH(QString, expectedName);
    CoreHarness h;
    QVERIFY(h.isReady());
    Route route = literal("named body"_ba);
    route.headers = {{"Content-Disposition"_ba, disposition}};
    h.server().setRoute(u"/download"_s, route);
    const QString root = QFileInfo(h.downloads()).absolutePath();
    const QString outside = QDir::cleanPath(h.downloads() + u"/../../evil.txt"_s);
    const bool outsideExisted = QFileInfo::exists(outside);

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"named"_s, {requestFor(h, u"/download?id=1"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->filePath, QDir(h.downloads()).filePath(expectedName));
    QCOMPARE(response->readBody(), "named body"_ba);
    QCOMPARE(entries(h.downloads()), QStringList{expectedName});
    // Nothing was written outside the downloads folder.
    QCOMPARE(entries(root), (QStringList{u"data"_s, u"downloads"_s}));
    if (!outsideExisted)
        QVERIFY(!QFileInfo::exists(outside));
}

// Raw control characters make the whole header value invalid (RFC 9110, section 5.5). Qt 6.8 drops such a header
// before Ferry sees it, so the name comes from the URL; Qt 6.4 passes it on and Ferry drops the characters. Either
// way the record says which happened, and no control character reaches the disk.
void TestTransferNaming::rawControlCharactersNeverReachAName()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    Route route = literal("named body"_ba);
    route.headers = {{"Content-Disposition"_ba, "attachment; filename=\"a\x01" "b\x7f.txt\""_ba}};
    h.server().setRoute(u"/download"_s, route);
    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"raw"_s, {requestFor(h, u"/download"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    const auto response = responseOf(records.first());
    QVERIFY(response);
    const bool headerArrived = !response->header("Content-Disposition").isEmpty();
    const QString expected = headerArrived ? u"ab.txt"_s : u"download"_s;
    QCOMPARE(entries(h.downloads()), QStringList{expected});
    QCOMPARE(response->readBody(), "named body"_ba);
}

void TestTransferNaming::existingFileIsNeverOverwritten_data()
{
    QTest::addColumn<qint64>("size");
    // A small body lands through an unnamed file and linkat(); a larger one through a .part file and a rename.
    QTest::newRow("held in memory") << qint64(10'000);
    QTest::newRow("streamed") << qint64(600'000);
}

void TestTransferNaming::existingFileIsNeverOverwritten()
{
    QFETCH(qint64, size);
    CoreHarness h;
    QVERIFY(h.isReady());
    const QString existing = QDir(h.downloads()).filePath(u"a.bin"_s);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("precious old content"), qint64(20));
    }
    h.server().setRoute(u"/a.bin"_s, generated(size));

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"again"_s, {requestFor(h, u"/a.bin"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    const auto response = responseOf(records.first());
    QVERIFY(response);
    QCOMPARE(response->filePath, QDir(h.downloads()).filePath(u"a (1).bin"_s));
    QCOMPARE(TestServer::fileSha256(response->filePath), TestServer::generatedSha256(size));
    QCOMPARE(fileContents(existing), "precious old content"_ba);
    QCOMPARE(entries(h.downloads()), (QStringList{u"a (1).bin"_s, u"a.bin"_s}));
}

void TestTransferNaming::sameUrlTwiceGivesTwoFiles()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    h.server().setRoute(u"/x"_s, literal("same body"_ba));

    Events events(h.manager());
    const RegistrationPtr reg = h.fetch(u"twice"_s, {requestFor(h, u"/x"_s), requestFor(h, u"/x"_s)});
    QVERIFY(reg);
    const QList<BackgroundFetchRecord> records = recordsOf(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    QCOMPARE(events.success.size(), 1);
    QCOMPARE(h.server().requestCount(u"/x"_s), 2);
    QCOMPARE(entries(h.downloads()), (QStringList{u"x"_s, u"x (1)"_s}));
    const auto first = responseOf(records.at(0));
    const auto second = responseOf(records.at(1));
    QVERIFY(first && second);
    QVERIFY(first->filePath != second->filePath);
    QCOMPARE(first->readBody(), "same body"_ba);
    QCOMPARE(second->readBody(), "same body"_ba);
}

// Small bodies have no .part file while they arrive, yet the one whose head came first keeps the plain name even
// when it finishes last, as a streamed download would (its .part claims the name at the head).
void TestTransferNaming::sameNameIsNumberedInTheOrderOfTheHeads()
{
    CoreHarness h;
    QVERIFY(h.isReady());
    Route slow = generated(100'000);
    slow.trickleBytes = 10'000;
    slow.trickleIntervalMs = 20;
    h.server().setRoute(u"/slow/x.bin"_s, slow);
    h.server().setRoute(u"/fast/x.bin"_s, generated(50'000, 1));

    QStringList finished;
    connect(&h.manager(), &BackgroundFetchManager::backgroundFetchSuccess, this,
            [&finished](BackgroundFetchUpdateUIEvent *event) { finished.append(event->registration()->id()); });
    const RegistrationPtr first = h.fetch(u"first"_s, {requestFor(h, u"/slow/x.bin"_s)});
    QVERIFY(first);
    const QList<BackgroundFetchRecord> firstRecords = recordsOf(first);
    QTRY_VERIFY(first->downloaded() > 0);
    const RegistrationPtr second = h.fetch(u"second"_s, {requestFor(h, u"/fast/x.bin"_s)});
    QVERIFY(second);
    const QList<BackgroundFetchRecord> secondRecords = recordsOf(second);
    QTRY_COMPARE(finished.size(), qsizetype(2));
    QCOMPARE(finished, (QStringList{u"second"_s, u"first"_s})); // the second one finished first...
    const auto slowResponse = responseOf(firstRecords.first());
    const auto fastResponse = responseOf(secondRecords.first());
    QVERIFY(slowResponse && fastResponse);
    // ...and still took the next name.
    QCOMPARE(slowResponse->filePath, QDir(h.downloads()).filePath(u"x.bin"_s));
    QCOMPARE(fastResponse->filePath, QDir(h.downloads()).filePath(u"x (1).bin"_s));
    QCOMPARE(TestServer::fileSha256(slowResponse->filePath), TestServer::generatedSha256(100'000));
    QCOMPARE(TestServer::fileSha256(fastResponse->filePath), TestServer::generatedSha256(50'000, 1));
}

void TestTransferNaming::integrityIsCheckedBeforeRename_data()
{
    const QByteArray body = "a body with known digests"_ba;
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("integrity");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("sha256 matches") << body << u"sha256-"_s + QString::fromLatin1(sha256(body).toBase64()) << true;
    QTest::newRow("sha512 matches")
        << body
        << u"sha512-"_s + QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha512).toBase64())
        << true;
    QTest::newRow("sha256 differs") << body << u"sha256-"_s + QString::fromLatin1(sha256("other"_ba).toBase64())
                                    << false;
    // Bodies over EngineConfig::heldBodyLimit are checked in their .part file instead of in memory.
    const QByteArray big = TestServer::generatedBytes(0, 600'000);
    QTest::newRow("streamed, matches") << big << u"sha256-"_s + QString::fromLatin1(sha256(big).toBase64()) << true;
    QTest::newRow("streamed, differs") << big << u"sha256-"_s + QString::fromLatin1(sha256("other"_ba).toBase64())
                                       << false;
}

void TestTransferNaming::integrityIsCheckedBeforeRename()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, integrity);
    QFETCH(bool, succeeds);
    CoreHarness h;
    QVERIFY(h.isReady());
    h.server().setRoute(u"/checked.txt"_s, literal(body));

    Events events(h.manager());
    FetchRequest request = requestFor(h, u"/checked.txt"_s);
    request.integrity = integrity;
    const RegistrationPtr reg = h.fetch(u"sri"_s, {request});
    QVERIFY(reg);
    QTRY_COMPARE(events.count(), qsizetype(1));
    const QString path = QDir(h.downloads()).filePath(u"checked.txt"_s);
    if (succeeds) {
        QCOMPARE(events.success.size(), 1);
        QCOMPARE(fileContents(path), body);
    } else {
        QCOMPARE(events.fail.size(), 1);
        QCOMPARE(reg->failureReason(), FailureReason::FetchError);
        QCOMPARE(recordResult(h, reg, 0), RecordResult::FetchError);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(finalFiles(h.downloads()), QStringList());
    }
}

QTEST_GUILESS_MAIN(TestTransferNaming)
#include "tst_transfernaming.moc"
