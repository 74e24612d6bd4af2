#include "ui/charts/imageexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace trove {

ImageExportDialog::ImageExportDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("imageExportDialog"));
    setWindowTitle(tr("Export Chart as PNG"));
    auto *form = new QFormLayout(this);
    auto *presets = new QComboBox(this);
    presets->setObjectName(QStringLiteral("imagePresetCombo"));
    presets->setAccessibleName(tr("Size preset"));
    presets->addItem(tr("Custom"));
    presets->addItem(tr("Slide, 1920 × 1080 at 144 dpi"), QVariantList{1920, 1080, 144});
    presets->addItem(tr("Report page width, 2400 × 1500 at 300 dpi"), QVariantList{2400, 1500, 300});
    presets->addItem(tr("Web, 1200 × 750 at 96 dpi"), QVariantList{1200, 750, 96});
    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("imageWidthSpin"));
    m_width->setAccessibleName(tr("Width in pixels"));
    m_width->setRange(100, 20000);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(1600);
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("imageHeightSpin"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_height->setRange(100, 20000);
    m_height->setSuffix(tr(" px"));
    m_height->setValue(1000);
    m_dpi = new QSpinBox(this);
    m_dpi->setObjectName(QStringLiteral("imageDpiSpin"));
    m_dpi->setAccessibleName(tr("Resolution in dots per inch"));
    m_dpi->setRange(36, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(150);
    form->addRow(tr("&Preset:"), presets);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Resolution:"), m_dpi);
    auto *note =
        new QLabel(tr("Text keeps its printed size at the resolution chosen (a 9 pt label stays 9 pt "
                      "on paper) unless the chart would get less than 1,000 pixels across: then all of "
                      "it is drawn smaller."),
                   this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(presets, &QComboBox::activated, this, [this, presets](int index) {
        const QVariantList values = presets->itemData(index).toList();
        if (values.size() == 3) {
            m_width->setValue(values.at(0).toInt());
            m_height->setValue(values.at(1).toInt());
            m_dpi->setValue(values.at(2).toInt());
        }
    });
}

QSize ImageExportDialog::pixelSize() const
{
    return QSize(m_width->value(), m_height->value());
}

int ImageExportDialog::dpi() const
{
    return m_dpi->value();
}

void ImageExportDialog::setPixelSize(const QSize &size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ImageExportDialog::setDpi(int dpi)
{
    m_dpi->setValue(dpi);
}

} // namespace trove
