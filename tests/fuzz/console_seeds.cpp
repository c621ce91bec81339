// Seeds for fuzz_console: targets, cookies and forms as the console's pages send them.
#include <string>

#include "fuzz_seeds.h"

namespace {
std::string request(const std::string& target, const std::string& cookie, const std::string& body) {
  return target + '\0' + cookie + '\0' + body;
}
}  // namespace

std::vector<std::string> fuzz_seeds() {
  return {request("/cases?status=defence_open&q=booth%2011.2B05&page=2", "fg_session=" + std::string(64, 'a'), ""),
          request("/login", "", "csrf=" + std::string(64, 'b') + "&user=tom&password=s%C3%A9cret+word"),
          request("/api/v1/cases?page=999999999999999999999", "a=1; b=2; fg_session=x; fg_session=y", ""),
          request("/cases?q=%E5%B1%95%E4%BD%8D&status=", "fg_lang=zh_CN", "a&b=&=c&%zz=%4"),
          request("/cases/CF138-S01-0007", "", "csrf=x&reason=" + std::string(300, 'r'))};
}
