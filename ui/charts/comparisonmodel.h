#pragma once

#include "ui/charts/chartoptions.h"

#include <QAbstractListModel>

namespace trove {

/**
 * The selections pinned for comparison ("Add to comparison"): one row per pinned selection, its name shown
 * as plain text, its filter under FilterRole (as JSON) and in pins(). The same selection is pinned once.
 */
class ComparisonModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { FilterRole = Qt::UserRole + 1 };

    explicit ComparisonModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QList<ChartSelection> pins() const { return m_pins; }
    bool contains(const TweetFilter &filter) const;
    /** Pins @p selection unless a pin has the same filter; returns whether it was added. */
    bool add(const ChartSelection &selection);
    void remove(int row);
    void clear();

signals:
    void pinsChanged();

private:
    QList<ChartSelection> m_pins;
};

} // namespace trove
