#pragma once

#include "core/query/cachesummary.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <cstdint>

namespace trove {

/**
 * The campaigns of a cache, one per row. setCampaigns() merges a fresh summary into the rows in place
 * (dataChanged, inserts, removals and moves keyed by campaign id) so that a selection survives the
 * periodic refreshes of a running import.
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

    /** While an import runs, incomplete files are being worked on rather than interrupted. */
    void setImportRunning(bool running);
    bool isImportRunning() const { return m_importRunning; }

signals:
    /** The user edited a name; the owner performs the rename and refreshes. */
    void renameRequested(std::int64_t campaignId, const QString &name);

private:
    QString displayText(const CampaignSummary &campaign, int column) const;
    QString statusText(const CampaignSummary &campaign) const;
    QString number(std::int64_t value) const;
    int rowOf(std::int64_t campaignId, int from) const;

    QList<CampaignSummary> m_campaigns;
    QLocale m_locale;
    bool m_importRunning = false;
};

} // namespace trove
