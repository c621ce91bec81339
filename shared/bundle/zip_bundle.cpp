#include "bundle/zip_bundle.h"

#include <zip.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <set>
#include <stdexcept>

namespace fg {
namespace {

constexpr std::uint64_t kReadPiece = 256 * 1024;  // bytes unpacked per zip_fread of a large entry

std::string archive_error(zip_t* za) { return zip_strerror(za); }

std::string open_error(int code) {
  zip_error_t err;
  zip_error_init_with_code(&err, code);
  std::string text = zip_error_strerror(&err);
  zip_error_fini(&err);
  return text;
}

bool unsafe_name(const std::string& name, std::size_t max_bytes) {
  if (name.empty() || name.size() > max_bytes || name.front() == '/' || name.find('\\') != std::string::npos)
    return true;
  for (unsigned char c : name)
    if (c < 0x20 || c == 0x7f) return true;
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t end = std::min(name.find('/', start), name.size());
    const std::string part = name.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

ZipBundle::ZipBundle(const std::filesystem::path& file, const ZipLimits& limits) : limits_(limits) {
  int code = 0;
  archive_ = zip_open(file.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
  if (!archive_) throw std::runtime_error("cannot open " + file.string() + " as a zip: " + open_error(code));
  index_or_discard();
}

ZipBundle::ZipBundle(const std::string& zip_bytes, const ZipLimits& limits) : limits_(limits) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(zip_bytes.data(), zip_bytes.size(), 0, &err);
  if (!src) {
    const std::string text = zip_error_strerror(&err);
    zip_error_fini(&err);
    throw std::runtime_error("cannot read zip bytes: " + text);
  }
  archive_ = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!archive_) {
    const std::string text = zip_error_strerror(&err);
    zip_source_free(src);
    zip_error_fini(&err);
    throw std::runtime_error("not a readable zip: " + text);
  }
  zip_error_fini(&err);
  index_or_discard();
}

ZipBundle::~ZipBundle() {
  if (archive_) zip_discard(archive_);
}

// A refused zip throws from the constructor, where the destructor does not run: close it here.
void ZipBundle::index_or_discard() {
  try {
    index_names();
  } catch (...) {
    zip_discard(archive_);
    archive_ = nullptr;
    throw;
  }
}

void ZipBundle::index_names() {
  const zip_int64_t n = zip_get_num_entries(archive_, 0);
  if (n < 0 || static_cast<zip_uint64_t>(n) > limits_.entries)
    throw std::runtime_error("zip holds " + std::to_string(n) + " entries, more than the " +
                             std::to_string(limits_.entries) + " a bundle may have");
  std::set<std::string> seen;
  std::uint64_t total = 0;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
      throw std::runtime_error("zip entry " + std::to_string(i) + " has no readable name");
    std::string name = st.name;
    if (!name.empty() && name.back() == '/') continue;  // a folder entry added by a zip tool
    if (unsafe_name(name, limits_.name_bytes))
      throw std::runtime_error("zip entry name \"" + name.substr(0, 80) + "\" is not a safe relative path");
    if (!seen.insert(name).second) throw std::runtime_error("zip holds two entries named " + name);
    const std::uint64_t size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
    if (size > limits_.entry_bytes)
      throw std::runtime_error("zip entry " + name + " declares " + std::to_string(size) + " bytes, more than the " +
                               std::to_string(limits_.entry_bytes) + " allowed per file");
    total += size;
    if (total > limits_.total_bytes)
      throw std::runtime_error("zip entries declare more than " + std::to_string(limits_.total_bytes) +
                               " bytes in all, more than a bundle may hold");
    names_.push_back(std::move(name));
  }
  std::sort(names_.begin(), names_.end());
}

bool ZipBundle::contains(const std::string& name) const {
  return std::binary_search(names_.begin(), names_.end(), name);
}

template <typename Sink>
bool ZipBundle::stream(const std::string& name, std::uint64_t limit, Sink&& sink, std::string* why) const {
  auto fail = [&](std::string text) {
    if (why) *why = std::move(text);
    return false;
  };
  if (!contains(name)) return fail("no such file in the bundle");
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(archive_, name.c_str(), ZIP_FL_ENC_RAW, &st) != 0) return fail(archive_error(archive_));
  if ((st.valid & ZIP_STAT_SIZE) && st.size > limit)
    return fail("is " + std::to_string(st.size) + " bytes, more than the " + std::to_string(limit) + " allowed");
  // Never unpack more than the header declared: the bounds checked at open hold for what is read.
  const bool declared = st.valid & ZIP_STAT_SIZE;
  if (declared) limit = st.size;
  zip_file_t* f = zip_fopen(archive_, name.c_str(), ZIP_FL_ENC_RAW);
  if (!f) return fail(archive_error(archive_));
  // Sized to the entry (one byte over, to see it run past what it declared), unfilled: most
  // entries are small events, and a zeroed 1 MiB buffer each cost more than reading them.
  const std::size_t buf_size = static_cast<std::size_t>(std::min<std::uint64_t>(limit + 1, kReadPiece));
  const auto buf = std::make_unique_for_overwrite<char[]>(buf_size);
  std::uint64_t total = 0;
  for (;;) {
    const zip_int64_t got = zip_fread(f, buf.get(), buf_size);
    if (got < 0) {
      std::string text = zip_file_strerror(f);
      zip_fclose(f);
      return fail("damaged in the zip: " + text);
    }
    if (got == 0) break;
    total += static_cast<std::uint64_t>(got);
    if (total > limit) {
      zip_fclose(f);
      return fail(declared ? "unpacks to more than the " + std::to_string(limit) + " bytes its header declares"
                           : "is larger than the " + std::to_string(limit) + " bytes allowed");
    }
    sink(buf.get(), static_cast<std::size_t>(got));
  }
  if (const int rc = zip_fclose(f); rc != 0) return fail("damaged in the zip: " + open_error(rc));
  return true;
}

std::optional<std::string> ZipBundle::read(const std::string& name, std::string* why) const {
  std::string out;
  if (!stream(
          name, kMaxSmallFile, [&](const char* p, std::size_t n) { out.append(p, n); }, why))
    return std::nullopt;
  return out;
}

std::optional<Digest> ZipBundle::hash(const std::string& name, std::uint64_t* size, std::string* why) const {
  Sha256 h;
  std::uint64_t total = 0;
  auto sink = [&](const char* p, std::size_t n) {
    h.update(ByteView(reinterpret_cast<const std::uint8_t*>(p), n));
    total += n;
  };
  if (!stream(name, limits_.entry_bytes, sink, why)) return std::nullopt;
  if (size) *size = total;
  return h.finish();
}

std::optional<Digest> ZipBundle::extract(const std::string& name, const std::filesystem::path& file,
                                         std::uint64_t* size, std::string* why) const {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) {
    if (why) *why = "cannot write " + file.string();
    return std::nullopt;
  }
  Sha256 h;
  std::uint64_t total = 0;
  auto sink = [&](const char* p, std::size_t n) {
    out.write(p, static_cast<std::streamsize>(n));
    h.update(ByteView(reinterpret_cast<const std::uint8_t*>(p), n));
    total += n;
  };
  if (!stream(name, limits_.entry_bytes, sink, why)) return std::nullopt;
  out.flush();
  if (!out) {
    if (why) *why = "cannot write " + file.string();
    return std::nullopt;
  }
  if (size) *size = total;
  return h.finish();
}

void write_zip(const std::filesystem::path& out, const std::vector<ZipEntry>& entries, std::int64_t mtime_unix) {
  const std::filesystem::path temp = out.string() + ".partial";
  std::error_code ec;
  std::filesystem::remove(temp, ec);
  int code = 0;
  zip_t* za = zip_open(temp.c_str(), ZIP_CREATE | ZIP_EXCL, &code);
  if (!za) throw std::runtime_error("cannot create " + temp.string() + ": " + open_error(code));
  auto fail = [&](const std::string& what) {
    const std::string text = what + ": " + archive_error(za);
    zip_discard(za);
    std::filesystem::remove(temp, ec);
    throw std::runtime_error(text);
  };
  for (const ZipEntry& e : entries) {
    zip_source_t* src = e.file.empty() ? zip_source_buffer(za, e.data.data(), e.data.size(), 0)
                                       : zip_source_file(za, e.file.c_str(), 0, -1);
    if (!src) fail("cannot read " + (e.file.empty() ? e.name : e.file.string()));
    const zip_int64_t idx = zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(src);
      fail("cannot add " + e.name);
    }
    const auto i = static_cast<zip_uint64_t>(idx);
    if (zip_set_file_compression(za, i, e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0 ||
        zip_file_set_mtime(za, i, static_cast<time_t>(mtime_unix), 0) != 0)
      fail("cannot set up " + e.name);
  }
  if (zip_close(za) != 0) fail("cannot write " + out.string());
  std::filesystem::rename(temp, out, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    throw std::runtime_error("cannot move the zip into place as " + out.string() + ": " + ec.message());
  }
}

}  // namespace fg
