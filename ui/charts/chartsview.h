#pragma once

#include "ui/charts/chartbuilder.h"
#include "ui/charts/chartoptions.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace trove {

class ChartComputer;
class ComparisonModel;
class HeatmapWidget;
class TimeChartView;

/**
 * The Charts tab: charts the explorer's current selection and filters (and the selections pinned for
 * comparison) as activity over time (optionally by kind, language, client, category or hashtag), the
 * posting rhythm heatmap in a chosen time zone, or the accounts' lifecycle. The numbers are computed off the
 * GUI thread (ChartComputer) whenever the selection or an option changes while the tab shows; a newer
 * request cancels the running one. Time charts zoom and pan, show event markers, and a click on a bucket
 * (or a heatmap cell) asks for the timeline of its tweets (drillDownRequested()). Export writes PNG, SVG,
 * PDF (with a caption saying what the chart is) and CSV.
 */
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    enum class ExportFormat { Png, Svg, Pdf, Csv };

    explicit ChartsView(QWidget *parent = nullptr);
    ~ChartsView() override;

    void setCachePath(const QString &path);
    /** The explorer's current selection; recomputed at once when the tab shows, otherwise when it does. */
    void setSelection(const ChartSelection &selection);
    ChartSelection selection() const { return m_selection; }

    ChartOptions options() const;
    /** Sets the controls to @p options (one recomputation). */
    void setOptions(const ChartOptions &options);

    ComparisonModel *comparison() const { return m_comparison; }
    ChartComputer *computer() const { return m_computer; }
    TimeChartView *chartView() const { return m_chartView; }
    HeatmapWidget *heatmap() const { return m_heatmap; }
    bool hasResult() const { return m_hasResult; }
    const ChartResult &result() const { return m_result; }
    const TimeTable &table() const { return m_table; }
    /** What the status line says (the error of a failed computation, for one). */
    QString statusText() const;
    bool isBusy() const;

    /** The selections charted: the pins, and the current selection unless it is pinned. */
    QList<ChartSelection> chartedSelections() const;

    /** The tweets of bucket @p bucket of table series @p series (-1: of the first selection, whole bucket).
     */
    TweetFilter bucketFilter(int bucket, int series) const;
    /** The tweets of a heatmap cell (weekday 0 = Monday). */
    TweetFilter cellFilter(int grid, int weekday, int hour) const;
    /** The UTC instant at which local day @p date starts in @p timeZoneId. */
    static QDateTime utcStartOfLocalDay(const QDate &date, const QByteArray &timeZoneId);

    /** The caption under exported charts, one line per item; @p exported is the export time. */
    QStringList captionLines(const QDateTime &exported) const;
    /** A light-look copy of the chart shown (same zoom and markers), for rendering exports. */
    std::unique_ptr<QWidget> createExportContent() const;
    /**
     * The account the keyboard is on in the lifecycle chart (the arrows step through the accounts by
     * creation date, Home and End go to the first and last, Enter or Space opens its tweets); 0 when none.
     */
    std::int64_t lifecycleKeyboardAccount() const;

    /** Writes the chart shown; false with @p error set when there is nothing to export or writing failed. */
    bool exportTo(ExportFormat format, const QString &path, QString *error,
                  const QSize &pixels = QSize(1600, 1000), int dpi = 150);

public slots:
    /** Computes the chart again now (also when the tab is hidden). */
    void refresh();
    void addCurrentToComparison();
    void removeSelectedPin();
    void editEventMarkers();
    /** Asks for a file (and for PNG the size) and exports. */
    void chooseExport(ExportFormat format);
    /** Offers the export formats in a menu at the Export button. */
    void showExportMenu();

signals:
    /** The timeline should show @p filter (a clicked bucket or heatmap cell). */
    void drillDownRequested(const trove::TweetFilter &filter);
    /** A computed chart is shown (or its error). */
    void chartShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void optionsChanged();
    void requestChart();
    void showResult(const ChartResult &result);
    void showError(const QString &error);
    void rebuildChart();
    /** Sets the chart view's accessible name and a description of the numbers it shows. */
    void describeChart();
    void updateControls();
    void bucketClicked(const QPointF &value);
    void lifecyclePointClicked(const QPointF &value);
    void openLifecycleAccount(std::int64_t accountId);
    /** Moves the lifecycle chart's keyboard position to account @p index (clamped) and says which. */
    void stepLifecycle(int index);
    void hovered(const QPointF &value, const QPoint &globalPosition);
    QFont chartFont(bool pixelSized) const;
    bool screenIsDark() const;

    ChartComputer *m_computer = nullptr;
    ComparisonModel *m_comparison = nullptr;
    ChartSelection m_selection;
    bool m_dirty = true;
    bool m_hasResult = false;
    ChartResult m_result;
    TimeTable m_table;
    QList<LifecycleAccount> m_lifecycleOrder; ///< the lifecycle chart's accounts by creation date
    int m_lifecycleIndex = -1;                ///< the keyboard's account in m_lifecycleOrder
    QString m_status;
    QString m_lastDirectory;

    QComboBox *m_type = nullptr;
    QComboBox *m_bucket = nullptr;
    QComboBox *m_style = nullptr;
    QComboBox *m_breakdown = nullptr;
    QLabel *m_breakdownLabel = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_normalisation = nullptr;
    QPushButton *m_pin = nullptr;
    QWidget *m_pinsRow = nullptr;
    QListView *m_pins = nullptr;
    QPushButton *m_unpin = nullptr;
    QPushButton *m_clearPins = nullptr;
    QCheckBox *m_markers = nullptr;
    QPushButton *m_editMarkers = nullptr;
    QPushButton *m_resetZoom = nullptr;
    QToolButton *m_export = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_statusLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    TimeChartView *m_chartView = nullptr;
    HeatmapWidget *m_heatmap = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace trove
