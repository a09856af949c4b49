#include "terminalprogress.h"

#include "texts.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

#include <sys/ioctl.h>

using namespace Qt::StringLiterals;

namespace Ferry {
namespace {

constexpr int fallbackColumns = 80;
constexpr int minimumBar = 10; // narrower, a bar tells too little to be worth its room
constexpr int maximumBar = 40;

// The characters terminals give two columns: the East Asian wide and fullwidth blocks and the emoji, from Unicode's
// EastAsianWidth.txt in broad strokes (a few rare ones are missed, which costs at most a column or two).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

int columnsOfCharacter(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    if (c < 0x20 || category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
        || category == QChar::Other_Format)
        return 0;
    return isWide(c) ? 2 : 1;
}

// The longest start of `text` that fits in `columns`.
QString cutToColumns(const QString &text, int columns)
{
    QString result;
    int used = 0;
    for (const char32_t c : text.toUcs4()) {
        used += columnsOfCharacter(c);
        if (used > columns)
            break;
        result += QString::fromUcs4(&c, 1);
    }
    return result;
}

QString bar(quint64 done, quint64 total, int inner)
{
    const int filled = int(std::min<quint64>(quint64(inner), done * quint64(inner) / total));
    QString text = u"["_s + QString(filled, u'=');
    if (filled < inner)
        text += u'>' + QString(inner - filled - 1, u' ');
    return text + u']';
}

} // namespace

QString TerminalProgress::line(const State &state, int columns)
{
    const int room = std::max(0, columns - 1);
    const bool knownTotal = state.total > 0;
    // The parts in the order they are given up when the terminal is narrow: the last one first.
    QStringList parts;
    if (knownTotal) {
        const int percent = int(std::min<quint64>(100, state.done * 100 / state.total));
        //: Percent done in the terminal's progress line.
        const QString widest = tr("%1%").arg(100);
        parts.append(tr("%1%").arg(percent).rightJustified(widest.size()));
    }
    parts.append(Texts::amount(state.done, state.total));
    if (state.bytesPerSecond >= 0) {
        parts.append(Texts::speed(state.bytesPerSecond));
        if (knownTotal && state.bytesPerSecond >= 1 && state.done < state.total)
            parts.append(Texts::timeLeft(qint64(double(state.total - state.done) / state.bytesPerSecond + 0.5)));
    }
    const QString gap = u"  "_s;
    while (parts.size() > 1 && columnsOf(parts.join(gap)) > room)
        parts.removeLast();
    QString text = parts.join(gap);
    const int left = room - columnsOf(text) - 1;
    if (knownTotal && left >= minimumBar + 2)
        text = bar(state.done, state.total, std::min(maximumBar, left - 2)) + u' ' + text;
    return cutToColumns(text, room);
}

QString TerminalProgress::saved(const QString &path, qint64 size, qint64 bytesThisRun, qint64 ms)
{
    if (ms <= 0)
        return tr("saved to %1 (%2)").arg(path, Texts::bytes(size));
    const double speed = double(bytesThisRun) * 1000.0 / double(ms);
    return tr("saved to %1 (%2 in %3, %4)").arg(path, Texts::bytes(size), duration(ms), Texts::speed(speed));
}

QString TerminalProgress::duration(qint64 ms)
{
    //: A duration in seconds, such as "0.4 s" or "12 s".
    if (ms < 10000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

int TerminalProgress::columnsOf(QStringView text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4())
        columns += columnsOfCharacter(c);
    return columns;
}

int TerminalProgress::terminalColumns(int fd)
{
    winsize size{};
    if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return fallbackColumns;
}

} // namespace Ferry
