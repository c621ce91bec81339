#include "case_details.h"

#include "cases/case.h"
#include "json_variant.h"

namespace fg {

QVariantMap case_sections(const Case& c) {
  return {{QStringLiteral("complainant"), to_variant(c.complainant)},
          {QStringLiteral("right"), to_variant(c.right)},
          {QStringLiteral("respondent"), to_variant(c.respondent)},
          {QStringLiteral("product"), to_variant(c.product)},
          {QStringLiteral("grounds"), to_variant(c.grounds)}};
}

}  // namespace fg
