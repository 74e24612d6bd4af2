#include "ui/charts/comparisonmodel.h"

#include <QJsonDocument>

namespace trove {

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pins.size());
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ChartSelection &pin = m_pins.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return pin.name;
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(pin.name, pin.filter.describeFilters());
    case FilterRole:
        return QString::fromUtf8(QJsonDocument(pin.filter.toJson()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

bool ComparisonModel::contains(const TweetFilter &filter) const
{
    for (const ChartSelection &pin : m_pins) {
        if (pin.filter == filter) {
            return true;
        }
    }
    return false;
}

bool ComparisonModel::add(const ChartSelection &selection)
{
    if (contains(selection.filter)) {
        return false;
    }
    const int row = int(m_pins.size());
    beginInsertRows({}, row, row);
    m_pins.append(selection);
    endInsertRows();
    emit pinsChanged();
    return true;
}

void ComparisonModel::remove(int row)
{
    if (row < 0 || row >= m_pins.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_pins.removeAt(row);
    endRemoveRows();
    emit pinsChanged();
}

void ComparisonModel::clear()
{
    if (m_pins.isEmpty()) {
        return;
    }
    beginResetModel();
    m_pins.clear();
    endResetModel();
    emit pinsChanged();
}

} // namespace trove
