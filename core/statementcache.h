#pragma once

#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace Ferry {

// The prepared statements of one database connection, each prepared once and reused: preparing the same
// INSERT or UPDATE again for each of a thousand records spent more time parsing SQL than running it. Only for
// statements that return no rows, so a reused query never holds a cursor open. Lives on the connection's thread
// and must be cleared before the connection is removed.
class StatementCache final
{
public:
    explicit StatementCache(QString connectionName) : m_connectionName(std::move(connectionName)) { }
    Q_DISABLE_COPY_MOVE(StatementCache)

    // The statement for `sql`, ready for addBindValue(), or nullptr when it cannot be prepared (`error` says why).
    QSqlQuery *get(const QString &sql, QString &error);
    void clear() { m_statements.clear(); }

private:
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace Ferry
