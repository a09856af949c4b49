#include "statementcache.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace Ferry {

QSqlQuery *StatementCache::get(const QString &sql, QString &error)
{
    if (const auto found = m_statements.find(sql); found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName));
    if (!query->prepare(sql)) {
        error = query->lastError().text();
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

} // namespace Ferry
