#include "recordtimes.h"

namespace Ferry {

void RecordTimes::observe(const QList<RecordData> &records, qint64 ms)
{
    for (const RecordData &record : records) {
        const bool busy = record.hasResponse() || record.isSettled();
        auto it = m_times.find(record.index);
        if (it == m_times.end()) {
            it = m_times.insert(record.index, Times{ms, record.bytes, -1, busy});
        } else if (!it->started) {
            if (busy || record.bytes != it->startBytes)
                it->started = true;
            else
                it->startMs = ms;
        }
        if (record.isSettled() && it->endMs < 0)
            it->endMs = ms;
    }
}

RecordTimes::Span RecordTimes::spanOf(const RecordData &record) const
{
    const auto it = m_times.constFind(record.index);
    if (it == m_times.cend() || it->endMs < 0)
        return {};
    return {std::max<qint64>(0, record.bytes - it->startBytes), it->endMs - it->startMs};
}

} // namespace Ferry
