#pragma once

#include <QLabel>

namespace Ferry {

// An inline validation message under a field: red, word-wrapped, hidden while empty, and announced to screen
// readers as an alert when it changes.
class ErrorLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    void setMessage(const QString &text);
};

} // namespace Ferry
