#include "fetchtypes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;

// Checklist A3: the enums travel as the spec's exact strings (storage, JSON, D-Bus, CLI).
class TestFetchTypes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void a3_resultStringsAreExact_data()
    {
        QTest::addColumn<FetchResult>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("unset") << FetchResult::Unset << u""_s;
        QTest::newRow("success") << FetchResult::Success << u"success"_s;
        QTest::newRow("failure") << FetchResult::Failure << u"failure"_s;
    }
    void a3_resultStringsAreExact()
    {
        QFETCH(FetchResult, value);
        QFETCH(QString, text);
        QCOMPARE(toSpecString(value), text);
        QCOMPARE(fetchResultFromSpec(text), value);
    }

    void a3_failureReasonStringsAreExact_data()
    {
        QTest::addColumn<FailureReason>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << FailureReason::None << u""_s;
        QTest::newRow("aborted") << FailureReason::Aborted << u"aborted"_s;
        QTest::newRow("bad-status") << FailureReason::BadStatus << u"bad-status"_s;
        QTest::newRow("fetch-error") << FailureReason::FetchError << u"fetch-error"_s;
        QTest::newRow("quota-exceeded") << FailureReason::QuotaExceeded << u"quota-exceeded"_s;
        QTest::newRow("download-total-exceeded") << FailureReason::DownloadTotalExceeded
                                                 << u"download-total-exceeded"_s;
    }
    void a3_failureReasonStringsAreExact()
    {
        QFETCH(FailureReason, value);
        QFETCH(QString, text);
        QCOMPARE(toSpecString(value), text);
        QCOMPARE(failureReasonFromSpec(text), value);
    }

    void a3_oldChromeSpellingIsRejected()
    {
        // WICG/background-fetch#132: Chrome once emitted "total-download-exceeded".
        QVERIFY(!failureReasonFromSpec(u"total-download-exceeded").has_value());
        QVERIFY(!fetchResultFromSpec(u"pending").has_value());
    }

    void recordResultsShareTheReasonStrings()
    {
        QCOMPARE(toSpecString(RecordResult::Pending), u""_s);
        QCOMPARE(toSpecString(RecordResult::Success), u"success"_s);
        QCOMPARE(toSpecString(RecordResult::BadStatus), u"bad-status"_s);
        QCOMPARE(recordResultFromSpec(u"download-total-exceeded"), RecordResult::DownloadTotalExceeded);
        QCOMPARE(failureReasonFor(RecordResult::QuotaExceeded), FailureReason::QuotaExceeded);
        QCOMPARE(failureReasonFor(RecordResult::Success), FailureReason::None);
    }

    void errorNamesAreDomExceptionNames()
    {
        QCOMPARE(toSpecString(ErrorCode::TypeError), u"TypeError"_s);
        QCOMPARE(toSpecString(ErrorCode::InvalidStateError), u"InvalidStateError"_s);
        QCOMPARE(toSpecString(ErrorCode::QuotaExceededError), u"QuotaExceededError"_s);
        QCOMPARE(toSpecString(ErrorCode::AbortError), u"AbortError"_s);
    }
};

QTEST_GUILESS_MAIN(TestFetchTypes)
#include "tst_fetchtypes.moc"
