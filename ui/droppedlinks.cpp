#include "droppedlinks.h"

#include "adddialog.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ferry::DroppedLinks {
namespace {

// A text file larger than this is not a list a person made; it is not read.
constexpr qint64 maxListBytes = 4 << 20;

QStringList urlsInListFile(const QUrl &url)
{
    if (!url.isLocalFile())
        return {};
    QFile file(url.toLocalFile());
    const QString suffix = QFileInfo(file).suffix().toLower();
    if ((suffix != u"txt" && suffix != u"list") || file.size() > maxListBytes || !file.open(QIODevice::ReadOnly))
        return {};
    return AddDialog::urlsIn(QString::fromUtf8(file.readAll()));
}

} // namespace

QStringList urlsIn(const QMimeData *mime)
{
    QStringList urls;
    if (!mime)
        return urls;
    if (mime->hasUrls()) {
        const QList<QUrl> list = mime->urls();
        for (const QUrl &url : list) {
            if (url.scheme() == u"http" || url.scheme() == u"https")
                urls.append(url.toString());
            else
                urls.append(urlsInListFile(url));
        }
    }
    if (urls.isEmpty() && mime->hasText())
        urls = AddDialog::urlsIn(mime->text());
    return urls;
}

} // namespace Ferry::DroppedLinks
