#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace trove {

class Database;

/** One value a filter can take, with the number of tweets that have it. */
struct Facet
{
    QString value;
    std::int64_t tweets = 0;
};

/** The values the browser's filters offer for the selected campaigns, read from counters the importer keeps.
 */
class CacheFacets
{
public:
    /** Tweet languages, most tweets first ('' for tweets without one is left out). Empty ids: every campaign.
     */
    static QList<Facet> languages(Database &db, const QList<std::int64_t> &campaignIds,
                                  QString *error = nullptr);
    /** Tweet clients by name, most tweets first. */
    static QList<Facet> clients(Database &db, const QList<std::int64_t> &campaignIds,
                                QString *error = nullptr);
    /** Account categories present (FiveThirtyEight's), most accounts first; the tweets field counts accounts.
     */
    static QList<Facet> categories(Database &db, QString *error = nullptr);
};

} // namespace trove
