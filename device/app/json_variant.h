#pragma once
// nlohmann::json <-> QVariant for handing fold data to QML.
#include <QString>
#include <QVariant>

#include "ledger/canonical.h"

namespace fg {

QVariant to_variant(const Json& value);
// The string at `key` of an object, or empty.
QString json_text(const Json& object, const char* key);

}  // namespace fg
