#include "core/archive/inputscanner.h"

#include "core/media/mediaentry.h"

#include <QCollator>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace trove {

namespace {

bool isCsvName(const QString &name)
{
    return name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

bool isZipName(const QString &name)
{
    return name.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

QString baseName(const QString &name)
{
    return name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
}

// Whether a zip's name or its folder's says it holds media (`ira_tweet_media_hashed_1.zip`,
// `iranian_tweet_media_hashed/iranian_hashed_001.zip`, `ira_profile_images.zip`) and not tweets or users.
bool namedLikeMediaArchive(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (name.contains(QLatin1String("_tweets_"), Qt::CaseInsensitive) ||
        name.contains(QLatin1String("_users_"), Qt::CaseInsensitive)) {
        return false;
    }
    for (const QString &part : {name, info.dir().dirName()}) {
        if (part.contains(QLatin1String("_media"), Qt::CaseInsensitive) ||
            part.contains(QLatin1String("_profile"), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

void addZip(const QString &path, qint64 modified, ScanResult &result)
{
    QString error;
    const std::shared_ptr<ZipArchive> archive = ZipArchive::open(path, &error);
    if (!archive) {
        if (namedLikeMediaArchive(path)) {
            // A broken media archive goes to the media indexer, which reports it and records it as failed
            // in media_archives (as `trove media index` does), so that `trove info` lists it.
            result.mediaArchives.append(path);
            return;
        }
        result.messages.append(error);
        ++result.failed;
        return;
    }
    const QString zipKey = InputScanner::campaignKey(QFileInfo(path).fileName());
    const bool zipNamed =
        QFileInfo(path).fileName().contains(QLatin1String("_tweets_"), Qt::CaseInsensitive) ||
        QFileInfo(path).fileName().contains(QLatin1String("_users_"), Qt::CaseInsensitive);
    int csvCount = 0;
    int otherCount = 0;
    int mediaCount = 0;
    for (const ZipArchive::Entry &entry : archive->entries()) {
        if (entry.isDirectory) {
            continue;
        }
        const QString name = baseName(entry.name);
        if (entry.name.startsWith(QLatin1String("__MACOSX/")) || name.startsWith(QLatin1String("._"))) {
            continue; // macOS resource forks, not data
        }
        if (!isCsvName(name)) {
            ++otherCount;
            if (csvCount == 0 && mediaCount == 0 &&
                MediaEntryName::parse(entry.name.toUtf8().constData(), entry.size).isMedia) {
                ++mediaCount;
            }
            continue;
        }
        InputSource source;
        source.path = path;
        source.entry = entry.name;
        source.zipIndex = entry.index;
        source.size = entry.size;
        source.modified = modified;
        // Twitter's zip names the campaign even where the CSV inside does not follow it
        // (russia_201901_1_tweets_csv_hashed.zip › russian_linked_tweets_csv_hashed.csv).
        source.campaignKey = zipNamed ? zipKey : InputScanner::campaignKey(name);
        source.archive = archive;
        result.sources.append(source);
        ++csvCount;
    }
    if (csvCount == 0 && mediaCount > 0) {
        result.mediaArchives.append(path); // indexed by MediaIndexer
    } else if (csvCount == 0) {
        result.messages.append(
            QStringLiteral("%1: no CSV file inside (%2 other entries); nothing imported from it")
                .arg(path)
                .arg(otherCount));
    } else if (otherCount > 0) {
        result.messages.append(
            QStringLiteral("%1: %2 entries that are not CSV files were skipped").arg(path).arg(otherCount));
    }
}

void addFile(const QFileInfo &info, ScanResult &result, bool explicitlyNamed)
{
    const QString path = info.absoluteFilePath();
    const qint64 modified = info.lastModified().toSecsSinceEpoch();
    if (isZipName(info.fileName())) {
        addZip(path, modified, result);
    } else if (isCsvName(info.fileName()) || explicitlyNamed) {
        // A file named by the user is read whatever its extension; its header decides.
        InputSource source;
        source.path = path;
        source.size = info.size();
        source.modified = modified;
        source.campaignKey = InputScanner::campaignKey(info.fileName());
        result.sources.append(source);
    }
}

int kindRank(const InputSource &source)
{
    const QString name = baseName(source.entry.isEmpty() ? source.path : source.entry);
    return name.contains(QLatin1String("_users_"), Qt::CaseInsensitive) ? 0 : 1;
}

} // namespace

QString InputSource::displayName() const
{
    const QString file = QFileInfo(path).fileName();
    return entry.isEmpty() ? file : file + QStringLiteral(" › ") + entry;
}

std::unique_ptr<QIODevice> InputSource::open(QString *error) const
{
    std::unique_ptr<QIODevice> device;
    if (archive) {
        device = std::make_unique<ZipEntryDevice>(archive, zipIndex, size);
    } else {
        device = std::make_unique<QFile>(path);
    }
    if (!device->open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("%1: cannot open: %2").arg(displayName(), device->errorString());
        }
        return nullptr;
    }
    return device;
}

ScanResult InputScanner::scan(const QStringList &inputs)
{
    ScanResult result;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (!info.exists()) {
            result.messages.append(QStringLiteral("%1: no such file or folder").arg(input));
            ++result.failed;
        } else if (info.isDir()) {
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories);
            const qsizetype before = result.sources.size() + result.mediaArchives.size();
            while (it.hasNext()) {
                it.next();
                addFile(it.fileInfo(), result, false);
            }
            if (result.sources.size() + result.mediaArchives.size() == before) {
                result.messages.append(QStringLiteral("%1: no CSV or zip files in this folder").arg(input));
            }
        } else if (!info.isReadable()) {
            result.messages.append(QStringLiteral("%1: not readable (permissions)").arg(input));
            ++result.failed;
        } else {
            addFile(info, result, true);
        }
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(result.sources.begin(), result.sources.end(),
                     [&](const InputSource &a, const InputSource &b) {
                         if (a.campaignKey != b.campaignKey) {
                             return a.campaignKey < b.campaignKey;
                         }
                         if (kindRank(a) != kindRank(b)) {
                             return kindRank(a) < kindRank(b);
                         }
                         if (a.path != b.path) {
                             return collator.compare(a.path, b.path) < 0;
                         }
                         return collator.compare(a.entry, b.entry) < 0;
                     });
    // The same file named twice (a folder and a file in it) is read once.
    result.sources.erase(std::unique(result.sources.begin(), result.sources.end(),
                                     [](const InputSource &a, const InputSource &b) {
                                         return a.path == b.path && a.entry == b.entry;
                                     }),
                         result.sources.end());
    return result;
}

QString InputScanner::campaignKey(const QString &fileName)
{
    QString name = baseName(fileName);
    for (const QLatin1String marker : {QLatin1String("_users_"), QLatin1String("_tweets_")}) {
        const qsizetype at = name.indexOf(marker, 0, Qt::CaseInsensitive);
        if (at > 0) {
            return name.left(at).toLower();
        }
    }
    static const QRegularExpression extension(QStringLiteral("\\.(csv|zip|txt)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression partSuffix(QStringLiteral("([_-](part)?\\d+)+$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kindSuffix(QStringLiteral("[_-](tweets|users)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    name.remove(extension);
    name.remove(partSuffix);
    name.remove(kindSuffix);
    return name.isEmpty() ? QStringLiteral("unnamed") : name.toLower();
}

} // namespace trove
