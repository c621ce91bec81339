#include "console/access_log.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "bundle/access_record.h"
#include "crypto/sha256.h"

namespace fg::relay::console {

namespace {

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

}  // namespace

AccessLog::AccessLog(std::filesystem::path file, const KeyPair& key) : file_(std::move(file)), key_(key) {
  read_head();
}

void AccessLog::read_head() {
  seq_ = 0;
  last_hash_ = kAccessLogGenesis;
  const auto lines = tail_lines(file_, 2 * kMaxAccessLineBytes);
  if (lines.empty()) return;
  const auto last = parse_canonical(lines.back());
  if (!last || !last->contains("seq") || !last->contains("hash"))
    throw AccessLogError(file_.string() +
                         ": its last line is damaged; keep the file as evidence, move it aside, "
                         "and start the console again");
  seq_ = (*last)["seq"].get<std::int64_t>();
  last_hash_ = (*last)["hash"].get<std::string>();
}

void AccessLog::record(const AccessEntry& e) {
  std::lock_guard lock(mutex_);
  const int fd = ::open(file_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) throw AccessLogError("cannot open " + file_.string() + ": " + std::strerror(errno));
  // One writer at a time across processes (serve's console, `export --case` at the shell): the
  // chain's head is read again under the lock, since another process may have added a line.
  // The lock goes with the descriptor at close.
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  if (::flock(fd, LOCK_EX) != 0) throw AccessLogError("cannot lock " + file_.string() + ": " + std::strerror(errno));
  read_head();
  Json line = {{"seq", seq_ + 1},       {"at", e.at},           {"user", e.user},
               {"role", e.role},        {"address", e.address}, {"action", e.action},
               {"case", e.case_number}, {"object", e.object},   {"prev", last_hash_}};
  const std::string bytes = canonical_dump(line);
  line["hash"] = sha256_hex(as_bytes(bytes));
  line["sig"] = to_hex(key_.sign(as_bytes(bytes)));
  const std::string text = canonical_dump(line) + "\n";
  if (text.size() > kMaxAccessLineBytes) throw AccessLogError("access log line too long");
  // One write of the whole line (O_APPEND), then fsync: the record is on disk before the
  // page or the file leaves.
  const off_t end = ::lseek(fd, 0, SEEK_END);
  const ssize_t n = ::write(fd, text.data(), text.size());
  const bool ok = n == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  const int err = errno;
  // A part of a line (a disk that filled mid-way) would end the chain in a damaged line: cut it.
  if (!ok && n > 0 && end >= 0) (void)::ftruncate(fd, end);
  if (!ok) throw AccessLogError("cannot append to " + file_.string() + ": " + std::strerror(err));
  ++seq_;
  last_hash_ = line["hash"].get<std::string>();
}

std::string case_access_lines(const std::filesystem::path& file, std::string_view case_number) {
  std::string out;
  std::ifstream in(file, std::ios::binary);
  if (!in) return out;  // no console has written one yet
  // Canonical lines hold the case as exactly this text: a cheap test before parsing.
  const std::string object = canonical_dump(Json{{"case", std::string(case_number)}});
  const std::string marker = object.substr(1, object.size() - 2);  // "case":"CF138-S01-0001"
  std::string line;
  for (std::size_t n = 0; std::getline(in, line) && n < kMaxAccessRecordLines;) {
    if (line.find(marker) == std::string::npos) continue;
    auto j = parse_canonical(line);
    if (!j || !j->is_object() || !j->contains("case") || (*j)["case"] != case_number) continue;
    out += line + "\n";
    ++n;
  }
  return out;
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
  // One line's faults (its own, bundle/access_record.h, then its place in the chain), nullopt
  // when it is right; moves `prev` on to its hash.
  auto check_line = [&](const std::string& text) -> std::optional<std::string> {
    Json j;
    if (auto bad = check_access_line(text, bureau_key, &j)) return bad;
    if (j["seq"] != n) return "seq is not " + std::to_string(n);
    if (j["prev"] != prev) return "prev does not name the line before";
    prev = j["hash"].get<std::string>();
    return std::nullopt;
  };
  while (std::getline(in, line)) {
    ++n;
    if (auto why = check_line(line)) return "line " + std::to_string(n) + ": " + *why;
  }
  return std::nullopt;
}

}  // namespace fg::relay::console
