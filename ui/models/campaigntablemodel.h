#pragma once

#include "core/query/cachesummary.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QSet>

#include <cstdint>

namespace trove {

/**
 * The campaigns of a cache, one per row. setCampaigns() merges a fresh summary into the rows in place
 * (dataChanged, inserts, removals and moves keyed by campaign id) so that a selection survives the
 * periodic refreshes of a running import.
 *
 * Each name has a check box: the checked campaigns are what the browser shows. A campaign is checked
 * unless the user unchecked it, so a newly imported one is shown at once.
 */
class CampaignTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AccountsColumn,
        TweetsColumn,
        FirstTweetColumn,
        LastTweetColumn,
        RejectedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { CampaignIdRole = Qt::UserRole + 1, SyntheticRole };

    explicit CampaignTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** Replaces the rows by @p campaigns, updating rows in place where the campaign id is unchanged. */
    void setCampaigns(const QList<CampaignSummary> &campaigns);
    QList<CampaignSummary> campaigns() const { return m_campaigns; }
    CampaignSummary campaignAt(int row) const { return m_campaigns.value(row); }

    /** The checked campaigns' ids in row order; empty when every campaign is checked (meaning "all"). */
    QList<std::int64_t> selectedCampaignIds() const;
    /** Checks exactly @p campaignIds (empty: all), also those not loaded yet. */
    void setSelectedCampaignIds(const QList<std::int64_t> &campaignIds);
    /** Checks (true) or unchecks every campaign. */
    void setAllSelected(bool selected);

    /** While an import runs, incomplete files are being worked on rather than interrupted. */
    void setImportRunning(bool running);
    bool isImportRunning() const { return m_importRunning; }

signals:
    /** The user edited a name; the owner performs the rename and refreshes. */
    void renameRequested(std::int64_t campaignId, const QString &name);
    /** The user checked or unchecked campaigns, or campaigns appeared or went away. */
    void selectionChanged();

private:
    QString displayText(const CampaignSummary &campaign, int column) const;
    QString statusText(const CampaignSummary &campaign) const;
    QString number(std::int64_t value) const;
    int rowOf(std::int64_t campaignId, int from) const;

    QList<CampaignSummary> m_campaigns;
    QSet<std::int64_t> m_unchecked;   // unchecked by the user; everything else is checked
    QSet<std::int64_t> m_onlyChecked; // from setSelectedCampaignIds before the campaigns were loaded
    QLocale m_locale;
    bool m_importRunning = false;
};

} // namespace trove
