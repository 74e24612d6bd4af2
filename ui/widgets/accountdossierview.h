#pragma once

#include "core/query/accountdossier.h"

#include <QList>
#include <QPointer>
#include <QScrollArea>

#include <atomic>
#include <cstdint>
#include <memory>

class QGridLayout;
class QLabel;
class QPushButton;
class QThreadPool;
class QVBoxLayout;

namespace trove {

class MediaThumbnailGrid;
class Sparkline;
class ThumbnailCache;

/**
 * One scrollable screen with an account's whole story (AccountDossier): who it is (name, alias and hash,
 * display name, category badge, campaign, sources, linked account), its profile, created / first / last
 * tweet and dormancy, an activity sparkline, its language and client mix, the accounts it retweets and
 * mentions most, its top hashtags and link domains, its media (how many of each kind, and its profile
 * image and most recent media as thumbnails, veiled by the safe view: MediaThumbnailGrid), and the files
 * it came from.
 *
 * showAccount() reads it on the pool in three jobs (the overview, then hashtags, links and mentions, which
 * take longer on a large cache, and the media), showing "Loading…" meanwhile; a newer request supersedes an
 * older one, whose reads are interrupted and whose results are dropped. Archive text is shown as plain text
 * only, right-to-left text laid out right to left.
 */
class AccountDossierView : public QScrollArea
{
    Q_OBJECT

public:
    /** Reads on @p pool, which must outlive the view's reads. */
    explicit AccountDossierView(QThreadPool *pool, QWidget *parent = nullptr);
    ~AccountDossierView() override;

    /** The cache to read from; what is shown is cleared. */
    void setCachePath(const QString &path);
    QString cachePath() const { return m_cachePath; }

    /** Shows the dossier of the account (or linked pair) holding @p accountId, read in the background. */
    void showAccount(std::int64_t accountId);
    /** Shows @p dossier as it is (both parts when dossier.parts says so); stops a running read. */
    void setDossier(const AccountDossier &dossier);
    /** Shows nothing but an invitation to choose an account. */
    void clear();

    /** The account last asked for (0: none). */
    std::int64_t requestedAccountId() const { return m_requested; }
    /** What is shown (its parts say which were read so far). */
    const AccountDossier &dossier() const { return m_dossier; }
    bool isLoading() const { return m_loading != 0; }
    /** The status line: "Loading…", an error, or empty when the dossier is shown. */
    QString statusText() const;

    /** How many entries the ranked lists show (default 10). */
    void setListLimit(int limit) { m_limit = limit; }

    /** Shows the media thumbnails from @p cache (null: the media section lists counts only). */
    void setThumbnails(ThumbnailCache *cache);
    /** The media section's thumbnails (null until the media part is shown). */
    MediaThumbnailGrid *mediaGrid() const { return m_mediaGrid; }

signals:
    /** An account shown in the dossier that is in the archive was clicked: open its dossier. */
    void accountActivated(qint64 accountId);
    /** A hashtag was clicked (without '#'): show its tweets. */
    void hashtagActivated(const QString &hashtag);
    /** "Show timeline": the account's ids (the linked accounts' included), for a TweetFilter. */
    void timelineRequested(const QList<std::int64_t> &accountIds);
    /** A media thumbnail was clicked once shown: show media @p mediaId (nothing is opened here). */
    void mediaActivated(qint64 mediaId);
    /** "Show All in Gallery": every media file of @p accountId (and its linked accounts). */
    void galleryRequested(qint64 accountId);
    /** The overview of @p accountId is shown (hashtags, links and mentions may still be loading). */
    void overviewShown(qint64 accountId);
    /** Every part of @p accountId's dossier is shown. */
    void dossierShown(qint64 accountId);
    /** Reading @p accountId's dossier failed. */
    void loadFailed(qint64 accountId, const QString &errorString);

private:
    void startPart(unsigned part, quint64 generation, std::int64_t accountId);
    void partRead(const AccountDossier &part, quint64 generation, std::int64_t accountId, unsigned which);
    void showStatus(const QString &text);
    void buildOverview();
    void buildEntities();
    void buildMedia();
    void cancelRunning();

    QThreadPool *m_pool = nullptr;
    QString m_cachePath;
    std::int64_t m_requested = 0;
    quint64 m_generation = 0;
    int m_loading = 0; // parts still being read for the current generation
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_limit = 10;

    AccountDossier m_dossier;
    bool m_pendingEntities = false; // the entities part arrived before the overview
    bool m_pendingMedia = false;    // the media part arrived before the overview
    QPointer<ThumbnailCache> m_thumbnails;

    QWidget *m_page = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_content = nullptr;         // rebuilt for each dossier
    QVBoxLayout *m_entitiesBox = nullptr; // inside m_content: hashtags, domains, mentions
    QLabel *m_entitiesStatus = nullptr;
    QVBoxLayout *m_mediaBox = nullptr; // inside m_content: the media section
    QLabel *m_mediaStatus = nullptr;
    MediaThumbnailGrid *m_mediaGrid = nullptr;
};

} // namespace trove
