#include "contentdisposition.h"

#include <QByteArray>

#include <optional>

namespace Ferry::ContentDisposition {

namespace {

struct Parameters {
    std::optional<QByteArray> fileName;
    std::optional<QByteArray> fileNameStar;
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

// Strict: every '%' must start a %XX escape, because a stray '%' means the value was never percent-encoded
// (or is broken), and guessing would mangle a literal name like "50%off.txt".
std::optional<QByteArray> percentDecoded(QByteArrayView encoded)
{
    QByteArray decoded;
    decoded.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c != '%') {
            decoded.append(c);
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

// Servers forget quotes around names with spaces and forget the ';' after the disposition type, so a parameter
// name is the last word before '=' and an unquoted value runs to the next ';'. The first occurrence of each
// parameter wins; RFC 6266 calls duplicates invalid and any choice is as good as another.
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
        QByteArrayView name = header.sliced(nameStart, pos - nameStart).trimmed();
        for (qsizetype i = name.size() - 1; i >= 0; --i) {
            if (isWhitespace(name[i])) {
                name = name.sliced(i + 1);
                break;
            }
        }
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

        if (name.compare("filename", Qt::CaseInsensitive) == 0) {
            if (!result.fileName)
                result.fileName = value;
        } else if (name.compare("filename*", Qt::CaseInsensitive) == 0) {
            if (!result.fileNameStar)
                result.fileNameStar = value;
        }
    }
    return result;
}

// RFC 5987 ext-value: charset "'" [ language ] "'" value-chars. Returns nullopt when anything is off, so that
// the caller falls back to the plain `filename`.
std::optional<QString> decodeExtValue(QByteArrayView extValue)
{
    const qsizetype firstQuote = extValue.indexOf('\'');
    if (firstQuote < 0)
        return std::nullopt;
    const qsizetype secondQuote = extValue.indexOf('\'', firstQuote + 1);
    if (secondQuote < 0)
        return std::nullopt;
    const QByteArrayView charset = extValue.first(firstQuote).trimmed();
    const std::optional<QByteArray> bytes = percentDecoded(extValue.sliced(secondQuote + 1));
    if (!bytes)
        return std::nullopt;
    if (charset.compare("UTF-8", Qt::CaseInsensitive) == 0) {
        if (!bytes->isValidUtf8())
            return std::nullopt;
        return QString::fromUtf8(*bytes);
    }
    if (charset.compare("ISO-8859-1", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(*bytes);
    return std::nullopt;
}

// RFC 6266 says ISO-8859-1, but servers put raw UTF-8 in quoted names and some percent-encode them. A decoded
// form is only believed when it is clearly one: it had escapes and yields valid UTF-8.
QString decodePlainValue(const QByteArray &raw)
{
    if (raw.contains('%')) {
        const std::optional<QByteArray> decoded = percentDecoded(raw);
        if (decoded && *decoded != raw && decoded->isValidUtf8())
            return QString::fromUtf8(*decoded);
    }
    if (raw.isValidUtf8())
        return QString::fromUtf8(raw);
    return QString::fromLatin1(raw);
}

} // namespace

QString fileName(QByteArrayView headerValue)
{
    const Parameters parameters = parse(headerValue);
    if (parameters.fileNameStar) {
        const std::optional<QString> extended = decodeExtValue(*parameters.fileNameStar);
        if (extended && !extended->isEmpty())
            return *extended;
    }
    if (parameters.fileName)
        return decodePlainValue(*parameters.fileName);
    return QString();
}

} // namespace Ferry::ContentDisposition
