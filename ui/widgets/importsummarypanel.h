#pragma once

#include "core/import/importtypes.h"

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

namespace trove {

/**
 * What the last import did (or why the cache or the demo could not be had): a summary line, the import's
 * messages, a button that opens the reject report and one that dismisses the panel. Hidden until shown.
 */
class ImportSummaryPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ImportSummaryPanel(QWidget *parent = nullptr);

    QString rejectReportPath() const { return m_rejectReportPath; }

public slots:
    /** Shows what @p summary says, with the reject report button when the report has something to show. */
    void showSummary(const trove::ImportSummary &summary);
    /** Shows @p text alone. */
    void showError(const QString &text);

private:
    void openRejectReport();

    QString m_rejectReportPath;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_messagesLabel = nullptr;
    QPushButton *m_rejectReportButton = nullptr;
    QPushButton *m_dismissButton = nullptr;
};

} // namespace trove
