#include "terminalview.h"

#include "registrationrow.h"
#include "terminalprogress.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

// Often enough to look alive, rarely enough to read, and cheap over a slow ssh connection.
constexpr int redrawMs = 250;
// Back to the start of the line and erase it: the next text replaces the last.
constexpr auto eraseLine = "\r\033[K";

} // namespace

TerminalView::TerminalView(BackgroundFetchManager &manager, RegistrationPtr registration, QFile *terminal,
                           QObject *parent)
    : QObject(parent), m_manager(manager), m_registration(std::move(registration)), m_terminal(terminal)
{
    m_timer.setInterval(redrawMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        observe();
        draw();
    });
    // Between redraws too, so a record that starts and ends within one is timed closely.
    connect(m_registration.data(), &BackgroundFetchRegistration::progress, this, &TerminalView::observe);
}

void TerminalView::start()
{
    m_clock.start();
    observe();
    draw();
    m_timer.start();
}

void TerminalView::stop()
{
    m_timer.stop();
}

void TerminalView::finish(const RegistrationData &settled)
{
    stop();
    if (m_clock.isValid())
        m_times.observe(settled.records, m_clock.elapsed());
    if (m_drawn)
        m_terminal->write(eraseLine);
    m_drawn = false;
}

QString TerminalView::savedText(const RecordData &record) const
{
    const RecordTimes::Span span = m_times.spanOf(record);
    return TerminalProgress::saved(record.filePath, record.bytes, span.bytes, span.ms);
}

void TerminalView::observe()
{
    if (!m_clock.isValid())
        return;
    const std::optional<RegistrationData> data = m_manager.details(m_registration->uniqueId());
    if (!data)
        return;
    m_times.observe(data->records, m_clock.elapsed());
    // The lengths arrive with the responses; once all are known they do not change.
    if (m_contentLength == 0)
        m_contentLength = RegistrationRow::contentLengthOf(*data);
}

qint64 TerminalView::expectedDownload() const
{
    // As the window's bar: the registration's downloadTotal when given, else what the servers announced.
    return qint64(m_registration->downloadTotal() > 0 ? m_registration->downloadTotal() : m_contentLength);
}

void TerminalView::draw()
{
    const BackgroundFetchRegistration &registration = *m_registration;
    // Both directions feed one speed: an upload's response follows its body, and the line shows what moves now.
    m_speed.add(m_clock.elapsed(), registration.uploaded() + registration.downloaded());
    if (!m_terminal || registration.result() != FetchResult::Unset)
        return;
    TerminalProgress::State state;
    const bool uploading = registration.uploaded() < registration.uploadTotal();
    state.done = uploading ? registration.uploaded() : registration.downloaded();
    state.total = uploading ? registration.uploadTotal() : quint64(expectedDownload());
    state.bytesPerSecond = m_speed.bytesPerSecond();
    const QString text = TerminalProgress::line(state, TerminalProgress::terminalColumns(int(m_terminal->handle())));
    m_terminal->write(QByteArray(eraseLine) + text.toLocal8Bit());
    m_drawn = true;
}

} // namespace Ferry
