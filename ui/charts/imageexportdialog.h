#pragma once

#include <QDialog>

class QSpinBox;

namespace trove {

/** Asks for the pixel size and resolution of a PNG export of a chart. */
class ImageExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImageExportDialog(QWidget *parent = nullptr);

    QSize pixelSize() const;
    int dpi() const;
    void setPixelSize(const QSize &size);
    void setDpi(int dpi);

private:
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
};

} // namespace trove
