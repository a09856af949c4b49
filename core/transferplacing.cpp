// The last step of Transfer: giving a complete, durable body its final name. The store records the file's identity
// and its final name first (placing()), the rename or link follows in place(), so a crash between the two is
// finished at the next start (FilePlacement::completePlacement()) instead of fetching the file again under a
// numbered name. Kept apart from the streaming in transfer.cpp.
#include "transfer.h"

#include "connectionpool.h"
#include "downloadbudget.h"
#include "fileplacement.h"
#include "namereservations.h"

#include <QFileInfo>

#include <cerrno>

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

void Transfer::place()
{
    if (!m_placing || m_done)
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
