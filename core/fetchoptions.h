#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Ferry {

// The spec's ImageResource. `src` is a local file path, a file: URL or an http(s) URL.
struct ImageResource
{
    QString src;
    QString sizes;
    QString type;

    friend bool operator==(const ImageResource &, const ImageResource &) = default;
};

// BackgroundFetchOptions plus the desktop additions of DESIGN.md section 2.
struct FetchOptions
{
    QString title;                  // A1: "" when absent
    QList<ImageResource> icons;     // A1: empty when absent
    quint64 downloadTotal = 0;      // A2: a hard cap on stored body bytes; 0 means none

    QString destination;            // where downloaded files go; empty means the manager's default folder
    int connections = 0;            // connections per file; 0 means the manager's default
    qint64 speedLimit = 0;          // bytes per second for this registration; 0 means unlimited
    bool startPaused = false;       // C1/M5: a desktop "add paused", the nearest thing to a permission prompt
};

// BackgroundFetchUIOptions, as passed to updateUI(): a field left out keeps its old value (J4).
struct FetchUiOptions
{
    std::optional<QString> title;
    std::optional<QList<ImageResource>> icons;
};

} // namespace Ferry

namespace Ferry {

// CacheQueryOptions of match()/matchAll() (checklist H4–H7).
struct CacheQueryOptions
{
    bool ignoreSearch = false;
    bool ignoreMethod = false;
    bool ignoreVary = false;
};

} // namespace Ferry
