#include "case_access_policy.h"

#include "case_index.h"

namespace fg {

const Case* CaseAccessPolicy::find(const std::string& number) const {
  return casesHidden() ? nullptr : index_.find(number);
}

}  // namespace fg
