#include "ui/widgets/rejectreportdialog.h"

#include "ui/models/rejectreportmodel.h"
#include "ui/widgets/biditemdelegate.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace trove {

RejectReportDialog::RejectReportDialog(const QString &reportPath, QWidget *parent)
    : QDialog(parent)
    , m_reportPath(reportPath)
    , m_model(new RejectReportModel(this))
{
    setObjectName(QStringLiteral("rejectReportDialog"));
    setWindowTitle(tr("Reject Report"));
    setAccessibleName(tr("Reject report"));
    resize(1100, 520);

    auto *pathLabel = new QLabel(this);
    pathLabel->setObjectName(QStringLiteral("rejectReportPathLabel"));
    pathLabel->setTextFormat(Qt::PlainText);
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    pathLabel->setWordWrap(true);
    pathLabel->setText(tr("Report: %1").arg(QDir::toNativeSeparators(reportPath)));
    pathLabel->setAccessibleName(tr("Report file"));

    m_noteLabel = new QLabel(tr("Reading the report…"), this);
    m_noteLabel->setObjectName(QStringLiteral("rejectReportNoteLabel"));
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setAccessibleName(tr("Report status"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rejectReportTable"));
    m_table->setAccessibleName(tr("Rejected and repaired records"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new BidiItemDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_excerptView = new QPlainTextEdit(this);
    m_excerptView->setObjectName(QStringLiteral("rejectReportExcerpt"));
    m_excerptView->setAccessibleName(tr("Excerpt of the selected record"));
    m_excerptView->setReadOnly(true);
    m_excerptView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_excerptView->setPlaceholderText(tr("Select a record to see its excerpt in full."));
    m_excerptView->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showExcerpt(current.row()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openFolderButton = buttons->addButton(tr("Open &Folder"), QDialogButtonBox::ActionRole);
    m_openFolderButton->setObjectName(QStringLiteral("openReportFolderButton"));
    m_openFolderButton->setAccessibleName(tr("Open the folder holding the report"));
    connect(m_openFolderButton, &QPushButton::clicked, this, &RejectReportDialog::openFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pathLabel);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_excerptView);
    layout->addWidget(buttons);

    auto *watcher = new QFutureWatcher<RejectReportContents>(this);
    connect(watcher, &QFutureWatcher<RejectReportContents>::finished, this, [this, watcher] {
        const RejectReportContents contents = watcher->result();
        watcher->deleteLater();
        m_model->setContents(contents);
        QLocale locale;
        locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
        if (!contents.ok) {
            m_noteLabel->setText(tr("Cannot read the report: %1").arg(contents.errorString));
        } else if (contents.totalRows > contents.rows.size()) {
            m_noteLabel->setText(tr("Showing the first %1 of %2 records; open the file for the rest.")
                                     .arg(locale.toString(qlonglong(contents.rows.size())),
                                          locale.toString(qlonglong(contents.totalRows))));
        } else if (contents.totalRows == 1) {
            m_noteLabel->setText(tr("1 record was rejected or repaired."));
        } else {
            m_noteLabel->setText(tr("%1 records were rejected or repaired.")
                                     .arg(locale.toString(qlonglong(contents.totalRows))));
        }
        m_table->resizeColumnsToContents();
        // Long paths and excerpts would push the reason out of sight; the excerpt column takes what is left
        // and the selected record's excerpt is shown in full below.
        for (int column = 0; column < m_model->columnCount(); ++column) {
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), column == 0 ? 280 : 440));
        }
        if (m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
        m_loaded = true;
        emit loaded(contents.ok);
    });
    const QString path = reportPath;
    watcher->setFuture(QtConcurrent::run([path] { return RejectReportModel::load(path, MaxRows); }));
}

void RejectReportDialog::showExcerpt(int row)
{
    const int column = m_model->columnOf(QStringLiteral("excerpt"));
    if (row < 0 || column < 0) {
        m_excerptView->clear();
        return;
    }
    m_excerptView->setPlainText(m_model->index(row, column).data(Qt::EditRole).toString());
}

void RejectReportDialog::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_reportPath).absolutePath()));
}

} // namespace trove
