#pragma once

#include "core/charts/chartdata.h"

#include <QList>
#include <QString>
#include <QWidget>

namespace trove {

/**
 * The posting-rhythm heatmap: for each selection a 7 × 24 grid (weekday rows from Monday, local hour
 * columns) whose colour is the tweets in that cell, with weekday and hour labels and a colour-scale legend
 * shared by every grid. Counts show in tooltips; clicking a cell, or Enter on the current cell (the arrow
 * keys move it), emits cellClicked(). Painted by hand, in the light look (white) when setLight(true), for
 * exports, otherwise in the widget's palette.
 */
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    struct Grid
    {
        QString name;
        RhythmChartData data;
    };

    explicit HeatmapWidget(QWidget *parent = nullptr);

    /** Shows @p grids; @p percent: cells are percents of each grid's total (comparable), not counts. */
    void setGrids(const QList<Grid> &grids, bool percent);
    QList<Grid> grids() const { return m_grids; }
    bool isPercent() const { return m_percent; }
    void setLight(bool light);

    /** The rectangle of a cell (widget coordinates); empty when out of range. */
    QRectF cellRect(int grid, int weekday, int hour) const;
    /** The cell at @p position: false when there is none. weekday 0 is Monday. */
    bool cellAt(const QPointF &position, int *grid, int *weekday, int *hour) const;
    /** The text of a cell's tooltip ("Monday 09:00–10:00 Europe/Moscow: 1,234 tweets (3.2%)"). */
    QString cellText(int grid, int weekday, int hour) const;
    void setCurrentCell(int grid, int weekday, int hour);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int grid, int weekday, int hour);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Layout
    {
        qreal labelWidth = 0;
        qreal headerHeight = 0;
        qreal titleHeight = 0;
        qreal cellWidth = 0;
        qreal cellHeight = 0;
        qreal gridHeight = 0; ///< a grid with its title and hour header
        qreal legendTop = 0;
        QRectF legend;
    };
    Layout layout() const;
    double value(int grid, int weekday, int hour) const;
    double maximum() const;
    QColor colorFor(double fraction) const;

    QList<Grid> m_grids;
    bool m_percent = false;
    bool m_light = false;
    int m_currentGrid = 0;
    int m_currentWeekday = 0;
    int m_currentHour = 0;
};

} // namespace trove
