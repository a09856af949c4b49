#include "fetchtypes.h"

#include <array>
#include <cstddef>


namespace Ferry {
namespace {

// The exact strings of the spec's IDL enums. Order matches the C++ enums.
constexpr std::array<QStringView, 3> resultStrings{u"", u"success", u"failure"};
constexpr std::array<QStringView, 6> reasonStrings{u"", u"aborted", u"bad-status", u"fetch-error", u"quota-exceeded",
                                                   u"download-total-exceeded"};
constexpr std::array<QStringView, 7> recordStrings{u"",           u"success",        u"aborted",
                                                   u"bad-status", u"fetch-error",    u"quota-exceeded",
                                                   u"download-total-exceeded"};
constexpr std::array<QStringView, 6> errorStrings{u"TypeError",   u"NotAllowedError", u"InvalidStateError",
                                                  u"QuotaExceededError", u"AbortError", u"NotFoundError"};

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<QStringView, N> &table, QStringView text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i] == text)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

QString toSpecString(FetchResult result)
{
    return resultStrings.at(static_cast<std::size_t>(result)).toString();
}

QString toSpecString(FailureReason reason)
{
    return reasonStrings.at(static_cast<std::size_t>(reason)).toString();
}

QString toSpecString(RecordResult result)
{
    return recordStrings.at(static_cast<std::size_t>(result)).toString();
}

QString toSpecString(ErrorCode code)
{
    return errorStrings.at(static_cast<std::size_t>(code)).toString();
}

std::optional<FetchResult> fetchResultFromSpec(QStringView text)
{
    return lookup<FetchResult>(resultStrings, text);
}

std::optional<FailureReason> failureReasonFromSpec(QStringView text)
{
    return lookup<FailureReason>(reasonStrings, text);
}

std::optional<RecordResult> recordResultFromSpec(QStringView text)
{
    return lookup<RecordResult>(recordStrings, text);
}

FailureReason failureReasonFor(RecordResult result)
{
    switch (result) {
    case RecordResult::Pending:
    case RecordResult::Success:
        return FailureReason::None;
    case RecordResult::Aborted:
        return FailureReason::Aborted;
    case RecordResult::BadStatus:
        return FailureReason::BadStatus;
    case RecordResult::FetchError:
        return FailureReason::FetchError;
    case RecordResult::QuotaExceeded:
        return FailureReason::QuotaExceeded;
    case RecordResult::DownloadTotalExceeded:
        return FailureReason::DownloadTotalExceeded;
    }
    return FailureReason::FetchError;
}

} // namespace Ferry
