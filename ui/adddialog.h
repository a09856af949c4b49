#pragma once

#include "fetchoptions.h"
#include "fetchrequest.h"
#include "requestvalidator.h"
#include "urlprobe.h"

#include <QDialog>
#include <QHash>
#include <QTimer>

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
// optional checksums. Several URLs become one download each, unless "one group" is ticked: then they are one
// registration. It checks the values by the same rules as fetch() (RequestValidator and parseIntegrity) and shows
// problems next to the fields; the caller passes each of submissions() to fetch().
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
    // The values as fetch() wants them, one per registration to make; valid once isValid() is true.
    QList<Submission> submissions() const;
    // Several URLs as one registration (one row, one progress, one result) instead of one download each.
    void setGrouped(bool grouped);
    bool isGrouped() const;
    QString destination() const;
    bool isValid() const { return m_valid; }
    // The title used when the title field is left empty: the first URL's file name.
    QString defaultTitle() const;

    // What the servers said of the URLs so far: "ubuntu.iso · 4.7 GiB", "3 files · 1.2 GiB", or what went wrong.
    QString probeSummary() const;

    // http(s) URLs found in text (a clipboard, a drop), one per whitespace-separated word.
    static QStringList urlsIn(const QString &text);

    void accept() override;

protected:
    // Enter in the URL box adds (Shift+Enter starts a new line), as it does in every other field.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void validate();
    void browseIcon();
    void browseDestination();
    void updateIconPreview();
    QStringList checksumLines() const;
    void probeSoon();
    void showProbe(const UrlProbe::Answer &answer);
    void updateProbeSummary();
    Submission groupOf(const QList<FetchRequest> &requests, const QString &title) const;

    RequestValidator m_validator;
    QPlainTextEdit *m_urls;
    ErrorLabel *m_urlError;
    QLabel *m_probeInfo;
    UrlProbe m_probe;
    QTimer m_probeDelay;                      // waits for typing to pause before asking servers
    QHash<QString, UrlProbe::Answer> m_answers; // by URL
    bool m_urlsValid = false;
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
    QCheckBox *m_grouped;
    QCheckBox *m_startPaused;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
};

} // namespace Ferry
