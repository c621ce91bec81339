#include "console/access_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "crypto/sha256.h"

namespace fg::relay::console {

namespace {

constexpr std::size_t kMaxLineBytes = 16 * 1024;
constexpr std::uintmax_t kRecentWindow = 4 * 1024 * 1024;

// The last `window` bytes of the file, cut to whole lines.
std::vector<std::string> tail_lines(const std::filesystem::path& file, std::uintmax_t window) {
  std::vector<std::string> lines;
  std::ifstream in(file, std::ios::binary);
  if (!in) return lines;
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(file, ec);
  if (ec) return lines;
  const std::uintmax_t start = size > window ? size - window : 0;
  in.seekg(static_cast<std::streamoff>(start));
  std::string line;
  if (start > 0) std::getline(in, line);  // a cut first line
  while (std::getline(in, line))
    if (!line.empty()) lines.push_back(line);
  return lines;
}

// The signed part of a line: everything but hash and sig.
std::string signed_bytes(Json line) {
  line.erase("hash");
  line.erase("sig");
  return canonical_dump(line);
}

}  // namespace

AccessLog::AccessLog(std::filesystem::path file, const KeyPair& key) : file_(std::move(file)), key_(key) {
  const auto lines = tail_lines(file_, 2 * kMaxLineBytes);
  if (lines.empty()) return;
  const auto last = parse_canonical(lines.back());
  if (!last || !last->contains("seq") || !last->contains("hash"))
    throw std::runtime_error(file_.string() +
                             ": its last line is damaged; keep the file as evidence, move it aside, "
                             "and start the console again");
  seq_ = (*last)["seq"].get<std::int64_t>();
  last_hash_ = (*last)["hash"].get<std::string>();
}

void AccessLog::record(const AccessEntry& e) {
  std::lock_guard lock(mutex_);
  Json line = {{"seq", seq_ + 1},       {"at", e.at},           {"user", e.user},
               {"role", e.role},        {"address", e.address}, {"action", e.action},
               {"case", e.case_number}, {"object", e.object},   {"prev", last_hash_}};
  const std::string bytes = canonical_dump(line);
  line["hash"] = sha256_hex(as_bytes(bytes));
  line["sig"] = to_hex(key_.sign(as_bytes(bytes)));
  const std::string text = canonical_dump(line) + "\n";
  if (text.size() > kMaxLineBytes) throw std::runtime_error("access log line too long");
  const int fd = ::open(file_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("cannot open " + file_.string() + ": " + std::strerror(errno));
  // One write of the whole line (O_APPEND), then fsync: the record is on disk before the
  // page or the file leaves.
  const ssize_t n = ::write(fd, text.data(), text.size());
  const bool ok = n == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  const int err = errno;
  ::close(fd);
  if (!ok) throw std::runtime_error("cannot append to " + file_.string() + ": " + std::strerror(err));
  ++seq_;
  last_hash_ = line["hash"].get<std::string>();
}

std::vector<Json> AccessLog::recent(std::size_t max, const std::string& case_number) const {
  std::vector<Json> out;
  const auto lines = tail_lines(file_, kRecentWindow);
  for (auto it = lines.rbegin(); it != lines.rend() && out.size() < max; ++it) {
    auto j = parse_canonical(*it);
    if (!j || !j->is_object()) continue;
    if (!case_number.empty() && !(j->contains("case") && (*j)["case"] == case_number)) continue;
    out.push_back(std::move(*j));
  }
  return out;
}

std::optional<std::string> verify_access_log(const std::filesystem::path& file, const PublicKey& bureau_key) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return "cannot read " + file.string();
  std::string line, prev = kAccessLogGenesis;
  std::int64_t n = 0;
  // One line's faults, nullopt when it is right; moves `prev` on to its hash.
  auto check_line = [&](const std::string& text) -> std::optional<std::string> {
    auto j = parse_canonical(text);
    if (!j || !j->is_object()) return "not canonical JSON";
    if (!j->contains("hash") || !(*j)["hash"].is_string() || !j->contains("sig") || !(*j)["sig"].is_string())
      return "no hash or signature";
    if (!j->contains("seq") || (*j)["seq"] != n) return "seq is not " + std::to_string(n);
    if (!j->contains("prev") || (*j)["prev"] != prev) return "prev does not name the line before";
    const std::string hash = (*j)["hash"].get<std::string>();
    const std::string bytes = signed_bytes(*j);
    if (sha256_hex(as_bytes(bytes)) != hash) return "hash does not match";
    const auto s = signature_from_hex((*j)["sig"].get<std::string>());
    if (!s || !verify_signature(bureau_key, as_bytes(bytes), *s)) return "bad signature";
    prev = hash;
    return std::nullopt;
  };
  while (std::getline(in, line)) {
    ++n;
    if (line.size() > kMaxLineBytes) return "line " + std::to_string(n) + ": too long";
    if (auto why = check_line(line)) return "line " + std::to_string(n) + ": " + *why;
  }
  return std::nullopt;
}

}  // namespace fg::relay::console
