#include "settingsdialog.h"

#include "errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ferry {

SettingsDialog::SettingsDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent), m_folder(new QLineEdit(preferences.downloadFolder, this)), m_folderError(new ErrorLabel(this)),
      m_maxActive(new QSpinBox(this)), m_connections(new QSpinBox(this)), m_speedLimit(new QSpinBox(this)),
      m_connectionsPerHost(new QSpinBox(this)), m_connectionsOverall(new QSpinBox(this)),
      m_limitsError(new ErrorLabel(this)), m_proxyMode(new QComboBox(this)), m_proxy(new QLineEdit(this)),
      m_proxyError(new ErrorLabel(this)),
      m_notifications(new QCheckBox(tr("Show a &notification when a download ends"), this)),
      m_closeToTray(new QCheckBox(tr("&Closing the window keeps Ferry running in the tray"), this)),
      m_startHidden(new QCheckBox(tr("Start &hidden in the tray"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseButton);
    m_folder->setAccessibleName(tr("Download folder"));
    browseButton->setAccessibleName(tr("Choose the download folder"));

    m_maxActive->setRange(1, Preferences::maxActiveLimit);
    m_maxActive->setValue(preferences.maxActive);
    m_maxActive->setAccessibleName(tr("Maximum active downloads"));
    m_connections->setRange(1, Preferences::connectionsLimit);
    m_connections->setValue(preferences.connections);
    m_connections->setAccessibleName(tr("Connections per file"));
    m_speedLimit->setRange(0, 10'000'000);
    m_speedLimit->setSingleStep(128);
    m_speedLimit->setSuffix(tr(" KiB/s"));
    m_speedLimit->setSpecialValueText(tr("Unlimited"));
    m_speedLimit->setValue(int(preferences.speedLimit / 1024));
    m_speedLimit->setAccessibleName(tr("Speed limit in KiB per second"));
    m_connectionsPerHost->setRange(1, Preferences::connectionsPerHostLimit);
    m_connectionsPerHost->setValue(preferences.connectionsPerHost);
    m_connectionsPerHost->setAccessibleName(tr("Connections per server"));
    m_connectionsPerHost->setToolTip(tr("Open connections to one server, counting every download. One file may "
                                        "still use as many as its connections per file."));
    m_connectionsOverall->setRange(1, Preferences::connectionsOverallLimit);
    m_connectionsOverall->setValue(preferences.connectionsOverall);
    m_connectionsOverall->setAccessibleName(tr("Connections in total"));
    m_connectionsOverall->setToolTip(tr("Open connections to all servers together."));
    m_limitsError->setObjectName(QStringLiteral("connectionLimitsError"));
    // The choice as the user thinks of it; Preferences::proxy holds it as one string.
    m_proxyMode->addItem(tr("From the environment (http_proxy, https_proxy, all_proxy)"));
    m_proxyMode->addItem(tr("No proxy"));
    m_proxyMode->addItem(tr("This proxy:"));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    const bool none = preferences.proxy.compare(u"none", Qt::CaseInsensitive) == 0;
    m_proxyMode->setCurrentIndex(preferences.proxy.isEmpty() ? 0 : none ? 1 : 2);
    m_proxy->setText(preferences.proxy.isEmpty() || none ? QString() : preferences.proxy);
    m_proxy->setPlaceholderText(tr("http://proxy.example:3128 or socks5h://127.0.0.1:1080"));
    m_proxy->setAccessibleName(tr("Proxy URL"));
    m_notifications->setChecked(preferences.notifications);
    m_closeToTray->setChecked(preferences.closeToTray);
    m_startHidden->setChecked(preferences.startHidden);

    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("Download &folder:"), this);
    folderLabel->setBuddy(m_folder); // the row holds a layout, which cannot be a buddy
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_folderError);
    form->addRow(tr("Maximum &active downloads:"), m_maxActive);
    form->addRow(tr("C&onnections per file:"), m_connections);
    form->addRow(tr("&Speed limit:"), m_speedLimit);
    form->addRow(tr("Connections per se&rver:"), m_connectionsPerHost);
    form->addRow(tr("&Total connections:"), m_connectionsOverall);
    form->addRow(QString(), m_limitsError);
    form->addRow(tr("&Proxy:"), m_proxyMode);
    form->addRow(QString(), m_proxy);
    form->addRow(QString(), m_proxyError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_notifications);
    layout->addWidget(m_closeToTray);
    layout->addWidget(m_startHidden);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_connectionsPerHost, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_connectionsOverall, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    connect(m_proxy, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

QString SettingsDialog::folderProblem(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("Choose a folder for downloads.");
    const QFileInfo info(path);
    if (!info.isAbsolute())
        return tr("Use a full path, starting with /.");
    if (info.exists()) {
        if (!info.isDir())
            return tr("This is a file, not a folder.");
        if (!info.isWritable())
            return tr("You cannot write to this folder.");
        return QString();
    }
    // A missing folder is fine when it can be made: downloads create it.
    QFileInfo ancestor(info.absolutePath());
    while (!ancestor.exists() && !ancestor.isRoot())
        ancestor = QFileInfo(ancestor.absolutePath());
    if (!ancestor.isDir() || !ancestor.isWritable())
        return tr("This folder does not exist and cannot be created.");
    return QString();
}

QString SettingsDialog::connectionLimitsProblem(int perHost, int overall)
{
    if (overall < perHost)
        return tr("The total must be at least the number of connections per server.");
    return QString();
}

QString SettingsDialog::proxyProblem(const QString &url)
{
    if (url.trimmed().isEmpty())
        return tr("Enter the proxy's URL.");
    QString error;
    if (!ProxyRules::parse(url.trimmed(), &error))
        return tr("Use an http://, socks5:// or socks5h:// URL with a host.");
    return QString();
}

void SettingsDialog::validate()
{
    const QString folder = folderProblem(m_folder->text());
    const QString limits = connectionLimitsProblem(m_connectionsPerHost->value(), m_connectionsOverall->value());
    const bool manualProxy = m_proxyMode->currentIndex() == 2;
    const QString proxy = manualProxy ? proxyProblem(m_proxy->text()) : QString();
    m_proxy->setEnabled(manualProxy);
    m_folderError->setMessage(folder);
    m_limitsError->setMessage(limits);
    m_proxyError->setMessage(proxy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(folder.isEmpty() && limits.isEmpty() && proxy.isEmpty());
}

void SettingsDialog::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Download folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.downloadFolder = QDir::cleanPath(m_folder->text().trimmed());
    p.maxActive = m_maxActive->value();
    p.connections = m_connections->value();
    p.speedLimit = qint64(m_speedLimit->value()) * 1024;
    p.connectionsPerHost = m_connectionsPerHost->value();
    p.connectionsOverall = m_connectionsOverall->value();
    p.notifications = m_notifications->isChecked();
    p.closeToTray = m_closeToTray->isChecked();
    p.startHidden = m_startHidden->isChecked();
    p.proxy = m_proxyMode->currentIndex() == 0 ? QString()
        : m_proxyMode->currentIndex() == 1    ? QStringLiteral("none")
                                              : m_proxy->text().trimmed();
    return p;
}

} // namespace Ferry
