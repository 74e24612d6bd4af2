#include "ui/savedsearches.h"

#include "core/export/exportformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>

namespace trove {

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("Trove"), QStringLiteral("Trove"));
}

} // namespace

SavedSearches::SavedSearches(QObject *parent)
    : QObject(parent)
{}

QString SavedSearches::settingsKey()
{
    return QStringLiteral("savedSearches/v1");
}

QList<SavedSearch> SavedSearches::list() const
{
    const QVariant value = settings().value(settingsKey());
    QList<SavedSearch> searches;
    if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray) {
        return searches;
    }
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    if (!document.isArray()) {
        return searches;
    }
    QSet<QString> seen;
    const QJsonArray array = document.array();
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            continue;
        }
        const QJsonObject object = item.toObject();
        SavedSearch search;
        search.name = object.value(QStringLiteral("name")).toString().trimmed();
        if (search.name.isEmpty() || seen.contains(search.name) ||
            !object.value(QStringLiteral("filter")).isObject()) {
            continue;
        }
        search.filter = TweetFilter::fromJson(object.value(QStringLiteral("filter")).toObject());
        search.order = tweetOrderFromKey(object.value(QStringLiteral("order")).toString());
        seen.insert(search.name);
        searches.append(search);
    }
    return searches;
}

QStringList SavedSearches::names() const
{
    QStringList result;
    const QList<SavedSearch> searches = list();
    for (const SavedSearch &search : searches) {
        result.append(search.name);
    }
    return result;
}

bool SavedSearches::contains(const QString &name) const
{
    bool found = false;
    search(name, &found);
    return found;
}

SavedSearch SavedSearches::search(const QString &name, bool *found) const
{
    const QString wanted = name.trimmed();
    const QList<SavedSearch> searches = list();
    for (const SavedSearch &search : searches) {
        if (search.name == wanted) {
            if (found) {
                *found = true;
            }
            return search;
        }
    }
    if (found) {
        *found = false;
    }
    return {};
}

bool SavedSearches::save(const SavedSearch &search)
{
    SavedSearch saved = search;
    saved.name = saved.name.trimmed();
    if (saved.name.isEmpty()) {
        return false;
    }
    QList<SavedSearch> searches = list();
    bool replaced = false;
    for (SavedSearch &existing : searches) {
        if (existing.name == saved.name) {
            existing = saved;
            replaced = true;
        }
    }
    if (!replaced) {
        searches.append(saved);
    }
    write(searches);
    return true;
}

bool SavedSearches::rename(const QString &from, const QString &to)
{
    const QString oldName = from.trimmed();
    const QString newName = to.trimmed();
    if (newName.isEmpty()) {
        return false;
    }
    QList<SavedSearch> searches = list();
    int index = -1;
    for (int i = 0; i < searches.size(); ++i) {
        if (searches[i].name == oldName) {
            index = i;
        } else if (searches[i].name == newName) {
            return false;
        }
    }
    if (index < 0) {
        return false;
    }
    if (oldName == newName) {
        return true;
    }
    searches[index].name = newName;
    write(searches);
    return true;
}

bool SavedSearches::remove(const QString &name)
{
    const QString wanted = name.trimmed();
    QList<SavedSearch> searches = list();
    const auto removed = searches.removeIf([&](const SavedSearch &search) { return search.name == wanted; });
    if (removed == 0) {
        return false;
    }
    write(searches);
    return true;
}

bool SavedSearches::move(int from, int to)
{
    QList<SavedSearch> searches = list();
    if (from < 0 || from >= searches.size() || to < 0 || to >= searches.size()) {
        return false;
    }
    if (from != to) {
        searches.move(from, to);
        write(searches);
    }
    return true;
}

void SavedSearches::write(const QList<SavedSearch> &searches)
{
    QJsonArray array;
    for (const SavedSearch &search : searches) {
        array.append(QJsonObject{{QStringLiteral("name"), search.name},
                                 {QStringLiteral("order"), tweetOrderKey(search.order)},
                                 {QStringLiteral("filter"), search.filter.toJson()}});
    }
    QSettings store = settings();
    store.setValue(settingsKey(), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    store.sync();
    emit changed();
}

} // namespace trove
