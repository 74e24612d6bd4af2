#pragma once

#include "core/import/importtypes.h"
#include "core/import/sourceparser.h"

#include <QList>

#include <functional>

namespace trove {

class Database;
class SearchIndexWriter;

/**
 * Decides what an import will read: recognises each CSV from its header, registers it and its campaign in
 * the cache, and finds where an earlier, interrupted import of it stopped (or that it is complete already).
 */
class ImportPlanner
{
public:
    ImportPlanner(Database &db, SearchIndexWriter &search, const ImportOptions &options);

    /**
     * Plans @p sources into @p plan. File-level problems and notes go to @p summary (messages, files
     * failed/skipped/resumed, campaigns); the bytes to read go to @p progress. Returns false, with
     * summary.errorString set, when the cache cannot be written.
     */
    bool plan(const QList<InputSource> &sources, QList<PlannedSource> &plan, ImportSummary &summary,
              ImportProgress &progress, const std::function<bool()> &cancelled);

private:
    Database &m_db;
    SearchIndexWriter &m_search;
    const ImportOptions &m_options;
};

} // namespace trove
