#include "errorlabel.h"

#include <QAccessible>

namespace Ferry {

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53));
    setPalette(p);
    setVisible(false);
}

void ErrorLabel::setMessage(const QString &text)
{
    if (text == QLabel::text())
        return;
    QLabel::setText(text);
    setVisible(!text.isEmpty());
    setAccessibleDescription(text);
    if (!text.isEmpty()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace Ferry
