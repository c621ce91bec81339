#include "fairconfig/enrolment_payload.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <charconv>
#include <vector>

#include "crypto/bytes.h"
#include "crypto/sodium_init.h"
#include "codes/base32.h"

namespace fg {

namespace {

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> check_fair_id(std::string_view id) {
  if (id.empty() || id.size() > 32) return "fair id must be 1 to 32 characters";
  if (!std::all_of(id.begin(), id.end(), [](char c) { return is_alnum(c) || c == '_' || c == '-'; }))
    return "fair id may hold only letters A-Z a-z, digits, '_' and '-'";
  return std::nullopt;
}

std::optional<std::string> check_host(std::string_view host) {
  if (host.empty() || host.size() > 253) return "host must be 1 to 253 characters";
  if (host.find(':') != std::string_view::npos) {
    // IPv6: hex digits, ':' and '.' (for an embedded IPv4 tail); inet_pton-level checks are
    // left to the resolver, the shape is enough to keep the payload unambiguous.
    if (!std::all_of(host.begin(), host.end(),
                     [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.'; }))
      return "IPv6 host may hold only hex digits, ':' and '.'";
    return std::nullopt;
  }
  for (std::string_view label : split(host, '.')) {
    if (label.empty() || label.size() > 63) return "host has an empty or over-long name part";
    if (label.front() == '-' || label.back() == '-') return "host name parts may not start or end with '-'";
    if (!std::all_of(label.begin(), label.end(), [](char c) { return is_alnum(c) || c == '-'; }))
      return "host may hold only letters, digits, '-' and '.' (or be an IPv6 address)";
  }
  return std::nullopt;
}

std::optional<std::string> check_enrolment_token(std::string_view token) {
  if (token.size() != kEnrolmentTokenChars)
    return "token must be " + std::to_string(kEnrolmentTokenChars) + " characters, got " + std::to_string(token.size());
  if (!std::all_of(token.begin(), token.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'); }))
    return "token may hold only A-Z and 2-7 (base32)";
  return std::nullopt;
}

std::string EnrolmentPayload::to_text() const {
  const bool v6 = host.find(':') != std::string::npos;
  std::string out(kEnrolmentPrefix);
  out += v6 ? "[" + host + "]" : host;
  out += ":" + std::to_string(port) + ":" + cert_sha256 + ":" + fair + ":" + token;
  return out;
}

ParsedEnrolment parse_enrolment_payload(std::string_view text) {
  ParsedEnrolment out;
  auto fail = [&](std::string why) {
    out.error = std::move(why);
    return out;
  };
  if (text.size() > kMaxEnrolmentPayloadBytes)
    return fail("enrolment code is " + std::to_string(text.size()) + " characters, more than the " +
                std::to_string(kMaxEnrolmentPayloadBytes) + " a FairGuard enrolment code can have");
  // Scanners and terminals may add a trailing newline.
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
  if (!text.starts_with(kEnrolmentPrefix)) {
    if (text.starts_with("FGE")) return fail("enrolment code of an unsupported version (this app reads FGE1)");
    return fail("not a FairGuard enrolment code (it must start with FGE1:)");
  }
  text.remove_prefix(kEnrolmentPrefix.size());

  EnrolmentPayload p;
  // The host may hold ':' (IPv6 in brackets); the other four fields never do.
  if (text.starts_with("[")) {
    const auto close = text.find(']');
    if (close == std::string_view::npos) return fail("IPv6 host lacks its closing ']'");
    p.host = std::string(text.substr(1, close - 1));
    text.remove_prefix(close + 1);
    if (!text.starts_with(":")) return fail("expected ':' after the IPv6 host");
    text.remove_prefix(1);
    if (p.host.find(':') == std::string::npos) return fail("only IPv6 addresses go in brackets");
  } else {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) return fail("enrolment code is cut short after the host");
    p.host = std::string(text.substr(0, colon));
    text.remove_prefix(colon + 1);
  }
  if (auto why = check_host(p.host)) return fail(*why);

  const auto rest = split(text, ':');
  if (rest.size() != 4)
    return fail("enrolment code must have 6 ':'-separated fields (FGE1, host, port, fingerprint, fair, token)");
  unsigned port = 0;
  const auto [end, ec] = std::from_chars(rest[0].data(), rest[0].data() + rest[0].size(), port);
  if (ec != std::errc() || end != rest[0].data() + rest[0].size() || port == 0 || port > 65535 ||
      rest[0].starts_with("0"))
    return fail("port '" + std::string(rest[0]) + "' is not a number from 1 to 65535");
  p.port = static_cast<std::uint16_t>(port);

  p.cert_sha256 = std::string(rest[1]);
  auto fp = from_hex(p.cert_sha256);
  if (!fp || fp->size() != 32) return fail("certificate fingerprint must be 64 lowercase hex characters");

  p.fair = std::string(rest[2]);
  if (auto why = check_fair_id(p.fair)) return fail(*why);
  p.token = std::string(rest[3]);
  if (auto why = check_enrolment_token(p.token)) return fail(*why);
  out.payload = std::move(p);
  return out;
}

std::string new_enrolment_token() {
  ensure_sodium();
  std::array<std::uint8_t, 16> random{};
  randombytes_buf(random.data(), random.size());
  return to_base32(random);
}

}  // namespace fg
