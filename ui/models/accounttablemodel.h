#pragma once

#include "core/query/accountlist.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <array>
#include <atomic>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

class QThreadPool;

namespace trove {

/**
 * The accounts of the selected campaigns, one AccountRecord per row (a linked Twitter/FiveThirtyEight pair
 * is one row), read by AccountList::load() on a worker of the pool given, with that thread's ReadConnection.
 * A newer reload() supersedes a running one: the older read is interrupted and its result dropped.
 *
 * Everything shown is plain text. Qt::DisplayRole gives the text of a cell, SortRole a value that sorts as
 * it should (numbers as qlonglong, dates as qlonglong seconds, text as QString; an invalid QVariant when
 * the value is unknown: AccountFilterProxy sorts those last in either order).
 */
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ScreenNameColumn,
        DisplayNameColumn,
        FollowersColumn,
        FollowingColumn,
        CreatedColumn,
        LanguageColumn,
        TweetsColumn,
        FirstTweetColumn,
        LastTweetColumn,
        DormancyColumn,
        CategoryColumn,
        CampaignColumn,
        SourcesColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< see the class comment
        AccountIdRole,               ///< qlonglong: the row's account id
        CategoryRole,                ///< QString: the row's category ('' when unknown)
    };

    /** Reads on @p pool, which must outlive the model's reads (wait for it before it goes away). */
    explicit AccountTableModel(QThreadPool *pool, QObject *parent = nullptr);
    ~AccountTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The cache to read from: the rows are cleared and a running read is dropped; reload() reads. */
    void setCachePath(const QString &path);
    QString cachePath() const { return m_cachePath; }
    /** The campaigns whose accounts are listed (empty: all); takes effect at the next reload(). */
    void setCampaigns(const QList<std::int64_t> &campaignIds);
    QList<std::int64_t> campaigns() const { return m_campaignIds; }

    /** Reads the accounts in the background; loaded() or loadFailed() follows unless superseded. */
    void reload();
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_errorString; }

    /** Replaces the rows (what a load ends with; also for tests). */
    void setAccounts(const QList<AccountRecord> &accounts);
    const QList<AccountRecord> &accounts() const { return m_accounts; }
    /** The record of @p row; a default record when out of range. */
    AccountRecord accountAt(int row) const { return m_accounts.value(row); }
    /** The row holding @p accountId (the row's own id or one folded into it); -1 when none. */
    int rowOfAccount(std::int64_t accountId) const;

    /** The categories of the rows, sorted; hasUncategorized() when some rows have none. */
    QStringList categories() const { return m_categories; }
    bool hasUncategorized() const { return m_hasUncategorized; }

    /**
     * Compares the values of @p column in two rows for sorting: <0, 0, >0. @p leftKnown / @p rightKnown
     * say whether each value is known (unknown values compare equal to each other).
     */
    int compare(int leftRow, int rightRow, int column, bool *leftKnown, bool *rightKnown) const;
    /**
     * True when each of @p terms (case-folded, QString::toCaseFolded()) occurs, in any case, in one of the
     * texts filter-as-you-type searches in @p row: screen name, alias, display name, userid, description,
     * location, linked handles.
     */
    bool matches(int row, const QStringList &terms) const;

    /** The colour of a category's swatch and badge: one of a few hues readable on light and dark. */
    static QColor categoryColor(const QString &category);
    /** "Twitter archive + FiveThirtyEight" for AccountRecord::Source flags. */
    static QString sourcesText(unsigned sources);
    /** The screen name column's text: the screen name, or for a hashed account its alias and hash start. */
    static QString nameText(const AccountRecord &record);

signals:
    /** A reload() ended with @p count rows. */
    void loaded(int count);
    /** A reload() failed; the previous rows stay. */
    void loadFailed(const QString &errorString);
    void loadingChanged(bool loading);

private:
    /** Per column, one integer per row that sorts as the column should; UnknownKey for unknown values. */
    using SortKeys = std::array<std::vector<std::int64_t>, ColumnCount>;
    static constexpr std::int64_t UnknownKey = std::numeric_limits<std::int64_t>::min();
    static SortKeys sortKeys(const QList<AccountRecord> &accounts);
    static std::vector<QString> filterTexts(const QList<AccountRecord> &accounts);
    void setRows(const QList<AccountRecord> &accounts, SortKeys keys, std::vector<QString> texts);

    QString displayText(const AccountRecord &record, int column) const;
    QVariant sortValue(const AccountRecord &record, int column) const;
    QString toolTip(const AccountRecord &record, int column) const;
    QString number(std::int64_t value) const;
    void setLoading(bool loading);

    QThreadPool *m_pool = nullptr;
    QString m_cachePath;
    QList<std::int64_t> m_campaignIds;
    QList<AccountRecord> m_accounts;
    SortKeys m_sortKeys;
    std::vector<QString> m_filterTexts; // case-folded texts filter-as-you-type searches, one per row
    QStringList m_categories;
    bool m_hasUncategorized = false;
    QLocale m_locale;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_loading = false;
    QString m_errorString;
};

} // namespace trove
