// libFuzzer target for the parsers that read what a server sends: Content-Disposition (and the file name built
// from it), Content-Range, Content-Length, Retry-After, and SRI integrity metadata. Besides crashes and sanitizer
// reports, it checks the properties the engine relies on, so a violation aborts and is reported as a finding.
#include "contentdisposition.h"
#include "contentrange.h"
#include "filenames.h"
#include "integrity.h"

#include <QDateTime>
#include <QUrl>

#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// A file name Ferry may create: one non-empty path component of at most 255 bytes, not hidden, not an option.
void checkSafeName(const QString &name)
{
    require(!name.isEmpty());
    require(name.toUtf8().size() <= Ferry::FileNames::MaximumBytes);
    require(!name.contains(u'/') && !name.contains(u'\\') && !name.contains(QChar(0)));
    require(!name.startsWith(u'.') && !name.startsWith(u'-'));
    require(name != u"." && name != u"..");
    require(QString::fromUtf8(name.toUtf8()) == name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString suggested = Ferry::FileNames::sanitize(Ferry::ContentDisposition::fileName(bytes));
    checkSafeName(suggested);
    require(Ferry::FileNames::sanitize(suggested) == suggested);
    checkSafeName(Ferry::FileNames::numbered(suggested, 1 + int(size % 10000)));

    // The same bytes read as UTF-16, to reach characters a header never carries.
    const QString wide = QString::fromUtf16(reinterpret_cast<const char16_t *>(data), qsizetype(size / 2));
    checkSafeName(Ferry::FileNames::sanitize(wide));
    checkSafeName(Ferry::FileNames::sanitize(Ferry::FileNames::fromUrl(QUrl(QString::fromUtf8(bytes)))));

    if (const auto range = Ferry::parseContentRange(bytes)) {
        require(range->first >= 0 && range->first <= range->last);
        require(range->complete < 0 || range->last < range->complete);
    }
    if (const auto length = Ferry::parseContentLength(bytes))
        require(*length >= 0);
    if (const auto wait = Ferry::parseRetryAfter(bytes, QDateTime::currentDateTimeUtc()))
        require(wait->count() >= 0);
    if (const auto hashes = Ferry::parseIntegrity(QString::fromLatin1(bytes))) {
        require(!hashes->isEmpty());
        Ferry::IntegrityVerifier verifier(*hashes);
        verifier.addData(bytes);
        (void)verifier.matches();
    }
    return 0;
}
