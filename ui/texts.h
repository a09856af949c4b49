#pragma once

#include "fetchexception.h"
#include "fetchtypes.h"

#include <QCoreApplication>
#include <QString>

namespace Ferry {

// Words for what the core reports as enums: the only place results, reasons and errors become user-facing text.
class Texts final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Texts)

public:
    static QString failureReason(FailureReason reason);
    static QString recordResult(RecordResult result);
    static QString error(const FetchException &error);
    // "340 MiB", "1.2 GiB": binary units, as file managers on Linux show them.
    static QString bytes(qint64 bytes);
};

} // namespace Ferry
