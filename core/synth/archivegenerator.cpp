#include "core/synth/archivegenerator.h"

#include "core/synth/account.h"
#include "core/synth/accountgenerator.h"
#include "core/synth/civildate.h"
#include "core/synth/csvformat.h"
#include "core/synth/fivethirtyeightwriter.h"
#include "core/synth/outputfile.h"
#include "core/synth/random.h"
#include "core/synth/recentrows.h"
#include "core/synth/syntheticreadme.h"
#include "core/synth/timeline.h"
#include "core/synth/tweetgenerator.h"
#include "core/synth/zippackager.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The run of one generation: checks the options, names the files, writes the users and tweets CSVs (with
// the re-export quirks of the genuine releases), zips them when asked and cleans up after failures. What
// goes into the rows lives in AccountGenerator and TweetGenerator.

namespace trove {

namespace {

using synthetic::Account;
using synthetic::firstTweetDay;
using synthetic::minutesPerDay;
using synthetic::OutputFile;
using synthetic::Random;
using synthetic::tweetsHeader;
using synthetic::usersHeader;

constexpr std::int64_t maximumAccounts = 1000000;
constexpr int maximumParts = 10000;
constexpr std::int64_t progressInterval = 10000;

/** Deletes the files a failed or cancelled run had created, so no half archive is left behind. */
void removeFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        QFile::remove(path);
}

QString normalizedCampaign(const QString &requested)
{
    const QString trimmed = requested.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("synthetic-demo");
    if (trimmed.startsWith(QLatin1String("synthetic")))
        return trimmed;
    return QStringLiteral("synthetic-") + trimmed;
}

class Generator
{
public:
    Generator(const GeneratorOptions &options, const std::function<bool(std::int64_t)> &progress)
        : m_options(options)
        , m_progress(progress)
        , m_tweetRandom(options.seed, 2)
    {}

    GeneratorResult run();

private:
    bool validate();
    bool writeUsers(const QString &path);
    bool writeTweets(const QStringList &paths);
    bool writeFiveThirtyEight(const QStringList &paths);
    bool writeRow(OutputFile &file, std::string_view row);
    bool writeDuplicate(OutputFile &file, std::size_t offset);
    bool reportProgress();
    bool writeZip(const QString &zipPath, const QStringList &sources, const QStringList &entryNames);

    const GeneratorOptions &m_options;
    const std::function<bool(std::int64_t)> &m_progress;
    // Tweets, their times, split overlaps and duplicates draw from one stream; accounts from another.
    Random m_tweetRandom;
    QString m_campaign;
    GeneratorResult m_result;
    QStringList m_created;

    std::vector<Account> m_accounts;
    std::vector<std::uint8_t> m_tweeted;
    synthetic::Timeline m_timeline;

    synthetic::RecentRows m_recentRows; // candidates for duplicate rows

    std::int64_t m_tweetsWritten = 0;
    std::int64_t m_nextProgress = progressInterval;
};

bool Generator::validate()
{
    if (m_options.outputDirectory.isEmpty()) {
        m_result.errorString = QStringLiteral("No output directory given");
        return false;
    }
    if (m_options.tweets < 0) {
        m_result.errorString = QStringLiteral("The number of tweets must not be negative");
        return false;
    }
    if (m_options.accounts < 1 || m_options.accounts > maximumAccounts) {
        m_result.errorString =
            QStringLiteral("The number of accounts must be between 1 and %1").arg(maximumAccounts);
        return false;
    }
    if (m_options.parts < 1 || m_options.parts > maximumParts) {
        m_result.errorString =
            QStringLiteral("The number of parts must be between 1 and %1").arg(maximumParts);
        return false;
    }
    if (m_options.format == GeneratorFormat::FiveThirtyEight && m_options.fiveThirtyEightVersion != 1 &&
        m_options.fiveThirtyEightVersion != 2) {
        m_result.errorString = QStringLiteral("The FiveThirtyEight version must be 1 or 2, not %1")
                                   .arg(m_options.fiveThirtyEightVersion);
        return false;
    }
    m_campaign = normalizedCampaign(m_options.campaign);
    for (const QChar character : m_campaign) {
        if (character == QLatin1Char('/') || character == QLatin1Char('\\') || character.isSpace() ||
            character == QLatin1Char(':')) {
            m_result.errorString = QStringLiteral("The campaign name \"%1\" cannot be used in a file name")
                                       .arg(m_options.campaign);
            return false;
        }
    }
    if (m_campaign.contains(QLatin1String("_users_")) || m_campaign.contains(QLatin1String("_tweets_"))) {
        // Importers take the campaign from the text before _users_/_tweets_ in the file name.
        m_result.errorString = QStringLiteral("The campaign name \"%1\" must not contain _users_ or _tweets_")
                                   .arg(m_options.campaign);
        return false;
    }
    return true;
}

bool Generator::writeRow(OutputFile &file, std::string_view row)
{
    m_recentRows.remember(row);
    return file.write(row);
}

/** Repeats the row written @p offset rows ago (0 = the last), byte for byte. */
bool Generator::writeDuplicate(OutputFile &file, std::size_t offset)
{
    const std::string &row = m_recentRows.at(offset);
    ++m_result.duplicateRows;
    return file.write(row);
}

bool Generator::reportProgress()
{
    if (m_progress && !m_progress(m_tweetsWritten)) {
        m_result.errorString = QStringLiteral("cancelled");
        return false;
    }
    return true;
}

bool Generator::writeUsers(const QString &path)
{
    OutputFile file;
    m_created.append(path);
    if (!file.open(path)) {
        m_result.errorString = file.errorString();
        return false;
    }
    bool ok = file.write(usersHeader);
    for (std::size_t index = 0; ok && index < m_accounts.size(); ++index) {
        ok = file.write(m_accounts[index].csvFields) && file.write("\n");
    }
    ok = file.close() && ok;
    if (!ok) {
        m_result.errorString = file.errorString();
        return false;
    }
    m_result.bytes += file.bytes();
    return true;
}

bool Generator::writeTweets(const QStringList &paths)
{
    const std::int64_t total = m_options.tweets;
    const int parts = m_options.parts;
    std::int64_t lastMinute = firstTweetDay * minutesPerDay;
    synthetic::TweetGenerator tweets(m_accounts, m_tweetRandom, m_options.quirks);
    const std::string &row = tweets.row();
    for (int part = 0; part < parts; ++part) {
        OutputFile file;
        const QString &path = paths.at(part);
        m_created.append(path);
        if (!file.open(path)) {
            m_result.errorString = file.errorString();
            return false;
        }
        bool ok = file.write(tweetsHeader);
        // Genuine split parts overlap a little: the first rows of a part repeat the last of the previous.
        if (ok && part > 0 && m_options.quirks && m_recentRows.size() > 0) {
            const std::size_t overlap =
                std::min<std::size_t>(m_recentRows.size(), 1 + m_tweetRandom.below(3));
            for (std::size_t offset = overlap; ok && offset > 0; --offset)
                ok = writeDuplicate(file, offset - 1);
        }
        const std::int64_t begin = total * part / parts;
        const std::int64_t end = total * (part + 1) / parts;
        for (std::int64_t index = begin; ok && index < end; ++index) {
            const auto jitter = std::uint32_t(m_tweetRandom.next() >> 32);
            lastMinute = m_timeline.minuteAt(index, total, jitter);
            std::uint32_t author = 0;
            tweets.build(lastMinute, &author);
            ok = writeRow(file, row);
            ++m_tweetsWritten;
            if (m_tweeted[author] == 0) {
                m_tweeted[author] = 1;
                ++m_result.accounts;
            }
            if (ok && m_options.quirks && m_tweetRandom.perMille(9))
                ok = writeDuplicate(file, m_tweetRandom.below(m_recentRows.size()));
            if (ok && m_tweetsWritten == m_nextProgress) {
                m_nextProgress += progressInterval;
                if (!reportProgress()) {
                    file.close();
                    return false;
                }
            }
        }
        if (ok && part == parts - 1 && m_options.quirks) {
            // A download cut short: the last record stops inside its quoted tweet_text, before any quote
            // character of the text (which would close the field) and on a UTF-8 character boundary.
            std::uint32_t author = 0;
            const std::size_t textOffset = tweets.build(lastMinute, &author);
            const std::size_t bodyStart = textOffset + 1;
            std::size_t limit = row.find('"', bodyStart);
            std::size_t cut = bodyStart + (limit - bodyStart) / 2;
            while (cut > bodyStart && (static_cast<unsigned char>(row[cut]) & 0xC0) == 0x80)
                --cut;
            ok = file.write(std::string_view(row.data(), cut));
            ++m_result.truncatedRecords;
        }
        const bool closed = file.close();
        if (!ok || !closed) {
            m_result.errorString = file.errorString();
            return false;
        }
        m_result.bytes += file.bytes();
    }
    return true;
}

bool Generator::writeFiveThirtyEight(const QStringList &paths)
{
    synthetic::FiveThirtyEightWriter writer(m_accounts, m_options.seed, m_options.fiveThirtyEightVersion,
                                            m_options.quirks);
    std::function<bool(std::int64_t)> progress;
    if (m_progress) {
        progress = [this](std::int64_t written) {
            m_tweetsWritten = written;
            m_nextProgress = written + progressInterval;
            return reportProgress();
        };
    }
    if (!writer.write(paths, m_options.tweets, progress, m_result, m_created))
        return false;
    m_tweetsWritten = m_result.tweets;
    return true;
}

bool Generator::writeZip(const QString &zipPath, const QStringList &sources, const QStringList &entryNames)
{
    m_created.append(zipPath);
    synthetic::ZipPackager packager(m_progress ? std::function<bool()>([this] { return reportProgress(); })
                                               : std::function<bool()>());
    if (packager.write(zipPath, sources, entryNames))
        return true;
    // A cancellation has already set the error string.
    if (!packager.cancelled())
        m_result.errorString = packager.errorString();
    return false;
}

GeneratorResult Generator::run()
{
    if (!validate())
        return m_result;
    m_result.campaign = m_campaign;
    QDir directory(m_options.outputDirectory);
    if (!directory.mkpath(QStringLiteral("."))) {
        m_result.errorString = QStringLiteral("Cannot create the output directory %1")
                                   .arg(QDir::toNativeSeparators(m_options.outputDirectory));
        return m_result;
    }

    // FiveThirtyEight's sets have no users file: accounts are known by the handles in the tweet rows.
    const bool fiveThirtyEight = m_options.format == GeneratorFormat::FiveThirtyEight;
    const bool usersFile = m_options.usersFile && !fiveThirtyEight;
    const QString usersName = m_campaign + QStringLiteral("_users_csv_hashed.csv");
    QStringList partNames;
    if (fiveThirtyEight) {
        // The genuine files are always numbered, from IRAhandle_tweets_1.csv on.
        for (int part = 1; part <= m_options.parts; ++part)
            partNames.append(m_campaign + QStringLiteral("_IRAhandle_tweets_%1.csv").arg(part));
    } else if (m_options.parts == 1) {
        partNames.append(m_campaign + QStringLiteral("_tweets_csv_hashed.csv"));
    } else {
        for (int part = 1; part <= m_options.parts; ++part)
            partNames.append(m_campaign + QStringLiteral("_tweets_csv_hashed_%1.csv").arg(part));
    }
    // In zip mode the CSVs go to hidden temporaries first: libzip reads them back while it deflates.
    const auto csvPath = [&](const QString &name) {
        return directory.filePath(m_options.zip ? QStringLiteral(".") + name + QStringLiteral(".tmp") : name);
    };
    QStringList partPaths;
    for (const QString &name : std::as_const(partNames))
        partPaths.append(csvPath(name));
    const QString usersPath = csvPath(usersName);

    synthetic::AccountGenerator accountGenerator(m_options.seed, m_options.quirks);
    if (fiveThirtyEight)
        accountGenerator.setHandlePrefix(synthetic::fiveThirtyEightHandlePrefix);
    m_accounts = accountGenerator.generate(std::size_t(m_options.accounts));
    m_tweeted.assign(m_accounts.size(), 0);
    bool ok = true;
    if (usersFile)
        ok = writeUsers(usersPath);
    if (ok)
        ok = fiveThirtyEight ? writeFiveThirtyEight(partPaths) : writeTweets(partPaths);
    if (ok && m_progress && m_tweetsWritten != m_nextProgress - progressInterval)
        ok = reportProgress();
    m_result.tweets = m_tweetsWritten;

    if (ok && m_options.zip) {
        if (usersFile) {
            const QString zipPath = directory.filePath(m_campaign + QStringLiteral("_users_csv_hashed.zip"));
            ok = writeZip(zipPath, {usersPath}, {usersName});
            if (ok)
                m_result.files.append(zipPath);
        }
        if (ok) {
            const QString zipPath =
                directory.filePath(m_campaign + (fiveThirtyEight ? QStringLiteral("_IRAhandle_tweets.zip")
                                                                 : QStringLiteral("_tweets_csv_hashed.zip")));
            ok = writeZip(zipPath, partPaths, partNames);
            if (ok)
                m_result.files.append(zipPath);
        }
        // The temporaries go whether zipping worked or not.
        removeFiles(partPaths);
        if (usersFile)
            QFile::remove(usersPath);
    } else if (ok) {
        if (usersFile)
            m_result.files.append(usersPath);
        m_result.files.append(partPaths);
    }

    const QString readmePath = directory.filePath(QStringLiteral("README-SYNTHETIC.txt"));
    if (ok) {
        m_created.append(readmePath);
        ok = synthetic::writeSyntheticReadme(readmePath, m_options, m_campaign, m_result,
                                             &m_result.errorString);
    }
    if (!ok) {
        removeFiles(m_created);
        GeneratorResult failed;
        failed.errorString = m_result.errorString;
        failed.campaign = m_campaign;
        return failed;
    }
    m_result.readmeFile = readmePath;
    m_result.ok = true;
    return m_result;
}

} // namespace

GeneratorResult ArchiveGenerator::generate(const GeneratorOptions &options,
                                           const std::function<bool(std::int64_t)> &progress)
{
    Generator generator(options, progress);
    return generator.run();
}

} // namespace trove
