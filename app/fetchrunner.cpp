#include "fetchrunner.h"

#include "jsonreport.h"
#include "terminalview.h"
#include "texts.h"

#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr int exitFailure = 1;
constexpr int exitInterrupted = 130;

} // namespace

FetchRunner::FetchRunner(BackgroundFetchManager &manager, bool json, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_json(json)
    , m_humanOut(!json && ::isatty(STDOUT_FILENO))
    , m_progressLine(!json && ::isatty(STDERR_FILENO))
{
    m_out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    connect(&m_manager, &BackgroundFetchManager::backgroundFetchSuccess, this, &FetchRunner::onFinished);
    connect(&m_manager, &BackgroundFetchManager::backgroundFetchFail, this, &FetchRunner::onFinished);
    connect(&m_manager, &BackgroundFetchManager::backgroundFetchAbort, this, &FetchRunner::onFinished);
}

void FetchRunner::writeOut(const QByteArray &text)
{
    m_out.write(text);
}

void FetchRunner::writeErr(const QString &text)
{
    m_err.write(text.toLocal8Bit());
}

bool FetchRunner::follow(const QFuture<RegistrationPtr> &pending)
{
    try {
        m_registration = pending.result();
    } catch (const FetchException &error) {
        writeErr(u"ferry: "_s + Texts::error(error) + u'\n');
        return false;
    }
    connect(m_registration.data(), &BackgroundFetchRegistration::progress, this, &FetchRunner::printProgress);
    if (!m_json)
        writeErr(tr("Fetching \"%1\"").arg(m_registration->id()) + u'\n');
    if (m_humanOut || m_progressLine) {
        m_view = new TerminalView(m_manager, m_registration, m_progressLine ? &m_err : nullptr, this);
        m_view->start();
    }
    // A resumed registration whose records were all done (the last process died just before it stored the
    // outcome) settles inside restore(), before there was anyone to tell: report it now, or wait forever.
    if (m_registration->result() != FetchResult::Unset) {
        report();
        return true;
    }
    printProgress();
    return true;
}

void FetchRunner::printProgress()
{
    // Only JSON follows every change; the terminal's line is redrawn at its own pace by TerminalView.
    if (!m_json || !m_registration || m_registration->result() != FetchResult::Unset)
        return;
    if (const auto data = m_manager.details(m_registration->uniqueId()))
        writeOut(JsonReport::line(JsonReport::event(u"progress"_s, *data, m_registration.data())));
}

void FetchRunner::onFinished(BackgroundFetchEvent *event)
{
    if (m_registration && event->registration() == m_registration)
        report();
}

void FetchRunner::report()
{
    const auto data = m_manager.details(m_registration->uniqueId());
    if (!data) {
        if (m_view)
            m_view->finish(RegistrationData{});
        writeErr(tr("ferry: cannot read the outcome of \"%1\" from the database").arg(m_registration->id()) + u'\n');
        QTimer::singleShot(0, this, [this] { Q_EMIT done(exitFailure); });
        return;
    }
    const bool success = data->result == FetchResult::Success;
    if (m_json) {
        writeOut(JsonReport::line(JsonReport::event(u"finished"_s, *data, m_registration.data())));
    } else {
        if (m_view)
            m_view->finish(*data);
        for (const RecordData &record : data->records) {
            if (record.result == RecordResult::Success && m_humanOut)
                writeOut(m_view->savedText(record).toLocal8Bit() + '\n');
            else if (record.result == RecordResult::Success)
                writeOut(tr("%1 -> %2 (%3)").arg(record.request.url, record.filePath, Texts::bytes(record.bytes)).toLocal8Bit()
                         + '\n');
            else
                writeErr(tr("%1: %2").arg(record.request.url, Texts::recordFailure(record))
                         + (record.status == 401 ? tr("; give a login with --user USER:PASSWORD or in ~/.netrc") : QString())
                         + u'\n');
        }
        if (!success)
            writeErr(tr("Failed: %1 (%2)").arg(Texts::failureReason(data->failureReason),
                                               toSpecString(data->failureReason))
                     + u'\n');
    }
    const int code = success ? 0 : exitFailure;
    QTimer::singleShot(0, this, [this, code] { Q_EMIT done(code); });
}

void FetchRunner::interrupt()
{
    if (m_view)
        m_view->stop();
    m_manager.suspendAll();
    if (m_registration && m_registration->result() == FetchResult::Unset) {
        const auto data = m_manager.details(m_registration->uniqueId());
        if (m_json && data)
            writeOut(JsonReport::line(JsonReport::event(u"interrupted"_s, *data, m_registration.data())));
        else if (!m_json)
            writeErr(u"\n"_s + tr("Interrupted; continue with: ferry resume %1").arg(m_registration->id()) + u'\n');
    }
    Q_EMIT done(exitInterrupted);
}

} // namespace Ferry
