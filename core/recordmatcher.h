#pragma once

#include "fetchoptions.h"
#include "registrationdata.h"

#include <QUrl>

namespace Ferry {

// The Service Worker algorithm "Request Matches Cached Item", as match()/matchAll() use it (checklist H4–H7).
// `queryUrl` is already resolved; `record` supplies the stored request and, once it arrived, the response's Vary.
bool requestMatchesRecord(const QUrl &queryUrl, const HeaderList &queryHeaders, const RecordData &record,
                          const CacheQueryOptions &options);

} // namespace Ferry
