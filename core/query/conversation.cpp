#include "core/query/conversation.h"

#include "core/db/database.h"
#include "core/query/tweetlistquery.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace trove {

Conversation ConversationQuery::load(Database &db, std::int64_t tweetId, QString *error, int maximumTweets)
{
    Conversation conversation;
    conversation.focusId = tweetId;
    const auto failed = [&]() {
        if (error) {
            *error = db.errorString();
        }
        return Conversation();
    };

    // Up: the chain of tweets this one answers, as far as the archive holds it.
    Statement parentOf(db, "SELECT in_reply_to_tweet, in_reply_to_userid FROM tweets WHERE id = ?");
    if (!parentOf.isValid()) {
        return failed();
    }
    QSet<std::int64_t> seen;
    std::int64_t root = 0;
    std::int64_t current = tweetId;
    for (int step = 0; step <= MaximumAncestors; ++step) {
        parentOf.reset();
        parentOf.bind(1, current);
        if (!parentOf.next()) {
            if (!parentOf.ok()) {
                return failed();
            }
            if (current == tweetId) {
                return conversation; // not in the cache
            }
            // current is the parent of root, and not in the archive.
            conversation.missingParentId = current;
            break;
        }
        root = current;
        seen.insert(current);
        const std::int64_t parent = parentOf.int64(0);
        const QString parentUserid = parentOf.text(1);
        if (parent == 0 || seen.contains(parent)) {
            break;
        }
        conversation.missingParentUserid = parentUserid;
        current = parent;
    }
    if (conversation.missingParentId == 0) {
        conversation.missingParentUserid.clear();
    }

    // Down: every reply below the root, depth first, each tweet's replies oldest first.
    Statement repliesTo(db, "SELECT id FROM tweets WHERE in_reply_to_tweet = ? ORDER BY time, id");
    if (!repliesTo.isValid()) {
        return failed();
    }
    QList<std::pair<std::int64_t, int>> order; // (id, depth)
    QList<std::pair<std::int64_t, int>> stack = {{root, 0}};
    QSet<std::int64_t> placed;
    while (!stack.isEmpty()) {
        const auto [id, depth] = stack.takeLast();
        if (placed.contains(id)) {
            continue;
        }
        if (order.size() >= maximumTweets && !seen.contains(id)) {
            // Cut, but never the way down to the tweet asked for (seen holds it and its ancestors).
            conversation.truncated = true;
            continue;
        }
        placed.insert(id);
        order.append({id, depth});
        repliesTo.reset();
        repliesTo.bind(1, id);
        QList<std::int64_t> replies;
        while (repliesTo.next()) {
            replies.append(repliesTo.int64(0));
        }
        if (!repliesTo.ok()) {
            return failed();
        }
        // Pushed newest first, so that the oldest reply comes out next.
        for (auto reply = replies.crbegin(); reply != replies.crend(); ++reply) {
            if (!placed.contains(*reply)) {
                stack.append({*reply, depth + 1});
            }
        }
    }

    QList<std::int64_t> ids;
    ids.reserve(order.size());
    for (const auto &entry : std::as_const(order)) {
        ids.append(entry.first);
    }
    QString rowsError;
    const QList<TweetRow> rows = TweetListQuery::rows(db, ids, &rowsError);
    if (!rowsError.isEmpty()) {
        if (error) {
            *error = rowsError;
        }
        return Conversation();
    }
    QHash<std::int64_t, qsizetype> at;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        at.insert(rows[i].id, i);
    }
    for (const auto &[id, depth] : std::as_const(order)) {
        const auto found = at.constFind(id);
        if (found != at.constEnd()) {
            conversation.entries.append({rows[*found], depth});
        }
    }
    return conversation;
}

} // namespace trove
