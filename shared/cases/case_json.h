#pragma once
// The fold as JSON (snake_case keys as in docs/workflow.md), for exports, the relay's
// dashboard and reports; times stay ms UTC integers, absent timestamps are null.
#include "cases/case_fold.h"
#include "cases/case_queries.h"

namespace fg {

Json to_json(const TimelineEntry& t);
Json to_json(const Case& c);
Json to_json(const FoldResult& f);
Json to_json(const CaseSummary& s);

}  // namespace fg
