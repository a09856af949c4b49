#include "recordtimes.h"
#include "speedmeter.h"
#include "terminalprogress.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using Ferry::RecordData;
using Ferry::RecordResult;
using Ferry::RecordTimes;
using Ferry::SpeedMeter;
using Ferry::TerminalProgress;

namespace {

constexpr quint64 mebibyte = 1024 * 1024;

TerminalProgress::State state(quint64 done, quint64 total, double speed)
{
    TerminalProgress::State s;
    s.done = done;
    s.total = total;
    s.bytesPerSecond = speed;
    return s;
}

RecordData record(int index, qint64 bytes, int status = 0, RecordResult result = RecordResult::Pending)
{
    RecordData r;
    r.index = index;
    r.bytes = bytes;
    r.status = status;
    r.result = result;
    return r;
}

} // namespace

// The progress line of `ferry fetch` in a terminal (app/terminalprogress.cpp) and what it is made from.
class TestTerminalProgress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Numbers as the C locale writes them, whatever the machine's locale is.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void fullLineAtEighty()
    {
        const QString line = TerminalProgress::line(state(mebibyte / 2, 2 * mebibyte, 256 * 1024), 80);
        QCOMPARE(line.left(1), u"["_s);
        // The bar takes what the words leave (a quarter of it is done), and the last column stays free.
        QCOMPARE(line, u"[======>                    ]  25%  512.0 KiB of 2.0 MiB  256.0 KiB/s  6 s left"_s);
    }

    void barNeverExceedsItsLimit()
    {
        const QString line = TerminalProgress::line(state(2 * mebibyte, 2 * mebibyte, 1000), 300);
        QVERIFY2(line.startsWith(u'[' + QString(40, u'=') + u"] 100%"_s), qPrintable(line));
    }

    void unknownTotalShowsBytesAndSpeed()
    {
        QCOMPARE(TerminalProgress::line(state(3 * mebibyte, 0, 1.5 * double(mebibyte)), 80), u"3.0 MiB  1.5 MiB/s"_s);
        QCOMPARE(TerminalProgress::line(state(3 * mebibyte, 0, -1), 80), u"3.0 MiB"_s); // no speed yet
    }

    void fitsEveryWidth()
    {
        for (int columns = 1; columns <= 120; ++columns) {
            const QString line = TerminalProgress::line(state(700 * mebibyte, 4096 * mebibyte, 12345678), columns);
            QVERIFY2(TerminalProgress::columnsOf(line) <= columns - 1, qPrintable(line));
        }
        // Narrow terminals give up the bar, then the time left, then the speed, keeping the percentage.
        const TerminalProgress::State quarter = state(mebibyte, 4 * mebibyte, 512 * 1024);
        QCOMPARE(TerminalProgress::line(quarter, 48), u" 25%  1.0 MiB of 4.0 MiB  512.0 KiB/s  6 s left"_s);
        QCOMPARE(TerminalProgress::line(quarter, 47), u" 25%  1.0 MiB of 4.0 MiB  512.0 KiB/s"_s);
        QCOMPARE(TerminalProgress::line(quarter, 30), u" 25%  1.0 MiB of 4.0 MiB"_s);
        QCOMPARE(TerminalProgress::line(quarter, 20), u"[===>        ]  25%"_s); // room again for a short bar
        QCOMPARE(TerminalProgress::line(quarter, 12), u" 25%"_s);
    }

    void columnsOfWideAndCombiningText()
    {
        QCOMPARE(TerminalProgress::columnsOf(u"abc"_s), 3);
        QCOMPARE(TerminalProgress::columnsOf(u"剩餘 5 秒"_s), 9);
        QCOMPARE(TerminalProgress::columnsOf(u"e\u0301"_s), 1);
    }

    void savedLine()
    {
        QCOMPARE(TerminalProgress::saved(u"/tmp/a.iso"_s, 200 * qint64(mebibyte), 200 * qint64(mebibyte), 12500),
                 u"saved to /tmp/a.iso (200.0 MiB in 13 s, 16.0 MiB/s)"_s);
        QCOMPARE(TerminalProgress::saved(u"/tmp/b"_s, 1000, 1000, 0), u"saved to /tmp/b (1000 bytes)"_s);
    }

    void durations()
    {
        QCOMPARE(TerminalProgress::duration(400), u"0.4 s"_s);
        QCOMPARE(TerminalProgress::duration(59400), u"59 s"_s);
        QCOMPARE(TerminalProgress::duration(185000), u"3 min 5 s"_s);
        QCOMPARE(TerminalProgress::duration(7500000), u"2 h 5 min"_s);
    }

    void speedOverTheLastSeconds()
    {
        SpeedMeter meter(3000);
        meter.add(0, 0);
        QCOMPARE(meter.bytesPerSecond(), -1.0); // one sample tells nothing
        meter.add(100, 100000);
        QCOMPARE(meter.bytesPerSecond(), -1.0); // nor does a tenth of a second
        for (qint64 ms = 250; ms <= 5000; ms += 250)
            meter.add(ms, quint64(ms) * 1000);
        QCOMPARE(meter.bytesPerSecond(), 1000000.0);
        // A stall: the figure falls as the window slides past the last bytes.
        meter.add(6500, 5000000);
        QCOMPARE(meter.bytesPerSecond(), 500000.0);
        meter.add(9000, 5000000);
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        // A restart from zero starts over instead of going negative.
        meter.add(9250, 0);
        meter.add(9500, 250000);
        QCOMPARE(meter.bytesPerSecond(), 1000000.0);
    }

    void recordTimesStartWhenTheRecordDoes()
    {
        RecordTimes times;
        times.observe({record(0, 0), record(1, 0)}, 0);
        times.observe({record(0, 0, 200), record(1, 0)}, 100);
        times.observe({record(0, 5000, 200, RecordResult::Success), record(1, 0)}, 1100);
        // Record 1 waited for record 0, then came in one go.
        times.observe({record(0, 5000, 200, RecordResult::Success), record(1, 0)}, 1200);
        times.observe({record(0, 5000, 200, RecordResult::Success), record(1, 300, 200, RecordResult::Success)}, 1500);
        QCOMPARE(times.spanOf(record(0, 5000)).ms, 1100);
        QCOMPARE(times.spanOf(record(0, 5000)).bytes, 5000);
        QCOMPARE(times.spanOf(record(1, 300)).ms, 300);
        // A record seen with bytes from an earlier run counts only what came in this one.
        RecordTimes resumed;
        resumed.observe({record(0, 4000, 206)}, 0);
        resumed.observe({record(0, 6000, 206, RecordResult::Success)}, 500);
        QCOMPARE(resumed.spanOf(record(0, 6000)).bytes, 2000);
        QCOMPARE(RecordTimes().spanOf(record(0, 1)).ms, 0); // never seen settled: no time
    }
};

QTEST_GUILESS_MAIN(TestTerminalProgress)
#include "tst_terminalprogress.moc"
