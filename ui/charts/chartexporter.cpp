#include "ui/charts/chartexporter.h"

#include "core/export/exportformat.h"
#include "ui/charts/chartbuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace trove {

namespace {

// One CSV field of text from the archive (series and account names), shaped as the tweet exports shape it
// for spreadsheets: quoted when it must be, and a leading character a spreadsheet would run as a formula
// neutralised with an apostrophe.
QString field(const QString &text)
{
    QByteArray out;
    appendCsvField(out, text, CsvDialect::Spreadsheet);
    return QString::fromUtf8(out);
}

QString number(double value)
{
    return QString::number(value, 'f', 4);
}

constexpr qreal CaptionPixelSize = 10;
constexpr qreal Margin = 12;

} // namespace

void ChartExporter::render(QPainter *painter, const QRectF &target, qreal scale, QWidget *content,
                           const QStringList &caption)
{
    painter->save();
    painter->fillRect(target, Qt::white);
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    const QSizeF logical(target.width() / scale, target.height() / scale);

    QFont font = content->font();
    font.setPixelSize(int(CaptionPixelSize));
    const QFontMetricsF metrics(font);
    const qreal textWidth = logical.width() - 2 * Margin;
    qreal captionHeight = 0;
    for (const QString &line : caption) {
        captionHeight +=
            metrics.boundingRect(QRectF(0, 0, textWidth, 10000), Qt::TextWordWrap, line).height();
    }
    captionHeight += caption.isEmpty() ? 0 : Margin;

    const QSize contentSize(int(logical.width()),
                            std::max(50, int(logical.height() - captionHeight - Margin)));
    content->resize(contentSize);
    if (!content->isVisible()) {
        content->setAttribute(Qt::WA_DontShowOnScreen);
        content->show();
    }
    // Charts lay out on posted layout requests: run those now, nothing else.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    content->render(painter, QPoint(0, 0), QRegion(0, 0, contentSize.width(), contentSize.height()),
                    QWidget::DrawChildren);

    painter->setFont(font);
    painter->setPen(QColor(40, 40, 40));
    qreal y = contentSize.height() + Margin / 2;
    painter->setPen(QColor(200, 200, 200));
    painter->drawLine(QPointF(Margin, y), QPointF(logical.width() - Margin, y));
    y += Margin / 2;
    painter->setPen(QColor(40, 40, 40));
    for (const QString &line : caption) {
        const QRectF box(Margin, y, textWidth, logical.height() - y);
        const QRectF used = metrics.boundingRect(QRectF(0, 0, textWidth, 10000), Qt::TextWordWrap, line);
        painter->drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, line);
        y += used.height();
    }
    painter->restore();
}

bool ChartExporter::render(QPaintDevice *device, QWidget *content, const QStringList &caption, QString *error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error) {
            *error = QCoreApplication::translate("trove::Charts", "Cannot paint onto the export target.");
        }
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Text keeps its physical size (the device's dpi over a screen's 96), unless that would leave the chart
    // less than 1000 px of room across: then everything is drawn smaller, alike.
    const qreal scale =
        std::clamp<qreal>(std::min(device->logicalDpiX() / 96.0, device->width() / 1000.0), 0.25, 20);
    render(&painter, QRectF(0, 0, device->width(), device->height()), scale, content, caption);
    return painter.end();
}

bool ChartExporter::writePng(const QString &path, QWidget *content, const QStringList &caption,
                             const QSize &pixels, int dpi, QString *error)
{
    if (pixels.width() < 100 || pixels.height() < 100 || pixels.width() > 20000 || pixels.height() > 20000) {
        *error = QCoreApplication::translate(
            "trove::Charts", "The image size must be between 100 and 20,000 pixels on each side.");
        return false;
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    if (!render(&image, content, caption, error)) {
        return false;
    }
    if (!image.save(path, "PNG")) {
        *error = QCoreApplication::translate("trove::Charts", "Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool ChartExporter::writeSvg(const QString &path, QWidget *content, const QStringList &caption,
                             const QSize &size, const QString &title, QString *error)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(title);
    generator.setDescription(caption.join(QLatin1Char('\n')));
    if (!render(&generator, content, caption, error)) {
        return false;
    }
    if (!QFile::exists(path)) {
        *error = QCoreApplication::translate("trove::Charts", "Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool ChartExporter::writePdf(const QString &path, QWidget *content, const QStringList &caption,
                             const QString &title, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Trove"));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    // Recorded first at screen resolution, then played onto the page, which scales a picture by the ratio of
    // the two resolutions: laid out straight onto the 300 dpi page, the chart's legend measured its text at
    // one resolution and drew it at another (it kept one item of two, without its marker). The recording
    // stays vector graphics.
    QPicture picture;
    const qreal scale = qreal(writer.logicalDpiX()) / picture.logicalDpiX();
    const QRectF logical(0, 0, writer.width() / scale, writer.height() / scale);
    QPainter recorder(&picture);
    recorder.setRenderHint(QPainter::Antialiasing);
    recorder.setRenderHint(QPainter::TextAntialiasing);
    render(&recorder, logical, 1.0, content, caption);
    recorder.end();
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error) {
            *error = QCoreApplication::translate("trove::Charts", "Cannot paint onto the export target.");
        }
        return false;
    }
    painter.drawPicture(0, 0, picture);
    return painter.end();
}

QString ChartExporter::csv(const ChartResult &result)
{
    QStringList lines;
    const ChartOptions &options = result.options;
    if (options.type == ChartType::Rhythm) {
        QStringList header{QStringLiteral("selection"), QStringLiteral("time_zone"),
                           QStringLiteral("weekday")};
        for (int hour = 0; hour < 24; ++hour) {
            header << QStringLiteral("h%1").arg(hour, 2, 10, QLatin1Char('0'));
        }
        lines << header.join(QLatin1Char(','));
        for (const SelectionChartData &selection : result.selections) {
            for (int weekday = 0; weekday < 7; ++weekday) {
                QStringList row{field(selection.selection.name),
                                QString::fromLatin1(selection.rhythm.timeZoneId),
                                QLocale::c().dayName(weekday + 1, QLocale::LongFormat)};
                for (int hour = 0; hour < 24; ++hour) {
                    row << QString::number(selection.rhythm.counts[size_t(weekday)][size_t(hour)]);
                }
                lines << row.join(QLatin1Char(','));
            }
        }
    } else if (options.type == ChartType::Lifecycle) {
        lines << QStringLiteral(
            "selection,account_id,userid,screen_name,category,created,first_tweet,last_tweet,"
            "tweets");
        for (const SelectionChartData &selection : result.selections) {
            for (const LifecycleAccount &account : selection.lifecycle.accounts) {
                lines << QStringList{field(selection.selection.name),
                                     QString::number(account.accountId),
                                     field(account.userid),
                                     field(account.screenName),
                                     field(account.category),
                                     account.created.toString(Qt::ISODate),
                                     account.firstTweet.toString(Qt::ISODate),
                                     account.lastTweet.toString(Qt::ISODate),
                                     QString::number(account.tweets)}
                             .join(QLatin1Char(','));
            }
        }
    } else {
        const TimeTable table = ChartBuilder::timeTable(result);
        const bool normalised = options.normalisation != ChartNormalisation::Absolute;
        QStringList header{QStringLiteral("bucket_start"), QStringLiteral("bucket_end")};
        for (const TimeTableSeries &series : table.series) {
            header << field(series.name);
        }
        if (normalised) {
            for (const TimeTableSeries &series : table.series) {
                header << field(series.name + QStringLiteral(" (%)"));
            }
        }
        lines << header.join(QLatin1Char(','));
        for (int index = 0; index < table.buckets.size(); ++index) {
            const QDate start = table.buckets.at(index);
            QStringList row{start.toString(Qt::ISODate),
                            ChartBuilder::bucketEnd(start, table.bucket).toString(Qt::ISODate)};
            for (const TimeTableSeries &series : table.series) {
                row << QString::number(series.counts.at(index));
            }
            if (normalised) {
                for (const TimeTableSeries &series : table.series) {
                    row << number(series.values.at(index));
                }
            }
            lines << row.join(QLatin1Char(','));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool ChartExporter::writeCsv(const QString &path, const ChartResult &result, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error =
            QCoreApplication::translate("trove::Charts", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(csv(result).toUtf8());
    if (!file.commit()) {
        *error =
            QCoreApplication::translate("trove::Charts", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace trove
