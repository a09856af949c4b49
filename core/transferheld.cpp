// The small-body half of Transfer: a body of known length up to EngineConfig::heldBodyLimit is kept in memory
// and lands whole, through an unnamed file, once it is complete; a pause or a dropped connection puts it into a
// .part file, from where the usual streaming takes over. Kept apart from the streaming in transfer.cpp.
#include "transfer.h"

#include "downloadbudget.h"
#include "fileplacement.h"
#include "namereservations.h"
#include "recordproblems.h"

#include <QFile>

#include <cerrno>

namespace Ferry {

bool Transfer::shouldHoldBody() const
{
    // Not for a resume: that continues a .part file the store already knows.
    return !m_writer.isOpen() && m_rec.partPath.isEmpty() && m_rec.totalLength >= 0
        && m_rec.totalLength <= m_config.heldBodyLimit;
}

bool Transfer::holdBody()
{
    // Reported with the end instead: until then nothing is on disk that a resume would need to know about.
    m_heldName = FilePlacement::suggestedName(m_reply->rawHeader("Content-Disposition"), m_url);
    m_heldPath = m_names.reserve(m_order.destination, m_heldName);
    if (m_heldPath.isEmpty())
        return false;
    m_holding = true;
    m_heldHeadReported = false;
    m_held.reserve(m_rec.totalLength);
    m_rec.filePath = m_heldPath; // what the window shows while it arrives
    return true;
}

void Transfer::releaseHeldPath()
{
    m_names.release(m_heldPath);
    m_heldPath.clear();
}

void Transfer::placeHeldBody()
{
    if (!m_rec.request.integrity.isEmpty() && !FilePlacement::bodyMatchesIntegrity(m_held, m_rec.request.integrity)) {
        m_rec.problem = {RecordProblem::Kind::Integrity, RecordProblems::hostOf(m_url), QString()};
        settle(RecordResult::FetchError);
        return;
    }
    if (!hasSpace(m_order.destination, m_held.size()))
        return;
    const QString planned = FilePlacement::writeWhole(m_writer, m_heldPath, m_held);
    if (planned.isEmpty()) {
        const int error = m_writer.errorNumber();
        settle(error == ENOSPC || error == EDQUOT ? RecordResult::QuotaExceeded : RecordResult::FetchError);
        return;
    }
    m_holding = false;
    m_held = QByteArray();
    if (m_writer.isOpen()) {
        askToPlace(m_writer.fileId());
        return;
    }
    // Written into a .part file instead, which claims the name from here on.
    releaseHeldPath();
    m_rec.filePath = planned;
    m_rec.partPath = m_writer.path();
    askToPlace(TransferWriter::fileId(m_rec.partPath));
}

void Transfer::reportHeldHead()
{
    if (!m_holding || m_heldHeadReported)
        return;
    m_heldHeadReported = true;
    Q_EMIT headReceived(m_rec);
}

bool Transfer::spillHeldBody()
{
    if (!m_holding)
        return true;
    m_holding = false;
    const QByteArray body = std::exchange(m_held, QByteArray());
    // From here on the .part file claims the name, as for any streamed download.
    releaseHeldPath();
    const QString planned = FilePlacement::claimPartFile(m_writer, m_order.destination, m_heldName);
    if (!planned.isEmpty() && m_writer.write(body.constData(), body.size()) == TransferWriter::Status::Ok
        && m_writer.sync()) {
        m_rec.filePath = planned;
        m_rec.partPath = m_writer.path();
        m_dirty = true;
        return true;
    }
    if (m_writer.isOpen()) {
        QFile::remove(m_writer.path());
        m_writer.close();
    }
    m_rec.filePath.clear();
    m_budget.release(body.size());
    m_rec.bytes = 0;
    m_dirty = true;
    return false;
}

void Transfer::forgetHeldBody()
{
    if (!m_holding)
        return;
    // Never on disk, so never committed: the bytes are fetched again.
    m_budget.release(m_held.size());
    m_held = QByteArray();
    m_holding = false;
    releaseHeldPath();
    m_rec.filePath.clear();
    m_rec.bytes = 0;
    m_dirty = true;
}

} // namespace Ferry
