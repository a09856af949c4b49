#include "registrationdelegate.h"

#include "icons.h"
#include "registrationmodel.h"
#include "texts.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Ferry {
namespace {

constexpr int margin = 8;
constexpr int iconSize = 32;
constexpr int gap = 4;
constexpr int barHeight = 6;
constexpr int indeterminatePeriodMs = 1600;

// Fixed hues read on light and dark palettes alike; everything else comes from the palette.
const QColor completedColor(0x27, 0xae, 0x60);
const QColor failedColor(0xda, 0x44, 0x53);
const QColor pausedColor(0xf6, 0x74, 0x00);

QColor secondary(const QPalette &palette, bool selected)
{
    QColor color = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    color.setAlphaF(0.68f);
    return color;
}

} // namespace

RegistrationDelegate::RegistrationDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_icons(200), m_fallbackIcon(Icons::icon(Icons::Download))
{
    m_clock.start();
}

const RegistrationDelegate::Metrics &RegistrationDelegate::metricsFor(const QFont &font) const
{
    if (m_metrics.rowHeight > 0 && font == m_metricsFont)
        return m_metrics;
    m_metricsFont = font;
    m_metrics.titleFont = font;
    m_metrics.titleFont.setWeight(QFont::DemiBold);
    m_metrics.smallFont = font;
    m_metrics.smallFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.9 : 9);
    m_metrics.titleHeight = QFontMetrics(m_metrics.titleFont).height();
    m_metrics.smallHeight = QFontMetrics(m_metrics.smallFont).height();
    m_metrics.rowHeight = std::max(iconSize, m_metrics.titleHeight + gap + barHeight + gap + m_metrics.smallHeight)
        + 2 * margin;
    return m_metrics;
}

QSize RegistrationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const Metrics &metrics = metricsFor(option.font);
    return QSize(std::max(320, option.rect.width()), metrics.rowHeight);
}

QPixmap RegistrationDelegate::iconFor(const QString &path, int size, qreal devicePixelRatio) const
{
    // One ratio at a time: a window moved to a screen with another scale repaints everything anyway.
    if (devicePixelRatio != m_iconRatio) {
        m_icons.clear();
        m_iconRatio = devicePixelRatio;
    }
    if (const QPixmap *cached = m_icons.object(path))
        return *cached;
    QIcon icon = path.isEmpty() ? QIcon() : QIcon(path);
    QPixmap pixmap = icon.pixmap(QSize(size, size), devicePixelRatio);
    if (pixmap.isNull())
        pixmap = m_fallbackIcon.pixmap(QSize(size, size), devicePixelRatio);
    m_icons.insert(path, new QPixmap(pixmap));
    return pixmap;
}

QPixmap RegistrationDelegate::signFor(int name, int size, qreal devicePixelRatio) const
{
    const QString key = u'#' + QString::number(name) + u'@' + QString::number(size);
    if (devicePixelRatio == m_iconRatio) {
        if (const QPixmap *cached = m_icons.object(key))
            return *cached;
    }
    const QPixmap pixmap = Icons::icon(Icons::Name(name)).pixmap(QSize(size, size), devicePixelRatio);
    if (devicePixelRatio == m_iconRatio)
        m_icons.insert(key, new QPixmap(pixmap));
    return pixmap;
}

void RegistrationDelegate::paintBar(QPainter *painter, const QRect &rect, const QModelIndex &index,
                                    const QPalette &palette, bool selected) const
{
    const auto status = RowStatus(index.data(RegistrationModel::StatusRole).toInt());
    const int permille = index.data(RegistrationModel::ProgressRole).toInt();
    QColor track = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    track.setAlphaF(0.14f);
    QColor fill = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight);
    if (!selected) {
        if (status == RowStatus::Completed)
            fill = completedColor;
        else if (status == RowStatus::Failed)
            fill = failedColor;
        else if (status != RowStatus::Downloading && status != RowStatus::Uploading && status != RowStatus::Connecting)
            fill = pausedColor;
    }
    const qreal radius = rect.height() / 2.0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(rect, radius, radius);
    painter->setBrush(fill);
    if (permille >= 0) {
        const int width = int(qint64(rect.width()) * permille / 1000);
        if (width > 0)
            painter->drawRoundedRect(QRect(rect.left(), rect.top(), std::max(width, rect.height()), rect.height()),
                                     radius, radius);
        return;
    }
    // Unknown total: a segment a quarter as wide sweeps across while it transfers; an idle one shows only the track,
    // since a resting segment would read as progress.
    if (status != RowStatus::Downloading && status != RowStatus::Uploading)
        return;
    const int segment = rect.width() / 4;
    const qint64 phase = m_clock.elapsed() % indeterminatePeriodMs;
    const int offset = int(qint64(rect.width() - segment) * phase / indeterminatePeriodMs);
    painter->drawRoundedRect(QRect(rect.left() + offset, rect.top(), segment, rect.height()), radius, radius);
}

void RegistrationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Metrics &metrics = metricsFor(option.font);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    const QRect area = option.rect.adjusted(margin, margin, -margin, -margin);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect iconRect(area.left(), area.top() + (area.height() - iconSize) / 2, iconSize, iconSize);
    painter->drawPixmap(iconRect, iconFor(index.data(RegistrationModel::IconPathRole).toString(), iconSize, dpr));

    const int textLeft = iconRect.right() + 1 + 2 * margin;
    const int textWidth = std::max(0, area.right() + 1 - textLeft);
    const auto status = RowStatus(index.data(RegistrationModel::StatusRole).toInt());
    const auto reason = FailureReason(index.data(RegistrationModel::FailureReasonRole).toInt());

    // Line 1: title on the left, status on the right.
    const QString statusText = index.data(RegistrationModel::StatusTextRole).toString();
    painter->setFont(metrics.smallFont);
    // The painter's metrics, not a QFontMetrics of the font alone: they match the device, so nothing is elided
    // that fits.
    const QFontMetrics smallMetrics = painter->fontMetrics();
    // A small sign of the state before its words (paused, retrying, failed...), none while it simply runs.
    const Icons::Name sign = Icons::forStatus(status);
    const int signSize = smallMetrics.height();
    const int signWidth = sign == Icons::Download ? 0 : signSize + margin;
    const int statusWidth = std::min(textWidth / 2, smallMetrics.horizontalAdvance(statusText) + 2 + signWidth);
    const QRect titleLine(textLeft, area.top(), textWidth, metrics.titleHeight);
    QColor statusColor = secondary(palette, selected);
    if (!selected && status == RowStatus::Failed && reason != FailureReason::Aborted)
        statusColor = failedColor;
    painter->setPen(statusColor);
    const QString shownStatus = smallMetrics.elidedText(statusText, Qt::ElideRight, statusWidth - signWidth);
    painter->drawText(titleLine, Qt::AlignRight | Qt::AlignVCenter, shownStatus);
    if (signWidth > 0) {
        const int left = titleLine.right() + 1 - smallMetrics.horizontalAdvance(shownStatus) - signWidth;
        const QRect signRect(left, titleLine.center().y() - signSize / 2, signSize, signSize);
        painter->drawPixmap(signRect, signFor(sign, signSize, dpr));
    }
    painter->setFont(metrics.titleFont);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const int titleWidth = std::max(0, textWidth - statusWidth - 2 * margin);
    painter->drawText(QRect(textLeft, titleLine.top(), titleWidth, titleLine.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                        titleWidth));

    // Line 2: the bar.
    const QRect barRect(textLeft, titleLine.bottom() + 1 + gap, textWidth, barHeight);
    paintBar(painter, barRect, index, palette, selected);

    // Line 3: amounts on the left, speed and time left (or when it was added) on the right.
    const QRect infoLine(textLeft, barRect.bottom() + 1 + gap, textWidth, metrics.smallHeight);
    // What a server's error page weighs is no amount of the download: nothing of it was saved.
    QString amounts = status == RowStatus::Failed && reason == FailureReason::BadStatus
        ? tr("No file saved")
        : Texts::amount(index.data(RegistrationModel::DownloadedRole).toULongLong(),
                        index.data(RegistrationModel::ExpectedDownloadRole).toULongLong());
    const quint64 uploadTotal = index.data(RegistrationModel::UploadTotalRole).toULongLong();
    if (uploadTotal > 0)
        amounts = tr("%1 · sent %2").arg(amounts,
                                           Texts::amount(index.data(RegistrationModel::UploadedRole).toULongLong(),
                                                         uploadTotal));
    QString right;
    if (status == RowStatus::Downloading || status == RowStatus::Uploading) {
        right = Texts::speed(index.data(RegistrationModel::SpeedRole).toDouble());
        const qint64 left = index.data(RegistrationModel::SecondsLeftRole).toLongLong();
        if (left >= 0)
            right = tr("%1 · %2").arg(right, Texts::timeLeft(left));
    } else {
        // When it was added: the time for today's, the date for older ones.
        const QDateTime created = index.data(RegistrationModel::CreatedRole).toDateTime().toLocalTime();
        right = created.date() == QDate::currentDate() ? QLocale().toString(created.time(), QLocale::ShortFormat)
                                                       : QLocale().toString(created.date(), QLocale::ShortFormat);
    }
    painter->setFont(metrics.smallFont);
    painter->setPen(secondary(palette, selected));
    const int rightWidth = std::min(textWidth / 2, smallMetrics.horizontalAdvance(right) + 2);
    painter->drawText(infoLine, Qt::AlignRight | Qt::AlignVCenter,
                      smallMetrics.elidedText(right, Qt::ElideRight, rightWidth));
    painter->drawText(QRect(infoLine.left(), infoLine.top(), std::max(0, textWidth - rightWidth - 2 * margin),
                            infoLine.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(amounts, Qt::ElideRight, textWidth - rightWidth - 2 * margin));
    painter->restore();
}

} // namespace Ferry
