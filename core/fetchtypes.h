#pragma once

#include <QObject>
#include <QString>
#include <QStringView>

#include <optional>

// The vocabulary of the Background Fetch API. The spec strings returned by toSpecString() are a wire format
// (storage, JSON, D-Bus, CLI), not user-facing text: ui/ and app/ turn the enums into translated words.
namespace Ferry {
Q_NAMESPACE

// BackgroundFetchResult: "" while active, then "success" or "failure".
enum class FetchResult { Unset, Success, Failure };
Q_ENUM_NS(FetchResult)

// BackgroundFetchFailureReason.
enum class FailureReason { None, Aborted, BadStatus, FetchError, QuotaExceeded, DownloadTotalExceeded };
Q_ENUM_NS(FailureReason)

// The spec's per-record result: "" while pending, "success", or one of the failure reasons.
enum class RecordResult { Pending, Success, Aborted, BadStatus, FetchError, QuotaExceeded, DownloadTotalExceeded };
Q_ENUM_NS(RecordResult)

// The DOMException names the API rejects with.
enum class ErrorCode { TypeError, NotAllowedError, InvalidStateError, QuotaExceededError, AbortError, NotFoundError };
Q_ENUM_NS(ErrorCode)

// Why a call was rejected, precise enough for the front ends to explain it in words.
enum class FetchIssue {
    None,
    EmptyId,
    IdTooLong,
    DuplicateId,
    NoRequests,
    InvalidUrl,
    CredentialsInUrl,
    UnsupportedScheme,
    BadPort,
    DanglingMarkup,
    BlockedByPolicy,
    NoCorsMode,
    InvalidMethod,
    InvalidHeader,
    UnreadableBody,
    BodyNotAllowed,
    InvalidIntegrity,
    InvalidDestination,
    InvalidOption,
    InsufficientSpace,
    StoreFailure,
    NotActive,
    EventNotActive,
    UiAlreadyUpdated,
    UntrustedEvent,
    RecordsUnavailable,
    ResponseUnavailable,
    Aborted,
    NotPausable,
    BusyElsewhere,
    UnknownId,
};
Q_ENUM_NS(FetchIssue)

QString toSpecString(FetchResult result);
QString toSpecString(FailureReason reason);
QString toSpecString(RecordResult result);
QString toSpecString(ErrorCode code);
std::optional<FetchResult> fetchResultFromSpec(QStringView text);
std::optional<FailureReason> failureReasonFromSpec(QStringView text);
std::optional<RecordResult> recordResultFromSpec(QStringView text);

// A record's failure, as the registration-level reason.
FailureReason failureReasonFor(RecordResult result);

} // namespace Ferry
