#include "core/text/accountalias.h"

#include <QCryptographicHash>

#include <cstdint>

namespace trove {

QByteArray accountAlias(std::string_view userid)
{
    static const char Alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // no 0/O, 1/I/L
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(userid.data(), qsizetype(userid.size())), QCryptographicHash::Sha256);
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) {
        value = (value << 8) | static_cast<unsigned char>(digest[i]);
    }
    QByteArray alias("Anon-");
    for (int i = 0; i < 6; ++i) {
        alias.append(Alphabet[value % 31]);
        value /= 31;
    }
    return alias;
}

} // namespace trove
