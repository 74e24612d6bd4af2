#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace trove {

/** Parameters of synthetic media archives for a synthetic tweet archive. */
struct MediaGeneratorOptions
{
    /** The tweet archive the media belong to (its tweets CSVs, or zips / folders of them). */
    QStringList tweetArchive;
    QString outputDirectory;
    QString campaign;          ///< file prefix, as the tweet archive's ("synthetic-demo")
    std::int64_t files = 1000; ///< media files linked to tweets of the archive
    int zips = 2;              ///< tweet-media zips they are spread over
    bool layout2020 =
        false; ///< `<c>_tweet_media_hashed/<c>_hashed_001.zip` instead of `<c>_tweet_media_hashed_1.zip`
    int unmatched = 5;       ///< extra media files naming tweets that are not in the archive
    bool nonMedia = true;    ///< a README.txt and an empty (periscope-like) video entry in the first zip
    int profileAccounts = 0; ///< accounts getting a profile and a banner image in `<c>_profile_images.zip`
    /**
     * Share (0..100) of the tweet media written as MP4 videos (SyntheticVideo: Motion-JPEG, one second) in a
     * `videos/` folder. Drawn from a random stream of their own: with 0 the archives are the same as before.
     */
    int videoPercent = 0;
    std::uint64_t seed = 1;
};

/** What was written, for tests to check an indexing against. */
struct MediaGeneratorResult
{
    bool ok = false;
    QString errorString;
    QStringList files;                             ///< the zips written
    std::int64_t mediaFiles = 0;                   ///< linked to tweets of the archive
    std::int64_t images = 0, gifs = 0, videos = 0; ///< of those
    std::int64_t unmatched = 0;
    std::int64_t nonMedia = 0;     ///< entries that are not media (README, empty entry)
    std::int64_t profileFiles = 0; ///< profile and banner images
    std::int64_t tweetsWithMedia = 0;
};

/**
 * Writes synthetic media archives, named and laid out like the genuine releases, for the tweets of a
 * (synthetic) tweet archive: `<campaign>_<N>/<userid>/images/<tweetid>-<mediakey>.jpg|png` and
 * `…/animated_gifs/<tweetid>-<mediakey>.gif`, with genuinely decodable tiny images (SyntheticMedia), stored
 * (not deflated, as images gain nothing). Deterministic for a seed; every file says nothing real. A
 * README-SYNTHETIC-MEDIA.txt beside the zips says they are generated. With videoPercent, some files are
 * small playable MP4s (`…/videos/<tweetid>-<mediakey>.mp4`).
 */
class MediaGenerator
{
public:
    static MediaGeneratorResult generate(const MediaGeneratorOptions &options);
};

} // namespace trove
