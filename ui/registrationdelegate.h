#pragma once

#include <QCache>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace Ferry {

// Paints one registration of RegistrationModel: its icon, the title and status, a slim progress bar (a moving
// segment while the total is unknown), and a line with the amounts, the speed and the time left. Fonts and metrics
// are worked out once per font and icons are scaled once, so scrolling through long lists paints from caches.
class RegistrationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RegistrationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Metrics
    {
        QFont titleFont;
        QFont smallFont;
        int titleHeight = 0;
        int smallHeight = 0;
        int rowHeight = 0;
    };

    const Metrics &metricsFor(const QFont &font) const;
    QPixmap iconFor(const QString &path, int size, qreal devicePixelRatio) const;
    QPixmap signFor(int name, int size, qreal devicePixelRatio) const;
    void paintBar(QPainter *painter, const QRect &rect, const QModelIndex &index, const QPalette &palette,
                  bool selected) const;

    mutable QFont m_metricsFont;
    mutable Metrics m_metrics;
    mutable QCache<QString, QPixmap> m_icons; // by icon path, at m_iconRatio; state signs as "#<name>@<size>"
    mutable qreal m_iconRatio = 1.0;
    QIcon m_fallbackIcon;
    QElapsedTimer m_clock; // drives the moving segment of indeterminate bars
};

} // namespace Ferry
