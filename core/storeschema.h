#pragma once

#include "historyquery.h"

#include <QStringList>
#include <QVariantList>

#include <utility>

// The SQL of the store that is not a query of its own: the schema, step by step, and the filters of history
// listings. Fixed text only; data always travels as bound values.
namespace Ferry::StoreSchema {

// One statement per schema version; PRAGMA user_version counts how many have run.
const QStringList &migrations();
// The WHERE clause (possibly empty) and its bound values for a history query.
std::pair<QString, QVariantList> whereFor(const HistoryQuery &query);

} // namespace Ferry::StoreSchema
