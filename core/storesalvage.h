#pragma once

#include <QString>

class QSqlDatabase;

namespace Ferry::StoreSalvage {

// Copies every row that can still be read from the damaged store at `damagedPath` into the new, empty store open
// on `db` (same or older schema). SQLite stops a scan at the first damaged page, so each table is read forward up
// to the damage and then backward from its end up to it: the rows on both sides are kept. Rows that no longer fit
// (a record whose registration was lost, a registration with no record left) are left out. Returns the number of registrations saved, or -1 when the
// damaged file could not be read at all.
int copyReadable(QSqlDatabase &db, const QString &damagedPath);

} // namespace Ferry::StoreSalvage
