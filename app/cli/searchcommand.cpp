#include "app/cli/commandparser.h"
#include "app/cli/commands.h"

#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/query/tweetsearch.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace trove::cli {

namespace {

QString csvField(QString value)
{
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

int runSearch(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("search"),
        QStringLiteral("Full-text search over the tweets of a Trove cache, newest first: words (all "
                       "must match), \"phrases\", OR, AND, NOT or -word, (groups), prefix*."));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("text (default), csv or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("At most N tweets (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(formatOption);
    parser.addOption(limitOption);
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("What to search for."));
    if (const int exitCode = command.parse(arguments); exitCode >= 0) {
        return exitCode;
    }
    const QString format = parser.value(formatOption);
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (parser.positionalArguments().isEmpty() || !limitOk || limit <= 0 ||
        (format != QLatin1String("text") && format != QLatin1String("csv") &&
         format != QLatin1String("json"))) {
        print(stderr, QStringLiteral(
                          "usage: trove search [--cache FILE] [--format text|csv|json] [--limit N] QUERY\n"));
        return 2;
    }
    const QString cachePath = command.cachePath();
    if (!QFileInfo::exists(cachePath)) {
        print(stderr,
              QStringLiteral("trove search: no cache at %1 (import an archive first)\n").arg(cachePath));
        return 1;
    }
    Database db;
    // A cache written by an older Trove is upgraded once (read-only connections cannot).
    QString upgradeError;
    if (!Schema::upgradeIfOutdated(cachePath, &upgradeError)) {
        print(stderr, QStringLiteral("trove %1: %2\n").arg(QStringLiteral("search"), upgradeError));
        return 1;
    }
    if (!db.open(cachePath, Database::Mode::ReadOnly)) {
        print(stderr, QStringLiteral("trove search: %1\n").arg(db.errorString()));
        return 1;
    }
    const SearchResult result =
        TweetSearch::run(db, parser.positionalArguments().join(QLatin1Char(' ')), limit);
    if (!result.ok) {
        print(stderr, QStringLiteral("trove search: %1\n").arg(result.errorString));
        return 1;
    }
    if (format == QLatin1String("json")) {
        QJsonArray hits;
        for (const TweetHit &hit : result.hits) {
            hits.append(QJsonObject{{QStringLiteral("tweet_id"), QString::number(hit.tweetId)},
                                    {QStringLiteral("time"), hit.time.toString(Qt::ISODate)},
                                    {QStringLiteral("campaign"), hit.campaign},
                                    {QStringLiteral("userid"), hit.userid},
                                    {QStringLiteral("screen_name"), hit.screenName},
                                    {QStringLiteral("language"), hit.language},
                                    {QStringLiteral("text"), hit.text},
                                    {QStringLiteral("source_file"), hit.sourceFile},
                                    {QStringLiteral("source_record"), qint64(hit.sourceRecord)}});
        }
        const QByteArray json = QJsonDocument(hits).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else if (format == QLatin1String("csv")) {
        QString out = QStringLiteral(
            "tweet_id,time,campaign,userid,screen_name,language,text,source_file,source_record\n");
        for (const TweetHit &hit : result.hits) {
            out += QString::number(hit.tweetId) + QLatin1Char(',') + hit.time.toString(Qt::ISODate) +
                   QLatin1Char(',') + csvField(hit.campaign) + QLatin1Char(',') + csvField(hit.userid) +
                   QLatin1Char(',') + csvField(hit.screenName) + QLatin1Char(',') + csvField(hit.language) +
                   QLatin1Char(',') + csvField(hit.text) + QLatin1Char(',') + csvField(hit.sourceFile) +
                   QLatin1Char(',') + QString::number(hit.sourceRecord) + QLatin1Char('\n');
        }
        print(stdout, out);
    } else {
        QString out;
        for (const TweetHit &hit : result.hits) {
            QString text = hit.text;
            text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            out += QStringLiteral("%1  %2  @%3  [%4]\n    %5\n    (%6, record %7)\n")
                       .arg(hit.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            QString::number(hit.tweetId), hit.screenName, hit.campaign, text, hit.sourceFile)
                       .arg(hit.sourceRecord);
        }
        out += QStringLiteral("%1 tweets shown\n").arg(result.hits.size());
        print(stdout, out);
    }
    return 0;
}

} // namespace trove::cli
