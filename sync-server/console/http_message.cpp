#include "console/http_message.h"

#include <cctype>

namespace fg::relay::console {

BodyFile::~BodyFile() {
  if (!temporary) return;
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
}

HttpResponse plain_text(int status, const std::string& text) {
  HttpResponse r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.body = text + "\n";
  return r;
}

const std::vector<std::pair<std::string, std::string>>& security_headers() {
  static const std::vector<std::pair<std::string, std::string>> headers = {
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-store"},
      {"Strict-Transport-Security", "max-age=31536000"},
  };
  return headers;
}

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}
}  // namespace

std::string url_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::map<std::string, std::string> parse_form(std::string_view text) {
  std::map<std::string, std::string> out;
  std::size_t fields = 0;
  while (!text.empty() && fields < kMaxFields) {
    const auto amp = text.find('&');
    const std::string_view pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
    if (pair.empty()) continue;
    ++fields;
    const auto eq = pair.find('=');
    out.try_emplace(url_decode(pair.substr(0, eq)),
                    eq == std::string_view::npos ? std::string() : url_decode(pair.substr(eq + 1)));
  }
  return out;
}

namespace {

// The value of `name=` in a header's parameters ("multipart/form-data; boundary=xyz",
// "form-data; name=\"csv\""), unquoted; empty if absent.
std::string header_parameter(std::string_view header, std::string_view name) {
  std::size_t at = 0;
  for (int i = 0; i < static_cast<int>(kMaxFields); ++i) {
    const auto semi = header.find(';', at);
    if (semi == std::string_view::npos) return {};
    at = semi + 1;
    const std::string_view rest = trim(header.substr(at));
    if (!rest.starts_with(name) || rest.substr(name.size(), 1) != "=") continue;
    std::string_view value = rest.substr(name.size() + 1);
    if (value.starts_with('"')) {
      const auto close = value.find('"', 1);
      return close == std::string_view::npos ? std::string() : std::string(value.substr(1, close - 1));
    }
    return std::string(trim(value.substr(0, value.find(';'))));
  }
  return {};
}

}  // namespace

std::map<std::string, std::string> parse_multipart(std::string_view body, std::string_view content_type) {
  std::map<std::string, std::string> out;
  const std::string boundary = header_parameter(content_type, "boundary");
  if (boundary.empty() || boundary.size() > 200) return out;
  const std::string delimiter = "--" + boundary, next_part = "\r\n" + delimiter;
  if (!body.starts_with(delimiter)) return out;
  std::size_t at = delimiter.size();
  for (std::size_t parts = 0; parts < kMaxFields; ++parts) {
    if (body.substr(at, 2) != "\r\n") break;  // "--" ends the body; anything else is malformed
    const auto headers_end = body.find("\r\n\r\n", at);
    const auto content_end = body.find(next_part, at);
    if (headers_end == std::string_view::npos || content_end == std::string_view::npos || headers_end > content_end)
      break;
    std::string name;
    for (std::string_view headers = body.substr(at + 2, headers_end - at - 2); !headers.empty();) {
      const auto eol = headers.find("\r\n");
      const std::string_view line = headers.substr(0, eol);
      headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + 2);
      const auto colon = line.find(':');
      if (colon == std::string_view::npos) continue;
      std::string key(trim(line.substr(0, colon)));
      for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (key == "content-disposition") name = header_parameter(line.substr(colon + 1), "name");
    }
    out.try_emplace(name, body.substr(headers_end + 4, content_end - headers_end - 4));
    at = content_end + next_part.size();
  }
  return out;
}

std::map<std::string, std::string> request_form(const HttpRequest& request) {
  const std::string type = request.header("content-type");
  if (type.starts_with("multipart/form-data")) return parse_multipart(request.body, type);
  return parse_form(request.body);
}

std::string target_path(std::string_view target) { return std::string(target.substr(0, target.find('?'))); }

std::map<std::string, std::string> target_query(std::string_view target) {
  const auto q = target.find('?');
  return q == std::string_view::npos ? std::map<std::string, std::string>() : parse_form(target.substr(q + 1));
}

std::map<std::string, std::string> parse_cookies(std::string_view header) {
  std::map<std::string, std::string> out;
  std::size_t fields = 0;
  while (!header.empty() && fields++ < kMaxFields) {
    const auto semi = header.find(';');
    const std::string_view pair = trim(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    out.try_emplace(std::string(trim(pair.substr(0, eq))), std::string(trim(pair.substr(eq + 1))));
  }
  return out;
}

std::string url_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace fg::relay::console
