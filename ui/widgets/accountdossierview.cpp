#include "ui/widgets/accountdossierview.h"

#include "core/db/database.h"
#include "core/db/readconnection.h"
#include "ui/appsettings.h"
#include "ui/contrast.h"
#include "ui/counted.h"
#include "ui/media/mediatilepainter.h"
#include "ui/media/thumbnailcache.h"
#include "ui/models/accounttablemodel.h"
#include "ui/widgets/mediathumbnailgrid.h"
#include "ui/widgets/sparkline.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocument>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace trove {

namespace {

QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString number(std::int64_t value)
{
    return numberLocale().toString(qlonglong(value));
}

// Text from the archive: plain text always, laid out in its own direction.
QLabel *plainLabel(const QString &text, QWidget *parent, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const bool rightToLeft = text.isRightToLeft();
    label->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    label->setAlignment((rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignTop);
    // A word that cannot wrap (a 64-digit hash, a long URL) would make the whole dossier as wide as itself
    // and scroll sideways; such a label is cut at the pane's edge instead, whole in its tooltip and when
    // selected and copied.
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (std::any_of(words.cbegin(), words.cend(), [](const QString &word) { return word.size() > 24; })) {
        label->setSizePolicy(QSizePolicy::Ignored, label->sizePolicy().verticalPolicy());
        // Rich text made of the escaped text: a tooltip would otherwise read archive text as HTML.
        label->setToolTip(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
    }
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    AppSettings::setRelativeFont(label, 1.1);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

// A button for a name from the archive: '&' would otherwise make a mnemonic.
QPushButton *linkButton(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(QString(text).replace(QLatin1Char('&'), QLatin1String("&&")), parent);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setAccessibleName(accessibleName);
    button->setToolTip(Qt::convertFromPlainText(accessibleName, Qt::WhiteSpaceNormal));
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    QPalette palette = button->palette();
    palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
    button->setPalette(palette);
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 1px 4px; }"));
    return button;
}

QString dateTimeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                          : QString();
}

QString languageText(const QString &code)
{
    if (code.isEmpty()) {
        return AccountDossierView::tr("(none given)");
    }
    const QLocale locale(code);
    if (locale.language() == QLocale::C || code == QLatin1String("und")) {
        return code;
    }
    return QStringLiteral("%1 (%2)").arg(code, QLocale::languageToString(locale.language()));
}

// "12 images", "1 video": the count of one media kind.
QString mediaKindCount(MediaKind kind, std::int64_t count)
{
    switch (kind) {
    case MediaKind::Image:
        return counted(count, AccountDossierView::tr("1 image"), AccountDossierView::tr("%1 images"));
    case MediaKind::Gif:
        return counted(count, AccountDossierView::tr("1 GIF"), AccountDossierView::tr("%1 GIFs"));
    case MediaKind::Video:
        return counted(count, AccountDossierView::tr("1 video"), AccountDossierView::tr("%1 videos"));
    case MediaKind::Profile:
        return counted(count, AccountDossierView::tr("1 profile image"),
                       AccountDossierView::tr("%1 profile images"));
    case MediaKind::Banner:
        return counted(count, AccountDossierView::tr("1 banner"), AccountDossierView::tr("%1 banners"));
    }
    return number(count);
}

} // namespace

AccountDossierView::AccountDossierView(QThreadPool *pool, QWidget *parent)
    : QScrollArea(parent)
    , m_pool(pool)
    , m_page(new QWidget)
    , m_status(new QLabel(m_page))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Account dossier"));
    auto *layout = new QVBoxLayout(m_page);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Dossier status"));
    layout->addWidget(m_status);
    layout->addStretch(1);
    setWidget(m_page);
    clear();
}

AccountDossierView::~AccountDossierView()
{
    cancelRunning();
}

void AccountDossierView::cancelRunning()
{
    if (m_cancel) {
        m_cancel->store(true);
        m_cancel.reset();
    }
    m_loading = 0;
}

void AccountDossierView::setCachePath(const QString &path)
{
    if (path == m_cachePath) {
        return;
    }
    m_cachePath = path;
    clear();
}

void AccountDossierView::clear()
{
    cancelRunning();
    ++m_generation;
    m_requested = 0;
    m_dossier = AccountDossier();
    m_pendingEntities = false;
    if (m_content) {
        // Later: this may run from a click on one of its buttons (an account link).
        m_content->hide();
        m_content->deleteLater();
        m_content = nullptr;
        m_entitiesBox = nullptr;
        m_entitiesStatus = nullptr;
        m_mediaBox = nullptr;
        m_mediaStatus = nullptr;
        m_mediaGrid = nullptr;
    }
    m_pendingMedia = false;
    showStatus(tr("Choose an account to see its dossier."));
}

QString AccountDossierView::statusText() const
{
    return m_status->isVisible() || !m_content ? m_status->text() : QString();
}

void AccountDossierView::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void AccountDossierView::showAccount(std::int64_t accountId)
{
    if (m_cachePath.isEmpty()) {
        return;
    }
    clear();
    const quint64 generation = m_generation;
    m_requested = accountId;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    showStatus(tr("Loading…"));
    m_loading = 3;
    // The overview first, then two jobs: it shows while hashtags, links and mentions are still being
    // counted (on a large cache these read whole tables), without that count slowing the overview down;
    // the media (an index seek) beside them.
    startPart(AccountDossierQuery::Overview, generation, accountId);
}

void AccountDossierView::startPart(unsigned part, quint64 generation, std::int64_t accountId)
{
    auto *watcher = new QFutureWatcher<AccountDossier>(this);
    connect(watcher, &QFutureWatcher<AccountDossier>::finished, this,
            [this, watcher, generation, accountId, part] {
                watcher->deleteLater();
                partRead(watcher->result(), generation, accountId, part);
            });
    const QString path = m_cachePath;
    const int limit = m_limit;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    watcher->setFuture(QtConcurrent::run(m_pool, [path, accountId, part, limit, cancel] {
        QString error;
        Database *db = ReadConnection::forThisThread(path, &error);
        if (!db) {
            AccountDossier failed;
            failed.errorString = error;
            return failed;
        }
        return AccountDossierQuery::load(*db, accountId, part, limit, cancel.get());
    }));
}

void AccountDossierView::partRead(const AccountDossier &part, quint64 generation, std::int64_t accountId,
                                  unsigned which)
{
    if (generation != m_generation) {
        return; // superseded
    }
    --m_loading;
    if (!part.ok) {
        if (part.cancelled) {
            return;
        }
        if (which == AccountDossierQuery::Media && m_mediaStatus) {
            // The media are a section of their own: the rest of the dossier stays.
            m_mediaStatus->setText(tr("Cannot read the media: %1").arg(part.errorString));
            if (m_loading == 0) {
                m_cancel.reset();
                emit dossierShown(qint64(accountId));
            }
            return;
        }
        cancelRunning();
        showStatus(tr("Cannot read this account's dossier: %1").arg(part.errorString));
        emit loadFailed(qint64(accountId), part.errorString);
        return;
    }
    if (part.parts & AccountDossierQuery::Overview) {
        startPart(AccountDossierQuery::Media, generation, accountId);
        startPart(AccountDossierQuery::Entities, generation, accountId);
        AccountDossier merged = part;
        merged.hashtags = m_dossier.hashtags;
        merged.domains = m_dossier.domains;
        merged.mentioned = m_dossier.mentioned;
        merged.mediaTotal = m_dossier.mediaTotal;
        merged.mediaKinds = m_dossier.mediaKinds;
        merged.recentMedia = m_dossier.recentMedia;
        merged.parts |= m_dossier.parts & (AccountDossierQuery::Entities | AccountDossierQuery::Media);
        m_dossier = merged;
        buildOverview();
        if (m_pendingEntities) {
            m_pendingEntities = false;
            buildEntities();
        }
        if (m_pendingMedia) {
            m_pendingMedia = false;
            buildMedia();
        }
        emit overviewShown(qint64(accountId));
    }
    if (part.parts & AccountDossierQuery::Entities) {
        m_dossier.hashtags = part.hashtags;
        m_dossier.domains = part.domains;
        m_dossier.mentioned = part.mentioned;
        m_dossier.parts |= AccountDossierQuery::Entities;
        if (m_content) {
            buildEntities();
        } else {
            m_pendingEntities = true;
        }
    }
    if (part.parts & AccountDossierQuery::Media) {
        m_dossier.mediaTotal = part.mediaTotal;
        m_dossier.mediaKinds = part.mediaKinds;
        m_dossier.recentMedia = part.recentMedia;
        m_dossier.parts |= AccountDossierQuery::Media;
        if (m_content) {
            buildMedia();
        } else {
            m_pendingMedia = true;
        }
    }
    if (m_loading == 0) {
        m_cancel.reset();
        emit dossierShown(qint64(accountId));
    }
}

void AccountDossierView::setDossier(const AccountDossier &dossier)
{
    clear();
    m_requested = dossier.account.accountId;
    m_dossier = dossier;
    buildOverview();
    if (dossier.parts & AccountDossierQuery::Entities) {
        buildEntities();
    }
    if (dossier.parts & AccountDossierQuery::Media) {
        buildMedia();
    }
}

void AccountDossierView::setThumbnails(ThumbnailCache *cache)
{
    m_thumbnails = cache;
    if (m_mediaGrid) {
        m_mediaGrid->setThumbnails(cache);
    }
}

void AccountDossierView::buildOverview()
{
    if (m_content) {
        m_content->hide();
        m_content->deleteLater();
    }
    showStatus(QString());
    const AccountDossier &dossier = m_dossier;
    const AccountRecord &account = dossier.account;
    m_content = new QWidget(m_page);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    static_cast<QVBoxLayout *>(m_page->layout())->insertWidget(1, m_content);

    // Who it is.
    auto *name = plainLabel(account.shownName(), m_content, false);
    AppSettings::setRelativeFont(name, 1.6);
    name->setAccessibleName(tr("Account name"));
    auto *top = new QHBoxLayout;
    top->addWidget(name, 1);
    if (!account.category.isEmpty()) {
        // The badge says the category in words; its colour is the same as in the account table.
        auto *badge = new QLabel(m_content);
        badge->setTextFormat(Qt::PlainText);
        badge->setText(account.category);
        badge->setAccessibleName(tr("Category: %1").arg(account.category));
        const QColor color = AccountTableModel::categoryColor(account.category);
        const QColor text = Contrast::readableTextOn(color);
        badge->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border: 1px solid %3; "
                                            "border-radius: 4px; padding: 2px 8px; }")
                                 .arg(color.name(), text.name(), color.darker(140).name()));
        top->addWidget(badge, 0, Qt::AlignVCenter);
    }
    auto *timeline = new QPushButton(tr("Show timeline"), m_content);
    timeline->setAccessibleName(tr("Show this account's timeline"));
    timeline->setToolTip(tr("Show the tweets of this account in time order"));
    connect(timeline, &QPushButton::clicked, this,
            [this] { emit timelineRequested(m_dossier.account.accountIds()); });
    top->addWidget(timeline, 0, Qt::AlignVCenter);
    layout->addLayout(top);
    if (account.hashed) {
        auto *hash = plainLabel(tr("Hashed account · %1").arg(account.screenName), m_content);
        hash->setAccessibleName(tr("Hash"));
        hash->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hash);
    }
    if (!account.displayName.isEmpty()) {
        auto *display = plainLabel(account.displayName, m_content);
        display->setAccessibleName(tr("Display name"));
        layout->addWidget(display);
    }
    QStringList campaigns{account.campaign};
    for (const QString &campaign : account.linkedCampaigns) {
        if (!campaigns.contains(campaign)) {
            campaigns.append(campaign);
        }
    }
    auto *origin = plainLabel(
        tr("Campaign: %1 · Sources: %2")
            .arg(campaigns.join(QStringLiteral(" + ")), AccountTableModel::sourcesText(account.sources)),
        m_content);
    origin->setAccessibleName(tr("Campaign and sources"));
    layout->addWidget(origin);
    for (const AccountRecord &linked : dossier.linkedAccounts) {
        auto *label = plainLabel(tr("Same person as FiveThirtyEight's %1 (campaign %2, %3)")
                                     .arg(linked.screenName, linked.campaign,
                                          counted(linked.tweetCount, tr("1 tweet"), tr("%1 tweets"))),
                                 m_content);
        label->setAccessibleName(tr("Linked account"));
        layout->addWidget(label);
    }

    // The profile.
    layout->addWidget(heading(tr("Profile"), m_content));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &label, const QString &value, bool always = false) {
        if (value.isEmpty() && !always) {
            return;
        }
        auto *field = plainLabel(value.isEmpty() ? tr("unknown") : value, m_content);
        field->setAccessibleName(label);
        auto *name = new QLabel(m_content);
        name->setTextFormat(Qt::PlainText);
        name->setText(label);
        name->setBuddy(field);
        form->addRow(name, field);
    };
    addRow(tr("Description"), account.description);
    addRow(tr("Location"), account.location);
    addRow(tr("Profile URL"), account.profileUrl);
    addRow(tr("User id"), account.userid);
    addRow(tr("Account language"), account.language);
    addRow(tr("Account type"), account.accountType);
    addRow(tr("Followers"), account.followers < 0 ? QString() : number(account.followers), true);
    addRow(tr("Following"), account.following < 0 ? QString() : number(account.following), true);
    addRow(tr("Created"),
           account.created.isValid() ? account.created.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                                     : QString(),
           true);
    addRow(tr("First tweet"), dateTimeText(account.firstTweet), true);
    addRow(tr("Last tweet"), dateTimeText(account.lastTweet), true);
    addRow(tr("Dormancy"),
           account.dormancyDays ? counted(*account.dormancyDays, tr("1 day from creation to first tweet"),
                                          tr("%1 days from creation to first tweet"))
                                : QString(),
           true);
    addRow(tr("Tweets"),
           tr("%1 (original: %2, retweets: %3, replies: %4, quotes: %5)")
               .arg(number(account.tweetCount), number(dossier.originals), number(dossier.retweets),
                    number(dossier.replies), number(dossier.quotes)),
           true);
    layout->addLayout(form);

    // Activity.
    layout->addWidget(heading(tr("Activity"), m_content));
    auto *sparkline = new Sparkline(m_content);
    QList<QPair<QDate, qint64>> series;
    series.reserve(dossier.activity.size());
    for (const ActivityDay &day : dossier.activity) {
        series.append({day.day, qint64(day.tweets)});
    }
    sparkline->setSeries(series);
    layout->addWidget(sparkline);
    if (!series.isEmpty()) {
        const auto peak = sparkline->peak();
        auto *range = plainLabel(
            tr("%1 to %2 · busiest day %3 (%4)")
                .arg(series.first().first.toString(Qt::ISODate), series.last().first.toString(Qt::ISODate),
                     peak.first.toString(Qt::ISODate), counted(peak.second, tr("1 tweet"), tr("%1 tweets"))),
            m_content);
        range->setAccessibleName(tr("Activity range"));
        layout->addWidget(range);
    } else {
        layout->addWidget(plainLabel(tr("No tweets in the archive."), m_content));
    }

    // Media: filled by buildMedia().
    auto *media = new QWidget(m_content);
    m_mediaBox = new QVBoxLayout(media);
    m_mediaBox->setContentsMargins(0, 0, 0, 0);
    m_mediaBox->addWidget(heading(tr("Media"), media));
    m_mediaStatus = new QLabel(tr("Reading the media…"), media);
    m_mediaStatus->setTextFormat(Qt::PlainText);
    m_mediaStatus->setAccessibleName(tr("Media status"));
    m_mediaBox->addWidget(m_mediaStatus);
    layout->addWidget(media);

    // Mixes: every value's share of the tweets.
    auto addMix = [&](const QString &title, const QList<RankedValue> &values, bool languages) {
        layout->addWidget(heading(title, m_content));
        if (values.isEmpty()) {
            layout->addWidget(plainLabel(tr("None"), m_content));
            return;
        }
        std::int64_t total = 0;
        for (const RankedValue &value : values) {
            total += value.count;
        }
        auto *grid = new QGridLayout;
        grid->setColumnStretch(3, 1);
        const int shown = std::min<int>(int(values.size()), 8);
        std::int64_t rest = 0;
        for (int i = 0; i < values.size(); ++i) {
            if (i >= shown) {
                rest += values.at(i).count;
                continue;
            }
            const RankedValue &value = values.at(i);
            const QString text = languages ? languageText(value.value)
                                           : (value.value.isEmpty() ? tr("(none given)") : value.value);
            grid->addWidget(plainLabel(text, m_content, false), i, 0);
            auto *count = plainLabel(number(value.count), m_content, false);
            count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(count, i, 1);
            grid->addWidget(plainLabel(QStringLiteral("%1%").arg(
                                           100.0 * value.count / std::max<std::int64_t>(1, total), 0, 'f', 1),
                                       m_content, false),
                            i, 2);
        }
        if (rest > 0) {
            grid->addWidget(
                plainLabel(counted(values.size() - shown, tr("1 other"), tr("%1 others")), m_content, false),
                shown, 0);
            auto *count = plainLabel(number(rest), m_content, false);
            count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(count, shown, 1);
        }
        layout->addLayout(grid);
    };
    addMix(tr("Languages of its tweets"), dossier.languages, true);
    addMix(tr("Clients"), dossier.clients, false);

    // Accounts it retweets.
    auto addAccounts = [this](QVBoxLayout *into, const QString &title, const QList<RankedAccount> &accounts,
                              const QString &countText) {
        into->addWidget(heading(title, m_content));
        if (accounts.isEmpty()) {
            into->addWidget(plainLabel(tr("None"), m_content));
            return;
        }
        auto *grid = new QGridLayout;
        grid->setColumnStretch(2, 1);
        for (int i = 0; i < accounts.size(); ++i) {
            const RankedAccount &entry = accounts.at(i);
            QWidget *nameWidget = nullptr;
            if (entry.accountId != 0) {
                auto *button =
                    linkButton(entry.name, tr("Open the dossier of %1").arg(entry.name), m_content);
                const std::int64_t id = entry.accountId;
                connect(button, &QPushButton::clicked, this,
                        [this, id] { emit accountActivated(qint64(id)); });
                nameWidget = button;
            } else {
                auto *label = plainLabel(entry.name, m_content, false);
                label->setToolTip(Qt::convertFromPlainText(
                    tr("Not in the archive · user id %1").arg(entry.userid), Qt::WhiteSpaceNormal));
                nameWidget = label;
            }
            grid->addWidget(nameWidget, i, 0);
            auto *count = plainLabel(countText.arg(number(entry.count)), m_content, false);
            count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(count, i, 1);
            grid->addWidget(plainLabel(entry.displayName, m_content, false), i, 2);
        }
        into->addLayout(grid);
    };
    addAccounts(layout, tr("Retweets most"), dossier.retweeted, tr("%1 ×"));

    // Hashtags, links and mentions: filled by buildEntities().
    auto *entities = new QWidget(m_content);
    m_entitiesBox = new QVBoxLayout(entities);
    m_entitiesBox->setContentsMargins(0, 0, 0, 0);
    m_entitiesStatus = new QLabel(tr("Counting hashtags, links and mentions…"), entities);
    m_entitiesStatus->setTextFormat(Qt::PlainText);
    m_entitiesStatus->setAccessibleName(tr("Hashtags, links and mentions status"));
    m_entitiesStatus->setContentsMargins(0, 8, 0, 2);
    m_entitiesBox->addWidget(m_entitiesStatus);
    layout->addWidget(entities);

    // Where it came from.
    layout->addWidget(heading(tr("Sources"), m_content));
    for (const DossierSource &source : dossier.sources) {
        const QString text = source.usersFile
                                 ? tr("%1 · %2 (profiles)").arg(source.campaign, source.file)
                                 : tr("%1 · %2 (%3)")
                                       .arg(source.campaign, source.file,
                                            counted(source.tweets, tr("1 tweet"), tr("%1 tweets")));
        auto *label = plainLabel(text, m_content);
        label->setAccessibleName(tr("Source file"));
        layout->addWidget(label);
    }
    if (dossier.sources.isEmpty()) {
        layout->addWidget(plainLabel(tr("None"), m_content));
    }
    m_content->show();
}

void AccountDossierView::buildMedia()
{
    if (!m_mediaBox) {
        return;
    }
    // Built in a box of its own, shown once complete (as buildEntities()).
    auto *owner = new QWidget(m_mediaBox->parentWidget());
    auto *box = new QVBoxLayout(owner);
    box->setContentsMargins(0, 0, 0, 0);
    if (m_mediaStatus) {
        m_mediaStatus->hide();
    }
    const AccountDossier &dossier = m_dossier;
    if (dossier.mediaTotal == 0) {
        auto *none = plainLabel(tr("No media files of this account are indexed."), owner);
        none->setAccessibleName(tr("Media counts"));
        box->addWidget(none);
    } else {
        QStringList kinds;
        for (const RankedValue &kind : dossier.mediaKinds) {
            kinds << mediaKindCount(mediaKindFromName(kind.value), kind.count);
        }
        auto *summary =
            plainLabel(tr("%1: %2").arg(counted(dossier.mediaTotal, tr("1 media file"), tr("%1 media files")),
                                        kinds.join(QStringLiteral(", "))),
                       owner);
        summary->setAccessibleName(tr("Media counts"));
        box->addWidget(summary);

        m_mediaGrid = new MediaThumbnailGrid(owner);
        m_mediaGrid->setAccessibleName(tr("Profile image and most recent media"));
        m_mediaGrid->setThumbnails(m_thumbnails);
        QList<MediaThumbnailGrid::Item> items;
        for (const DossierMedia &media : dossier.recentMedia) {
            MediaThumbnailGrid::Item item;
            item.mediaId = media.mediaId;
            item.kind = media.kind;
            if (media.tweetId == 0) {
                item.description = MediaTilePainter::kindName(media.kind);
            } else if (media.time.isValid()) {
                item.description =
                    tr("tweet %1, %2").arg(QString::number(media.tweetId), dateTimeText(media.time));
            } else {
                item.description = tr("tweet %1 (not in the cache)").arg(QString::number(media.tweetId));
            }
            items.append(item);
        }
        m_mediaGrid->setItems(items);
        connect(m_mediaGrid, &MediaThumbnailGrid::mediaActivated, this, &AccountDossierView::mediaActivated);
        box->addWidget(m_mediaGrid);
        if (dossier.recentMedia.size() < dossier.mediaTotal) {
            auto *more = plainLabel(tr("Showing %1 of them (the profile image first, then the newest); the "
                                       "gallery shows them all.")
                                        .arg(number(dossier.recentMedia.size())),
                                    owner);
            more->setForegroundRole(QPalette::PlaceholderText);
            box->addWidget(more);
        }
        auto *gallery = new QPushButton(tr("Show All in Gallery"), owner);
        gallery->setAccessibleName(tr("Show all media of this account in the gallery"));
        const std::int64_t accountId = dossier.account.accountId;
        connect(gallery, &QPushButton::clicked, this,
                [this, accountId] { emit galleryRequested(qint64(accountId)); });
        box->addWidget(gallery, 0, Qt::AlignLeading);
    }
    m_mediaBox->addWidget(owner);
    owner->show();
}

void AccountDossierView::buildEntities()
{
    if (!m_entitiesBox) {
        return;
    }
    // Built in a box of its own, shown once complete: widgets added to a visible parent would otherwise
    // show only after the event loop ran.
    auto *owner = new QWidget(m_entitiesBox->parentWidget());
    auto *box = new QVBoxLayout(owner);
    box->setContentsMargins(0, 0, 0, 0);
    if (m_entitiesStatus) {
        m_entitiesStatus->hide();
    }
    // Hashtags: each opens its tweets.
    box->addWidget(heading(tr("Top hashtags"), owner));
    if (m_dossier.hashtags.isEmpty()) {
        box->addWidget(plainLabel(tr("None"), owner));
    } else {
        auto *grid = new QGridLayout;
        grid->setColumnStretch(2, 1);
        for (int i = 0; i < m_dossier.hashtags.size(); ++i) {
            const RankedValue &tag = m_dossier.hashtags.at(i);
            auto *button = linkButton(QLatin1Char('#') + tag.value,
                                      tr("Hashtag #%1, %2: show its tweets")
                                          .arg(tag.value, counted(tag.count, tr("1 tweet"), tr("%1 tweets"))),
                                      owner);
            const QString value = tag.value;
            connect(button, &QPushButton::clicked, this, [this, value] { emit hashtagActivated(value); });
            grid->addWidget(button, i, 0);
            auto *count = plainLabel(number(tag.count), owner, false);
            count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(count, i, 1);
        }
        box->addLayout(grid);
    }
    box->addWidget(heading(tr("Top link domains"), owner));
    if (m_dossier.domains.isEmpty()) {
        box->addWidget(plainLabel(tr("None"), owner));
    } else {
        auto *grid = new QGridLayout;
        grid->setColumnStretch(2, 1);
        for (int i = 0; i < m_dossier.domains.size(); ++i) {
            const RankedValue &domain = m_dossier.domains.at(i);
            grid->addWidget(plainLabel(domain.value, owner, false), i, 0);
            auto *count = plainLabel(counted(domain.count, tr("1 tweet"), tr("%1 tweets")), owner, false);
            count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(count, i, 1);
        }
        box->addLayout(grid);
    }
    box->addWidget(heading(tr("Mentions most"), owner));
    if (m_dossier.mentioned.isEmpty()) {
        box->addWidget(plainLabel(tr("None"), owner));
    } else {
        auto *grid = new QGridLayout;
        grid->setColumnStretch(2, 1);
        for (int i = 0; i < m_dossier.mentioned.size(); ++i) {
            const RankedAccount &entry = m_dossier.mentioned.at(i);
            QWidget *nameWidget = nullptr;
            if (entry.accountId != 0) {
                auto *button = linkButton(QLatin1Char('@') + entry.name,
                                          tr("Open the dossier of %1").arg(entry.name), owner);
                const std::int64_t id = entry.accountId;
                connect(button, &QPushButton::clicked, this,
                        [this, id] { emit accountActivated(qint64(id)); });
                nameWidget = button;
            } else {
                auto *label = plainLabel(QLatin1Char('@') + entry.name, owner, false);
                label->setToolTip(Qt::convertFromPlainText(
                    tr("Not in the archive · user id %1").arg(entry.userid), Qt::WhiteSpaceNormal));
                nameWidget = label;
            }
            grid->addWidget(nameWidget, i, 0);
            auto *count = plainLabel(tr("%1 ×").arg(number(entry.count)), owner, false);
            count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(count, i, 1);
            grid->addWidget(plainLabel(entry.displayName, owner, false), i, 2);
        }
        box->addLayout(grid);
    }
    m_entitiesBox->addWidget(owner);
    owner->show();
}

} // namespace trove
