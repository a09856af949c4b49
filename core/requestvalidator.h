#pragma once

#include "fetchexception.h"
#include "fetchoptions.h"
#include "fetchrequest.h"
#include "managerconfig.h"

#include <QList>
#include <QUrl>

#include <optional>
#include <variant>

namespace Ferry {

// The argument checks of fetch() (checklist B and C5/C6), done before anything is stored. Pure: it reads the file
// system (body files, destination, free space) but changes nothing except creating a missing destination folder.
class RequestValidator final
{
public:
    explicit RequestValidator(const ManagerConfig &config) : m_config(config) { }

    std::optional<FetchException> checkId(const QString &id) const;
    // All or nothing (B5): the normalised copies of every request, or the first problem found.
    std::variant<QList<FetchRequest>, FetchException> checkRequests(const QList<FetchRequest> &requests) const;
    std::variant<FetchOptions, FetchException> checkOptions(const FetchOptions &options,
                                                            const QList<FetchRequest> &requests) const;
    // Parses and resolves one URL as the Request constructor would, then applies the desktop URL policy.
    std::variant<QUrl, FetchException> checkUrl(const QString &raw, int index = -1) const;
    // Resolution only (match() takes relative URLs too, H8).
    static std::optional<QUrl> resolve(const QString &raw, const QUrl &base);

    static bool isBadPort(int port);

private:
    std::optional<FetchException> checkRequest(FetchRequest &request, int index) const;
    qint64 freeSpace(const QString &path) const;

    const ManagerConfig &m_config;
};

} // namespace Ferry
