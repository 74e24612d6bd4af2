#include "ui/widgets/filterbar.h"

#include "core/query/searchquery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace trove {

namespace {

// A one-line label that elides what does not fit and shows the whole text as its tooltip. Filter values
// can come from tweets (a clicked hashtag), so the text is always plain.
class ElidingLabel : public QLabel
{
public:
    explicit ElidingLabel(QWidget *parent)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    }

    // As wide as the whole text when there is room; squeezed (and elided) down to nothing when not.
    QSize sizeHint() const override
    {
        const QSize hint = QLabel::sizeHint();
        return {fontMetrics().horizontalAdvance(m_fullText) + 2 * margin() + 4, hint.height()};
    }
    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }

    void setFullText(const QString &text)
    {
        m_fullText = text;
        setToolTip(text);
        setAccessibleDescription(text);
        updateElided();
        updateGeometry();
    }
    QString fullText() const { return m_fullText; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        updateElided();
    }
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange) {
            updateElided();
            updateGeometry();
        }
    }

private:
    void updateElided()
    {
        QString shown = m_fullText;
        shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
        setText(fontMetrics().elidedText(shown, Qt::ElideRight, qMax(0, contentsRect().width())));
    }

    QString m_fullText;
};

// Lays its items out left to right and wraps them onto further lines when the width runs out, so that the
// second line of filters stays usable in a narrow window and at a large zoom (after Qt's flow layout
// example).
class FlowLayout : public QLayout
{
public:
    FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
        : QLayout(parent)
        , m_horizontalSpacing(horizontalSpacing)
        , m_verticalSpacing(verticalSpacing)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0)) {
            delete item;
        }
    }

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return layOut(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        layOut(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items) {
            size = size.expandedTo(item->minimumSize());
        }
        const QMargins margins = contentsMargins();
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
    }

private:
    int layOut(const QRect &rect, bool apply) const
    {
        const QMargins margins = contentsMargins();
        const QRect area = rect.marginsRemoved(margins);
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty()) {
                continue;
            }
            const QSize hint = item->sizeHint();
            if (x > area.x() && x + hint.width() > area.right() + 1) {
                x = area.x();
                y += lineHeight + m_verticalSpacing;
                lineHeight = 0;
            }
            if (apply) {
                item->setGeometry(
                    QRect(QPoint(x, y), QSize(qMin(hint.width(), area.width()), hint.height())));
            }
            x += hint.width() + m_horizontalSpacing;
            lineHeight = qMax(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y() + margins.bottom();
    }

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

constexpr int DefaultTypingDelay = 400;

QString withoutPrefix(QString text, QChar prefix)
{
    text = text.trimmed();
    while (text.startsWith(prefix)) {
        text.remove(0, 1);
    }
    return text.trimmed();
}

QDateTime startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    setAccessibleName(tr("Search and filters"));
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(DefaultTypingDelay);
    connect(m_typingTimer, &QTimer::timeout, this, &FilterBar::apply);
    createWidgets();
    updateMinimumWidths();
    m_applied = filter();
    updateSummary();
}

void FilterBar::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // The first line: search, its error, "More filters", "Clear filters" and the summary.
    auto *line = new QHBoxLayout;
    line->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search tweets"));
    m_search->setPlaceholderText(tr("Search tweets \u2014 words, \"phrases\", OR, NOT, -word, prefix*"));
    m_search->setToolTip(tr("Full-text search over tweet text. All words must match; \"quoted phrases\"; "
                            "a OR b; a NOT b or -b; (groups); prefix* matches word beginnings."));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textEdited, this, [this] { changed(true); });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::apply);
    // The clear button changes the text without textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            changed(false);
        }
    });
    line->addWidget(m_search, 3);

    m_searchError = new ElidingLabel(this);
    m_searchError->setObjectName(QStringLiteral("searchError"));
    m_searchError->setAccessibleName(tr("Search error"));
    m_searchError->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_searchError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_searchError->setPalette(errorPalette);
    m_searchError->hide();
    line->addWidget(m_searchError);

    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("moreFiltersButton"));
    m_moreButton->setText(tr("More filters"));
    m_moreButton->setAccessibleName(tr("More filters"));
    m_moreButton->setToolTip(tr("Show or hide the date, language, client, kind, hashtag, mention, media "
                                "and category filters"));
    m_moreButton->setCheckable(true);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreButton->setArrowType(Qt::RightArrow);
    m_moreButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_moreButton, &QToolButton::toggled, this, &FilterBar::setExpanded);
    line->addWidget(m_moreButton);

    m_clearButton = new QPushButton(tr("Clear filters"), this);
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearButton->setAccessibleName(tr("Clear filters"));
    m_clearButton->setToolTip(tr("Remove every filter (the search text stays)"));
    connect(m_clearButton, &QPushButton::clicked, this, &FilterBar::clearFilters);
    line->addWidget(m_clearButton);

    auto *summary = new ElidingLabel(this);
    summary->setObjectName(QStringLiteral("filterSummary"));
    summary->setAccessibleName(tr("Active filters"));
    m_summary = summary;
    line->addWidget(m_summary, 1);
    layout->addLayout(line);

    // The second line, folded away by default.
    m_more = new QWidget(this);
    m_more->setObjectName(QStringLiteral("moreFilters"));
    auto *flow = new FlowLayout(m_more, 14, 4);
    // Controls that belong together (a label and its field, the four kinds) wrap as one.
    const auto addGroup = [this, flow](const QList<QWidget *> &widgets) {
        auto *group = new QWidget(m_more);
        auto *groupLayout = new QHBoxLayout(group);
        groupLayout->setContentsMargins(0, 0, 0, 0);
        groupLayout->setSpacing(4);
        for (QWidget *widget : widgets) {
            groupLayout->addWidget(widget);
        }
        flow->addWidget(group);
    };

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *result = new QLabel(text, m_more);
        result->setTextFormat(Qt::PlainText);
        result->setBuddy(buddy);
        return result;
    };
    const auto dateEdit = [this](const QString &objectName, const QString &accessibleName) {
        auto *edit = new QDateEdit(m_more);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::UTC);
        edit->setDateRange(QDate(2006, 1, 1), QDate(2099, 12, 31));
        edit->setDate(QDate(2016, 1, 1));
        edit->setEnabled(false);
        return edit;
    };

    m_fromCheck = new QCheckBox(tr("From"), m_more);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_fromCheck->setAccessibleName(tr("Filter from a date"));
    m_fromDate = dateEdit(QStringLiteral("fromDate"), tr("First day (UTC)"));
    m_fromDate->setToolTip(tr("Tweets from the start of this day, UTC"));
    m_untilCheck = new QCheckBox(tr("to"), m_more);
    m_untilCheck->setObjectName(QStringLiteral("untilCheck"));
    m_untilCheck->setAccessibleName(tr("Filter up to a date"));
    m_untilDate = dateEdit(QStringLiteral("untilDate"), tr("Last day (UTC, included)"));
    m_untilDate->setToolTip(tr("Tweets up to the end of this day, UTC"));
    auto *utc = new QLabel(tr("UTC"), m_more);
    utc->setToolTip(tr("Days are counted in UTC, as the archives give tweet times"));
    connect(m_fromCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fromDate->setEnabled(on);
        m_exactFrom = QDateTime();
        changed(false);
    });
    connect(m_untilCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_untilDate->setEnabled(on);
        m_exactUntil = QDateTime();
        changed(false);
    });
    connect(m_fromDate, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating) {
            m_exactFrom = QDateTime();
        }
        changed(true);
    });
    connect(m_untilDate, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating) {
            m_exactUntil = QDateTime();
        }
        changed(true);
    });
    connect(m_fromDate, &QDateEdit::editingFinished, this, &FilterBar::apply);
    connect(m_untilDate, &QDateEdit::editingFinished, this, &FilterBar::apply);
    addGroup({m_fromCheck, m_fromDate, m_untilCheck, m_untilDate, utc});

    const QString kindTexts[4] = {tr("Original"), tr("Retweet"), tr("Reply"), tr("Quote")};
    const QString kindNames[4] = {tr("Show original tweets"), tr("Show retweets"), tr("Show replies"),
                                  tr("Show quote tweets")};
    const QString kindObjects[4] = {QStringLiteral("kindOriginal"), QStringLiteral("kindRetweet"),
                                    QStringLiteral("kindReply"), QStringLiteral("kindQuote")};
    for (int kind = 0; kind < 4; ++kind) {
        auto *button = new QToolButton(m_more);
        button->setObjectName(kindObjects[kind]);
        button->setText(kindTexts[kind]);
        button->setAccessibleName(kindNames[kind]);
        button->setToolTip(kindNames[kind]);
        button->setCheckable(true);
        button->setChecked(true);
        button->setFocusPolicy(Qt::StrongFocus);
        connect(button, &QToolButton::toggled, this, [this] { changed(false); });
        m_kindButtons[kind] = button;
    }
    addGroup({m_kindButtons[0], m_kindButtons[1], m_kindButtons[2], m_kindButtons[3]});

    m_media = new QComboBox(m_more);
    m_media->setObjectName(QStringLiteral("mediaCombo"));
    m_media->setAccessibleName(tr("Media"));
    m_media->addItem(tr("With or without media"), int(TweetFilter::Media::Any));
    m_media->addItem(tr("With media"), int(TweetFilter::Media::With));
    m_media->addItem(tr("Without media"), int(TweetFilter::Media::Without));
    connect(m_media, &QComboBox::currentIndexChanged, this, [this] { changed(false); });
    addGroup({m_media});

    const auto editableCombo = [this](const QString &objectName, const QString &accessibleName,
                                      const QString &placeholder) {
        auto *combo = new QComboBox(m_more);
        combo->setObjectName(objectName);
        combo->setAccessibleName(accessibleName);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        combo->lineEdit()->setPlaceholderText(placeholder);
        combo->lineEdit()->setClearButtonEnabled(true);
        combo->lineEdit()->setAccessibleName(accessibleName);
        connect(combo, &QComboBox::editTextChanged, this, [this] { changed(true); });
        connect(combo, &QComboBox::textActivated, this, &FilterBar::apply);
        connect(combo->lineEdit(), &QLineEdit::returnPressed, this, &FilterBar::apply);
        return combo;
    };
    m_language = editableCombo(QStringLiteral("languageCombo"), tr("Language"), tr("Any language"));
    m_language->setToolTip(tr("Tweet language as the archive gives it (en, ru, und, \u2026)"));
    m_client = editableCombo(QStringLiteral("clientCombo"), tr("Client"), tr("Any client"));
    m_client->setMinimumContentsLength(14);
    m_client->setToolTip(tr("The app the tweet was sent from"));
    setComboItems(m_language, {}, QString());
    setComboItems(m_client, {}, QString());

    m_category = new QComboBox(m_more);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setAccessibleName(tr("Account category"));
    m_category->setToolTip(tr("The account's category (Linvill & Warren), where the archive has one"));
    setComboItems(m_category, defaultCategories(), tr("Any category"));
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { changed(false); });

    const auto textField = [this](const QString &objectName, const QString &accessibleName,
                                  const QString &placeholder) {
        auto *edit = new QLineEdit(m_more);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, this, [this] { changed(true); });
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty()) {
                changed(false);
            }
        });
        connect(edit, &QLineEdit::returnPressed, this, &FilterBar::apply);
        return edit;
    };
    m_hashtag = textField(QStringLiteral("hashtagField"), tr("Hashtag"), tr("#hashtag"));
    m_hashtag->setToolTip(tr("Tweets with this hashtag (any case)"));
    m_mention = textField(QStringLiteral("mentionField"), tr("Mentioned account"), tr("@mention"));
    m_mention->setToolTip(tr("Tweets mentioning this screen name or user id"));

    addGroup({label(tr("Language"), m_language), m_language});
    addGroup({label(tr("Client"), m_client), m_client});
    addGroup({label(tr("Category"), m_category), m_category});
    addGroup({label(tr("Hashtag"), m_hashtag), m_hashtag});
    addGroup({label(tr("Mentions"), m_mention), m_mention});

    layout->addWidget(m_more);
    m_more->hide();

    setTabOrder(m_search, m_moreButton);
    setTabOrder(m_moreButton, m_clearButton);
    setTabOrder(m_clearButton, m_fromCheck);
    setTabOrder(m_fromCheck, m_fromDate);
    setTabOrder(m_fromDate, m_untilCheck);
    setTabOrder(m_untilCheck, m_untilDate);
    QWidget *previous = m_untilDate;
    for (QToolButton *button : m_kindButtons) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_media);
    setTabOrder(m_media, m_language);
    setTabOrder(m_language, m_client);
    setTabOrder(m_client, m_category);
    setTabOrder(m_category, m_hashtag);
    setTabOrder(m_hashtag, m_mention);
}

void FilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMinimumWidths(); // the zoom changed the font
    }
}

void FilterBar::updateMinimumWidths()
{
    // The search field keeps room for a query when an error and the summary compete for the line.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 24);
}

QStringList FilterBar::defaultCategories()
{
    return {QStringLiteral("RightTroll"),   QStringLiteral("LeftTroll"),  QStringLiteral("NewsFeed"),
            QStringLiteral("HashtagGamer"), QStringLiteral("Fearmonger"), QStringLiteral("Commercial"),
            QStringLiteral("NonEnglish"),   QStringLiteral("Unknown")};
}

TweetFilter FilterBar::filter() const
{
    TweetFilter result;
    result.search = m_search->text().trimmed();
    if (m_fromCheck->isChecked()) {
        result.from = m_exactFrom.isValid() ? m_exactFrom : startOfDay(m_fromDate->date());
    }
    if (m_untilCheck->isChecked()) {
        // The until day is included: the filter's bound, which is exclusive, is the next midnight.
        result.until = m_exactUntil.isValid() ? m_exactUntil : startOfDay(m_untilDate->date().addDays(1));
    }
    result.language = comboValue(m_language);
    result.client = comboValue(m_client);
    unsigned kinds = 0;
    for (int kind = 0; kind < 4; ++kind) {
        if (m_kindButtons[kind]->isChecked()) {
            kinds |= 1u << kind;
        }
    }
    result.kinds = kinds;
    result.hashtag = withoutPrefix(m_hashtag->text(), QLatin1Char('#'));
    result.mention = withoutPrefix(m_mention->text(), QLatin1Char('@'));
    result.media = TweetFilter::Media(m_media->currentData().toInt());
    result.category = comboValue(m_category);
    return result;
}

void FilterBar::setFilter(const TweetFilter &filter)
{
    showFilter(filter);
    m_applied = this->filter();
    const SearchQuery query = SearchQuery::parse(m_applied.search);
    m_searchErrorText = m_applied.search.isEmpty() || query.ok ? QString() : query.errorString;
    updateSummary();
}

void FilterBar::showFilter(const TweetFilter &filter)
{
    m_typingTimer->stop();
    m_updating = true;
    m_search->setText(filter.search);
    m_fromCheck->setChecked(filter.from.isValid());
    m_fromDate->setEnabled(filter.from.isValid());
    m_exactFrom = QDateTime();
    if (filter.from.isValid()) {
        const QDateTime from = filter.from.toUTC();
        m_fromDate->setDate(from.date());
        if (from.time() != QTime(0, 0)) {
            m_exactFrom = from;
        }
    }
    m_untilCheck->setChecked(filter.until.isValid());
    m_untilDate->setEnabled(filter.until.isValid());
    m_exactUntil = QDateTime();
    if (filter.until.isValid()) {
        const QDateTime until = filter.until.toUTC();
        // Shown as the last day included.
        m_untilDate->setDate(until.addSecs(-1).date());
        if (until.time() != QTime(0, 0)) {
            m_exactUntil = until;
        }
    }
    selectComboValue(m_language, filter.language);
    selectComboValue(m_client, filter.client);
    for (int kind = 0; kind < 4; ++kind) {
        m_kindButtons[kind]->setChecked(filter.kinds & (1u << kind));
    }
    m_hashtag->setText(filter.hashtag);
    m_mention->setText(filter.mention);
    m_media->setCurrentIndex(qMax(0, m_media->findData(int(filter.media))));
    selectComboValue(m_category, filter.category);
    m_updating = false;
}

void FilterBar::setDateRange(const QDate &first, const QDate &last)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    if (first.isValid() && !m_fromCheck->isChecked()) {
        m_fromDate->setDate(first);
    }
    if (last.isValid() && !m_untilCheck->isChecked()) {
        m_untilDate->setDate(last);
    }
    m_updating = wasUpdating;
}

void FilterBar::setComboItems(QComboBox *combo, const QStringList &items, const QString &anyText)
{
    const QString current = comboValue(combo);
    const bool wasUpdating = m_updating;
    m_updating = true;
    combo->clear();
    if (combo->isEditable()) {
        // An empty first entry is "any": the field's placeholder says so.
        combo->addItem(QString(), QString());
        for (const QString &item : items) {
            if (!item.isEmpty()) {
                combo->addItem(item, item);
            }
        }
    } else {
        combo->addItem(anyText, QString());
        for (const QString &item : items) {
            if (!item.isEmpty()) {
                combo->addItem(item, item);
            }
        }
    }
    selectComboValue(combo, current);
    m_updating = wasUpdating;
}

void FilterBar::selectComboValue(QComboBox *combo, const QString &value) const
{
    if (combo->isEditable()) {
        const int index = combo->findData(value);
        if (index >= 0) {
            combo->setCurrentIndex(index);
        }
        combo->setEditText(value);
        return;
    }
    int index = combo->findData(value);
    if (index < 0) {
        // A saved filter's value that the offered list lacks stays selectable.
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString FilterBar::comboValue(const QComboBox *combo) const
{
    if (combo->isEditable()) {
        return combo->currentText().trimmed();
    }
    return combo->currentData().toString();
}

void FilterBar::setLanguages(const QStringList &languages)
{
    setComboItems(m_language, languages, QString());
}

void FilterBar::setClients(const QStringList &clients)
{
    setComboItems(m_client, clients, QString());
}

void FilterBar::setCategories(const QStringList &categories)
{
    setComboItems(m_category, categories, tr("Any category"));
}

bool FilterBar::isExpanded() const
{
    return m_moreButton->isChecked();
}

QString FilterBar::searchError() const
{
    return m_searchErrorText;
}

void FilterBar::setTypingDelay(int milliseconds)
{
    m_typingTimer->setInterval(qMax(0, milliseconds));
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::setExpanded(bool expanded)
{
    if (m_moreButton->isChecked() != expanded) {
        m_moreButton->setChecked(expanded); // comes back here through toggled()
        return;
    }
    if (m_more->isVisibleTo(this) == expanded) {
        return;
    }
    m_moreButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_more->setVisible(expanded);
    updateSummary();
    emit expandedChanged(expanded);
}

void FilterBar::setHashtag(const QString &hashtag)
{
    m_updating = true;
    m_hashtag->setText(withoutPrefix(hashtag, QLatin1Char('#')));
    m_updating = false;
    apply();
}

void FilterBar::setMention(const QString &mention)
{
    m_updating = true;
    m_mention->setText(withoutPrefix(mention, QLatin1Char('@')));
    m_updating = false;
    apply();
}

void FilterBar::clearFilters()
{
    TweetFilter cleared;
    cleared.search = m_search->text();
    showFilter(cleared);
    apply();
}

void FilterBar::changed(bool typing)
{
    if (m_updating) {
        return;
    }
    if (typing) {
        m_typingTimer->start();
    } else {
        apply();
    }
}

void FilterBar::apply()
{
    m_typingTimer->stop();
    const TweetFilter current = filter();
    const SearchQuery query = SearchQuery::parse(current.search);
    m_searchErrorText = current.search.isEmpty() || query.ok ? QString() : query.errorString;
    updateSummary();
    if (!m_searchErrorText.isEmpty() || current == m_applied) {
        return;
    }
    m_applied = current;
    emit filterChanged(current);
}

void FilterBar::updateSummary()
{
    static_cast<ElidingLabel *>(m_searchError)->setFullText(m_searchErrorText);
    m_searchError->setVisible(!m_searchErrorText.isEmpty());
    m_search->setAccessibleDescription(m_searchErrorText);
    // The search text is in its field: the summary names the other filters.
    TweetFilter shown = filter();
    shown.search.clear();
    const bool filtered = !shown.isPlain();
    static_cast<ElidingLabel *>(m_summary)->setFullText(filtered ? shown.describeFilters() : QString());
    m_clearButton->setEnabled(filtered);
}

} // namespace trove
