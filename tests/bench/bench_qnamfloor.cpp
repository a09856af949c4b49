// Case c's floor: the same GETs through bare QNetworkAccessManagers, a few at a time, with every body read and
// either thrown away or, given a folder, written to a file of its own and flushed (the least a download manager
// that keeps what it fetched must do). No store, no engine: what Qt's HTTP client costs on its own, to compare
// Ferry's run of case c with. Prints nothing; run.sh times it like the tools.
//
//   bench_qnamfloor LIST [IN_FLIGHT [MANAGERS [FOLDER]]]
//
// LIST holds one URL per line. IN_FLIGHT (default 8) requests run at once, spread over MANAGERS (default 3, as
// many as Ferry's engine has) managers, each of which reads its replies on a thread of its own. Exits 1 when a
// request fails or a file cannot be written, so a broken server does not pass for a fast one.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <memory>
#include <vector>

namespace {

class Floor final : public QObject
{
public:
    Floor(QList<QUrl> urls, int managers, QString folder) : m_urls(std::move(urls)), m_folder(std::move(folder))
    {
        for (int i = 0; i < managers; ++i) {
            m_managers.push_back(std::make_unique<QNetworkAccessManager>());
            m_managers.back()->setCookieJar(nullptr);
        }
    }

    void start(int inFlight)
    {
        for (int i = 0; i < inFlight; ++i)
            startNext();
    }

    int failures() const { return m_failures; }

private:
    void startNext()
    {
        if (m_next >= m_urls.size())
            return;
        const qsizetype index = m_next++;
        QNetworkReply *reply = m_managers.at(size_t(index) % m_managers.size())->get(QNetworkRequest(m_urls.at(index)));
        // As Ferry's engine does: a bounded read buffer, drained into a scratch buffer on every readyRead.
        reply->setReadBufferSize(4 * 1024 * 1024);
        connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
            qint64 n = 0;
            while ((n = reply->read(m_scratch.data(), qint64(m_scratch.size()))) > 0) {
                if (!m_folder.isEmpty())
                    m_bodies[reply].append(m_scratch.data(), n);
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            if (reply->error() != QNetworkReply::NoError) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(reply->url().toString()), qPrintable(reply->errorString()));
                ++m_failures;
            }
            if (!m_folder.isEmpty() && !save(reply->url().fileName(), m_bodies.take(reply)))
                ++m_failures;
            reply->deleteLater();
            if (++m_done == m_urls.size())
                QCoreApplication::quit();
            else
                startNext();
        });
    }

    // A new file, written whole and flushed before it counts as done.
    bool save(const QString &name, const QByteArray &body) const
    {
        const QByteArray path = QFile::encodeName(QDir(m_folder).filePath(name));
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0)
            return false;
        const bool ok = ::write(fd, body.constData(), size_t(body.size())) == body.size() && ::fdatasync(fd) == 0;
        return ::close(fd) == 0 && ok;
    }

    QList<QUrl> m_urls;
    QString m_folder;
    QHash<QNetworkReply *, QByteArray> m_bodies;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    std::vector<char> m_scratch = std::vector<char>(256 * 1024);
    qsizetype m_next = 0;
    qsizetype m_done = 0;
    int m_failures = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_qnamfloor LIST [IN_FLIGHT [MANAGERS [FOLDER]]]\n");
        return 2;
    }
    QFile list(args.at(1));
    if (!list.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_qnamfloor: cannot read %s\n", qPrintable(args.at(1)));
        return 2;
    }
    QList<QUrl> urls;
    for (const QByteArray &line : list.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            urls.append(QUrl::fromEncoded(line.trimmed()));
    }
    const int inFlight = args.size() > 2 ? args.at(2).toInt() : 8;
    const int managers = args.size() > 3 ? args.at(3).toInt() : 3;
    if (urls.isEmpty() || inFlight < 1 || managers < 1) {
        std::fprintf(stderr, "bench_qnamfloor: nothing to fetch, or a count below 1\n");
        return 2;
    }
    Floor floor(urls, managers, args.size() > 4 ? args.at(4) : QString());
    floor.start(inFlight);
    app.exec();
    return floor.failures() == 0 ? 0 : 1;
}
