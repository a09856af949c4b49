#include "recordmatcher.h"

namespace Ferry {

bool requestMatchesRecord(const QUrl &queryUrl, const HeaderList &queryHeaders, const RecordData &record,
                          const CacheQueryOptions &options)
{
    // H5: only the stored request's method counts; the query's is never compared (Chromium differs).
    if (!options.ignoreMethod && !record.request.isGet())
        return false;
    // H4, H6: fragments never count; the query string only without ignoreSearch.
    QUrl::FormattingOptions strip = QUrl::RemoveFragment;
    if (options.ignoreSearch)
        strip |= QUrl::RemoveQuery;
    const QUrl stored(record.request.url);
    if (queryUrl.adjusted(strip) != stored.adjusted(strip))
        return false;
    // H7: without a response yet, or with ignoreVary, Vary is not looked at.
    const QByteArray vary = headerValue(record.responseHeaders, "Vary");
    if (!record.hasResponse() || options.ignoreVary || vary.isNull())
        return true;
    for (const QByteArray &field : vary.split(',')) {
        const QByteArray name = field.trimmed();
        if (name.isEmpty())
            continue;
        if (name == "*")
            return false;
        if (headerValue(record.request.headers, name) != headerValue(queryHeaders, name))
            return false;
    }
    return true;
}

} // namespace Ferry
