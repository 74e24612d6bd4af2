#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace trove {

class RejectReportModel;

/**
 * Shows a reject report (the CSV an import writes listing every rejected or repaired record), read in
 * the background, with its path and a button that opens its folder.
 */
class RejectReportDialog : public QDialog
{
    Q_OBJECT

public:
    /** Rows beyond this are counted but not shown. */
    static constexpr int MaxRows = 100000;

    explicit RejectReportDialog(const QString &reportPath, QWidget *parent = nullptr);

    QString reportPath() const { return m_reportPath; }
    bool isLoaded() const { return m_loaded; }

signals:
    /** The report has been read (@p ok false: see the note shown in the dialog). */
    void loaded(bool ok);

private:
    void openFolder();
    void showExcerpt(int row);

    QString m_reportPath;
    RejectReportModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_excerptView = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    bool m_loaded = false;
};

} // namespace trove
