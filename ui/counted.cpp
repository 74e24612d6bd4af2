#include "ui/counted.h"

#include <QLocale>

namespace trove {

namespace {

QLocale numberLocale()
{
    // The C locale omits group separators by default; counts in the millions need them.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QString counted(std::int64_t count, const QString &one, const QString &many)
{
    if (count == 1) {
        return one;
    }
    return many.arg(numberLocale().toString(qlonglong(count)));
}

} // namespace trove
