#include "fetchresponse.h"

#include <QFile>

namespace Ferry {

QByteArray FetchResponse::readBody() const
{
    if (filePath.isEmpty())
        return {};
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Ferry
