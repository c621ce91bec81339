#pragma once
// The case list page's body, apart from the app so that the benchmark (tests/bench/console_bench)
// renders exactly what a browser gets.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "cases/case_fold.h"
#include "console/case_query.h"
#include "console/console_data.h"
#include "console/html.h"

namespace fg::relay::console {

struct CaseListView {
  Lang lang = Lang::Zh;
  std::string zone;                // the fair's time zone
  std::vector<std::string> halls;  // the fair's halls (the configuration's)
  std::vector<StationRow> stations;
  std::int64_t now_ms = 0;                      // for the overdue filter
  const ReviewMarks* reviews = nullptr;         // each case's latest review mark
  std::map<std::string, std::string> officers;  // id -> name, the roster (the officer filter)
};

std::string case_list_body(const FoldResult& fold, const CaseQuery& q, const CaseListView& view);

}  // namespace fg::relay::console
