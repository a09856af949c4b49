#pragma once

#include "registrationdata.h"
#include "logins.h"
#include "proxyrules.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <optional>

namespace Ferry {

// Tuning of the transfer engine. Tests shrink the timeouts and delays.
struct EngineConfig
{
    int maxRedirects = 20;
    std::chrono::milliseconds stallTimeout{30000};  // no bytes in either direction for this long: retry or fail
    std::chrono::milliseconds progressInterval{150};// how often progress crosses to the GUI thread
    std::chrono::milliseconds syncInterval{1000};   // fdatasync at least this often while data flows...
    qint64 syncBytes = 4 * 1024 * 1024;             // ...or after this many unsynced bytes
    qint64 commitBytes = 512 * 1024;                // a split download's ranges are committed once its connections
                                                    // wrote this much each since the last commit: a crash then
                                                    // costs at most about this much again per connection
    qint64 diskReserve = 16 * 1024 * 1024;          // free space a download never eats into (quota-exceeded)
    qint64 errorBodyLimit = 1024 * 1024;            // how much of an error page (bad-status) is kept
    qint64 minSegmentSize = 4 * 1024 * 1024;        // no connection is given less of a file than this at the start
    qint64 minStealSize = 1024 * 1024;              // ...but near the end a free one takes over half of a range this big
    qint64 heldBodyLimit = 256 * 1024;              // a body of known length up to this is kept in memory, then
                                                    // written whole: no .part file, no head to store first
    int connectionsPerHost = 6;                     // open connections to one host, all registrations together
    int connectionsOverall = 32;                    // open connections in all
    RetryPolicy retry;
    QByteArray userAgent = QByteArrayLiteral("Ferry/" FERRY_VERSION);
    // The certificate authorities https trusts instead of the system's (TlsTrust); unset: the system's.
    std::optional<QList<QSslCertificate>> trustedCertificates;
    // The proxies requests go through (ProxyRules); unset: Qt's own choice, which is no proxy.
    std::optional<ProxyRules> proxy;
    // Logins sent as Basic authorization where a request has none of its own (Logins).
    Logins logins;
};

// What the GUI thread asks the engine to do for one record: the record as stored (with any resume state), where
// its file goes, and where error pages are kept.
struct TransferOrder
{
    QString uuid;
    RecordData record;
    QString destination;
    QString errorBodyDir;
    int connections = 1;    // connections per file
};

// Where a running transfer is, so that the window can say why a download shows no bytes yet: it waits for a free
// connection to its server (the per-host or overall limit), has asked and waits for the answer, receives the body,
// or waits to try again after a failure.
enum class TransferPhase { WaitingForConnection, Connecting, Receiving, WaitingToRetry };

// A record's counters as they stand; `durableBytes` is what fdatasync has made safe and may be committed.
struct TransferProgress
{
    QString uuid;
    int index = 0;
    qint64 bytes = 0;
    qint64 durableBytes = 0;
    qint64 uploaded = 0;
    int tries = 0;
    QList<SegmentData> segments; // with durable `done` counts, for a download split over connections
    TransferPhase phase = TransferPhase::Receiving;
    qint64 retryAtMs = 0;        // when WaitingToRetry: the next try, in ms since the epoch
    bool commitNow = false;      // the store's copy lags too far behind (EngineConfig::commitBytes): store it at once
};

enum class StopMode {
    Pause, // keep the .part file and the state needed to resume
    Abort, // delete the .part file
};

} // namespace Ferry
