#pragma once

#include "hosterror.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonObject>

#include <chrono>
#include <optional>
#include <variant>

namespace Ferry {

// The browsers' native-messaging framing on a pair of file descriptors (stdin and stdout): every message is a
// 32-bit length in the machine's byte order followed by that many bytes of UTF-8 JSON, in both directions.
//
// Reads block. Between messages the host waits as long as the browser keeps the pipe open, since an extension that
// used connectNative() may send its next message at any time. Once a message has begun, the rest must arrive
// within the stall timeout, so a sender that stops half way cannot keep the host waiting for ever.
class NativeMessageChannel final
{
public:
    // Ferry's messages are a few links and a title. Chromium lets an extension send up to 64 MiB, so a cap keeps a
    // broken or hostile sender from making the host allocate that much; a larger message is refused unread.
    static constexpr quint32 maxMessageSize = 1024 * 1024;

    struct EndOfInput {};
    using ReadResult = std::variant<QByteArray, EndOfInput, HostError>;

    NativeMessageChannel(int inputFd, int outputFd, std::chrono::milliseconds stallTimeout);
    Q_DISABLE_COPY_MOVE(NativeMessageChannel)

    // The next message; EndOfInput when the input closed between messages; TooLarge, Truncated or Stalled when
    // the framing broke, after which nothing more can be read from this input.
    ReadResult read();

    // Writes one framed reply. False when the browser is gone (the pipe is closed).
    bool write(const QJsonObject &reply);

private:
    enum class Fill { Complete, EndOfInput, TimedOut };
    // Reads exactly `size` bytes into `data`. The deadline starts with the first byte of a message.
    Fill fill(char *data, qsizetype size, qsizetype &done, std::optional<QDeadlineTimer> &deadline);

    int m_input;
    int m_output;
    std::chrono::milliseconds m_stallTimeout;
};

} // namespace Ferry
