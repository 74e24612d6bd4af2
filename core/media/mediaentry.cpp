#include "core/media/mediaentry.h"

#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace trove {

namespace {

struct KnownFormat
{
    const char *extension;
    MediaKind kind;
};

// Recognised by extension, whatever folder the file sits in.
constexpr KnownFormat KnownFormats[] = {
    {"jpg", MediaKind::Image},  {"jpeg", MediaKind::Image}, {"png", MediaKind::Image},
    {"webp", MediaKind::Image}, {"bmp", MediaKind::Image},  {"gif", MediaKind::Gif},
    {"mp4", MediaKind::Video},  {"m4v", MediaKind::Video},  {"mov", MediaKind::Video},
    {"webm", MediaKind::Video}, {"3gp", MediaKind::Video},  {"avi", MediaKind::Video},
    {"mkv", MediaKind::Video},  {"ts", MediaKind::Video},
};

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool containsNoCase(const char *begin, const char *end, const char *needle)
{
    const std::size_t length = std::strlen(needle);
    for (const char *p = begin; p + length <= end; ++p) {
        std::size_t i = 0;
        while (i < length && lower(p[i]) == needle[i]) {
            ++i;
        }
        if (i == length) {
            return true;
        }
    }
    return false;
}

} // namespace

QString mediaKindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return QStringLiteral("image");
    case MediaKind::Gif:
        return QStringLiteral("gif");
    case MediaKind::Video:
        return QStringLiteral("video");
    case MediaKind::Profile:
        return QStringLiteral("profile");
    case MediaKind::Banner:
        return QStringLiteral("banner");
    }
    return QStringLiteral("image");
}

MediaKind mediaKindFromName(const QString &name)
{
    for (const MediaKind kind :
         {MediaKind::Image, MediaKind::Gif, MediaKind::Video, MediaKind::Profile, MediaKind::Banner}) {
        if (name == mediaKindName(kind)) {
            return kind;
        }
    }
    return MediaKind::Image;
}

MediaEntryName MediaEntryName::parse(const char *name, std::int64_t size)
{
    MediaEntryName result;
    const std::size_t length = std::strlen(name);
    const char *end = name + length;
    if (length == 0 || end[-1] == '/') {
        result.skipReason = QStringLiteral("folder");
        return result;
    }
    const char *base = end;
    while (base > name && base[-1] != '/' && base[-1] != '\\') {
        --base;
    }
    if (std::strncmp(name, "__MACOSX/", 9) == 0 || (base[0] == '.' && base[1] == '_')) {
        result.skipReason = QStringLiteral("macOS resource fork, not media");
        return result;
    }
    const char *dot = end;
    while (dot > base && dot[-1] != '.') {
        --dot;
    }
    // dot points after the last '.', or at base when there is none.
    const std::size_t extensionLength = dot > base ? std::size_t(end - dot) : 0;
    char extension[9] = {};
    bool plainExtension = extensionLength > 0 && extensionLength <= 8;
    for (std::size_t i = 0; plainExtension && i < extensionLength; ++i) {
        extension[i] = lower(dot[i]);
        plainExtension = (extension[i] >= 'a' && extension[i] <= 'z') || isDigit(extension[i]);
    }
    const KnownFormat *format = nullptr;
    if (plainExtension) {
        for (const KnownFormat &known : KnownFormats) {
            if (std::strcmp(known.extension, extension) == 0) {
                format = &known;
                break;
            }
        }
    }
    if (!format) {
        result.skipReason = extensionLength > 0 && extensionLength <= 16
                                ? QStringLiteral("not a media file (.%1)")
                                      .arg(QString::fromUtf8(dot, qsizetype(extensionLength)))
                                : QStringLiteral("not a media file (no known extension)");
        return result;
    }
    if (size <= 0) {
        result.skipReason = QStringLiteral("no file data (0 bytes)");
        return result;
    }
    result.isMedia = true;
    result.kind = format->kind;
    result.format = QByteArray(extension, qsizetype(extensionLength));
    const char *stem_end = dot > base ? dot - 1 : end;

    // Tweet media: <tweetid>-<mediakey>.<ext>, the tweet id all digits.
    const char *p = base;
    std::int64_t tweetId = 0;
    bool overflow = false;
    while (p < stem_end && isDigit(*p)) {
        if (tweetId > (INT64_MAX - 9) / 10) {
            overflow = true;
        }
        tweetId = tweetId * 10 + (*p - '0');
        ++p;
    }
    if (p > base && p < stem_end && *p == '-' && !overflow && tweetId > 0) {
        result.tweetId = tweetId;
        result.mediaKey = QByteArray(p + 1, qsizetype(stem_end - p - 1));
        // The user id is the folder above the type folder: <...>/<userid>/<type>/<file>.
        const char *typeEnd = base - 1; // the '/' before the file name, when there is one
        if (typeEnd > name) {
            const char *typeBegin = typeEnd;
            while (typeBegin > name && typeBegin[-1] != '/') {
                --typeBegin;
            }
            if (typeBegin > name) {
                const char *userEnd = typeBegin - 1;
                const char *userBegin = userEnd;
                while (userBegin > name && userBegin[-1] != '/') {
                    --userBegin;
                }
                if (userEnd > userBegin) {
                    result.userid = QByteArray(userBegin, qsizetype(userEnd - userBegin));
                }
            }
        }
        return result;
    }

    // Profile and banner images: <userid>_<type>.<ext>, where the type may hold underscores itself
    // ("profile_image") but a userid never does (numbers, or hex hashes): split at the first one.
    const char *underscore = base;
    while (underscore < stem_end && *underscore != '_') {
        ++underscore;
    }
    if (underscore < stem_end) {
        ++underscore; // the type starts after it
    }
    if (underscore < stem_end && underscore > base + 1) {
        result.userid = QByteArray(base, qsizetype(underscore - 1 - base));
        if (base > name) {
            result.pathUserid = QByteArray(name, qsizetype(underscore - 1 - name));
        }
        if (result.kind == MediaKind::Image) {
            result.kind =
                containsNoCase(underscore, stem_end, "banner") ? MediaKind::Banner : MediaKind::Profile;
        }
        result.mediaKey = QByteArray(underscore, qsizetype(stem_end - underscore));
    } else {
        // A media file whose name links it to nothing: indexed, counted as matching no tweet.
        result.mediaKey = QByteArray(base, qsizetype(stem_end - base));
    }
    return result;
}

QString mediaCampaignKey(const QString &archivePath)
{
    const QFileInfo info(archivePath);
    const QLatin1String markers[] = {QLatin1String("_tweet_media"), QLatin1String("_media"),
                                     QLatin1String("_profile"), QLatin1String("_hashed_"),
                                     QLatin1String("_hashed")};
    for (const QString &name : {info.fileName(), info.dir().dirName()}) {
        for (const QLatin1String marker : markers) {
            const qsizetype at = name.indexOf(marker, 0, Qt::CaseInsensitive);
            if (at > 0) {
                return name.left(at).toLower();
            }
        }
    }
    return QString();
}

} // namespace trove
