#pragma once

#include <QList>
#include <QLocale>
#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QThreadPool;
class QTimer;

namespace trove {

class AccountFilterProxy;
class AccountTableModel;

/**
 * The account browser: a filter field (filter as you type), a category filter, the table of accounts
 * (sortable by any column, rows selected whole) and a count ("3,841 accounts", "12 of 3,841 accounts").
 * The accounts are read in the background (AccountTableModel); the current account is kept across reloads.
 */
class AccountBrowser : public QWidget
{
    Q_OBJECT

public:
    /** Reads on @p pool, which must outlive the browser's reads. */
    explicit AccountBrowser(QThreadPool *pool, QWidget *parent = nullptr);

    /** Shows the accounts of the cache at @p path (read at once; nothing when empty). */
    void setCachePath(const QString &path);
    /** Shows the accounts of @p campaignIds (empty: every campaign); reads again when they changed. */
    void setCampaigns(const QList<std::int64_t> &campaignIds);
    QList<std::int64_t> campaigns() const;

    /** The account of the current row (its Twitter account for a linked pair); 0 when there is none. */
    std::int64_t currentAccountId() const;
    /** Makes the row holding @p accountId current and visible; false when no shown row holds it. */
    bool selectAccount(std::int64_t accountId);

    /** Sets the filter field's text and filters at once (typing filters after a short pause). */
    void setFilterText(const QString &text);
    QString filterText() const;
    /** The count line as shown. */
    QString countText() const;

    AccountTableModel *model() const { return m_model; }
    AccountFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *categoryBox() const { return m_category; }

public slots:
    /** Reads the accounts again (after an import, for instance). */
    void reload();

signals:
    /** The user clicked a row or pressed Enter on it: open this account (its dossier). */
    void accountActivated(qint64 accountId);
    /** The current row changed (keyboard or mouse); 0 when no row is current. */
    void currentAccountChanged(qint64 accountId);
    /** A read ended with @p count accounts. */
    void loaded(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void applyCategory();
    void updateCategories();
    void updateCount();

    AccountTableModel *m_model = nullptr;
    AccountFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_category = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_filterTimer = nullptr;
    std::int64_t m_keepAccount = 0; // the current account while a reload runs
    std::int64_t m_lastCurrent = 0;
    QLocale m_numbers;
};

} // namespace trove
