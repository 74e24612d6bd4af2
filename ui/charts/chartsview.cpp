#include "ui/charts/chartsview.h"

#include "core/charts/chartqueries.h"
#include "ui/charts/chartcomputer.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/comparisonmodel.h"
#include "ui/charts/eventmarkers.h"
#include "ui/charts/heatmapwidget.h"
#include "ui/charts/imageexportdialog.h"
#include "ui/charts/timechartview.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace trove {

namespace {

QList<QByteArray> preferredZones()
{
    return {QByteArrayLiteral("UTC"), QByteArrayLiteral("Europe/Moscow"), QByteArrayLiteral("Asia/Tehran"),
            QByteArrayLiteral("America/New_York")};
}

QComboBox *combo(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

int kindBit(const QString &name)
{
    const QString lower = name.toLower();
    if (lower.startsWith(QLatin1String("original"))) {
        return 1 << int(TweetKind::Original);
    }
    if (lower.startsWith(QLatin1String("retweet"))) {
        return 1 << int(TweetKind::Retweet);
    }
    if (lower.startsWith(QLatin1String("repl"))) {
        return 1 << int(TweetKind::Reply);
    }
    if (lower.startsWith(QLatin1String("quote"))) {
        return 1 << int(TweetKind::Quote);
    }
    return 0;
}

} // namespace

ChartsView::ChartsView(QWidget *parent)
    : QWidget(parent)
    , m_computer(new ChartComputer(this))
    , m_comparison(new ComparisonModel(this))
{
    setObjectName(QStringLiteral("chartsView"));
    m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    createWidgets();
    connect(m_computer, &ChartComputer::started, this, [this] {
        m_busy->show();
        m_statusLabel->setText(tr("Computing…"));
    });
    connect(m_computer, &ChartComputer::finished, this, &ChartsView::showResult);
    connect(m_computer, &ChartComputer::failed, this, &ChartsView::showError);
    connect(m_computer, &ChartComputer::discarded, this,
            [this] { m_busy->setVisible(m_computer->isRunning()); });
    connect(m_comparison, &ComparisonModel::pinsChanged, this, [this] {
        updateControls();
        optionsChanged();
    });
    updateControls();
}

ChartsView::~ChartsView() = default;

void ChartsView::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *optionsRow = new QHBoxLayout;
    m_type = combo(this, "chartTypeCombo", tr("Chart type"));
    for (const ChartType type : {ChartType::Activity, ChartType::Languages, ChartType::Clients,
                                 ChartType::Hashtags, ChartType::Rhythm, ChartType::Lifecycle}) {
        m_type->addItem(chartTypeName(type), int(type));
    }
    m_bucket = combo(this, "chartBucketCombo", tr("Bucket size"));
    for (const TimeBucket bucket : {TimeBucket::Day, TimeBucket::Week, TimeBucket::Month}) {
        m_bucket->addItem(bucketName(bucket), int(bucket));
    }
    m_style = combo(this, "chartStyleCombo", tr("Drawing style"));
    m_style->addItem(tr("Bars"), int(ChartStyle::Bars));
    m_style->addItem(tr("Lines"), int(ChartStyle::Lines));
    m_breakdown = combo(this, "chartBreakdownCombo", tr("Stacked by"));
    for (const ActivityBreakdown breakdown :
         {ActivityBreakdown::None, ActivityBreakdown::Kind, ActivityBreakdown::Language,
          ActivityBreakdown::Client, ActivityBreakdown::Category}) {
        m_breakdown->addItem(breakdownName(breakdown), int(breakdown));
    }
    m_zone = combo(this, "chartZoneCombo", tr("Time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    QList<QByteArray> zones = preferredZones();
    for (const QByteArray &zone : zones) {
        m_zone->addItem(QString::fromLatin1(zone));
    }
    m_zone->insertSeparator(m_zone->count());
    const QList<QByteArray> available = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : available) {
        if (!zones.contains(zone)) {
            m_zone->addItem(QString::fromLatin1(zone));
        }
    }
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(16);
    m_normalisation = combo(this, "chartNormalisationCombo", tr("Values"));
    for (const ChartNormalisation normalisation :
         {ChartNormalisation::Absolute, ChartNormalisation::ShareOfTotal, ChartNormalisation::PerBucket}) {
        m_normalisation->addItem(normalisationName(normalisation), int(normalisation));
    }
    const auto addLabelled = [this, optionsRow](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        optionsRow->addWidget(label);
        optionsRow->addWidget(field);
        return label;
    };
    addLabelled(tr("C&hart:"), m_type);
    addLabelled(tr("&Per:"), m_bucket);
    addLabelled(tr("&Draw:"), m_style);
    m_breakdownLabel = addLabelled(tr("Stac&k by:"), m_breakdown);
    addLabelled(tr("&Zone:"), m_zone);
    addLabelled(tr("&Values:"), m_normalisation);
    optionsRow->addStretch(1);
    layout->addLayout(optionsRow);

    auto *actionsRow = new QHBoxLayout;
    m_pin = new QPushButton(tr("Add to &Comparison"), this);
    m_pin->setObjectName(QStringLiteral("addToComparisonButton"));
    m_pin->setAccessibleName(tr("Add the current selection to the comparison"));
    m_markers = new QCheckBox(tr("&Event markers"), this);
    m_markers->setObjectName(QStringLiteral("eventMarkersCheck"));
    m_markers->setAccessibleName(tr("Show event markers"));
    m_markers->setChecked(true);
    m_editMarkers = new QPushButton(tr("Edit &Markers…"), this);
    m_editMarkers->setObjectName(QStringLiteral("editMarkersButton"));
    m_editMarkers->setAccessibleName(tr("Add or remove event markers"));
    m_resetZoom = new QPushButton(tr("&Reset Zoom"), this);
    m_resetZoom->setObjectName(QStringLiteral("resetZoomButton"));
    m_resetZoom->setAccessibleName(tr("Show the whole time span"));
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportChartButton"));
    m_export->setText(tr("E&xport"));
    m_export->setAccessibleName(tr("Export the chart"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("PNG Image…"), this, [this] { chooseExport(ExportFormat::Png); });
    exportMenu->addAction(tr("SVG Drawing…"), this, [this] { chooseExport(ExportFormat::Svg); });
    exportMenu->addAction(tr("PDF Document…"), this, [this] { chooseExport(ExportFormat::Pdf); });
    exportMenu->addAction(tr("Data as CSV…"), this, [this] { chooseExport(ExportFormat::Csv); });
    m_export->setMenu(exportMenu);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("chartBusyIndicator"));
    m_busy->setAccessibleName(tr("Computing the chart"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("chartStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setAccessibleName(tr("Chart status"));
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    actionsRow->addWidget(m_pin);
    actionsRow->addWidget(m_markers);
    actionsRow->addWidget(m_editMarkers);
    actionsRow->addWidget(m_resetZoom);
    actionsRow->addWidget(m_export);
    actionsRow->addWidget(m_busy);
    actionsRow->addWidget(m_statusLabel, 1);
    layout->addLayout(actionsRow);

    m_pinsRow = new QWidget(this);
    auto *pinsLayout = new QHBoxLayout(m_pinsRow);
    pinsLayout->setContentsMargins(0, 0, 0, 0);
    auto *pinsLabel = new QLabel(tr("Compared:"), m_pinsRow);
    m_pins = new QListView(m_pinsRow);
    m_pins->setObjectName(QStringLiteral("comparisonList"));
    m_pins->setAccessibleName(tr("Selections compared"));
    m_pins->setModel(m_comparison);
    m_pins->setFlow(QListView::LeftToRight);
    m_pins->setWrapping(false);
    m_pins->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pins->setMaximumHeight(fontMetrics().height() * 2 + 8);
    pinsLabel->setBuddy(m_pins);
    m_unpin = new QPushButton(tr("Remove"), m_pinsRow);
    m_unpin->setObjectName(QStringLiteral("removePinButton"));
    m_unpin->setAccessibleName(tr("Remove the selected selection from the comparison"));
    m_clearPins = new QPushButton(tr("Clear"), m_pinsRow);
    m_clearPins->setObjectName(QStringLiteral("clearPinsButton"));
    m_clearPins->setAccessibleName(tr("End the comparison"));
    pinsLayout->addWidget(pinsLabel);
    pinsLayout->addWidget(m_pins, 1);
    pinsLayout->addWidget(m_unpin);
    pinsLayout->addWidget(m_clearPins);
    layout->addWidget(m_pinsRow);

    m_stack = new QStackedWidget(this);
    m_chartView = new TimeChartView(m_stack);
    m_chartView->setObjectName(QStringLiteral("timeChartView"));
    m_heatmap = new HeatmapWidget(m_stack);
    m_heatmap->setObjectName(QStringLiteral("rhythmHeatmap"));
    auto *heatmapScroll = new QScrollArea(m_stack);
    heatmapScroll->setWidget(m_heatmap);
    heatmapScroll->setWidgetResizable(true);
    heatmapScroll->setFrameShape(QFrame::NoFrame);
    // The heatmap inside takes the focus; the area around it is no stop of its own.
    heatmapScroll->setFocusPolicy(Qt::NoFocus);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(heatmapScroll);
    m_stack->addWidget(m_message);
    m_stack->setCurrentWidget(m_message);
    m_message->setText(tr("No chart yet."));
    layout->addWidget(m_stack, 1);

    for (QComboBox *box : {m_type, m_bucket, m_style, m_breakdown, m_normalisation}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateControls();
            optionsChanged();
        });
    }
    connect(m_zone, &QComboBox::activated, this, [this] { optionsChanged(); });
    connect(m_zone->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QByteArray id = m_zone->currentText().trimmed().toLatin1();
        if (!QTimeZone::isTimeZoneIdAvailable(id)) {
            m_statusLabel->setText(
                tr("Unknown time zone \u201c%1\u201d: pick one from the list.").arg(m_zone->currentText()));
            m_zone->setCurrentText(QString::fromLatin1(m_result.options.timeZoneId));
            return;
        }
        if (m_hasResult && id == m_result.options.timeZoneId) {
            return;
        }
        optionsChanged();
    });
    connect(m_pin, &QPushButton::clicked, this, &ChartsView::addCurrentToComparison);
    connect(m_unpin, &QPushButton::clicked, this, &ChartsView::removeSelectedPin);
    connect(m_clearPins, &QPushButton::clicked, m_comparison, &ComparisonModel::clear);
    connect(m_markers, &QCheckBox::toggled, m_chartView, &TimeChartView::setMarkersVisible);
    connect(m_editMarkers, &QPushButton::clicked, this, &ChartsView::editEventMarkers);
    connect(m_resetZoom, &QPushButton::clicked, m_chartView, &TimeChartView::resetZoom);
    connect(m_chartView, &TimeChartView::valueClicked, this, [this](const QPointF &value) {
        if (m_result.options.type == ChartType::Lifecycle) {
            lifecyclePointClicked(value);
        } else {
            bucketClicked(value);
        }
    });
    connect(m_chartView, &TimeChartView::valueHovered, this, &ChartsView::hovered);
    m_chartView->installEventFilter(this); // the lifecycle chart's keys (eventFilter)
    connect(m_heatmap, &HeatmapWidget::cellClicked, this, [this](int grid, int weekday, int hour) {
        emit drillDownRequested(cellFilter(grid, weekday, hour));
    });
    m_chartView->setMarkers(EventMarkers::all());
}

void ChartsView::setCachePath(const QString &path)
{
    m_computer->setCachePath(path);
    m_comparison->clear();
    m_hasResult = false;
    m_dirty = true;
    if (isVisible()) {
        requestChart();
    }
}

void ChartsView::setSelection(const ChartSelection &selection)
{
    if (m_hasResult && !m_dirty && selection.filter == m_selection.filter &&
        selection.name == m_selection.name) {
        return;
    }
    m_selection = selection;
    optionsChanged();
}

ChartOptions ChartsView::options() const
{
    ChartOptions options;
    options.type = ChartType(m_type->currentData().toInt());
    options.bucket = TimeBucket(m_bucket->currentData().toInt());
    options.style = ChartStyle(m_style->currentData().toInt());
    options.breakdown = ActivityBreakdown(m_breakdown->currentData().toInt());
    const QByteArray zone = m_zone->currentText().trimmed().toLatin1();
    options.timeZoneId = QTimeZone::isTimeZoneIdAvailable(zone) ? zone : QByteArrayLiteral("UTC");
    options.normalisation = ChartNormalisation(m_normalisation->currentData().toInt());
    return options;
}

void ChartsView::setOptions(const ChartOptions &options)
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_type),          QSignalBlocker(m_bucket),
                                           QSignalBlocker(m_style),         QSignalBlocker(m_breakdown),
                                           QSignalBlocker(m_normalisation), QSignalBlocker(m_zone)};
        m_type->setCurrentIndex(m_type->findData(int(options.type)));
        m_bucket->setCurrentIndex(m_bucket->findData(int(options.bucket)));
        m_style->setCurrentIndex(m_style->findData(int(options.style)));
        m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findData(int(options.breakdown))));
        m_normalisation->setCurrentIndex(m_normalisation->findData(int(options.normalisation)));
        const int zone = m_zone->findText(QString::fromLatin1(options.timeZoneId));
        if (zone >= 0) {
            m_zone->setCurrentIndex(zone);
        } else {
            m_zone->setCurrentText(QString::fromLatin1(options.timeZoneId));
        }
    }
    updateControls();
    optionsChanged();
}

QList<ChartSelection> ChartsView::chartedSelections() const
{
    QList<ChartSelection> selections = m_comparison->pins();
    if (!m_comparison->contains(m_selection.filter)) {
        ChartSelection current = m_selection;
        if (!selections.isEmpty()) {
            current.name = tr("%1 (current)").arg(current.name);
        }
        selections.prepend(current);
    }
    return selections;
}

void ChartsView::optionsChanged()
{
    m_dirty = true;
    if (isVisible()) {
        requestChart();
    }
}

void ChartsView::refresh()
{
    requestChart();
}

void ChartsView::requestChart()
{
    m_dirty = false;
    if (m_computer->cachePath().isEmpty()) {
        showError(tr("No cache is open: import an archive or open a cache to chart it."));
        return;
    }
    m_computer->compute(options(), chartedSelections());
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        requestChart();
    }
}

void ChartsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) && m_hasResult) {
        m_pins->setMaximumHeight(fontMetrics().height() * 2 + 8);
        rebuildChart();
    }
}

bool ChartsView::isBusy() const
{
    return m_computer->isRunning() && !m_busy->isHidden();
}

QString ChartsView::statusText() const
{
    return m_statusLabel->text();
}

void ChartsView::updateControls()
{
    const ChartType type = ChartType(m_type->currentData().toInt());
    const bool time = type != ChartType::Rhythm && type != ChartType::Lifecycle;
    m_bucket->setEnabled(time);
    m_style->setEnabled(time);
    // The other time charts have their own breakdown (languages, clients, hashtags).
    m_breakdown->setVisible(type == ChartType::Activity);
    m_breakdownLabel->setVisible(type == ChartType::Activity);
    m_breakdown->setEnabled(m_comparison->rowCount() == 0);
    m_zone->setEnabled(type != ChartType::Lifecycle);
    m_normalisation->setEnabled(type != ChartType::Lifecycle);
    m_markers->setEnabled(time);
    m_resetZoom->setEnabled(type != ChartType::Rhythm);
    m_pinsRow->setVisible(m_comparison->rowCount() > 0);
}

void ChartsView::showError(const QString &error)
{
    m_busy->hide();
    m_hasResult = false;
    m_status = error;
    m_statusLabel->setText(error);
    m_message->setText(tr("The chart could not be computed:\n%1").arg(error));
    m_stack->setCurrentWidget(m_message);
    emit chartShown();
}

void ChartsView::showResult(const ChartResult &result)
{
    m_busy->hide();
    m_result = result;
    m_hasResult = true;
    m_table = result.options.isTimeChart() ? ChartBuilder::timeTable(result) : TimeTable();
    m_lifecycleOrder.clear();
    m_lifecycleIndex = -1;
    if (result.options.type == ChartType::Lifecycle) {
        for (const SelectionChartData &selection : result.selections) {
            for (const LifecycleAccount &account : selection.lifecycle.accounts) {
                if (account.created.isValid() && account.firstTweet.isValid()) {
                    m_lifecycleOrder.append(account); // the accounts the chart draws
                }
            }
        }
        std::stable_sort(m_lifecycleOrder.begin(), m_lifecycleOrder.end(),
                         [](const LifecycleAccount &a, const LifecycleAccount &b) {
                             return a.created != b.created ? a.created < b.created
                                                           : a.accountId < b.accountId;
                         });
    }
    rebuildChart();
    std::int64_t tweets = 0;
    int accounts = 0;
    for (const SelectionChartData &selection : result.selections) {
        tweets +=
            result.options.type == ChartType::Rhythm ? selection.rhythm.total : selection.activity.total;
        accounts += int(selection.lifecycle.accounts.size());
    }
    const QString counted = result.options.type == ChartType::Lifecycle
                                ? tr("%1 accounts").arg(QLocale().toString(accounts))
                                : tr("%1 tweets").arg(QLocale().toString(qlonglong(tweets)));
    m_statusLabel->setText(tr("%1 · computed in %2 ms").arg(counted).arg(result.elapsedMs));
    emit chartShown();
}

QFont ChartsView::chartFont(bool pixelSized) const
{
    QFont chartFont = font();
    if (pixelSized && chartFont.pointSizeF() > 0) {
        chartFont.setPixelSize(std::max(8, int(std::lround(chartFont.pointSizeF() * 96.0 / 72.0))));
    }
    return chartFont;
}

bool ChartsView::screenIsDark() const
{
    return palette().color(QPalette::Window).lightnessF() < 0.5;
}

void ChartsView::rebuildChart()
{
    if (!m_hasResult) {
        return;
    }
    const ChartOptions &options = m_result.options;
    if (options.type == ChartType::Rhythm) {
        QList<HeatmapWidget::Grid> grids;
        for (const SelectionChartData &selection : std::as_const(m_result.selections)) {
            grids.append({selection.selection.name, selection.rhythm});
        }
        m_heatmap->setGrids(grids, options.normalisation != ChartNormalisation::Absolute);
        m_stack->setCurrentIndex(1);
        return;
    }
    ChartLook look;
    look.light = !screenIsDark();
    look.font = chartFont(false);
    if (options.type == ChartType::Lifecycle) {
        m_chartView->setTimeChart(ChartBuilder::lifecycleChart(m_result, look));
        m_chartView->setMarkersVisible(false);
    } else {
        m_chartView->setTimeChart(ChartBuilder::timeChart(m_result, m_table, look));
        m_chartView->setMarkersVisible(m_markers->isChecked());
    }
    describeChart();
    m_stack->setCurrentWidget(m_chartView);
}

void ChartsView::describeChart()
{
    // What a screen reader says of the chart: its kind, its span and, per line or band, the total and the
    // busiest bucket (dates as in the CSV export).
    const ChartOptions &options = m_result.options;
    const QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QStringList sentences;
    if (options.type == ChartType::Lifecycle) {
        for (const SelectionChartData &selection : std::as_const(m_result.selections)) {
            QDate first;
            QDate last;
            for (const LifecycleAccount &account : selection.lifecycle.accounts) {
                if (account.created.isValid()) {
                    first = first.isValid() ? std::min(first, account.created) : account.created;
                    last = last.isValid() ? std::max(last, account.created) : account.created;
                }
            }
            QString sentence =
                tr("%1: %2 accounts")
                    .arg(selection.selection.name, QLocale().toString(selection.lifecycle.accounts.size()));
            if (first.isValid()) {
                sentence +=
                    QLatin1Char(' ') +
                    tr("created from %1 to %2").arg(first.toString(dateFormat), last.toString(dateFormat));
            }
            sentences << sentence + QLatin1Char('.');
        }
    } else if (!m_table.buckets.isEmpty()) {
        const QString per = m_table.bucket == TimeBucket::Day    ? tr("Tweets per day")
                            : m_table.bucket == TimeBucket::Week ? tr("Tweets per week")
                                                                 : tr("Tweets per month");
        sentences << tr("%1 from %2 to %3.")
                         .arg(per, m_table.buckets.constFirst().toString(dateFormat),
                              m_table.buckets.constLast().toString(dateFormat));
        // The largest series first; a screen reader user does not want a hundred of them.
        QList<const TimeTableSeries *> series;
        for (const TimeTableSeries &row : std::as_const(m_table.series)) {
            series << &row;
        }
        const auto total = [](const TimeTableSeries *row) {
            return std::accumulate(row->counts.cbegin(), row->counts.cend(), std::int64_t(0));
        };
        std::stable_sort(
            series.begin(), series.end(),
            [&](const TimeTableSeries *a, const TimeTableSeries *b) { return total(a) > total(b); });
        for (int i = 0; i < std::min(int(series.size()), 8); ++i) {
            const TimeTableSeries *row = series.at(i);
            const auto peak = std::max_element(row->counts.cbegin(), row->counts.cend());
            if (peak == row->counts.cend()) {
                continue;
            }
            const int bucket = int(peak - row->counts.cbegin());
            sentences << tr("%1: %2 tweets, the most (%3) in the period from %4.")
                             .arg(row->name, QLocale().toString(qlonglong(total(row))),
                                  QLocale().toString(qlonglong(*peak)),
                                  m_table.buckets.value(bucket).toString(dateFormat));
        }
    }
    m_chartView->setAccessibleName(chartTypeName(options.type));
    if (options.type != ChartType::Lifecycle) {
        sentences << TimeChartView::usageText();
    }
    m_chartView->setAccessibleDescription(sentences.join(QLatin1Char(' ')));
}

QDateTime ChartsView::utcStartOfLocalDay(const QDate &date, const QByteArray &timeZoneId)
{
    QDateTime from;
    QDateTime until;
    ChartQueries::bucketRange(TimeBucket::Day, date, timeZoneId, &from, &until);
    return from;
}

TweetFilter ChartsView::bucketFilter(int bucket, int series) const
{
    if (!m_hasResult || m_result.selections.isEmpty() || bucket < 0 || bucket >= m_table.buckets.size()) {
        return m_selection.filter;
    }
    const TimeTableSeries *row =
        series >= 0 && series < m_table.series.size() ? &m_table.series.at(series) : nullptr;
    TweetFilter filter = m_result.selections.at(row ? row->selection : 0).selection.filter;
    QDateTime from;
    QDateTime until;
    if (!ChartQueries::bucketRange(m_table.bucket, m_table.buckets.at(bucket), m_result.options.timeZoneId,
                                   &from, &until)) {
        return filter;
    }
    if (!filter.from.isValid() || from > filter.from) {
        filter.from = from;
    }
    if (!filter.until.isValid() || until < filter.until) {
        filter.until = until;
    }
    // "other" and the core's "(no language)"-style remainders cannot be expressed as a filter value.
    if (row && !row->other && !row->name.isEmpty() && !row->name.startsWith(QLatin1Char('('))) {
        switch (row->breakdown) {
        case ActivityBreakdown::None:
            break;
        case ActivityBreakdown::Kind:
            if (const int bit = kindBit(row->name)) {
                filter.kinds &= unsigned(bit);
            }
            break;
        case ActivityBreakdown::Language:
            filter.language = row->name;
            break;
        case ActivityBreakdown::Client:
            filter.client = row->name;
            break;
        case ActivityBreakdown::Category:
            filter.category = row->name;
            break;
        case ActivityBreakdown::Hashtag:
            filter.hashtag = row->name.startsWith(QLatin1Char('#')) ? row->name.mid(1) : row->name;
            break;
        }
    }
    return filter;
}

TweetFilter ChartsView::cellFilter(int grid, int weekday, int hour) const
{
    if (!m_hasResult || grid < 0 || grid >= m_result.selections.size()) {
        return m_selection.filter;
    }
    TweetFilter filter = m_result.selections.at(grid).selection.filter;
    filter.timeZone = m_result.options.timeZoneId;
    filter.localWeekday = weekday + 1;
    filter.localHour = hour;
    return filter;
}

void ChartsView::bucketClicked(const QPointF &value)
{
    if (!m_hasResult || m_table.buckets.isEmpty()) {
        return;
    }
    const QDate day = ChartBuilder::dateAt(value.x());
    const auto after = std::upper_bound(m_table.buckets.cbegin(), m_table.buckets.cend(), day);
    const int bucket = int(after - m_table.buckets.cbegin()) - 1;
    if (bucket < 0 || day >= ChartBuilder::bucketEnd(m_table.buckets.constLast(), m_table.bucket)) {
        return;
    }
    // The band under the pointer when stacked, otherwise the nearest line.
    int series = -1;
    double nearest = 0;
    for (int index = 0; index < m_table.series.size(); ++index) {
        const TimeTableSeries &row = m_table.series.at(index);
        if (m_table.stacked) {
            if (value.y() >= row.lower.at(bucket) && value.y() < row.upper.at(bucket)) {
                series = index;
                break;
            }
        } else {
            const double distance = std::abs(row.upper.at(bucket) - value.y());
            if (series < 0 || distance < nearest) {
                series = index;
                nearest = distance;
            }
        }
    }
    if (m_table.stacked && series < 0) {
        series = -1; // above the stack: the whole bucket of the selection
    }
    emit drillDownRequested(
        bucketFilter(bucket, m_table.stacked ? series : (m_result.isComparison() ? series : -1)));
}

void ChartsView::lifecyclePointClicked(const QPointF &value)
{
    QChart *chart = m_chartView->chart();
    if (!m_hasResult || !chart) {
        return;
    }
    const QPointF clicked = chart->mapToPosition(value);
    std::int64_t best = 0;
    qreal bestDistance = 10; // pixels
    for (const SelectionChartData &selection : std::as_const(m_result.selections)) {
        for (const LifecycleAccount &account : selection.lifecycle.accounts) {
            if (!account.created.isValid()) {
                continue;
            }
            for (const QDate &tweeted : {account.firstTweet, account.lastTweet}) {
                if (!tweeted.isValid()) {
                    continue;
                }
                const QPointF point = chart->mapToPosition(
                    QPointF(ChartBuilder::axisValue(account.created), ChartBuilder::axisValue(tweeted)));
                const qreal distance = QLineF(point, clicked).length();
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = account.accountId;
                }
            }
        }
    }
    if (best > 0) {
        openLifecycleAccount(best);
    }
}

void ChartsView::openLifecycleAccount(std::int64_t accountId)
{
    TweetFilter filter = m_result.selections.constFirst().selection.filter;
    filter.accountIds = {accountId};
    emit drillDownRequested(filter);
}

std::int64_t ChartsView::lifecycleKeyboardAccount() const
{
    return m_lifecycleIndex >= 0 && m_lifecycleIndex < m_lifecycleOrder.size()
               ? m_lifecycleOrder.at(m_lifecycleIndex).accountId
               : 0;
}

void ChartsView::stepLifecycle(int index)
{
    if (m_lifecycleOrder.isEmpty()) {
        return;
    }
    m_lifecycleIndex = std::clamp(index, 0, int(m_lifecycleOrder.size()) - 1);
    const LifecycleAccount &account = m_lifecycleOrder.at(m_lifecycleIndex);
    const QString name =
        account.screenName.isEmpty() ? account.userid : QStringLiteral("@") + account.screenName;
    const QString text =
        tr("Account %1 of %2: %3, created %4, first tweet %5, last tweet %6 (Enter: its tweets)")
            .arg(m_lifecycleIndex + 1)
            .arg(m_lifecycleOrder.size())
            .arg(name, account.created.toString(Qt::ISODate), account.firstTweet.toString(Qt::ISODate),
                 account.lastTweet.toString(Qt::ISODate));
    m_statusLabel->setText(text);
    m_chartView->setAccessibleDescription(text);
    // Point at it where the chart draws its first tweet (Qt's tooltips take plain text made rich-safe).
    if (QChart *chart = m_chartView->chart()) {
        const QPointF at = chart->mapToPosition(
            QPointF(ChartBuilder::axisValue(account.created), ChartBuilder::axisValue(account.firstTweet)));
        QToolTip::showText(m_chartView->mapToGlobal(at.toPoint()),
                           QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()), m_chartView);
    }
}

bool ChartsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartView && event->type() == QEvent::KeyPress && m_hasResult &&
        m_result.options.type == ChartType::Lifecycle && !m_lifecycleOrder.isEmpty()) {
        const int last = int(m_lifecycleOrder.size()) - 1;
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
            stepLifecycle(m_lifecycleIndex < 0 ? 0 : m_lifecycleIndex + 1);
            return true;
        case Qt::Key_Left:
        case Qt::Key_Up:
            stepLifecycle(m_lifecycleIndex < 0 ? last : m_lifecycleIndex - 1);
            return true;
        case Qt::Key_Home:
            stepLifecycle(0);
            return true;
        case Qt::Key_End:
            stepLifecycle(last);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_lifecycleIndex >= 0) {
                openLifecycleAccount(m_lifecycleOrder.at(m_lifecycleIndex).accountId);
            } else {
                stepLifecycle(0);
            }
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartsView::hovered(const QPointF &value, const QPoint &globalPosition)
{
    if (!m_hasResult) {
        return;
    }
    if (m_result.options.type == ChartType::Lifecycle) {
        QToolTip::showText(globalPosition,
                           tr("Created %1, tweeting %2")
                               .arg(ChartBuilder::dateAt(value.x()).toString(Qt::ISODate),
                                    ChartBuilder::dateAt(value.y()).toString(Qt::ISODate)),
                           m_chartView);
        return;
    }
    if (m_table.buckets.isEmpty()) {
        return;
    }
    const QDate day = ChartBuilder::dateAt(value.x());
    const auto after = std::upper_bound(m_table.buckets.cbegin(), m_table.buckets.cend(), day);
    const int bucket = int(after - m_table.buckets.cbegin()) - 1;
    if (bucket < 0) {
        return;
    }
    const QDate start = m_table.buckets.at(bucket);
    const QDate end = ChartBuilder::bucketEnd(start, m_table.bucket).addDays(-1);
    QStringList lines;
    lines << (start == end ? start.toString(Qt::ISODate)
                           : tr("%1 to %2").arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate)));
    const bool percent = m_result.options.normalisation != ChartNormalisation::Absolute;
    for (const TimeTableSeries &row : std::as_const(m_table.series)) {
        if (row.counts.at(bucket) == 0) {
            continue;
        }
        lines << (percent ? tr("%1: %2 tweets (%3%)")
                                .arg(seriesDisplayName(row.name, row.breakdown),
                                     QLocale().toString(qlonglong(row.counts.at(bucket))),
                                     QLocale().toString(row.values.at(bucket), 'f', 2))
                          : tr("%1: %2 tweets")
                                .arg(seriesDisplayName(row.name, row.breakdown),
                                     QLocale().toString(qlonglong(row.counts.at(bucket)))));
        if (lines.size() > 12) {
            break;
        }
    }
    // Names come from the archive (languages, clients, hashtags): a tooltip starting with "<" would be read
    // as rich text, so the text is escaped into a plain-text paragraph.
    QString tip = QStringLiteral("<p style='white-space:pre'>") +
                  lines.join(QLatin1Char('\n')).toHtmlEscaped() + QStringLiteral("</p>");
    QToolTip::showText(globalPosition, tip, m_chartView);
}

void ChartsView::addCurrentToComparison()
{
    if (m_comparison->contains(m_selection.filter)) {
        m_statusLabel->setText(tr("%1 is already compared.").arg(m_selection.name));
        return;
    }
    m_comparison->add(m_selection);
}

void ChartsView::removeSelectedPin()
{
    const QModelIndex current = m_pins->currentIndex();
    m_comparison->remove(current.isValid() ? current.row() : m_comparison->rowCount() - 1);
}

void ChartsView::editEventMarkers()
{
    EventMarkerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_chartView->setMarkers(EventMarkers::all());
    }
}

QStringList ChartsView::captionLines(const QDateTime &exported) const
{
    QStringList lines;
    if (!m_hasResult) {
        return lines;
    }
    const ChartOptions &options = m_result.options;
    lines << ChartBuilder::title(m_result);
    lines << tr("Dataset: %1 · campaigns: %2")
                 .arg(m_result.cacheName,
                      m_result.campaignNames.isEmpty() ? tr("none") : m_result.campaignNames.join(tr(", ")));
    for (const SelectionChartData &selection : m_result.selections) {
        lines << (m_result.isComparison() ? tr("Compared selection: %1 · filters: %2")
                                          : tr("Selection: %1 · filters: %2"))
                     .arg(selection.selection.name, selection.selection.filter.describeFilters());
    }
    QStringList settings;
    if (options.type != ChartType::Lifecycle) {
        settings << tr("time zone %1").arg(QString::fromLatin1(options.timeZoneId));
    }
    if (options.isTimeChart()) {
        settings << tr("one %1 per bucket").arg(nameInSentence(bucketName(options.bucket)));
        const ActivityBreakdown breakdown = options.effectiveBreakdown(m_result.isComparison());
        if (breakdown != ActivityBreakdown::None) {
            settings << tr("stacked by %1 (the %2 largest, the rest as \u201cother\u201d)")
                            .arg(nameInSentence(breakdownName(breakdown)))
                            .arg(options.topSeries);
        } else if (m_result.isComparison()) {
            settings << tr("one line per compared selection, no breakdown");
        }
        settings << (options.style == ChartStyle::Bars ? tr("drawn as bars") : tr("drawn as lines"));
        switch (options.normalisation) {
        case ChartNormalisation::Absolute:
            settings << tr("values: tweets (absolute)");
            break;
        case ChartNormalisation::ShareOfTotal:
            settings << tr("values normalised: percent of each selection's total tweets");
            break;
        case ChartNormalisation::PerBucket:
            settings << (m_result.isComparison()
                             ? tr("values normalised: each selection's percent of the compared "
                                  "tweets in the bucket")
                             : tr("values normalised: percent of the bucket's tweets"));
            break;
        }
    } else if (options.type == ChartType::Rhythm) {
        settings << (options.normalisation == ChartNormalisation::Absolute
                         ? tr("cells: tweets per local weekday and hour")
                         : tr("cells: percent of each selection's tweets"));
        settings << tr("daylight saving applied at each tweet's instant");
    } else {
        settings << tr(
            "x: account creation date; y: first tweet (circles) and last tweet (squares), UTC dates");
    }
    lines << tr("Settings: %1").arg(settings.join(tr(" · ")));
    if (options.isTimeChart() && m_markers->isChecked()) {
        const QList<EventMarker> shown = m_chartView->visibleMarkers();
        if (!shown.isEmpty()) {
            int own = 0;
            for (const EventMarker &marker : shown) {
                own += marker.builtIn ? 0 : 1;
            }
            lines << tr("Event markers (dashed lines, labelled on the chart): %1 events from %2 to %3, %4 of "
                        "them "
                        "added by the user")
                         .arg(shown.size())
                         .arg(shown.constFirst().date.toString(Qt::ISODate),
                              shown.constLast().date.toString(Qt::ISODate))
                         .arg(own);
        }
    }
    lines << tr("Exported %1 UTC from Trove %2")
                 .arg(exported.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      QCoreApplication::applicationVersion());
    return lines;
}

std::unique_ptr<QWidget> ChartsView::createExportContent() const
{
    if (!m_hasResult) {
        return nullptr;
    }
    const QFont font = chartFont(true);
    if (m_result.options.type == ChartType::Rhythm) {
        auto heatmap = std::make_unique<HeatmapWidget>();
        heatmap->setFont(font);
        heatmap->setLight(true);
        heatmap->setGrids(m_heatmap->grids(), m_heatmap->isPercent());
        return heatmap;
    }
    ChartLook look;
    look.light = true;
    look.font = font;
    auto view = std::make_unique<TimeChartView>();
    view->setFont(font);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Qt::white);
    if (m_result.options.type == ChartType::Lifecycle) {
        view->setTimeChart(ChartBuilder::lifecycleChart(m_result, look));
        view->setMarkersVisible(false);
    } else {
        view->setTimeChart(ChartBuilder::timeChart(m_result, m_table, look));
        view->setMarkers(EventMarkers::all());
        view->setMarkersVisible(m_markers->isChecked());
        view->setXRange(m_chartView->xMinimum(), m_chartView->xMaximum());
    }
    return view;
}

bool ChartsView::exportTo(ExportFormat format, const QString &path, QString *error, const QSize &pixels,
                          int dpi)
{
    if (!m_hasResult) {
        *error = tr("There is no chart to export yet.");
        return false;
    }
    if (format == ExportFormat::Csv) {
        return ChartExporter::writeCsv(path, m_result, error);
    }
    const QStringList caption = captionLines(QDateTime::currentDateTimeUtc());
    std::unique_ptr<QWidget> content = createExportContent();
    const QString title = ChartBuilder::title(m_result);
    switch (format) {
    case ExportFormat::Png:
        return ChartExporter::writePng(path, content.get(), caption, pixels, dpi, error);
    case ExportFormat::Svg:
        return ChartExporter::writeSvg(path, content.get(), caption, pixels, title, error);
    case ExportFormat::Pdf:
        return ChartExporter::writePdf(path, content.get(), caption, title, error);
    case ExportFormat::Csv:
        break;
    }
    return false;
}

void ChartsView::showExportMenu()
{
    m_export->showMenu();
}

void ChartsView::chooseExport(ExportFormat format)
{
    if (!m_hasResult) {
        QMessageBox::information(this, tr("Export Chart"), tr("There is no chart to export yet."));
        return;
    }
    QSize pixels(1600, 1000);
    int dpi = 150;
    if (format == ExportFormat::Png) {
        ImageExportDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        pixels = dialog.pixelSize();
        dpi = dialog.dpi();
    }
    QString suffix;
    QString filter;
    switch (format) {
    case ExportFormat::Png:
        suffix = QStringLiteral("png");
        filter = tr("PNG images (*.png)");
        break;
    case ExportFormat::Svg:
        suffix = QStringLiteral("svg");
        filter = tr("SVG drawings (*.svg)");
        break;
    case ExportFormat::Pdf:
        suffix = QStringLiteral("pdf");
        filter = tr("PDF documents (*.pdf)");
        break;
    case ExportFormat::Csv:
        suffix = QStringLiteral("csv");
        filter = tr("CSV files (*.csv)");
        break;
    }
    const QString name =
        QStringLiteral("trove-chart-%1.%2")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                m_lastDirectory + QLatin1Char('/') + name, filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();
    QString error;
    if (exportTo(format, path, &error, pixels, dpi)) {
        m_statusLabel->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Export Chart"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

} // namespace trove
