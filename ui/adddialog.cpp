#include "adddialog.h"

#include "errorlabel.h"
#include "integrity.h"
#include "settingsdialog.h"
#include "texts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr int previewSize = 48;
// The servers are asked once typing has paused this long; a pasted list is asked about its first URLs only.
constexpr int probeDelayMs = 400;
constexpr int maxProbed = 20;

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    const QStringList raw = text.split(u'\n');
    for (const QString &line : raw) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

QPlainTextEdit *textBox(int lines, QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true);
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 2 * box->frameWidth() + 8);
    return box;
}

} // namespace

AddDialog::AddDialog(const ManagerConfig &config, const QString &defaultFolder, QWidget *parent)
    : QDialog(parent), m_validator(config), m_urls(textBox(4, this)), m_urlError(new ErrorLabel(this)),
      m_probeInfo(new QLabel(this)),
      m_title(new QLineEdit(this)), m_icon(new QLineEdit(this)), m_iconPreview(new QLabel(this)),
      m_iconError(new ErrorLabel(this)), m_destination(new QLineEdit(defaultFolder, this)),
      m_destinationError(new ErrorLabel(this)), m_sizeLimit(new QDoubleSpinBox(this)), m_sizeUnit(new QComboBox(this)),
      m_connections(new QSpinBox(this)), m_checksums(textBox(2, this)), m_checksumError(new ErrorLabel(this)),
      m_grouped(new QCheckBox(tr("Download the URLs as one &group (one row, one result)"), this)),
      m_startPaused(new QCheckBox(tr("Add &paused"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Download"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    m_urls->setPlaceholderText(tr("https://example.org/file.iso\nOne URL per line"));
    m_urls->setAccessibleName(tr("URLs, one per line"));
    m_urls->installEventFilter(this);
    m_grouped->setToolTip(tr("Unticked, each URL is a download of its own, to pause, retry and open by itself"));
    m_title->setAccessibleName(tr("Title"));
    m_icon->setPlaceholderText(tr("None"));
    m_icon->setAccessibleName(tr("Icon file"));
    m_iconPreview->setFixedSize(previewSize, previewSize);
    m_iconPreview->setAlignment(Qt::AlignCenter);
    m_iconPreview->setFrameShape(QFrame::StyledPanel);
    m_iconPreview->setAccessibleName(tr("Icon preview"));
    m_destination->setAccessibleName(tr("Destination folder"));

    m_sizeLimit->setRange(0, 1'000'000);
    m_sizeLimit->setDecimals(1);
    m_sizeLimit->setSpecialValueText(tr("No limit"));
    m_sizeLimit->setAccessibleName(tr("Size limit"));
    m_sizeLimit->setToolTip(tr("The download fails if it grows larger than this"));
    m_sizeUnit->addItem(tr("MiB"), double(1 << 20));
    m_sizeUnit->addItem(tr("GiB"), double(1 << 30));
    m_sizeUnit->setAccessibleName(tr("Size limit unit"));
    m_connections->setRange(0, 16);
    m_connections->setSpecialValueText(tr("Default"));
    m_connections->setAccessibleName(tr("Connections per file"));
    m_checksums->setPlaceholderText(tr("Optional: one SHA-256 (hex) or SRI checksum per URL, in the same order"));
    m_checksums->setAccessibleName(tr("Checksums, one per URL"));

    auto *iconBrowse = new QPushButton(tr("Choose…"), this);
    iconBrowse->setAccessibleName(tr("Choose an icon file"));
    auto *iconRow = new QHBoxLayout;
    iconRow->addWidget(m_iconPreview);
    iconRow->addWidget(m_icon, 1);
    iconRow->addWidget(iconBrowse);
    auto *destinationBrowse = new QPushButton(tr("Browse…"), this);
    destinationBrowse->setAccessibleName(tr("Choose the destination folder"));
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(destinationBrowse);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_sizeLimit, 1);
    limitRow->addWidget(m_sizeUnit);

    // Rows holding a layout get their label made here, so its mnemonic has a buddy to move the focus to.
    auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&URLs:"), m_urls);
    form->addRow(QString(), m_urlError);
    form->addRow(QString(), m_probeInfo);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(labelFor(tr("&Icon:"), m_icon), iconRow);
    form->addRow(QString(), m_iconError);
    form->addRow(labelFor(tr("&Save to:"), m_destination), destinationRow);
    form->addRow(QString(), m_destinationError);
    form->addRow(labelFor(tr("Size &limit:"), m_sizeLimit), limitRow);
    form->addRow(tr("&Connections:"), m_connections);
    form->addRow(tr("C&hecksums:"), m_checksums);
    form->addRow(QString(), m_checksumError);
    form->addRow(QString(), m_grouped);
    form->addRow(QString(), m_startPaused);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(iconBrowse, &QPushButton::clicked, this, &AddDialog::browseIcon);
    connect(destinationBrowse, &QPushButton::clicked, this, &AddDialog::browseDestination);
    connect(m_urls, &QPlainTextEdit::textChanged, this, &AddDialog::validate);
    connect(m_checksums, &QPlainTextEdit::textChanged, this, &AddDialog::validate);
    connect(m_destination, &QLineEdit::textChanged, this, &AddDialog::validate);
    connect(m_icon, &QLineEdit::textChanged, this, &AddDialog::validate);
    connect(m_grouped, &QCheckBox::toggled, this, &AddDialog::validate);
    m_probeInfo->setTextFormat(Qt::PlainText);
    m_probeInfo->setWordWrap(true);
    m_probeInfo->setAccessibleName(tr("What the server says"));
    m_probeDelay.setSingleShot(true);
    m_probeDelay.setInterval(probeDelayMs);
    connect(&m_probeDelay, &QTimer::timeout, this, [this] {
        m_probe.probe(m_urlsValid ? urls().mid(0, maxProbed) : QStringList());
        updateProbeSummary();
    });
    connect(&m_probe, &UrlProbe::answered, this, &AddDialog::showProbe);
    validate();
    resize(sizeHint().expandedTo(QSize(600, 0)));
}

QStringList AddDialog::urlsIn(const QString &text)
{
    QStringList found;
    static const QRegularExpression whitespace(u"\\s+"_s);
    const QStringList words = text.split(whitespace, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QUrl url(word, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty())
            found.append(word);
    }
    return found;
}

void AddDialog::setUrls(const QStringList &urls)
{
    m_urls->setPlainText(urls.join(u'\n'));
}

QStringList AddDialog::urls() const
{
    return nonEmptyLines(m_urls->toPlainText());
}

QStringList AddDialog::checksumLines() const
{
    // Empty lines keep their place: "no checksum for this URL".
    QStringList lines = m_checksums->toPlainText().split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QString AddDialog::defaultTitle() const
{
    const QStringList list = urls();
    if (list.isEmpty())
        return QString();
    const QString name = QUrl(list.constFirst()).fileName();
    return name.isEmpty() ? QUrl(list.constFirst()).host() : name;
}

void AddDialog::validate()
{
    const QStringList list = urls();
    QString urlProblem;
    for (int i = 0; i < list.size() && urlProblem.isEmpty(); ++i) {
        const auto checked = m_validator.checkUrl(list.at(i), i);
        if (const auto *error = std::get_if<FetchException>(&checked))
            urlProblem = Texts::error(*error);
    }
    m_urlError->setMessage(urlProblem);
    m_urlsValid = urlProblem.isEmpty();
    m_probeDelay.start();

    QString checksumProblem;
    const QStringList sums = checksumLines();
    if (sums.size() > list.size() && !list.isEmpty())
        checksumProblem = tr("There are more checksums than URLs.");
    for (int i = 0; i < sums.size() && checksumProblem.isEmpty(); ++i) {
        if (!sums.at(i).isEmpty() && !parseIntegrity(sums.at(i)))
            checksumProblem = tr("Checksum %1 is not valid: use 64 hex digits (SHA-256) or sha256-, sha384- or "
                                 "sha512- followed by base64.")
                                  .arg(i + 1);
    }
    m_checksumError->setMessage(checksumProblem);

    QString iconProblem;
    const QString iconPath = m_icon->text().trimmed();
    if (!iconPath.isEmpty() && !QImageReader(iconPath).canRead())
        iconProblem = tr("This is not an image Ferry can read.");
    m_iconError->setMessage(iconProblem);
    updateIconPreview();

    const QString destinationProblem = SettingsDialog::folderProblem(m_destination->text().trimmed());
    m_destinationError->setMessage(destinationProblem);

    // One URL, or several as a group, is one registration with the title typed; several downloads are each named
    // after their own file.
    const bool several = list.size() > 1;
    m_grouped->setVisible(several);
    const bool oneTitle = !several || m_grouped->isChecked();
    m_title->setEnabled(oneTitle);
    m_title->setPlaceholderText(oneTitle ? defaultTitle() : tr("Each download is named after its file"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(oneTitle ? tr("&Add") : tr("&Add %n Downloads", nullptr, int(list.size())));
    m_valid = !list.isEmpty() && urlProblem.isEmpty() && checksumProblem.isEmpty() && iconProblem.isEmpty()
        && destinationProblem.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

void AddDialog::updateIconPreview()
{
    const QString path = m_icon->text().trimmed();
    QImageReader reader(path);
    reader.setScaledSize(QSize(previewSize - 8, previewSize - 8) * devicePixelRatioF());
    QImage image = path.isEmpty() ? QImage() : reader.read();
    image.setDevicePixelRatio(devicePixelRatioF());
    m_iconPreview->setPixmap(QPixmap::fromImage(image));
}

void AddDialog::browseIcon()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Icon"), m_icon->text(),
                                                      tr("Images (*.png *.svg *.jpg *.jpeg *.ico *.gif)"));
    if (!path.isEmpty())
        m_icon->setText(path);
}

void AddDialog::browseDestination()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save to"), m_destination->text());
    if (!folder.isEmpty())
        m_destination->setText(folder);
}

void AddDialog::setGrouped(bool grouped)
{
    m_grouped->setChecked(grouped);
}

bool AddDialog::isGrouped() const
{
    return m_grouped->isChecked();
}

QString AddDialog::destination() const
{
    return QDir::cleanPath(m_destination->text().trimmed());
}

QList<AddDialog::Submission> AddDialog::submissions() const
{
    const QStringList list = urls();
    const QStringList sums = checksumLines();
    QList<FetchRequest> requests;
    for (int i = 0; i < list.size(); ++i) {
        FetchRequest request(list.at(i));
        request.integrity = sums.value(i);
        requests.append(request);
    }
    if (requests.size() <= 1 || isGrouped()) {
        const QString title = m_title->text().trimmed();
        return {groupOf(requests, title.isEmpty() ? defaultTitle() : title)};
    }
    QList<Submission> each;
    for (const FetchRequest &request : std::as_const(requests)) {
        // Named after its URL until the server's answer names the file (RegistrationRow::displayTitle).
        each.append(groupOf({request}, QString()));
    }
    return each;
}

AddDialog::Submission AddDialog::groupOf(const QList<FetchRequest> &requests, const QString &title) const
{
    Submission result;
    result.requests = requests;
    result.options.title = title;
    const QString icon = m_icon->text().trimmed();
    if (!icon.isEmpty())
        result.options.icons.append(ImageResource{QFileInfo(icon).absoluteFilePath(), QString(), QString()});
    result.options.destination = destination();
    result.options.downloadTotal = quint64(m_sizeLimit->value() * m_sizeUnit->currentData().toDouble());
    result.options.connections = m_connections->value();
    result.options.startPaused = m_startPaused->isChecked();
    return result;
}

void AddDialog::accept()
{
    validate();
    if (!m_valid)
        return;
    // The checks fetch() itself makes, including free space for the size limit, so a refusal shows up here.
    std::optional<FetchException> error;
    const QList<Submission> all = submissions();
    for (const Submission &values : all) {
        const auto requests = m_validator.checkRequests(values.requests);
        if (const auto *failed = std::get_if<FetchException>(&requests))
            error = *failed;
        else if (const auto options = m_validator.checkOptions(values.options, std::get<QList<FetchRequest>>(requests));
                 std::holds_alternative<FetchException>(options))
            error = std::get<FetchException>(options);
        if (error)
            break;
    }
    if (!error) {
        QDialog::accept();
        return;
    }
    switch (error->issue()) {
    case FetchIssue::InvalidIntegrity:
        m_checksumError->setMessage(Texts::error(*error));
        break;
    case FetchIssue::InvalidDestination:
    case FetchIssue::InsufficientSpace:
        m_destinationError->setMessage(Texts::error(*error));
        break;
    default:
        m_urlError->setMessage(Texts::error(*error));
        break;
    }
}

bool AddDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_urls && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AddDialog::showProbe(const UrlProbe::Answer &answer)
{
    m_answers.insert(answer.url, answer);
    updateProbeSummary();
}

void AddDialog::updateProbeSummary()
{
    const QString text = probeSummary();
    m_probeInfo->setText(text);
    m_probeInfo->setVisible(!text.isEmpty());
    // One URL: the name the file will have is the best default title.
    const QStringList list = urls();
    if (list.size() == 1 && m_title->isEnabled()) {
        const UrlProbe::Answer answer = m_answers.value(list.constFirst());
        m_title->setPlaceholderText(answer.name.isEmpty() ? defaultTitle() : answer.name);
    }
}

QString AddDialog::probeSummary() const
{
    return UrlProbe::summary(urls().mid(0, maxProbed), m_answers);
}

} // namespace Ferry
