#pragma once

#include <QColor>

namespace trove {

/**
 * Colour contrast as the Web Content Accessibility Guidelines measure it (WCAG 2.1, "contrast ratio"):
 * text on a coloured badge must reach 4.5:1 to be read by people with low vision and on a projector.
 */
namespace Contrast {

/** The relative luminance of @p color, 0 (black) to 1 (white), from its sRGB components. */
double relativeLuminance(const QColor &color);

/** (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 (same) to 21 (black on white). */
double ratio(const QColor &first, const QColor &second);

/** Black or white, whichever contrasts more with @p background. */
QColor readableTextOn(const QColor &background);

} // namespace Contrast

} // namespace trove
