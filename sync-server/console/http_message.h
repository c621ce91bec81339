#pragma once
// A request and a response as the console's handlers see them: plain strings, no Beast, so
// that the pages and the API compile apart from the (slow to compile) server.
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fg::relay::console {

struct HttpRequest {
  std::string method;                          // GET, POST, ...
  std::string target;                          // path and query as sent
  std::string peer;                            // client IP address
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? std::string() : it->second;
  }
};

// A file sent as a response's body in pieces, so that a large evidence file or bundle never
// sits whole in memory. A temporary one (a bundle written for this request) is removed when the
// last copy of the response goes; the server has opened it by then, and an open file outlives
// its name.
struct BodyFile {
  std::filesystem::path path;
  bool temporary = false;
  BodyFile(std::filesystem::path p, bool temp) : path(std::move(p)), temporary(temp) {}
  ~BodyFile();
  BodyFile(const BodyFile&) = delete;
  BodyFile& operator=(const BodyFile&) = delete;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;                                          // ignored when `file` is set
  std::shared_ptr<const BodyFile> file;                      // the body, read from disk as it is sent
  std::vector<std::pair<std::string, std::string>> headers;  // besides security_headers()
};

// A short plain-text answer (errors and refusals).
HttpResponse plain_text(int status, const std::string& text);

// Sent with every response, errors from the server itself included (docs/console.md,
// "Security choices"): no script at all is allowed except from the console itself, no
// framing, no sniffing, no referrer, no caching of evidence.
const std::vector<std::pair<std::string, std::string>>& security_headers();

// "%41" -> "A", "+" -> " "; malformed escapes are kept as they are.
std::string url_decode(std::string_view text);
// "a=1&b=2" (a query or a form body) into a map; the first of repeated names wins. At most
// kMaxFields fields are read.
inline constexpr std::size_t kMaxFields = 64;
std::map<std::string, std::string> parse_form(std::string_view text);
// A multipart/form-data body (a form with a file, RFC 7578) into name -> content; the first of
// repeated names wins, at most kMaxFields parts are read, and a body that does not follow the
// form (no boundary, a part without its end) gives what was read before it.
std::map<std::string, std::string> parse_multipart(std::string_view body, std::string_view content_type);
// The fields of a POST, by its Content-Type: multipart/form-data or a urlencoded form.
std::map<std::string, std::string> request_form(const HttpRequest& request);
// The path of a target, and its query parsed.
std::string target_path(std::string_view target);
std::map<std::string, std::string> target_query(std::string_view target);
// "a=1; b=2" (a Cookie header) into a map; the first of repeated names wins.
std::map<std::string, std::string> parse_cookies(std::string_view header);
// "%XX" for everything but unreserved characters: for values put into URLs.
std::string url_encode(std::string_view text);

}  // namespace fg::relay::console
