#pragma once
// Shape checks of case event bodies (docs/workflow.md): types of the keys present, allowed
// enumerated values, and the few keys an event cannot do without. The fold keeps an event that
// fails them, flagged with the returned reason, and does not apply it.
#include <string>

#include "ledger/event.h"

namespace fg {

// Empty when the body is acceptable for its type; otherwise one sentence naming the key.
std::string body_problem(const Event& e);

bool is_case_event_type(std::string_view type);

}  // namespace fg
