// Segmented downloads (DESIGN.md section 3): the part of Transfer that splits one file over several connections.
// The transfer's own connection always fetches the first range; RangeFetchers fetch the others into the same,
// preallocated .part file. A connection that finishes takes over half of the largest range still to do.
#include "transfer.h"

#include "connectionpool.h"
#include "downloadbudget.h"

#include <QFile>
#include <QNetworkReply>

#include <cerrno>

namespace Ferry {

bool Transfer::segmentable() const
{
    // Only what can be fetched by ranges: a plain GET of a known, unencoded length that the server says it
    // serves in byte ranges, big enough to be worth more than one connection.
    const QByteArray ranges = m_reply->rawHeader("Accept-Ranges").toLower();
    return m_order.connections > 1 && m_method == "GET" && !m_askedRange && !m_rec.contentEncoded
        && m_rec.totalLength >= 2 * m_config.minSegmentSize && ranges.contains("bytes");
}

bool Transfer::shouldSegment() const
{
    return segmentable() && m_writer.isOpen();
}

QList<SegmentData> Transfer::segmentPlan() const
{
    const qint64 length = m_rec.totalLength;
    const int count = int(std::min<qint64>(m_order.connections, length / m_config.minSegmentSize));
    QList<SegmentData> plan;
    for (int i = 0; i < count; ++i)
        plan.append(SegmentData{length * i / count, length * (i + 1) / count, 0});
    return plan;
}

bool Transfer::startSegments()
{
    // Without room for the whole file, the ranges still fill what there is: a full disk then stops the download
    // with quota-exceeded and every range keeps its bytes for the resume once there is space.
    const bool reserved = m_writer.preallocate(m_rec.totalLength);
    if (!reserved && (m_writer.errorNumber() != ENOSPC || !m_writer.extendTo(m_rec.totalLength))) {
        settle(m_writer.errorNumber() == ENOSPC ? RecordResult::QuotaExceeded : RecordResult::FetchError);
        return false;
    }
    const QList<SegmentData> plan = segmentPlan();
    m_primary = plan.first();
    m_primaryDone = false;
    m_rec.segments = {m_primary};
    // A segment whose connection has no slot yet waits; rebalance() starts it when one frees.
    for (qsizetype i = 1; i < plan.size(); ++i)
        startFetcher(spawnFetcher(plan.at(i)));
    m_rec.segments = currentSegments(true);
    return true;
}

bool Transfer::resumeSegments()
{
    // The file holds every segment's bytes at their offsets, so it is opened as it is, never cut.
    const QList<SegmentData> stored = m_rec.segments;
    if (m_rec.partPath.isEmpty() || !m_writer.openRange(m_rec.partPath, stored.first().position())) {
        m_budget.release(m_rec.bytes);
        m_rec.segments.clear();
        m_rec.bytes = 0;
        m_dirty = true;
        return false;
    }
    m_primary = stored.first();
    m_primaryDone = m_primary.isComplete();
    m_committedBytes = m_rec.bytes;
    for (qsizetype i = 1; i < stored.size(); ++i)
        spawnFetcher(stored.at(i));
    for (RangeFetcher *fetcher : m_fetchers) {
        if (!fetcher->segment().isComplete())
            startFetcher(fetcher);
    }
    if (m_primaryDone) {
        rebalance();
        completeIfAllSegmentsDone();
    } else {
        sendRequest();
    }
    return true;
}

RangeFetcher *Transfer::spawnFetcher(const SegmentData &segment)
{
    QNetworkAccessManager &network = m_segmentNetworks.isEmpty()
        ? m_network
        : *m_segmentNetworks.at(qsizetype(m_fetchers.size()) % m_segmentNetworks.size());
    auto *fetcher = new RangeFetcher(m_rec, segment, network, m_config, m_budget, m_rate, m_globalRate, this);
    connect(fetcher, &RangeFetcher::advanced, this, [this] {
        m_dirty = true;
        checkProgressDue(segmentedBytes(false));
    });
    connect(fetcher, &RangeFetcher::requestSent, this, [this] {
        ++m_rec.tries;
        m_dirty = true;
    });
    connect(fetcher, &RangeFetcher::completed, this, [this](RangeFetcher *done) {
        releaseFetcherSlot(done);
        onFetcherCompleted();
    });
    connect(fetcher, &RangeFetcher::failed, this, [this](RangeFetcher *failed, RangeFetcher::Failure failure) {
        releaseFetcherSlot(failed);
        if (failure == RangeFetcher::Failure::Broken)
            m_rec.problem = failed->problem();
        onFetcherFailed(failure);
    });
    m_fetchers.push_back(fetcher);
    return fetcher;
}

bool Transfer::startFetcher(RangeFetcher *fetcher)
{
    if (!m_pool.tryAcquire(m_host, m_order.connections))
        return false;
    m_slotHolders.insert(fetcher);
    fetcher->start();
    return true;
}

void Transfer::releaseFetcherSlot(RangeFetcher *fetcher)
{
    if (m_slotHolders.remove(fetcher))
        m_pool.release(m_host);
}

void Transfer::onFetcherCompleted()
{
    m_dirty = true;
    rebalance();
    completeIfAllSegmentsDone();
}

void Transfer::onFetcherFailed(RangeFetcher::Failure failure)
{
    switch (failure) {
    case RangeFetcher::Failure::Refused:
        // Another version of the file, or no ranges after all: never splice, fetch it whole again.
        restartFromZero();
        return;
    case RangeFetcher::Failure::NoSpace:
        settle(RecordResult::QuotaExceeded);
        return;
    case RangeFetcher::Failure::OverTotal:
        settle(RecordResult::DownloadTotalExceeded);
        return;
    case RangeFetcher::Failure::Broken:
        settle(RecordResult::FetchError);
        return;
    }
}

void Transfer::primarySegmentDone()
{
    dropReply();
    m_paceTimer.stop();
    m_primaryDone = true;
    if (!syncAndCheckSpace())
        return;
    // This connection is done; its slot goes to a segment still waiting for one, here or elsewhere.
    if (m_holdsSlot) {
        m_holdsSlot = false;
        m_pool.release(m_host);
    }
    rebalance();
    completeIfAllSegmentsDone();
}

void Transfer::rebalance()
{
    // Segments that are waiting for a connection slot go first.
    for (RangeFetcher *fetcher : m_fetchers) {
        if (fetcher->isActive() && !m_slotHolders.contains(fetcher) && !startFetcher(fetcher))
            return;
    }
    // Smaller than the first split: at the end of a download the last ranges would otherwise crawl along on one
    // (possibly rate-limited) connection each while the others sit idle.
    const qint64 minSteal = std::min(m_config.minSegmentSize, m_config.minStealSize);
    while (!m_done && busyConnections() < m_order.connections) {
        // The range with the most left to do splits in half, but a connection keeps the span it has asked for:
        // those bytes are on their way (RangeFetcher::requestEnd()). This connection's own request covers its
        // whole first range, so taking from it costs what is in flight once.
        qint64 bestCut = -1;
        qint64 bestTaken = 0;
        RangeFetcher *victim = nullptr;
        if (!m_primaryDone) {
            const qint64 position = m_writer.position();
            bestCut = position + (m_primary.end - position) / 2;
            bestTaken = m_primary.end - bestCut;
        }
        for (RangeFetcher *fetcher : m_fetchers) {
            if (!fetcher->isActive())
                continue;
            const SegmentData segment = fetcher->segment();
            const qint64 cut = std::max(fetcher->requestEnd(), segment.position() + segment.remaining() / 2);
            if (segment.end - cut > bestTaken) {
                bestTaken = segment.end - cut;
                bestCut = cut;
                victim = fetcher;
            }
        }
        if (bestTaken < minSteal || !m_pool.canAcquire(m_host, m_order.connections))
            return;
        const qint64 end = victim ? victim->segment().end : m_primary.end;
        if (victim)
            victim->shortenTo(bestCut);
        else
            m_primary.end = bestCut;
        startFetcher(spawnFetcher(SegmentData{bestCut, end, 0}));
        m_dirty = true;
    }
}

int Transfer::busyConnections() const
{
    int count = m_primaryDone ? 0 : 1;
    for (const RangeFetcher *fetcher : m_fetchers)
        count += fetcher->isActive() ? 1 : 0;
    return count;
}

bool Transfer::commitDue(qint64 written) const
{
    // The store's copy of the ranges is what a crash falls back to: it may lag each connection by commitBytes.
    return isSegmented() && written - m_committedBytes >= m_config.commitBytes * std::max(1, busyConnections());
}

void Transfer::checkProgressDue(qint64 written)
{
    if (commitDue(written))
        Q_EMIT progressDue();
}

void Transfer::completeIfAllSegmentsDone()
{
    if (m_done || !m_primaryDone)
        return;
    for (const RangeFetcher *fetcher : m_fetchers) {
        if (!fetcher->isDone())
            return;
    }
    dropSegments();
    m_rec.bytes = m_rec.totalLength;
    complete();
}

void Transfer::dropSegments()
{
    for (RangeFetcher *fetcher : m_fetchers) {
        fetcher->halt();
        releaseFetcherSlot(fetcher);
        fetcher->deleteLater();
    }
    m_fetchers.clear();
    m_rec.segments.clear();
    m_primary = SegmentData();
    m_primaryDone = false;
}

QList<SegmentData> Transfer::currentSegments(bool durable) const
{
    QList<SegmentData> segments;
    SegmentData primary = m_primary;
    primary.written = std::min(primary.end, m_writer.position()) - primary.start;
    primary.done = durable ? std::min(primary.end, m_writer.durableBytes()) - primary.start : primary.written;
    segments.append(primary);
    for (const RangeFetcher *fetcher : m_fetchers)
        segments.append(durable ? fetcher->durableSegment() : fetcher->segment());
    return segments;
}

qint64 Transfer::segmentedBytes(bool durable) const
{
    qint64 total = 0;
    for (const SegmentData &segment : currentSegments(durable))
        total += segment.done;
    return total;
}

} // namespace Ferry
