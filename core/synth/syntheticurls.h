#pragma once

#include <string>

// The links of synthetic profiles and tweets: t.co short links and the addresses they expand to.
namespace trove::synthetic {

class Random;
struct CivilDate;

/** Appends a random https://t.co/… short link, as profiles, descriptions and tweet texts carry them. */
void appendTcoUrl(std::string &out, Random &random);

/**
 * Appends the address a tweet's t.co link expands to: a news article dated @p date, a video, or now and
 * then one of the awkward addresses importers must cope with.
 */
void appendExpandedUrl(std::string &out, Random &random, const CivilDate &date);

} // namespace trove::synthetic
