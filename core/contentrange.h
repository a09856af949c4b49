#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>

// Parsers for the HTTP header values that resuming and retrying depend on. Pure functions, safe on any thread.
// They read untrusted bytes from the network, so they are strict: a value they reject makes the engine treat the
// response as unusable for resuming, which is safe, while a value misread could corrupt a file.
namespace Ferry {

// A satisfied Content-Range: bytes first..last (inclusive) of a representation of `complete` bytes.
struct ContentRange {
    qint64 first = 0;
    qint64 last = 0;
    qint64 complete = -1; // -1 when the server sent "*": the complete length is unknown

    qint64 length() const { return last - first + 1; }
    friend bool operator==(const ContentRange &, const ContentRange &) = default;
};

// RFC 9110 section 14.4: "bytes first-last/complete" or "bytes first-last/*". The unit is case-insensitive, and
// the "bytes=" form an erratum of RFC 7233 once showed is tolerated. The unsatisfied form "bytes */length",
// first > last, last >= complete, negative numbers, overflow and any trailing junk give nullopt.
std::optional<ContentRange> parseContentRange(QByteArrayView value);

// RFC 9110 section 8.6: one non-negative decimal number, with surrounding whitespace allowed. A list of
// identical values (what a proxy makes of a duplicated header) is accepted, as the RFC permits; anything else,
// including overflow, gives nullopt.
std::optional<qint64> parseContentLength(QByteArrayView value);

// RFC 9110 section 10.2.3: delta-seconds, or an HTTP-date (IMF-fixdate, or the obsolete RFC 850 and asctime
// forms) that is turned into a delay from now. A date in the past gives zero seconds.
std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView value, const QDateTime &now);

} // namespace Ferry
