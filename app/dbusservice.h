#pragma once

#include "backgroundfetchmanager.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QVariantMap>

#include <functional>

namespace Ferry {

// The session-bus face of the running window (DESIGN.md section 6): the methods and signals of
// resources/org.ferry.Ferry.Manager.xml, served through the adaptor generated from it. It acts on the manager by
// developer id, the way the command line does, and answers bad input with D-Bus errors that say what was wrong.
// QtDBus gives the call context of an adaptor's call to the adaptor's parent, which is why this is the QDBusContext.
class DBusService final : public QObject, protected QDBusContext
{
    Q_OBJECT

public:
    static constexpr QStringView serviceName = u"org.ferry.Ferry";
    static constexpr QStringView objectPath = u"/org/ferry/Ferry";
    static constexpr QStringView interfaceName = u"org.ferry.Ferry.Manager";
    // Progress signals per registration are at most this often apart, so listeners are not flooded.
    static constexpr int progressIntervalMs = 250;

    // `show` raises the window; `manager` must outlive the service.
    DBusService(BackgroundFetchManager &manager, std::function<void()> show, QObject *parent = nullptr);
    ~DBusService() override;

    // Serves the object and takes the bus name; false when the bus is missing or another instance has the name.
    bool registerOn(QDBusConnection bus);

public Q_SLOTS:
    // The interface's methods, called by the adaptor.
    QString Fetch(const QStringList &urls, const QVariantMap &options);
    QVariantMap Get(const QString &id);
    QStringList GetIds();
    bool Abort(const QString &id);
    bool Pause(const QString &id);
    bool Resume(const QString &id);
    void Click(const QString &id);
    void Show();

Q_SIGNALS:
    void Progress(const QString &id, qulonglong downloaded, qulonglong downloadTotal, qulonglong uploaded,
                  qulonglong uploadTotal);
    void Finished(const QString &id, const QString &result, const QString &failureReason);

private:
    void follow(const RegistrationPtr &registration);
    void finished(BackgroundFetchEvent *event);
    // Replies to the current call with an error named after the API's error code, e.g. .Error.NotFoundError.
    void fail(const FetchException &error);
    // The active registration, loaded without running it when it is stopped (left by an earlier run).
    RegistrationPtr loaded(const QString &id, bool run);

    BackgroundFetchManager &m_manager;
    std::function<void()> m_show;
    QHash<QString, QElapsedTimer> m_lastProgress; // by uuid
};

} // namespace Ferry
