#pragma once

#include <QListView>

namespace Ferry {

// The list of registrations: a QListView that says what to do when it is empty instead of showing a blank area.
class RegistrationView final : public QListView
{
    Q_OBJECT

public:
    explicit RegistrationView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace Ferry
