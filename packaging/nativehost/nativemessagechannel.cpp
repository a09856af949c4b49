#include "nativemessagechannel.h"

#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <unistd.h>

namespace Ferry {

NativeMessageChannel::NativeMessageChannel(int inputFd, int outputFd, std::chrono::milliseconds stallTimeout)
    : m_input(inputFd), m_output(outputFd), m_stallTimeout(stallTimeout)
{
}

NativeMessageChannel::Fill NativeMessageChannel::fill(char *data, qsizetype size, qsizetype &done,
                                                      std::optional<QDeadlineTimer> &deadline)
{
    while (done < size) {
        // Without a deadline (no byte of this message yet) poll() waits for ever; -1 is its "no timeout".
        const int waitMs = deadline ? int(deadline->remainingTime()) : -1;
        pollfd pfd{m_input, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, waitMs);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            return Fill::EndOfInput;
        }
        if (ready == 0)
            return Fill::TimedOut;
        const ssize_t got = ::read(m_input, data + done, size_t(size - done));
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return Fill::EndOfInput;
        }
        if (got == 0)
            return Fill::EndOfInput;
        done += got;
        if (!deadline)
            deadline = QDeadlineTimer(m_stallTimeout);
    }
    return Fill::Complete;
}

NativeMessageChannel::ReadResult NativeMessageChannel::read()
{
    std::optional<QDeadlineTimer> deadline;
    char header[sizeof(quint32)];
    qsizetype headerDone = 0;
    switch (fill(header, qsizetype(sizeof header), headerDone, deadline)) {
    case Fill::Complete:
        break;
    case Fill::EndOfInput:
        return headerDone == 0 ? ReadResult(EndOfInput{}) : ReadResult(HostError::Truncated);
    case Fill::TimedOut:
        return HostError::Stalled;
    }
    // Native byte order, as the browsers write it.
    quint32 length = 0;
    std::memcpy(&length, header, sizeof length);
    if (length > maxMessageSize)
        return HostError::TooLarge;

    QByteArray message(qsizetype(length), Qt::Uninitialized);
    qsizetype bodyDone = 0;
    switch (fill(message.data(), message.size(), bodyDone, deadline)) {
    case Fill::Complete:
        return message;
    case Fill::EndOfInput:
        return HostError::Truncated;
    case Fill::TimedOut:
        return HostError::Stalled;
    }
    return HostError::Truncated;
}

bool NativeMessageChannel::write(const QJsonObject &reply)
{
    const QByteArray json = QJsonDocument(reply).toJson(QJsonDocument::Compact);
    const quint32 length = quint32(json.size());
    QByteArray frame(qsizetype(sizeof length), Qt::Uninitialized);
    std::memcpy(frame.data(), &length, sizeof length);
    frame += json;
    qsizetype done = 0;
    while (done < frame.size()) {
        const ssize_t written = ::write(m_output, frame.constData() + done, size_t(frame.size() - done));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += written;
    }
    return true;
}

} // namespace Ferry
