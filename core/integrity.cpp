#include "integrity.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ferry {

namespace {

struct AlgorithmInfo {
    QCryptographicHash::Algorithm algorithm;
    QLatin1StringView name;
    qsizetype digestBytes;
    int strength; // SRI's ordering: a later hash function is preferred
};

constexpr AlgorithmInfo algorithms[] = {
    {QCryptographicHash::Sha256, "sha256"_L1, 32, 1},
    {QCryptographicHash::Sha384, "sha384"_L1, 48, 2},
    {QCryptographicHash::Sha512, "sha512"_L1, 64, 3},
};

const AlgorithmInfo *infoFor(QCryptographicHash::Algorithm algorithm)
{
    for (const AlgorithmInfo &info : algorithms) {
        if (info.algorithm == algorithm)
            return &info;
    }
    return nullptr;
}

const AlgorithmInfo *infoFor(QByteArrayView name)
{
    for (const AlgorithmInfo &info : algorithms) {
        if (name.compare(QByteArrayView(info.name.data(), info.name.size()), Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

bool isAsciiWhitespace(QChar ch)
{
    return ch == u' ' || ch == u'\t' || ch == u'\n' || ch == u'\r' || ch == u'\f';
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Standard or URL-safe base64, with or without padding, but not a mix of both alphabets: a value with '+' and
// '_' is damaged, not creative.
std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    qsizetype padding = 0;
    while (padding < text.size() && text[text.size() - 1 - padding] == '=')
        ++padding;
    const QByteArrayView body = text.first(text.size() - padding);
    if (body.isEmpty() || padding > 2 || (padding > 0 && text.size() % 4 != 0) || body.size() % 4 == 1)
        return std::nullopt;
    bool standard = false;
    bool urlSafe = false;
    for (const char c : body) {
        if (c == '+' || c == '/')
            standard = true;
        else if (c == '-' || c == '_')
            urlSafe = true;
        else if (!isAlnum(c))
            return std::nullopt;
    }
    if (standard && urlSafe)
        return std::nullopt;
    const auto options = (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
        | QByteArray::AbortOnBase64DecodingErrors;
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(body.toByteArray(), options);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<IntegrityHash> parseToken(QStringView token)
{
    for (const QChar ch : token) {
        if (ch.unicode() > 0x7f)
            return std::nullopt;
    }
    const QByteArray ascii = token.toLatin1();

    // What sha256sum prints, for users who paste it.
    if (ascii.size() == 64 && std::all_of(ascii.cbegin(), ascii.cend(), isHexDigit))
        return IntegrityHash{QCryptographicHash::Sha256, QByteArray::fromHex(ascii)};

    const qsizetype dash = ascii.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    const AlgorithmInfo *info = infoFor(QByteArrayView(ascii).first(dash));
    if (!info)
        return std::nullopt;
    QByteArrayView encoded = QByteArrayView(ascii).sliced(dash + 1);
    const qsizetype options = encoded.indexOf('?');
    if (options >= 0)
        encoded = encoded.first(options);
    const std::optional<QByteArray> digest = decodeBase64(encoded);
    if (!digest || digest->size() != info->digestBytes)
        return std::nullopt;
    return IntegrityHash{info->algorithm, *digest};
}

QCryptographicHash::Algorithm strongestAlgorithm(const QList<IntegrityHash> &hashes)
{
    const AlgorithmInfo *strongest = nullptr;
    for (const IntegrityHash &hash : hashes) {
        const AlgorithmInfo *info = infoFor(hash.algorithm);
        if (info && (!strongest || info->strength > strongest->strength))
            strongest = info;
    }
    return strongest ? strongest->algorithm : QCryptographicHash::Sha256;
}

} // namespace

std::optional<QList<IntegrityHash>> parseIntegrity(QStringView metadata)
{
    QList<IntegrityHash> hashes;
    qsizetype pos = 0;
    while (pos < metadata.size()) {
        while (pos < metadata.size() && isAsciiWhitespace(metadata.at(pos)))
            ++pos;
        const qsizetype start = pos;
        while (pos < metadata.size() && !isAsciiWhitespace(metadata.at(pos)))
            ++pos;
        if (pos == start)
            break;
        const std::optional<IntegrityHash> hash = parseToken(metadata.sliced(start, pos - start));
        if (!hash)
            return std::nullopt;
        hashes.append(*hash);
    }
    if (hashes.isEmpty())
        return std::nullopt;
    return hashes;
}

IntegrityVerifier::IntegrityVerifier(const QList<IntegrityHash> &hashes)
    : m_algorithm(strongestAlgorithm(hashes))
    , m_hash(m_algorithm)
{
    for (const IntegrityHash &hash : hashes) {
        if (hash.algorithm == m_algorithm)
            m_expected.append(hash.digest);
    }
}

void IntegrityVerifier::addData(QByteArrayView data)
{
    m_hash.addData(data);
}

QByteArray IntegrityVerifier::result() const
{
    return m_hash.result();
}

bool IntegrityVerifier::matches() const
{
    return !m_expected.isEmpty() && m_expected.contains(m_hash.result());
}

void IntegrityVerifier::reset()
{
    m_hash.reset();
}

QString IntegrityVerifier::toSri(QCryptographicHash::Algorithm algorithm, const QByteArray &digest)
{
    const AlgorithmInfo *info = infoFor(algorithm);
    if (!info)
        return QString();
    return info->name + u'-' + QString::fromLatin1(digest.toBase64());
}

} // namespace Ferry
