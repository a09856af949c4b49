#include "filenames.h"

#include <QList>
#include <QTextBoundaryFinder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ferry::FileNames {

namespace {

// Longer "extensions" are more likely part of the name ("notes.from-the-meeting-on-monday"), and keeping them
// whole during truncation would leave too little of the stem.
constexpr qsizetype MaximumExtensionBytes = 20;

bool isUnwanted(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true; // C0, DEL, C1
    // Bidi controls let "invoice\u202Efdp.exe" display as "invoiceexe.pdf".
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c)
        return true;
    // An invisible byte order mark, which UTF-8 decoders drop at the start of a string: the name on disk would
    // not read back as the name we chose.
    return c == 0xfeff;
}

QString withoutUnwanted(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar ch = name.at(i);
        if (ch.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            result.append(ch);
            result.append(name.at(++i));
            continue;
        }
        // A lone surrogate cannot be written as UTF-8; the file system would get a replacement character.
        if (ch.isSurrogate() || isUnwanted(ch.unicode()))
            continue;
        result.append(ch);
    }
    return result;
}

// offsets[i] is the UTF-8 length of text[0, i). Each half of a surrogate pair counts two bytes, and a lone
// surrogate three, the size of the replacement character that stands in for it, so the estimate is never short.
QList<qsizetype> utf8Offsets(QStringView text)
{
    QList<qsizetype> offsets(text.size() + 1, 0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        qsizetype bytes = 3;
        if (ch.unicode() < 0x80)
            bytes = 1;
        else if (ch.unicode() < 0x800)
            bytes = 2;
        else if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            bytes = 2;
        else if (ch.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            bytes = 2;
        offsets[i + 1] = offsets[i] + bytes;
    }
    return offsets;
}

qsizetype utf8Size(QStringView text)
{
    return utf8Offsets(text).constLast();
}

// The longest prefix of text within maxBytes that ends on a grapheme boundary, so that truncation never leaves
// half a character, an accent without its letter or half an emoji sequence. A pathological first cluster (a
// letter with hundreds of combining marks) is cut at a code point boundary instead.
QString prefixWithinBytes(const QString &text, qsizetype maxBytes)
{
    const QList<qsizetype> offsets = utf8Offsets(text);
    if (offsets.constLast() <= maxBytes)
        return text;
    // Fuzzing showed QTextBoundaryFinder (Qt 6.4) reporting boundaries inside surrogate pairs, for instance in
    // "\u0915\U0001F600"; cutting there would leave a lone surrogate, so such boundaries are skipped.
    const auto splitsPair = [&text](qsizetype position) {
        return position > 0 && position < text.size() && text.at(position - 1).isHighSurrogate()
            && text.at(position).isLowSurrogate();
    };
    qsizetype best = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype boundary = finder.toNextBoundary(); boundary > 0; boundary = finder.toNextBoundary()) {
        if (offsets.at(boundary) > maxBytes)
            break;
        if (!splitsPair(boundary))
            best = boundary;
    }
    if (best == 0) {
        for (qsizetype i = 1; i <= text.size() && offsets.at(i) <= maxBytes; ++i) {
            if (!splitsPair(i))
                best = i;
        }
    }
    return text.left(best);
}

bool isCompressionSuffix(QStringView suffix)
{
    static constexpr QStringView compressedSuffixes[] = {u"gz", u"xz", u"bz2", u"zst"};
    for (const QStringView compressed : compressedSuffixes) {
        if (suffix.compare(compressed, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Index of the '.' that starts the extension, or name.size() when there is none. A leading dot is not an
// extension, and neither is a suffix with whitespace ("Mr. Smith") or an implausibly long one.
qsizetype extensionStart(QStringView name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || dot == name.size() - 1)
        return name.size();
    const QStringView suffix = name.sliced(dot + 1);
    if (utf8Size(suffix) > MaximumExtensionBytes)
        return name.size();
    for (const QChar ch : suffix) {
        if (ch.isSpace())
            return name.size();
    }
    // "a.tar.gz" numbered as "a.tar (1).gz" would no longer look like a tarball.
    const QStringView stem = name.first(dot);
    if (isCompressionSuffix(suffix) && stem.size() > 4 && stem.endsWith(u".tar", Qt::CaseInsensitive))
        return dot - 4;
    return dot;
}

bool isReservedOnWindows(QStringView name)
{
    // Windows ignores the extension and trailing spaces: "con .txt" opens the console too.
    QStringView base = name;
    const qsizetype dot = base.indexOf(u'.');
    if (dot >= 0)
        base = base.first(dot);
    while (!base.isEmpty() && base.back() == u' ')
        base.chop(1);
    static constexpr QStringView devices[] = {u"CON", u"PRN", u"AUX", u"NUL", u"CONIN$", u"CONOUT$"};
    for (const QStringView device : devices) {
        if (base.compare(device, Qt::CaseInsensitive) == 0)
            return true;
    }
    if (base.size() != 4)
        return false;
    const QStringView prefix = base.first(3);
    if (prefix.compare(QStringView(u"COM"), Qt::CaseInsensitive) != 0
        && prefix.compare(QStringView(u"LPT"), Qt::CaseInsensitive) != 0)
        return false;
    // Windows also reserves the superscript digits one to three.
    const char16_t digit = base.at(3).unicode();
    return (digit >= u'1' && digit <= u'9') || digit == u'\u00b9' || digit == u'\u00b2' || digit == u'\u00b3';
}

void chopTrailingDotsAndSpaces(QString &name)
{
    while (!name.isEmpty() && (name.back() == u'.' || name.back().isSpace()))
        name.chop(1);
}

} // namespace

QString fallbackName()
{
    return u"download"_s;
}

QString sanitize(const QString &input)
{
    const QString name = cleaned(input);
    return name.isEmpty() ? fallbackName() : name;
}

QString cleaned(const QString &input)
{
    QString text = withoutUnwanted(input);
    text.replace(u'\\', u'/');

    // Only the last component counts, so no name can climb out of the destination folder.
    const QList<QStringView> components = QStringView(text).split(QChar(u'/'), Qt::SkipEmptyParts);
    QString name = components.isEmpty() ? QString() : components.constLast().toString();

    // Strip until stable: ". .-x" needs several passes.
    for (qsizetype before = -1; before != name.size();) {
        before = name.size();
        name = name.trimmed();
        while (!name.isEmpty() && (name.front() == u'.' || name.front() == u'-'))
            name.remove(0, 1);
    }
    // Windows and FAT drop trailing dots and spaces: copied to a USB stick, "x.exe." would become "x.exe".
    chopTrailingDotsAndSpaces(name);
    if (name.isEmpty())
        return QString();

    if (isReservedOnWindows(name))
        name.prepend(u'_');

    if (utf8Size(name) > MaximumBytes) {
        const qsizetype dot = extensionStart(name);
        const QString extension = name.sliced(dot);
        name = prefixWithinBytes(name.first(dot), MaximumBytes - utf8Size(extension));
        if (extension.isEmpty())
            chopTrailingDotsAndSpaces(name);
        if (name.isEmpty())
            return QString();
        name += extension;
    }
    return name;
}

QString fromUrl(const QUrl &url)
{
    // Split before decoding, so that an encoded "%2F" stays inside its segment.
    const QString path = url.path(QUrl::FullyEncoded);
    const QList<QStringView> segments = QStringView(path).split(QChar(u'/'), Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return QString();
    return QUrl::fromPercentEncoding(segments.constLast().toLatin1());
}

QString numbered(const QString &name, int n)
{
    if (n <= 0)
        return name;
    const QString tag = u" ("_s + QString::number(n) + u')';
    const qsizetype dot = extensionStart(name);
    const QString extension = name.sliced(dot);
    const qsizetype budget = MaximumBytes - utf8Size(tag) - utf8Size(extension);
    return prefixWithinBytes(name.first(dot), qMax<qsizetype>(budget, 0)) + tag + extension;
}

} // namespace Ferry::FileNames
