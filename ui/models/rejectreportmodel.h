#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <cstdint>

namespace trove {

/** The rows of a reject report CSV, as read by RejectReportModel::load(). */
struct RejectReportContents
{
    bool ok = false;
    QString errorString;
    QStringList header;
    QList<QStringList> rows;    ///< at most the cap given to load()
    std::int64_t totalRows = 0; ///< data records in the file, beyond the cap too
};

/** A read-only table over a reject report (file, record, severity, reason, excerpt). */
class RejectReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RejectReportModel(QObject *parent = nullptr);

    /**
     * Reads the report at @p path (UTF-8 CSV with a header line), keeping at most @p maxRows rows.
     * Blocking: call it off the GUI thread. Errors are returned in the contents.
     */
    static RejectReportContents load(const QString &path, int maxRows);

    void setContents(const RejectReportContents &contents);
    /** The column of the report field @p name ("file", "record", ...), -1 when the report has none. */
    int columnOf(const QString &name) const { return int(m_header.indexOf(name)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_recordColumn = -1;
    int m_fileColumn = -1;
};

} // namespace trove
