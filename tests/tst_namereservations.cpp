#include "namereservations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;

// The names that small bodies held in memory will take: numbered past files, .part files and each other.
class TestNameReservations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reservationsAreNumberedPastFilesPartsAndEachOther()
    {
        QTemporaryDir dir;
        const QDir folder(dir.path());
        QVERIFY(QFile(folder.filePath(u"a.bin"_s)).open(QIODevice::WriteOnly));
        QVERIFY(QFile(folder.filePath(u"a (1).bin.part"_s)).open(QIODevice::WriteOnly));
        NameReservations names;
        const QString first = names.reserve(dir.path(), u"a.bin"_s);
        QCOMPARE(first, folder.filePath(u"a (2).bin"_s));
        QVERIFY(names.isReserved(first));
        QCOMPARE(names.reserve(dir.path(), u"a.bin"_s), folder.filePath(u"a (3).bin"_s));
        // A reservation is only a promise between downloads: it creates nothing.
        QCOMPARE(folder.entryList(QDir::Files), (QStringList{u"a (1).bin.part"_s, u"a.bin"_s}));
        names.release(first);
        QVERIFY(!names.isReserved(first));
        QCOMPARE(names.reserve(dir.path(), u"a.bin"_s), first);
        QCOMPARE(names.reserve(dir.path(), u"b.bin"_s), folder.filePath(u"b.bin"_s));
    }
};

QTEST_GUILESS_MAIN(TestNameReservations)
#include "tst_namereservations.moc"
