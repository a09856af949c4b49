#pragma once

#include <QString>

namespace Ferry {

// Which registrations a history listing shows: the window's filters (All, Active, Completed, Failed) and search.
struct HistoryQuery
{
    enum class Status { All, Active, Completed, Failed };

    Status status = Status::All;
    QString text; // matched, case-insensitively, anywhere in the title or the id

    friend bool operator==(const HistoryQuery &, const HistoryQuery &) = default;
};

} // namespace Ferry
