#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

// Asks a server what a URL is before it is added, for the add dialog: the file's name (Content-Disposition, else
// the URL after redirects) and size. A HEAD request first; a server that refuses HEAD gets a GET for its first
// byte. Nothing is written anywhere. Lives on the GUI thread: the answers are a few headers.
class UrlProbe final : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        QString url;     // as asked
        QString name;    // sanitised, as the download would be named; empty when the server failed
        qint64 size = -1;// -1 when unknown
        int status = 0;  // the final HTTP status, 0 when no response came
        QString error;   // in words, when the server could not be asked or answered with an error
    };

    explicit UrlProbe(QObject *parent = nullptr);
    ~UrlProbe() override;

    // Asks about each URL (at most a few at once); answers come by answered(). URLs asked before and not in
    // `urls` are forgotten, and their answers never come.
    void probe(const QStringList &urls);
    // For the add dialog: "ubuntu.iso · 4.7 GiB", "3 files · 1.2 GiB", what went wrong, or "Asking the server…"
    // while none of `urls` has an answer yet.
    static QString summary(const QStringList &urls, const QHash<QString, Answer> &answers);
    // How long a server may take to answer.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    void answered(const Ferry::UrlProbe::Answer &answer);

private:
    void send(const QString &url, bool head);
    void onFinished(QNetworkReply *reply, const QString &url, bool head);
    // Stops a reply this probe no longer wants, without hearing from it again.
    void forget(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QHash<QString, QPointer<QNetworkReply>> m_pending; // by URL
    int m_timeoutMs = 10000;
};

} // namespace Ferry
