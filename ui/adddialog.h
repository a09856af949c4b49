#pragma once

#include "fetchoptions.h"
#include "fetchrequest.h"
#include "requestvalidator.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Ferry {

class ErrorLabel;

// Asks what to download: URLs (one per line), a title, an icon, the destination, a size limit, connections and
// optional checksums. It checks the values by the same rules as fetch() (RequestValidator and parseIntegrity) and
// shows problems next to the fields, but does no networking: the caller passes submission() to fetch().
class AddDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Submission
    {
        QList<FetchRequest> requests;
        FetchOptions options;
    };

    // `config` (the manager's) must outlive the dialog.
    AddDialog(const ManagerConfig &config, const QString &defaultFolder, QWidget *parent = nullptr);

    void setUrls(const QStringList &urls);
    QStringList urls() const;
    // The values as fetch() wants them; valid once isValid() is true.
    Submission submission() const;
    bool isValid() const { return m_valid; }
    // The title used when the title field is left empty: the first URL's file name.
    QString defaultTitle() const;

    // http(s) URLs found in text (a clipboard, a drop), one per whitespace-separated word.
    static QStringList urlsIn(const QString &text);

    void accept() override;

private:
    void validate();
    void browseIcon();
    void browseDestination();
    void updateIconPreview();
    QStringList checksumLines() const;

    RequestValidator m_validator;
    QPlainTextEdit *m_urls;
    ErrorLabel *m_urlError;
    QLineEdit *m_title;
    QLineEdit *m_icon;
    QLabel *m_iconPreview;
    ErrorLabel *m_iconError;
    QLineEdit *m_destination;
    ErrorLabel *m_destinationError;
    QDoubleSpinBox *m_sizeLimit;
    QComboBox *m_sizeUnit;
    QSpinBox *m_connections;
    QPlainTextEdit *m_checksums;
    ErrorLabel *m_checksumError;
    QCheckBox *m_startPaused;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
};

} // namespace Ferry
