#pragma once

#include "core/query/accountdossier.h"

#include <QList>
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

class Sparkline;

/**
 * One scrollable screen with an account's whole story (AccountDossier): who it is (name, alias and hash,
 * display name, category badge, campaign, sources, linked account), its profile, created / first / last
 * tweet and dormancy, an activity sparkline, its language and client mix, the accounts it retweets and
 * mentions most, its top hashtags and link domains, and the files it came from.
 *
 * showAccount() reads it on the pool in two jobs (the overview, then hashtags, links and mentions, which
 * take longer on a large cache), showing "Loading…" meanwhile; a newer request supersedes an older one,
 * whose reads are interrupted and whose results are dropped. Archive text is shown as plain text only,
 * right-to-left text laid out right to left.
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

signals:
    /** An account shown in the dossier that is in the archive was clicked: open its dossier. */
    void accountActivated(qint64 accountId);
    /** A hashtag was clicked (without '#'): show its tweets. */
    void hashtagActivated(const QString &hashtag);
    /** "Show timeline": the account's ids (the linked accounts' included), for a TweetFilter. */
    void timelineRequested(const QList<std::int64_t> &accountIds);
    /** The overview of @p accountId is shown (hashtags, links and mentions may still be loading). */
    void overviewShown(qint64 accountId);
    /** Every part of @p accountId's dossier is shown. */
    void dossierShown(qint64 accountId);
    /** Reading @p accountId's dossier failed. */
    void loadFailed(qint64 accountId, const QString &errorString);

private:
    void startPart(unsigned part, quint64 generation, std::int64_t accountId);
    void partRead(const AccountDossier &part, quint64 generation, std::int64_t accountId);
    void showStatus(const QString &text);
    void buildOverview();
    void buildEntities();
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

    QWidget *m_page = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_content = nullptr;         // rebuilt for each dossier
    QVBoxLayout *m_entitiesBox = nullptr; // inside m_content: hashtags, domains, mentions
    QLabel *m_entitiesStatus = nullptr;
};

} // namespace trove
