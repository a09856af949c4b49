#include "coreharness.h"
#include "registrationdelegate.h"
#include "registrationmodel.h"
#include "uitestutil.h"

#include <QImage>
#include <QListView>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ferry;
using namespace FerryTest;

// The row delegate: a stable size, and painting every kind of row (issue 5 item 7, "smoke test").
class TestRegistrationDelegate final : public QObject
{
    Q_OBJECT

private:
    static QImage paintRow(const RegistrationDelegate &delegate, const QModelIndex &index, QStyle::State state,
                           int width = 640)
    {
        QListView view; // gives the delegate a style and palette, as in the window
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.state |= state;
        option.widget = &view;
        const QSize size = delegate.sizeHint(option, index);
        option.rect = QRect(QPoint(0, 0), QSize(width, size.height()));
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
        return image;
    }

    static int pixelsNear(const QImage &image, const QColor &color)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (std::abs(pixel.red() - color.red()) < 12 && std::abs(pixel.green() - color.green()) < 12
                    && std::abs(pixel.blue() - color.blue()) < 12)
                    ++count;
            }
        }
        return count;
    }

private Q_SLOTS:
    void sizeHintIsStableAndRoomy()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        FerryUiTest::seedHistory(h.store(), 3);
        RegistrationModel model(h.manager());
        RegistrationDelegate delegate;
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.rect = QRect(0, 0, 500, 10);
        const QSize first = delegate.sizeHint(option, model.index(0));
        QVERIFY(first.height() >= 2 * option.fontMetrics.height() + 6);
        QCOMPARE(delegate.sizeHint(option, model.index(2)), first); // uniform rows: setUniformItemSizes is right
        QFont larger = option.font;
        larger.setPointSizeF(larger.pointSizeF() * 2);
        option.font = larger;
        QVERIFY(delegate.sizeHint(option, model.index(0)).height() > first.height());
    }

    void paintsEveryKindOfRow()
    {
        CoreHarness h;
        QVERIFY(h.isReady());
        FerryUiTest::seedHistory(h.store(), 3); // completed, completed, failed
        Route slow;
        slow.generatedSize = 5'000'000;
        slow.trickleBytes = 2048;
        h.server().setRoute(u"/slow"_s, slow);
        RegistrationModel model(h.manager());
        FetchOptions paused;
        paused.startPaused = true;
        paused.title = u"Paused one"_s;
        QVERIFY(h.fetch(u"paused"_s, {FetchRequest(h.server().url(u"/slow"_s).toString())}, paused));
        FetchOptions running;
        running.title = u"Running one with a title long enough to be elided in a narrow row"_s;
        QVERIFY(h.fetch(u"running"_s, {FetchRequest(h.server().url(u"/slow"_s).toString())}, running));
        QTRY_VERIFY(model.index(0).data(RegistrationModel::DownloadedRole).toULongLong() > 0);
        QCOMPARE(RowStatus(model.index(1).data(RegistrationModel::StatusRole).toInt()), RowStatus::Paused);

        RegistrationDelegate delegate;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (const QStyle::State state : {QStyle::State_None, QStyle::State_Selected}) {
                for (const int width : {640, 120}) {
                    const QImage image = paintRow(delegate, model.index(row), state | QStyle::State_Enabled, width);
                    QVERIFY(!image.isNull());
                    QVERIFY2(pixelsNear(image, Qt::white) < image.width() * image.height(), "nothing painted");
                }
            }
        }
        // The bars say what happened: green when completed, red when failed.
        const QImage completed = paintRow(delegate, model.index(model.rowCount() - 1), QStyle::State_Enabled);
        QVERIFY(pixelsNear(completed, QColor(0x27, 0xae, 0x60)) > 50);
        const QImage failed = paintRow(delegate, model.index(2), QStyle::State_Enabled);
        QCOMPARE(RowStatus(model.index(2).data(RegistrationModel::StatusRole).toInt()), RowStatus::Failed);
        QVERIFY(pixelsNear(failed, QColor(0xda, 0x44, 0x53)) > 10);
    }
};

QTEST_MAIN(TestRegistrationDelegate)
#include "tst_registrationdelegate.moc"
