#pragma once

#include <QJsonObject>
#include <QString>

// What the native-messaging host answers when it cannot hand a message over to Ferry. The codes are part of the
// protocol with the browser extension, like the spec's failureReason strings: stable and never translated. The
// extension turns them into words for its user.
namespace Ferry {

enum class HostError {
    TooLarge,       // the length prefix announces more than the host accepts; the rest of the input is not read
    Truncated,      // the input ended in the middle of a message
    Stalled,        // a message started but its remaining bytes did not arrive in time
    InvalidJson,    // the message is not a JSON object
    InvalidMessage, // a JSON object without a usable "url" or "urls", or with a "title" that is not a string
    NoSessionBus,   // there is no D-Bus session bus to reach Ferry on
    NotRunning,     // Ferry is not running and the bus could not start it
    Timeout,        // Ferry did not answer in time
    Rejected,       // Ferry answered with an error, for example a URL it does not download
};

struct HostFailure {
    HostError error = HostError::Rejected;
    QString detail; // free text for logs and bug reports, such as a D-Bus error; may be empty
};

QString errorCode(HostError error);

// {"error": code} plus {"detail": ...} when there is one.
QJsonObject errorReply(const HostFailure &failure);

} // namespace Ferry
