#include "json_variant.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "ledger/json_fields.h"

namespace fg {

QVariant to_variant(const Json& value) {
  // Wrapped in an array so that scalars parse too.
  const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(Json::array({value}).dump()));
  return doc.array().at(0).toVariant();
}

QString json_text(const Json& object, const char* key) { return QString::fromStdString(string_at(object, key)); }

}  // namespace fg
