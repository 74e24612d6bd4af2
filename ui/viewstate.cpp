#include "ui/viewstate.h"

#include "core/export/exportformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStringList>

namespace trove {

namespace {

constexpr int FormatVersion = 1;

// A value kept as text (QSettings' INI files give back strings for most types anyway).
QString textValue(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    return value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray ? value.toString()
                                                                                           : QString();
}

QByteArray bytesValue(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : QByteArray();
}

std::int64_t idValue(const QString &text)
{
    bool ok = false;
    const std::int64_t id = text.trimmed().toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace

QString ViewState::settingsGroup()
{
    return QStringLiteral("viewState");
}

ViewState ViewState::load()
{
    QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
    settings.beginGroup(settingsGroup());
    ViewState state;
    if (settings.value(QStringLiteral("version")).toInt() != FormatVersion) {
        return state;
    }
    state.cachePath = textValue(settings, QStringLiteral("cachePath"));
    const QStringList campaigns =
        textValue(settings, QStringLiteral("campaigns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &campaign : campaigns) {
        if (const std::int64_t id = idValue(campaign); id != 0 && !state.campaignIds.contains(id)) {
            state.campaignIds.append(id);
        }
    }
    state.accountId = idValue(textValue(settings, QStringLiteral("account")));
    state.page = textValue(settings, QStringLiteral("page"));
    const QJsonDocument filter =
        QJsonDocument::fromJson(textValue(settings, QStringLiteral("filter")).toUtf8());
    if (filter.isObject()) {
        state.filter = TweetFilter::fromJson(filter.object());
    }
    state.order = tweetOrderFromKey(textValue(settings, QStringLiteral("order")));
    state.filtersExpanded = textValue(settings, QStringLiteral("filtersExpanded")) == QLatin1String("true");
    state.windowGeometry = bytesValue(settings, QStringLiteral("windowGeometry"));
    state.windowState = bytesValue(settings, QStringLiteral("windowState"));
    settings.beginGroup(QStringLiteral("splitters"));
    const QStringList names = settings.childKeys();
    for (const QString &name : names) {
        const QByteArray bytes = bytesValue(settings, name);
        if (!bytes.isEmpty()) {
            state.splitters.insert(name, bytes);
        }
    }
    settings.endGroup();
    return state;
}

void ViewState::save() const
{
    QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
    settings.remove(settingsGroup());
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("version"), FormatVersion);
    settings.setValue(QStringLiteral("cachePath"), cachePath);
    QStringList campaigns;
    for (const std::int64_t id : campaignIds) {
        campaigns.append(QString::number(id));
    }
    // Ids as text: a QVariant list of 64-bit numbers does not survive every settings format.
    settings.setValue(QStringLiteral("campaigns"), campaigns.join(QLatin1Char(',')));
    settings.setValue(QStringLiteral("account"), QString::number(accountId));
    settings.setValue(QStringLiteral("page"), page);
    settings.setValue(QStringLiteral("filter"),
                      QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
    settings.setValue(QStringLiteral("order"), tweetOrderKey(order));
    settings.setValue(QStringLiteral("filtersExpanded"),
                      filtersExpanded ? QStringLiteral("true") : QStringLiteral("false"));
    settings.setValue(QStringLiteral("windowGeometry"), windowGeometry);
    settings.setValue(QStringLiteral("windowState"), windowState);
    settings.beginGroup(QStringLiteral("splitters"));
    for (auto it = splitters.cbegin(); it != splitters.cend(); ++it) {
        if (!it.key().isEmpty()) {
            settings.setValue(it.key(), it.value());
        }
    }
    settings.endGroup();
    settings.endGroup();
    settings.sync();
}

void ViewState::clear()
{
    QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
    settings.remove(settingsGroup());
    settings.sync();
}

bool ViewState::operator==(const ViewState &other) const
{
    return cachePath == other.cachePath && campaignIds == other.campaignIds && accountId == other.accountId &&
           page == other.page && filter == other.filter && order == other.order &&
           filtersExpanded == other.filtersExpanded && windowGeometry == other.windowGeometry &&
           windowState == other.windowState && splitters == other.splitters;
}

} // namespace trove
