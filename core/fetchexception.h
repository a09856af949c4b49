#pragma once

#include "fetchtypes.h"

#include <QException>
#include <QString>

namespace Ferry {

// How every rejected call of the API fails: as an exception stored in the returned QFuture, never thrown out of the
// call itself (B13). Carries a DOMException-style code plus a precise issue for the front ends to put into words;
// `subject` is the offending value (a URL, a header) and `requestIndex` its position, or -1.
class FetchException final : public QException
{
public:
    FetchException(ErrorCode code, FetchIssue issue, QString subject = {}, int requestIndex = -1)
        : m_code(code), m_issue(issue), m_subject(std::move(subject)), m_requestIndex(requestIndex)
    {
    }

    ErrorCode code() const { return m_code; }
    FetchIssue issue() const { return m_issue; }
    QString subject() const { return m_subject; }
    int requestIndex() const { return m_requestIndex; }

    void raise() const override { throw *this; }
    FetchException *clone() const override { return new FetchException(*this); }

private:
    ErrorCode m_code;
    FetchIssue m_issue;
    QString m_subject;
    int m_requestIndex;
};

} // namespace Ferry
