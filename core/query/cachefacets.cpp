#include "core/query/cachefacets.h"

#include "core/db/database.h"

#include <QStringList>

namespace trove {

namespace {

// "campaign_id IN (1,2,3)" for the selection, or "1" for every campaign. Ids are numbers, never user text.
QString campaignCondition(const QList<std::int64_t> &campaignIds)
{
    if (campaignIds.isEmpty()) {
        return QStringLiteral("1");
    }
    QStringList ids;
    for (const auto id : campaignIds) {
        ids << QString::number(id);
    }
    return QStringLiteral("campaign_id IN (%1)").arg(ids.join(QLatin1Char(',')));
}

QList<Facet> read(Database &db, const QString &sql, QString *error)
{
    QList<Facet> facets;
    const QByteArray utf8 = sql.toUtf8();
    Statement statement(db, utf8.constData());
    while (statement.isValid() && statement.next()) {
        facets.append({statement.text(0), statement.int64(1)});
    }
    if (!statement.isValid() || !statement.ok()) {
        if (error) {
            *error = db.errorString();
        }
        return {};
    }
    return facets;
}

} // namespace

QList<Facet> CacheFacets::languages(Database &db, const QList<std::int64_t> &campaignIds, QString *error)
{
    return read(db,
                QStringLiteral("SELECT language, sum(tweets) AS n FROM campaign_languages WHERE %1 AND "
                               "language <> '' GROUP BY language ORDER BY n DESC, language")
                    .arg(campaignCondition(campaignIds)),
                error);
}

QList<Facet> CacheFacets::clients(Database &db, const QList<std::int64_t> &campaignIds, QString *error)
{
    return read(
        db,
        QStringLiteral("SELECT c.name, sum(cc.tweets) AS n FROM campaign_clients cc JOIN clients c ON "
                       "c.id = cc.client_id WHERE %1 GROUP BY c.name ORDER BY n DESC, c.name")
            .arg(campaignCondition(campaignIds)),
        error);
}

QList<Facet> CacheFacets::categories(Database &db, QString *error)
{
    return read(db,
                QStringLiteral("SELECT category, count(*) AS n FROM accounts WHERE category IS NOT NULL AND "
                               "category <> '' GROUP BY category ORDER BY n DESC, category"),
                error);
}

} // namespace trove
