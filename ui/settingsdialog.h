#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace Ferry {

class ErrorLabel;

// Edits a copy of the Preferences. OK stays disabled while the download folder cannot be used, and the reason is
// shown under the field. The caller stores and applies what preferences() returns.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;
    // Empty when the folder exists and is writable, or can be created; else why not, in words.
    static QString folderProblem(const QString &path);

private:
    void validate();
    void browse();

    QLineEdit *m_folder;
    ErrorLabel *m_folderError;
    QSpinBox *m_maxActive;
    QSpinBox *m_connections;
    QSpinBox *m_speedLimit; // KiB/s
    QCheckBox *m_notifications;
    QCheckBox *m_closeToTray;
    QCheckBox *m_startHidden;
    QDialogButtonBox *m_buttons;
};

} // namespace Ferry
