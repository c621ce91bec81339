// libFuzzer target: what a browser (or anyone on the bureau's network) sends the console before
// any check of who it is: the request target with its query, the Cookie header and a form body
// (sync-server/console/http_message.h, case_query.h). Beast parses the HTTP itself, with its own
// limits; these are the console's own readers. The input is split at its first two NUL bytes.
// Invariants: at most kMaxFields fields, and url_decode undoes url_encode for any text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "console/case_query.h"
#include "console/http_message.h"

namespace console = fg::relay::console;

namespace {
std::string_view next_part(std::string_view& rest) {
  const auto end = rest.find('\0');
  const std::string_view part = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  return part;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  const std::string_view target = next_part(rest);
  const std::string_view cookie = next_part(rest);
  const std::string_view body = rest;

  (void)console::target_path(target);
  const auto query = console::target_query(target);
  if (query.size() > console::kMaxFields) std::abort();
  if (const auto q = console::parse_case_query(query); q && (q->page == 0 || q->text.size() > console::kMaxQueryText))
    std::abort();
  const auto form = console::parse_form(body);
  if (form.size() > console::kMaxFields) std::abort();
  (void)console::parse_cookies(cookie);
  if (console::url_decode(console::url_encode(body)) != body) std::abort();
  return 0;
}
