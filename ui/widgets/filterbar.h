#pragma once

#include "core/query/tweetfilter.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QPushButton;

namespace trove {

/**
 * The search field and the filters above every tweet list, on one line by default ("More filters"
 * unfolds the rest): full-text search, date range (UTC days), language, client, tweet kinds, hashtag,
 * mention, media and account category, a "Clear filters" button and a one-line summary of what is active.
 *
 * It describes a TweetFilter without its selection: filter() leaves campaignIds and accountIds empty (the
 * window owns them). filterChanged() is emitted once per change a person makes, after a short typing
 * pause or on Enter for the text fields, at once for the others; never for setFilter(), and never while the
 * search text does not parse (the reason is shown under the field instead).
 */
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    /** Everything but campaignIds/accountIds, as the controls show it now. */
    TweetFilter filter() const;
    /** Shows @p filter (its campaignIds/accountIds are ignored) without emitting filterChanged(). */
    void setFilter(const TweetFilter &filter);

    /** The values offered in the language, client and category combos (a filter's value stays selectable). */
    void setLanguages(const QStringList &languages);
    void setClients(const QStringList &clients);
    void setCategories(const QStringList &categories);
    /** The categories offered until setCategories() is called (Linvill & Warren's). */
    static QStringList defaultCategories();

    /**
     * The days the date fields start from when they are switched on (the cache's first and last tweet
     * days, say); a date field that is on keeps its value.
     */
    void setDateRange(const QDate &first, const QDate &last);

    /** Whether the second line of filters shows. */
    bool isExpanded() const;

    /** The reason the search text cannot run, or empty. */
    QString searchError() const;

    /** Milliseconds of typing pause after which a text field's change applies (default 400). */
    void setTypingDelay(int milliseconds);

public slots:
    /** Puts the cursor in the search field with its text selected (the window binds Ctrl+F to it). */
    void focusSearch();
    void setExpanded(bool expanded);
    /** Filters on @p hashtag (a leading '#' is dropped); emits filterChanged() when that changes it. */
    void setHashtag(const QString &hashtag);
    /** Filters on tweets mentioning @p mention (a leading '@' is dropped); emits like setHashtag(). */
    void setMention(const QString &mention);
    /** Resets every filter and the search; emits filterChanged() when something was set. */
    void clearFilters();

signals:
    void filterChanged(const trove::TweetFilter &filter);
    void expandedChanged(bool expanded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void updateMinimumWidths();
    void setComboItems(QComboBox *combo, const QStringList &items, const QString &anyText);
    void selectComboValue(QComboBox *combo, const QString &value) const;
    QString comboValue(const QComboBox *combo) const;
    /** A control changed: apply now or after the typing pause. */
    void changed(bool typing);
    void apply();
    void updateSummary();
    /** Sets the controls to @p filter, emitting nothing and leaving what was announced as it was. */
    void showFilter(const TweetFilter &filter);

    QLineEdit *m_search = nullptr;
    QLabel *m_searchError = nullptr;
    QToolButton *m_moreButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_more = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QCheckBox *m_untilCheck = nullptr;
    QDateEdit *m_untilDate = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_client = nullptr;
    QToolButton *m_kindButtons[4] = {};
    QLineEdit *m_hashtag = nullptr;
    QLineEdit *m_mention = nullptr;
    QComboBox *m_media = nullptr;
    QComboBox *m_category = nullptr;
    QTimer *m_typingTimer = nullptr;

    // A time set by setFilter() that a whole UTC day cannot show (a chart's drill-down to an hour, say) is
    // kept as it is until the person touches that date.
    QDateTime m_exactFrom;
    QDateTime m_exactUntil;
    TweetFilter m_applied; ///< what filterChanged() last announced (or setFilter() set)
    QString m_searchErrorText;
    bool m_updating = false;
};

} // namespace trove
