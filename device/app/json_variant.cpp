#include "json_variant.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fg {

QVariant to_variant(const Json& value) {
  // Wrapped in an array so that scalars parse too.
  const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(Json::array({value}).dump()));
  return doc.array().at(0).toVariant();
}

QString json_text(const Json& object, const char* key) {
  if (!object.is_object()) return {};
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

}  // namespace fg
