#include "contentdisposition.h"

#include "filenames.h"

#include <QByteArray>
#include <QList>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace Ferry::ContentDisposition {

namespace {

// Each `filename*` that fails to decode is retried with the next; a header listing thousands of them is hostile,
// and a handful covers every server that sends alternatives.
constexpr qsizetype MaximumExtendedCandidates = 8;

struct Parameters {
    std::optional<QByteArray> fileName;
    QList<QByteArray> fileNameStars;
};

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Strict: every `escape` must start a two-digit hex escape, because a stray '%' means the value was never
// percent-encoded (or is broken), and guessing would mangle a literal name like "50%off.txt". With
// underscoreIsSpace, this is the "Q" encoding of encoded words, whose escape is '=' and whose '_' stands for a space.
std::optional<QByteArray> hexDecoded(QByteArrayView encoded, char escape = '%', bool underscoreIsSpace = false)
{
    QByteArray decoded;
    decoded.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c != escape) {
            decoded.append(underscoreIsSpace && c == '_' ? ' ' : c);
            continue;
        }
        if (i + 2 >= encoded.size())
            return std::nullopt;
        const int high = hexValue(encoded[i + 1]);
        const int low = hexValue(encoded[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        decoded.append(char(high * 16 + low));
        i += 2;
    }
    return decoded;
}

// Browsers read every Latin-1 label as windows-1252, whose 0x80-0x9F are printable (the euro sign, curly quotes)
// rather than the C1 controls of ISO-8859-1; servers that say ISO-8859-1 almost always mean it. The five bytes
// windows-1252 leaves undefined keep their C1 meaning, which sanitising removes.
QString fromWindows1252(QByteArrayView bytes)
{
    static constexpr char16_t high[32] = {
        0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
        0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
    };
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = uchar(bytes[i]);
        text[i] = QChar(byte >= 0x80 && byte < 0xa0 ? high[byte - 0x80] : char16_t(byte));
    }
    return text;
}

bool isOneOf(QByteArrayView key, std::initializer_list<QByteArrayView> labels)
{
    for (const QByteArrayView label : labels) {
        if (key == label)
            return true;
    }
    return false;
}

// The text `bytes` stand for in `charset`, or nullopt when the charset is unknown or the bytes are not valid in
// it. Labels are compared without case, '-' or '_', the way browsers match them ("utf8", "iso88591").
std::optional<QString> decodeCharset(QByteArrayView charset, QByteArrayView bytes)
{
    charset = charset.trimmed();
    if (charset.isEmpty() || charset.size() > 40)
        return std::nullopt;
    QByteArray key;
    for (const char c : charset) {
        if (c != '-' && c != '_')
            key.append(char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
    }
    if (isOneOf(key, {"utf8", "unicode11utf8", "unicode20utf8", "xunicode20utf8"})) {
        if (!bytes.isValidUtf8())
            return std::nullopt;
        return QString::fromUtf8(bytes);
    }
    if (isOneOf(key, {"iso88591", "latin1", "l1", "usascii", "ascii", "windows1252", "cp1252", "xcp1252", "cp819",
                      "ibm819", "csisolatin1", "isoir100", "iso88591:1987", "ansix3.41968"}))
        return fromWindows1252(bytes);
    // Names for which the converter would answer with something no server means: the UTF-16 and UTF-32 family
    // cannot be percent-encoded sensibly, and "locale" and "system" are whatever this machine happens to use.
    if (key.startsWith("utf16") || key.startsWith("utf32") || key.startsWith("ucs") || key == "locale"
        || key == "system")
        return std::nullopt;
    // Qt built with ICU (as distributions ship it) knows the legacy charsets: EUC-JP, Shift_JIS, GBK, Big5, ...
    QStringDecoder decoder(charset.toByteArray().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    const QString text = decoder.decode(bytes);
    // Some converters substitute for bad bytes without reporting it; a replacement character is never meant.
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter))
        return std::nullopt;
    return text;
}

// Raw bytes in a plain value: servers send UTF-8 whatever RFC 6266 says, and what is not UTF-8 is read as
// windows-1252, as with a declared Latin-1.
QString fromRawBytes(QByteArrayView raw)
{
    return raw.isValidUtf8() ? QString::fromUtf8(raw) : fromWindows1252(raw);
}

// Servers forget quotes around names with spaces, so an unquoted value runs to the next ';'. A parameter name
// is everything between ';' and '=': "attachment filename=a" (no ';' after the type) has no filename, as in
// browsers. The first `filename` wins; RFC 6266 calls duplicates invalid and any choice is as good as another.
Parameters parse(QByteArrayView header)
{
    Parameters result;
    const qsizetype size = header.size();
    qsizetype pos = 0;
    while (pos < size) {
        const qsizetype nameStart = pos;
        while (pos < size && header[pos] != ';' && header[pos] != '=')
            ++pos;
        if (pos >= size || header[pos] == ';') {
            // A bare token: the disposition type, or junk. Either way it names no file.
            ++pos;
            continue;
        }
        const QByteArrayView name = header.sliced(nameStart, pos - nameStart).trimmed();
        ++pos; // '='
        while (pos < size && isWhitespace(header[pos]))
            ++pos;

        QByteArray value;
        if (pos < size && header[pos] == '"') {
            ++pos;
            while (pos < size && header[pos] != '"') {
                if (header[pos] == '\\' && pos + 1 < size)
                    ++pos;
                value.append(header[pos]);
                ++pos;
            }
            // An unterminated quoted string keeps what it has; anything after the closing quote is junk.
            while (pos < size && header[pos] != ';')
                ++pos;
        } else {
            const qsizetype valueStart = pos;
            while (pos < size && header[pos] != ';')
                ++pos;
            value = header.sliced(valueStart, pos - valueStart).trimmed().toByteArray();
        }
        ++pos; // ';' or past the end
        // A tab is a space that a header fold or a careless server put there; dropping it would glue words.
        value.replace('\t', ' ');

        if (name.compare("filename", Qt::CaseInsensitive) == 0) {
            if (!result.fileName)
                result.fileName = value;
        } else if (name.compare("filename*", Qt::CaseInsensitive) == 0) {
            if (result.fileNameStars.size() < MaximumExtendedCandidates)
                result.fileNameStars.append(value);
        }
    }
    return result;
}

// RFC 5987 ext-value: charset "'" [ language ] "'" value-chars. Returns nullopt when anything is off, so that
// the caller tries the next candidate.
std::optional<QString> decodeExtValue(QByteArrayView extValue)
{
    const qsizetype firstQuote = extValue.indexOf('\'');
    if (firstQuote < 0)
        return std::nullopt;
    const qsizetype secondQuote = extValue.indexOf('\'', firstQuote + 1);
    if (secondQuote < 0)
        return std::nullopt;
    const std::optional<QByteArray> bytes = hexDecoded(extValue.sliced(secondQuote + 1));
    if (!bytes)
        return std::nullopt;
    return decodeCharset(extValue.first(firstQuote), *bytes);
}

// One RFC 2047 encoded word, "=?charset?B?text?=" or "=?charset?Q?text?=", found in a plain value.
struct EncodedWord {
    qsizetype end = 0; // just past "?="
    QByteArrayView charset;
    QByteArray bytes; // after the B or Q decoding, still in charset
};

bool isBase64(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '=';
}

// The encoded word starting at `start` in value, if one does, with its B or Q encoding undone. The charset and
// the text each stop at the first '?', so an attempt reads no further than the third '?' after "=?", and
// trying at every "=?" of a hostile value stays linear.
std::optional<EncodedWord> encodedWordAt(QByteArrayView value, qsizetype start)
{
    if (!value.sliced(start).startsWith("=?"))
        return std::nullopt;
    const qsizetype charsetEnd = value.indexOf('?', start + 2);
    if (charsetEnd < 0 || charsetEnd == start + 2 || charsetEnd + 2 >= value.size() || value[charsetEnd + 2] != '?')
        return std::nullopt;
    const qsizetype textStart = charsetEnd + 3;
    const qsizetype textEnd = value.indexOf('?', textStart);
    if (textEnd < 0 || textEnd + 1 >= value.size() || value[textEnd + 1] != '=')
        return std::nullopt;
    EncodedWord word{textEnd + 2, value.sliced(start + 2, charsetEnd - start - 2), {}};
    // RFC 2231 lets a language follow the charset: "UTF-8*en".
    if (const qsizetype star = word.charset.indexOf('*'); star >= 0)
        word.charset = word.charset.first(star);
    const QByteArrayView text = value.sliced(textStart, textEnd - textStart);
    if (std::any_of(word.charset.begin(), word.charset.end(), isWhitespace)
        || std::any_of(text.begin(), text.end(), isWhitespace))
        return std::nullopt;
    const char encoding = value[charsetEnd + 1];
    if (encoding == 'B' || encoding == 'b') {
        // Padding may be left out, but a lone sixth bit cannot end a byte.
        if (text.size() % 4 == 1 || !std::all_of(text.begin(), text.end(), isBase64))
            return std::nullopt;
        auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        word.bytes = std::move(decoded.decoded);
    } else if (encoding == 'Q' || encoding == 'q') {
        std::optional<QByteArray> decoded = hexDecoded(text, '=', true);
        if (!decoded)
            return std::nullopt;
        word.bytes = std::move(*decoded);
    } else {
        return std::nullopt;
    }
    return word;
}

bool isBlank(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), isWhitespace);
}

qsizetype skipWhitespace(QByteArrayView bytes, qsizetype pos)
{
    while (pos < bytes.size() && isWhitespace(bytes[pos]))
        ++pos;
    return pos;
}

// A plain value with RFC 2047 encoded words decoded, as browsers do although RFC 6266 does not ask for it, or
// nullopt when it has none that decodes. Whitespace between two decoded words goes, and the bytes of adjacent
// words in one charset are decoded together, since a sender may split a character between two words. Words that
// do not decode (unknown charset, bytes invalid in it) stay as they were sent.
std::optional<QString> decodeEncodedWords(QByteArrayView value)
{
    QString text;
    bool decodedAny = false;
    qsizetype literalStart = 0; // of what is not in text yet
    qsizetype pos = value.indexOf("=?");
    while (pos >= 0) {
        const std::optional<EncodedWord> word = encodedWordAt(value, pos);
        if (!word) {
            pos = value.indexOf("=?", pos + 1);
            continue;
        }
        QByteArray bytes = word->bytes;
        qsizetype end = word->end;
        for (;;) {
            const std::optional<EncodedWord> next = encodedWordAt(value, skipWhitespace(value, end));
            if (!next || next->charset.compare(word->charset, Qt::CaseInsensitive) != 0)
                break;
            bytes += next->bytes;
            end = next->end;
        }
        if (const std::optional<QString> decoded = decodeCharset(word->charset, bytes)) {
            const QByteArrayView between = value.sliced(literalStart, pos - literalStart);
            if (!decodedAny || !isBlank(between))
                text += fromRawBytes(between);
            text += *decoded;
            decodedAny = true;
            literalStart = end;
        }
        pos = value.indexOf("=?", end);
    }
    if (!decodedAny)
        return std::nullopt;
    text += fromRawBytes(value.sliced(literalStart));
    return text;
}

// RFC 6266 says ISO-8859-1, but servers put raw UTF-8 in quoted names, some percent-encode them and some use
// RFC 2047 encoded words. A percent-decoded form is only believed when it is clearly one: it had escapes and
// yields valid UTF-8.
QString decodePlainValue(const QByteArray &raw)
{
    if (std::optional<QString> words = decodeEncodedWords(raw))
        return *words;
    if (raw.contains('%')) {
        const std::optional<QByteArray> decoded = hexDecoded(raw);
        if (decoded && *decoded != raw && decoded->isValidUtf8())
            return QString::fromUtf8(*decoded);
    }
    return fromRawBytes(raw);
}

} // namespace

QString fileName(QByteArrayView headerValue)
{
    const Parameters parameters = parse(headerValue);
    QString name;
    for (const QByteArray &candidate : parameters.fileNameStars) {
        const std::optional<QString> extended = decodeExtValue(candidate);
        if (extended && !extended->isEmpty()) {
            name = *extended;
            break;
        }
    }
    if (name.isEmpty() && parameters.fileName)
        name = decodePlainValue(*parameters.fileName);
    // A name of which nothing would survive sanitising ("..", "...") is no name: the caller then uses the URL's,
    // as browsers do, rather than the generic fallback.
    if (FileNames::cleaned(name).isEmpty())
        return QString();
    return name;
}

} // namespace Ferry::ContentDisposition
