#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace Ferry {

class ErrorLabel;

// Edits a copy of the Preferences. OK stays disabled while the download folder cannot be used, while the overall
// connection limit is below the one per host, or while the proxy is not one Ferry can use, and the reason is shown
// under the field. The caller stores
// and applies what preferences() returns.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;
    // Empty when the folder exists and is writable, or can be created; else why not, in words.
    static QString folderProblem(const QString &path);
    // Empty when the overall limit leaves room for the limit per host; else why not, in words.
    static QString connectionLimitsProblem(int perHost, int overall);
    // Empty when `url` is a proxy Ferry can use; else why not, in words.
    static QString proxyProblem(const QString &url);

private:
    void validate();
    void browse();

    QLineEdit *m_folder;
    ErrorLabel *m_folderError;
    QSpinBox *m_maxActive;
    QSpinBox *m_connections;
    QSpinBox *m_speedLimit; // KiB/s
    QSpinBox *m_connectionsPerHost;
    QSpinBox *m_connectionsOverall;
    ErrorLabel *m_limitsError;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxy;
    ErrorLabel *m_proxyError;
    QCheckBox *m_notifications;
    QCheckBox *m_closeToTray;
    QCheckBox *m_startHidden;
    QDialogButtonBox *m_buttons;
};

} // namespace Ferry
