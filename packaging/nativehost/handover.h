#pragma once

#include "hosterror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <variant>

namespace Ferry {

// What a browser extension hands over: one registration of one or more links, with an optional title.
struct HandOver {
    QStringList urls;
    QString title; // empty: Ferry picks one

    // Reads {"url": "...", "title": "..."} or {"urls": ["...", ...], "title": "..."}. Only the shape is checked
    // here; whether Ferry downloads a URL (its scheme, credentials, port) is Ferry's own rule, and its refusal comes
    // back from the D-Bus call. Unknown keys are ignored, so that newer extensions keep working.
    static std::variant<HandOver, HostFailure> fromJson(const QByteArray &json);
};

} // namespace Ferry
