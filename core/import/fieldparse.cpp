#include "core/import/fieldparse.h"

#include "core/csv/csvreader.h"
#include "core/import/formatdetector.h"

#include <QString>

#include <cstring>
#include <limits>

namespace trove::ImportFields {

std::optional<std::int64_t> parseId(std::string_view text)
{
    if (text.empty() || text.size() > 19) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + std::uint64_t(c - '0');
    }
    if (value > std::uint64_t(std::numeric_limits<std::int64_t>::max()) || value == 0) {
        return std::nullopt;
    }
    return std::int64_t(value);
}

bool parseCount(std::string_view text, std::int64_t &value)
{
    value = -1;
    if (text.empty()) {
        return true;
    }
    const size_t dot = text.find('.');
    std::string_view integer = text.substr(0, dot);
    if (dot != std::string_view::npos) {
        for (const char c : text.substr(dot + 1)) {
            if (c != '0') {
                return false;
            }
        }
    }
    if (integer.empty() || integer.size() > 18) {
        return false;
    }
    std::int64_t result = 0;
    for (const char c : integer) {
        if (c < '0' || c > '9') {
            return false;
        }
        result = result * 10 + (c - '0');
    }
    value = result;
    return true;
}

size_t validUtf8Prefix(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const size_t size = text.size();
    size_t i = 0;
    while (i < size) {
        // Skip ASCII eight bytes at a time.
        while (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, bytes + i, 8);
            if (word & 0x8080808080808080ull) {
                break;
            }
            i += 8;
        }
        if (i >= size) {
            break;
        }
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t length = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size) {
            return i;
        }
        for (size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return i;
            }
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return i;
        }
        i += length;
    }
    return size;
}

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

std::string_view domainOf(std::string_view url)
{
    const size_t scheme = url.find("://");
    std::string_view rest = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
    const size_t end = rest.find_first_of("/?#");
    std::string_view host = rest.substr(0, end);
    const size_t at = host.rfind('@');
    if (at != std::string_view::npos) {
        host = host.substr(at + 1);
    }
    const size_t colon = host.rfind(':');
    if (colon != std::string_view::npos) {
        host = host.substr(0, colon);
    }
    return host;
}

std::string quoted(std::string_view text)
{
    constexpr size_t Limit = 40;
    std::string result = "'";
    result.append(text.substr(0, Limit));
    if (text.size() > Limit) {
        result.append("…");
    }
    result.append("'");
    return result;
}

Slice store(ImportBatch &batch, std::string_view text)
{
    Slice slice;
    slice.offset = std::uint32_t(batch.arena.size());
    slice.length = std::uint32_t(text.size());
    batch.arena.append(text);
    return slice;
}

Slice storeText(ImportBatch &batch, std::string_view text, const char *columnName,
                std::vector<std::string> &repairs)
{
    const size_t valid = validUtf8Prefix(text);
    if (valid == text.size()) {
        return store(batch, text);
    }
    // Invalid UTF-8 (seen in re-exports): keep the text, with U+FFFD for the bad bytes, and report it.
    const QByteArray repaired = QString::fromUtf8(text.data(), qsizetype(text.size())).toUtf8();
    repairs.push_back(std::string("invalid UTF-8 in ") + columnName + " at byte " + std::to_string(valid) +
                      ", replaced with U+FFFD");
    return store(batch, std::string_view(repaired.constData(), size_t(repaired.size())));
}

void addReject(ImportBatch &batch, const CsvReader &reader, std::int64_t record, RejectRow::Severity severity,
               std::string reason)
{
    RejectRow reject;
    reject.record = record;
    reject.severity = severity;
    reject.reason = std::move(reason);
    // An excerpt that lets a person find the record: its first fields, cut short, as valid UTF-8.
    std::string excerpt;
    for (int i = 0; i < reader.fieldCount() && excerpt.size() < 160; ++i) {
        if (i > 0) {
            excerpt.push_back(',');
        }
        excerpt.append(reader.field(i).substr(0, 160 - excerpt.size()));
    }
    const QByteArray clean = QString::fromUtf8(excerpt.data(), qsizetype(excerpt.size())).toUtf8();
    reject.excerpt.assign(clean.constData(), size_t(clean.size()));
    batch.rejects.push_back(std::move(reject));
}

void addHashtag(ImportBatch &batch, std::uint32_t begin, std::string_view tag, std::string &scratch)
{
    if (!tag.empty() && tag.front() == '#') {
        tag.remove_prefix(1);
    }
    if (isAscii(tag)) {
        scratch.assign(tag);
        for (char &c : scratch) {
            c = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        }
    } else {
        const QByteArray folded =
            QString::fromUtf8(tag.data(), qsizetype(tag.size())).toCaseFolded().toUtf8();
        scratch.assign(folded.constData(), size_t(folded.size()));
    }
    if (scratch.empty()) {
        return;
    }
    // A tag repeated in one tweet counts once for that tweet.
    for (std::uint32_t i = begin; i < batch.items.size(); ++i) {
        if (batch.view(batch.items[i]) == scratch) {
            return;
        }
    }
    batch.items.push_back(store(batch, scratch));
}

void addUrl(ImportBatch &batch, std::string_view url, std::string &scratch)
{
    batch.items.push_back(store(batch, url));
    scratch.assign(domainOf(url));
    for (char &c : scratch) {
        c = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    }
    if (scratch.compare(0, 4, "www.") == 0) {
        scratch.erase(0, 4);
    }
    batch.items.push_back(scratch.empty() ? Slice() : store(batch, scratch));
}

void addRepairs(ImportBatch &batch, const CsvReader &reader, std::int64_t record,
                std::vector<std::string> &repairs)
{
    if (repairs.empty()) {
        return;
    }
    // One entry per record, so that the repaired count is a count of records.
    std::string reasons = std::move(repairs.front());
    for (size_t i = 1; i < repairs.size(); ++i) {
        reasons.append("; ").append(repairs[i]);
    }
    addReject(batch, reader, record, RejectRow::Severity::Repaired, std::move(reasons));
}

bool checkRecordShape(const CsvReader &reader, const ColumnBinding &binding, std::int64_t record,
                      ImportBatch &batch, std::vector<std::string> &repairs)
{
    using Severity = RejectRow::Severity;
    if (reader.fieldCount() > 0 && FormatDetector::isRepeatedHeader(binding, reader.field(0))) {
        addReject(batch, reader, record, Severity::Skipped, "repeated header line");
        return false;
    }
    if (reader.truncated()) {
        addReject(batch, reader, record, Severity::Rejected,
                  "record cut off at end of file (unterminated quote): the file is incomplete");
        return false;
    }
    if (reader.fieldCount() != binding.fieldCount) {
        addReject(batch, reader, record, Severity::Rejected,
                  "record has " + std::to_string(reader.fieldCount()) + " fields, the header has " +
                      std::to_string(binding.fieldCount));
        return false;
    }
    if (reader.malformed()) {
        repairs.emplace_back("stray quote character inside a field, kept as text");
    }
    return true;
}

} // namespace trove::ImportFields
