#pragma once

#include "core/import/recordconverter.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trove {

class CsvReader;

/**
 * Value parsing and batch helpers shared by the record converters of every archive format. All run on the
 * parser thread and allocate only what they append to a batch.
 */
namespace ImportFields {

/** A tweet or user id: 1 to 19 decimal digits, above 0 and below 2^63. */
std::optional<std::int64_t> parseId(std::string_view text);

/**
 * A count: decimal digits, optionally written "12.0" by spreadsheet re-exports. Empty sets @p value to -1
 * (unknown) and succeeds; anything else that is not a count fails with @p value -1.
 */
bool parseCount(std::string_view text, std::int64_t &value);

/** Length of the valid UTF-8 prefix of @p text (text.size() when it is all valid). */
size_t validUtf8Prefix(std::string_view text);

/** True when @p text holds no byte above 0x7F. */
bool isAscii(std::string_view text);

/** The host part of a URL, without user info or port. */
std::string_view domainOf(std::string_view url);

/** @p text cut to 40 bytes and single-quoted, for reject reasons. */
std::string quoted(std::string_view text);

/** Appends @p text to @p batch's arena and returns its slice. */
Slice store(ImportBatch &batch, std::string_view text);

/**
 * Stores @p text as valid UTF-8: invalid bytes become U+FFFD and a repair naming @p columnName is added
 * to @p repairs.
 */
Slice storeText(ImportBatch &batch, std::string_view text, const char *columnName,
                std::vector<std::string> &repairs);

/** Adds a reject entry for the record @p reader holds, with an excerpt of its first fields. */
void addReject(ImportBatch &batch, const CsvReader &reader, std::int64_t record, RejectRow::Severity severity,
               std::string reason);

/**
 * Appends @p tag (without a leading #, case-folded: Twitter matches hashtags case-insensitively) to
 * @p batch's items, unless it is empty or already among the items from @p begin on. @p scratch is reused.
 */
void addHashtag(ImportBatch &batch, std::uint32_t begin, std::string_view tag, std::string &scratch);

/** Appends @p url and its lower-cased domain (without "www.") to @p batch's items, as a pair. */
void addUrl(ImportBatch &batch, std::string_view url, std::string &scratch);

/**
 * The checks every format makes before reading a record's values: a repeated header line is skipped, a
 * record cut off at end of file or with the wrong number of fields is rejected (each listed in @p batch's
 * rejects). Returns false when the record must not be converted; otherwise true, with a repair noted in
 * @p repairs for a stray quote.
 */
bool checkRecordShape(const CsvReader &reader, const ColumnBinding &binding, std::int64_t record,
                      ImportBatch &batch, std::vector<std::string> &repairs);

/** Adds one "repaired" entry listing all of @p repairs (none when it is empty). */
void addRepairs(ImportBatch &batch, const CsvReader &reader, std::int64_t record,
                std::vector<std::string> &repairs);

} // namespace ImportFields

} // namespace trove
