#pragma once

#include "ui/charts/chartoptions.h"

#include <QRectF>
#include <QSize>
#include <QStringList>

class QPainter;
class QPaintDevice;
class QWidget;

namespace trove {

/**
 * Writes charts for reports: the one place where a chart is rendered onto a paint device, with its caption
 * (dataset, selection, filters, time zone, breakdown and normalisation, export date) drawn under it, and
 * where its numbers are written as CSV. The content widget is rendered as it is laid out at "screen"
 * size (96 dpi) and scaled to the device's resolution, so text keeps its size relative to the chart;
 * give it pixel-sized fonts (ChartsView::createExportContent() does) and the light look. GUI thread.
 */
class ChartExporter
{
public:
    /** Renders @p content and @p caption onto @p device (all of it, white background). */
    static bool render(QPaintDevice *device, QWidget *content, const QStringList &caption, QString *error);
    /** Renders into @p target (in @p painter's logical units), laid out at @p scale device pixels per px. */
    static void render(QPainter *painter, const QRectF &target, qreal scale, QWidget *content,
                       const QStringList &caption);

    /** A PNG of @p pixels at @p dpi (written into the file's pHYs metadata). */
    static bool writePng(const QString &path, QWidget *content, const QStringList &caption,
                         const QSize &pixels, int dpi, QString *error);
    /** An SVG of @p size px (96 dpi), with the caption as text. */
    static bool writeSvg(const QString &path, QWidget *content, const QStringList &caption, const QSize &size,
                         const QString &title, QString *error);
    /** A one-page PDF, A4 landscape at 300 dpi. */
    static bool writePdf(const QString &path, QWidget *content, const QStringList &caption,
                         const QString &title, QString *error);

    /** The chart's numbers as CSV text: buckets x series, weekday x hour, or one row per account. */
    static QString csv(const ChartResult &result);
    static bool writeCsv(const QString &path, const ChartResult &result, QString *error);
};

} // namespace trove
