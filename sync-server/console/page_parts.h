#pragma once
// Small pieces the console's pages share: escaped table cells, times in the fair's zone, state
// names in the page's language.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cases/case_state.h"
#include "console/html.h"
#include "console/review_mark.h"

namespace fg::relay::console {

std::string cell(std::string_view text);
std::string head(Lang l, std::string_view english);
// Every time in the fair's zone, with its offset: "2025-10-16 14:05 CST (UTC+08:00)".
std::string local_time(std::int64_t ms, const std::string& zone);
std::string time_or(const std::optional<std::int64_t>& ms, const std::string& zone, std::string_view none);
// "notice served" in English, "已送达通知" in Chinese (the keys are the state names).
std::string state_name(Lang l, CaseState s);
// "Reviewed" / "Needs follow-up" in the page's language.
std::string review_mark_name(Lang l, ReviewMark m);
// <a href="url">text</a>, both escaped.
std::string link(const std::string& url, std::string_view text);

}  // namespace fg::relay::console
