#include "ui/widgets/importsummarypanel.h"

#include "ui/counted.h"
#include "ui/widgets/rejectreportdialog.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace trove {

ImportSummaryPanel::ImportSummaryPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("importSummaryPanel"));
    setAccessibleName(tr("Import summary"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *summaryLayout = new QHBoxLayout(this);
    auto *summaryText = new QVBoxLayout;
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summaryLabel->setAccessibleName(tr("Import result"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messagesLabel = new QLabel(this);
    m_messagesLabel->setObjectName(QStringLiteral("importMessagesLabel"));
    m_messagesLabel->setAccessibleName(tr("Import messages"));
    m_messagesLabel->setTextFormat(Qt::PlainText);
    m_messagesLabel->setWordWrap(true);
    m_messagesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryText->addWidget(m_summaryLabel);
    summaryText->addWidget(m_messagesLabel);
    summaryLayout->addLayout(summaryText, 1);
    m_rejectReportButton = new QPushButton(tr("View &Reject Report"), this);
    m_rejectReportButton->setObjectName(QStringLiteral("viewRejectReportButton"));
    m_rejectReportButton->setAccessibleName(tr("View reject report"));
    connect(m_rejectReportButton, &QPushButton::clicked, this, &ImportSummaryPanel::openRejectReport);
    summaryLayout->addWidget(m_rejectReportButton, 0, Qt::AlignTop);
    m_dismissButton = new QPushButton(tr("&Dismiss"), this);
    m_dismissButton->setObjectName(QStringLiteral("dismissSummaryButton"));
    m_dismissButton->setAccessibleName(tr("Dismiss import summary"));
    connect(m_dismissButton, &QPushButton::clicked, this, &QWidget::hide);
    summaryLayout->addWidget(m_dismissButton, 0, Qt::AlignTop);
    hide();
}

void ImportSummaryPanel::showSummary(const ImportSummary &summary)
{
    QStringList parts;
    if (!summary.ok) {
        parts << tr("Import failed: %1").arg(summary.errorString);
    } else if (summary.cancelled) {
        if (summary.tweetsAdded > 0) {
            parts << tr("Import cancelled after %1")
                         .arg(counted(summary.tweetsAdded, tr("1 tweet"), tr("%1 tweets")));
        } else {
            parts << tr("Import cancelled");
        }
        parts << tr("what was imported stays in the cache; import the same files again to resume");
    } else {
        const QString tweets = counted(summary.tweetsAdded, tr("1 tweet"), tr("%1 tweets"));
        const QString files = counted(summary.filesImported, tr("1 file"), tr("%1 files"));
        if (summary.filesImported > 0 || summary.tweetsAdded > 0) {
            parts << tr("Imported %1 from %2").arg(tweets, files);
        } else {
            parts << tr("Nothing new imported");
        }
    }
    if (summary.ok) {
        if (summary.duplicates > 0) {
            parts << counted(summary.duplicates, tr("1 duplicate skipped"), tr("%1 duplicates skipped"));
        }
        if (summary.accountsAdded > 0) {
            parts << counted(summary.accountsAdded, tr("1 new account"), tr("%1 new accounts"));
        }
        if (summary.rejected > 0) {
            parts << counted(summary.rejected, tr("1 record rejected"), tr("%1 records rejected"));
        }
        if (summary.repaired > 0) {
            parts << counted(summary.repaired, tr("1 record repaired"), tr("%1 records repaired"));
        }
        if (summary.filesResumed > 0) {
            parts << counted(summary.filesResumed, tr("1 file resumed"), tr("%1 files resumed"));
        }
        if (summary.filesAlreadyImported > 0) {
            parts << counted(summary.filesAlreadyImported, tr("1 file was already imported"),
                             tr("%1 files were already imported"));
        }
        if (summary.filesFailed > 0) {
            parts << counted(summary.filesFailed, tr("1 file failed"), tr("%1 files failed"));
        }
    }
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));

    constexpr int MaxMessages = 20;
    QStringList messages = summary.messages.mid(0, MaxMessages);
    if (summary.messages.size() > MaxMessages) {
        messages << tr("… and %1 more (see the reject report)").arg(summary.messages.size() - MaxMessages);
    }
    m_messagesLabel->setText(messages.join(QLatin1Char('\n')));
    m_messagesLabel->setVisible(!messages.isEmpty());

    m_rejectReportPath = summary.rejectReportPath;
    const bool hasReport = !m_rejectReportPath.isEmpty() && QFileInfo::exists(m_rejectReportPath) &&
                           (summary.rejected > 0 || summary.repaired > 0 || summary.cancelled);
    m_rejectReportButton->setVisible(hasReport);
    show();
}

void ImportSummaryPanel::showError(const QString &text)
{
    m_summaryLabel->setText(text);
    m_messagesLabel->hide();
    m_rejectReportButton->hide();
    show();
}

void ImportSummaryPanel::openRejectReport()
{
    if (m_rejectReportPath.isEmpty()) {
        return;
    }
    // A dialog of the whole window, not of this panel.
    auto *dialog = new RejectReportDialog(m_rejectReportPath, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace trove
