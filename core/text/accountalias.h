#pragma once

#include <QByteArray>

#include <string_view>

namespace trove {

/**
 * The stable readable alias of a hashed account ("Anon-7KQ2XF"): the first 64 bits of the SHA-256 of its
 * userid as six base-31 digits of an alphabet without look-alikes (no 0/O, 1/I/L). The same on every
 * machine, so people can cite it; computed by the importer and stored in accounts.alias.
 */
QByteArray accountAlias(std::string_view userid);

} // namespace trove
