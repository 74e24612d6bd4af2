#include "ui/models/rejectreportmodel.h"

#include "core/csv/csvreader.h"
#include "core/import/rejectreasons.h"

#include <QFile>
#include <QTextDocument>

namespace trove {

namespace {

// Excerpts can hold whole multi-line records; a table cell shows one line of them.
constexpr int MaxCellCharacters = 300;

QString fieldText(const CsvReader &reader, int index)
{
    const std::string_view field = reader.field(index);
    return QString::fromUtf8(field.data(), qsizetype(field.size()));
}

} // namespace

RejectReportModel::RejectReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RejectReportContents RejectReportModel::load(const QString &path, int maxRows)
{
    RejectReportContents contents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        contents.errorString = file.errorString();
        return contents;
    }
    CsvReader reader(&file, 1 << 16);
    bool first = true;
    while (reader.readRecord()) {
        QStringList fields;
        fields.reserve(reader.fieldCount());
        for (int index = 0; index < reader.fieldCount(); ++index) {
            fields.append(fieldText(reader, index));
        }
        if (first) {
            contents.header = fields;
            first = false;
            continue;
        }
        ++contents.totalRows;
        if (contents.rows.size() < maxRows) {
            contents.rows.append(fields);
        }
    }
    if (!reader.errorString().isEmpty()) {
        contents.errorString = reader.errorString();
        return contents;
    }
    contents.ok = true;
    return contents;
}

void RejectReportModel::setContents(const RejectReportContents &contents)
{
    beginResetModel();
    m_header = contents.header;
    m_rows = contents.rows;
    m_recordColumn = int(m_header.indexOf(QStringLiteral("record")));
    m_fileColumn = int(m_header.indexOf(QStringLiteral("file")));
    endResetModel();
}

int RejectReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant RejectReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    QString value = m_rows.at(index.row()).value(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        // The report and the cache keep the reasons in English (for citation and scripts); people read them
        // in the window's language.
        const QString column = m_header.value(index.column());
        if (column == QLatin1String("reason")) {
            value = RejectReasons::translate(value);
        } else if (column == QLatin1String("severity")) {
            value = RejectReasons::translateSeverity(value);
        }
    }
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() == m_fileColumn) {
            // The report names files by absolute path; the name (and zip entry) is what tells them apart.
            return value.mid(value.lastIndexOf(QLatin1Char('/'), value.indexOf(QStringLiteral(" › "))) + 1);
        }
        QString line = value.simplified();
        if (line.size() > MaxCellCharacters) {
            line = line.left(MaxCellCharacters) + QChar(0x2026);
        }
        return line;
    }
    case Qt::ToolTipRole:
        if (index.column() == m_fileColumn || value.size() > 60 || value.contains(QLatin1Char('\n'))) {
            // Archive text: escaped, so that markup in it is shown, not rendered.
            return Qt::convertFromPlainText(value.left(4000), Qt::WhiteSpaceNormal);
        }
        return {};
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        if (index.column() == m_recordColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RejectReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 ||
        section >= m_header.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const QString name = m_header.at(section);
    if (name == QLatin1String("file")) {
        return tr("File");
    }
    if (name == QLatin1String("record")) {
        return tr("Record");
    }
    if (name == QLatin1String("severity")) {
        return tr("Severity");
    }
    if (name == QLatin1String("reason")) {
        return tr("Reason");
    }
    if (name == QLatin1String("excerpt")) {
        return tr("Excerpt");
    }
    return name;
}

} // namespace trove
