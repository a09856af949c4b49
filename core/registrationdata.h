#pragma once

#include "fetchoptions.h"
#include "fetchrequest.h"
#include "fetchresponse.h"
#include "fetchtypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Ferry {

// Where a registration is in its life. Persisted as text; `Active` and `Paused` registrations are restored at start.
enum class RegistrationState { Active, Paused, Finished };

QString toStorageString(RegistrationState state);
RegistrationState registrationStateFromStorage(QStringView text);

// One byte range of a download fetched over its own connection: [start, end), of which `done` bytes are stored
// (durably, when it comes from the store).
struct SegmentData
{
    qint64 start = 0;
    qint64 end = 0;
    qint64 done = 0;    // bytes of the range made durable by fdatasync: what survives a reboot
    qint64 written = 0; // bytes of the range handed to the kernel (>= done): what survives a crash of the process

    qint64 position() const { return start + done; }
    qint64 remaining() const { return end - position(); }
    bool isComplete() const { return position() >= end; }
    friend bool operator==(const SegmentData &, const SegmentData &) = default;
};

// Why a record failed, in more words than the spec's one: for fetch-error, what kind of fault it was, the host it
// happened with and the network library's own description (already in the user's language). Empty on success.
struct RecordProblem
{
    enum class Kind { None, Certificate, Network, Integrity };
    Kind kind = Kind::None;
    QString host;   // host[:port] of the hop that failed
    QString detail; // e.g. "The certificate has expired"

    bool isEmpty() const { return kind == Kind::None; }
    friend bool operator==(const RecordProblem &, const RecordProblem &) = default;
};

// Everything known about one request of a registration: the request, the response head, and where its body is.
// Plain data shared by the store, the jobs and the front ends; byte counts here are durable ones.
struct RecordData
{
    int index = 0;
    FetchRequest request;
    RecordResult result = RecordResult::Pending;

    int status = 0;             // 0 until a final response arrived
    QByteArray statusText;
    HeaderList responseHeaders;
    QString finalUrl;
    QByteArray etag;            // validators for If-Range (E8)
    QByteArray lastModified;
    qint64 totalLength = -1;    // the complete length of the representation, -1 when unknown
    bool contentEncoded = false;// the body was decoded from a Content-Encoding, so byte ranges cannot resume it

    QString partPath;           // where the body streams to while incomplete
    QString filePath;           // the body once settled
    qint64 bytes = 0;           // body bytes stored
    qint64 uploaded = 0;
    QList<SegmentData> segments;// empty while the body comes over one stream; else the ranges of the file
    // Non-zero while the complete body's file is being given its final name (filePath): the file's identity (see
    // TransferWriter::fileId()). Stored before the rename, so a crash in between is finished at the next start
    // rather than fetched again (FilePlacement::completePlacement()).
    qint64 placingFileId = 0;
    int tries = 0;              // requests sent for the body so far, over every connection and every run
    RecordProblem problem;      // why it failed, when Ferry knows more than `result` says

    bool hasResponse() const { return status != 0; }
    bool isSettled() const { return result != RecordResult::Pending; }
    // Whether a later answer's validators describe the version already stored (E8); one that a side does not
    // send cannot tell, and does not count against it.
    bool isSameVersion(const QByteArray &otherEtag, const QByteArray &otherLastModified) const;
    // The response as exposed to the API (I3: no Content-Range or Content-Length).
    FetchResponse response() const;
};

// One registration as stored: its identity, options, counters, outcome and records.
struct RegistrationData
{
    qint64 seq = 0;             // insertion order; newest first in lists
    QString uuid;               // internal unique id (L2); the developer id may be reused after settling
    QString id;
    QString title;
    QList<ImageResource> icons;
    QString iconPath;           // the cached local copy of the best icon, empty until fetched

    quint64 downloadTotal = 0;
    quint64 uploadTotal = 0;
    quint64 downloaded = 0;
    quint64 uploaded = 0;
    FetchResult result = FetchResult::Unset;
    FailureReason failureReason = FailureReason::None;
    RegistrationState state = RegistrationState::Active;

    QString destination;
    int connections = 0;
    qint64 speedLimit = 0;
    QDateTime created;
    QDateTime finished;
    // The kernel boot the byte counts were last committed in. Within the same boot, a .part file holds every
    // byte written before a crash of the process (the page cache survives it); across a reboot only the
    // fdatasync'ed, committed count can be trusted.
    QByteArray bootId;

    QList<RecordData> records;
    // Lists of history come without records; they carry where the first record's body is (or its URL) and how
    // many records there are, which is all that naming() needs.
    QString firstTarget;
    int recordCount = 0;
    int listedErrorStatus = 0; // the HTTP status of the first bad-status record; see errorStatus()
    RecordProblem::Kind listedProblem = RecordProblem::Kind::None; // the first record problem's kind; see problemKind()

    bool isActive() const { return state != RegistrationState::Finished; }
    // What to call a registration that has no title: its first file's name (chosen from Content-Disposition or
    // the URL once the server answered), else the last segment of its first URL, else that URL's host; with
    // "+N" for the other files. Empty without any request.
    QString naming() const;
    // The title given, else naming(), else the id: what the window, the tray and the notifications call it.
    QString displayTitle() const;
    // The HTTP status that failed it with bad-status (404...), 0 when none did.
    int errorStatus() const;
    // What kind of fault failed it with fetch-error, when a record knows (None otherwise).
    RecordProblem::Kind problemKind() const;
    bool allGet() const;
};

} // namespace Ferry
