// Where Transfer waits for the store, so that a crash never leaves a file the store does not know about: a new
// .part file is created only once the store has its name (askToClaim(), then claimRecorded()), and a complete body
// takes its final name only once the store has the file's identity and that name (askToPlace(), then place()); a
// crash after that is finished at the next start (FilePlacement::completePlacement()). Either way nothing is
// fetched again under a numbered name. Kept apart from the streaming in transfer.cpp.
#include "transfer.h"

#include "connectionpool.h"
#include "downloadbudget.h"
#include "fileplacement.h"
#include "namereservations.h"

#include <QFileInfo>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace Ferry {

void Transfer::askToPlace(qint64 fileId)
{
    if (fileId == 0) {
        settle(RecordResult::FetchError);
        return;
    }
    m_placing = true;
    m_rec.placingFileId = fileId;
    // Nothing more comes over the network: the next download to this host need not wait for the store.
    if (m_holdsSlot) {
        m_holdsSlot = false;
        m_pool.release(m_host);
    }
    Q_EMIT placing(m_rec);
}

void Transfer::recorded(const RecordData &stored)
{
    // Only the write that holds what this transfer waits for: the store may answer an earlier question (the head
    // of a resumed response) after this one was asked, and a file renamed on that answer would be one the store
    // does not know (a crash then fetched it again under a numbered name; found by tst_killsoak).
    if (m_done)
        return;
    if (m_claimPending && stored.partPath == m_rec.partPath)
        claimRecorded();
    else if (m_placing && stored.placingFileId == m_rec.placingFileId && stored.filePath == m_rec.filePath)
        place();
}

bool Transfer::askToClaim()
{
    m_claimName = FilePlacement::suggestedName(m_reply->rawHeader("Content-Disposition"), m_url);
    return askToClaimNext();
}

void Transfer::claimRecorded()
{
    m_claimPending = false;
    if (!m_writer.create(m_rec.partPath)) {
        const bool taken = m_writer.errorNumber() == EEXIST;
        m_names.release(m_claimPath);
        // Another program took the name after the store recorded it: record the next free one, then create that.
        if (taken && askToClaimNext())
            return;
        m_rec.partPath.clear();
        m_rec.filePath.clear();
        settle(RecordResult::FetchError);
        return;
    }
    // From here on the .part file claims the name.
    m_names.release(std::exchange(m_claimPath, QString()));
    m_sinceSync.start();
    if (!startBody())
        return;
    onPacedRead();
}

bool Transfer::askToClaimNext()
{
    m_claimPath = m_names.reserve(m_order.destination, m_claimName);
    if (m_claimPath.isEmpty())
        return false;
    m_claimPending = true;
    m_rec.filePath = m_claimPath;
    m_rec.partPath = m_claimPath + u".part"_s;
    // A file to be split over connections is preallocated, so its size will say nothing of what it holds: the
    // store has its ranges from the start, and a crash before their first count resumes them from where they begin.
    RecordData head = m_rec;
    if (segmentable())
        head.segments = segmentPlan();
    Q_EMIT headReceived(head);
    return true;
}

void Transfer::abandonClaim()
{
    if (!std::exchange(m_claimPending, false))
        return;
    // No file was created: the record names none, and the name is free again.
    m_names.release(std::exchange(m_claimPath, QString()));
    m_rec.partPath.clear();
    m_rec.filePath.clear();
}

void Transfer::place()
{
    if (!m_placing)
        return;
    // A body held in memory is in a file without a name; a streamed one in its .part file.
    const bool unnamed = m_rec.partPath.isEmpty();
    const int result = unnamed ? m_writer.publishAs(m_rec.filePath)
                               : TransferWriter::renameNoReplace(m_rec.partPath, m_rec.filePath);
    if (result == EEXIST) {
        // Another program took the name after the store recorded it: record the next free one, then try that.
        QString next;
        if (unnamed) {
            releaseHeldPath();
            next = m_heldPath = m_names.reserve(QFileInfo(m_rec.filePath).path(), m_heldName);
        } else {
            next = FilePlacement::freeName(m_rec.filePath);
        }
        if (next.isEmpty()) {
            m_placing = false;
            settle(RecordResult::FetchError);
            return;
        }
        m_rec.filePath = next;
        Q_EMIT placing(m_rec);
        return;
    }
    m_placing = false;
    if (result != 0) {
        settle(RecordResult::FetchError);
        return;
    }
    if (unnamed) {
        m_writer.close();
        releaseHeldPath();
    }
    m_rec.partPath.clear();
    m_rec.placingFileId = 0;
    settle(RecordResult::Success);
}

void Transfer::abandonPlacing()
{
    if (!std::exchange(m_placing, false) || !m_rec.partPath.isEmpty())
        return;
    // Closing the unnamed file frees it: the body is fetched again, under the name that is free again.
    m_writer.close();
    releaseHeldPath();
    m_budget.release(m_rec.bytes);
    m_rec.bytes = 0;
    m_rec.filePath.clear();
    m_rec.placingFileId = 0;
    m_dirty = true;
}

} // namespace Ferry
