#pragma once

#include <QString>

namespace Ferry {

// Which registrations a history listing shows: the window's filters (All, Active, Completed, Failed) and search.
struct HistoryQuery
{
    enum class Status { All, Active, Completed, Failed };

    Status status = Status::All;
    QString text; // matched, case-insensitively, in the title or the id, or the file or URL of an untitled one
    // For FetchStore::visit(): also what RegistrationData::naming() needs, at three lookups per row. Pages of the
    // list always have it.
    bool withNames = false;

    friend bool operator==(const HistoryQuery &, const HistoryQuery &) = default;
};

} // namespace Ferry
