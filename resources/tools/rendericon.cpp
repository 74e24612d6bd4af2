// Renders the application icon's SVG to the PNG sizes of the freedesktop hicolor theme, at build time, so the
// repository holds only the hand-written SVG. Usage: rendericon SVG OUTPUT_DIR ICON_NAME SIZE…
// writes OUTPUT_DIR/<size>x<size>/apps/ICON_NAME.png for every SIZE.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s SVG OUTPUT_DIR ICON_NAME SIZE...\n", argv[0]);
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "rendericon: cannot read the SVG %s\n", argv[1]);
        return 1;
    }
    const QDir outputDir(QString::fromLocal8Bit(argv[2]));
    const QString iconName = QString::fromLocal8Bit(argv[3]);
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            std::fprintf(stderr, "rendericon: bad size %s\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString sizeName = QString::number(size) + QLatin1Char('x') + QString::number(size);
        const QString directory = outputDir.filePath(sizeName + QLatin1String("/apps"));
        const QString path = directory + QLatin1Char('/') + iconName + QLatin1String(".png");
        if (!QDir().mkpath(directory) || !image.save(path, "PNG")) {
            std::fprintf(stderr, "rendericon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
