// Tests for fg::BlobStore: what the station and the relay rely on when they keep evidence
// files by hash.
#include "blobs/blob_store.h"

#include <signal.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "blob_test_support.h"
#include "peak_memory.h"
#include "support/run_command.h"

namespace fs = std::filesystem;
using namespace fg;
using namespace fg::test;
using Catch::Matchers::Contains;

namespace {

std::string sha256sum_of(const fs::path& file) {
  const std::string command = "sha256sum '" + file.string() + "'";
  std::string out;
  REQUIRE(run_command(command, &out) == 0);
  REQUIRE(!out.empty());
  return out.substr(0, 64);
}

// Every regular file below `root` (blobs, temp files, partials).
std::vector<fs::path> files_under(const fs::path& root) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file()) found.push_back(entry.path());
  return found;
}

std::size_t entries_in(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

// Checks one damaged copy is refused by both read() and verify(), with the reason given.
void require_refused(const BlobStore& store, const std::string& hash, const std::string& reason) {
  std::ostringstream out;
  std::string why_read, why_verify;
  REQUIRE_FALSE(store.read(hash, out, &why_read));
  REQUIRE_FALSE(store.verify(hash, &why_verify));
  REQUIRE_THAT(why_read, Contains(reason) && Contains(hash));
  REQUIRE_THAT(why_verify, Contains(reason));
}

constexpr std::size_t kMiB = std::size_t{1} << 20;

}  // namespace

TEST_CASE("a blob put as bytes, a stream or a file reads back identical, under its hash", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path() / "blobs");
  const Bytes data = pseudo_random_bytes(3 * kMiB + 7, 1);  // spans several 1 MiB pieces
  const std::string expected = sha256_hex(data);

  const BlobInfo info = store.put(data);
  CHECK(info.hash == expected);
  CHECK(info.size == data.size());
  CHECK(store.path_of(expected) == dir.path() / "blobs" / expected.substr(0, 2) / expected);
  CHECK(store.contains(expected));
  CHECK(store.size(expected) == data.size());

  std::ostringstream out;
  std::string why;
  REQUIRE(store.read(expected, out, &why));
  const std::string copy = out.str();
  CHECK(Bytes(copy.begin(), copy.end()) == data);

  std::istringstream in(std::string(data.begin(), data.end()));
  CHECK(store.put(in).hash == expected);
  const fs::path exported = dir.path() / "photo.jpg";
  write_whole(exported, data);
  CHECK(store.put_file(exported).hash == expected);

  const BlobInfo empty = store.put(Bytes{});
  CHECK(empty.hash == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(store.verify(empty.hash));
  CHECK(entries_in(dir.path() / "blobs" / "tmp") == 0);
}

TEST_CASE("a stored file's name is what sha256sum prints for it", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path());
  const BlobInfo info = store.put(pseudo_random_bytes(100'000, 2));
  const fs::path file = store.path_of(info.hash);
  CHECK(sha256sum_of(file) == info.hash);
  CHECK(file.filename() == info.hash);
  CHECK((fs::status(file).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read));
}

TEST_CASE("putting a blob that is already stored changes nothing and leaves no temp file", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path());
  const Bytes data = pseudo_random_bytes(5000, 3);
  const BlobInfo first = store.put(data);
  struct stat before {};
  REQUIRE(::stat(store.path_of(first.hash).c_str(), &before) == 0);

  CHECK(store.put(data).hash == first.hash);
  struct stat after {};
  REQUIRE(::stat(store.path_of(first.hash).c_str(), &after) == 0);
  CHECK(after.st_ino == before.st_ino);  // the stored file was not replaced
  CHECK(entries_in(dir.path() / "tmp") == 0);
  CHECK(files_under(dir.path()).size() == 1);
}

TEST_CASE("flipping any single byte of a small blob is detected by read and verify", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path());
  const Bytes data = pseudo_random_bytes(257, 4);
  const std::string hash = store.put(data).hash;
  const fs::path file = store.path_of(hash);
  for (std::uint64_t position = 0; position < data.size(); ++position) {
    INFO("flipped byte " << position);
    REQUIRE(flip_byte(file, position));
    require_refused(store, hash, "damaged");
    REQUIRE(flip_byte(file, position));  // restore
  }
  CHECK(store.verify(hash));
}

TEST_CASE("flipping a byte anywhere in a multi-piece blob is detected", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path());
  const Bytes data = pseudo_random_bytes(2 * kMiB + 12345, 5);
  const std::string hash = store.put(data).hash;
  const fs::path file = store.path_of(hash);
  const std::uint64_t last = data.size() - 1;
  // Both ends, both sides of each 1 MiB piece boundary, and spread positions in between.
  std::vector<std::uint64_t> positions{0, 1, kMiB - 1, kMiB, 2 * kMiB - 1, 2 * kMiB, last - 1, last};
  for (std::uint64_t p = 4099; p < data.size(); p += 181'081) positions.push_back(p);
  for (const std::uint64_t position : positions) {
    INFO("flipped byte " << position);
    REQUIRE(flip_byte(file, position));
    require_refused(store, hash, "damaged");
    REQUIRE(flip_byte(file, position));
  }
  CHECK(store.verify(hash));
}

TEST_CASE("a truncated blob is detected", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path());
  const Bytes data = pseudo_random_bytes(kMiB + 10, 6);
  const std::string hash = store.put(data).hash;
  for (const std::uint64_t keep : {data.size() - 1, std::uint64_t{kMiB}, std::uint64_t{0}}) {
    INFO("truncated to " << keep);
    fs::resize_file(store.path_of(hash), keep);
    require_refused(store, hash, "damaged");
  }
  // Putting the original again repairs the damaged copy.
  CHECK(store.put(data).hash == hash);
  CHECK(store.verify(hash));
}

TEST_CASE("a missing blob is reported as missing", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path());
  const std::string hash = sha256_hex(as_bytes("never stored"));
  CHECK_FALSE(store.contains(hash));
  CHECK_FALSE(store.size(hash));
  require_refused(store, hash, "missing");
}

TEST_CASE("names that are not a lowercase SHA-256 never become paths", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path() / "store");
  const std::string good = sha256_hex(as_bytes("x"));
  std::string upper = good;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const std::string escape = "../../" + std::string(58, 'a');  // 64 characters
  for (const std::string& bad :
       {escape, upper, good.substr(1), good + "0", std::string("ab/") + good.substr(3), std::string()}) {
    INFO("name " << bad);
    CHECK_THROWS_AS(store.path_of(bad), std::invalid_argument);
    CHECK_FALSE(store.contains(bad));
    CHECK_FALSE(store.size(bad));
    std::ostringstream out;
    std::string why;
    CHECK_FALSE(store.read(bad, out, &why));
    CHECK_THAT(why, Contains("not a blob name"));
    CHECK_FALSE(store.verify(bad));
    CHECK_THROWS_AS(store.partial_size(bad), std::invalid_argument);
    CHECK_THROWS_AS(store.append_partial(bad, 0, as_bytes("data")), std::invalid_argument);
    CHECK_FALSE(store.commit_partial(bad));
  }
  CHECK(files_under(dir.path()).empty());
}

TEST_CASE("an input stream that failed before reading is refused, not stored as empty", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path());
  std::ifstream not_opened(dir.path() / "no-such-file");
  CHECK_THROWS_WITH(store.put(not_opened), Contains("not readable"));
  CHECK_THROWS_WITH(store.put_file(dir.path() / "no-such-file"), Contains("No such file"));
  CHECK(files_under(dir.path()).empty());
}

TEST_CASE("a full disk is a clear error, leaves nothing behind, and the store works afterwards", "[blobs]") {
  TempDir dir;
  const fs::path root = dir.path() / "blobs";
  { BlobStore make(root); }
  const Bytes data = pseudo_random_bytes(3 * kMiB, 7);
  const std::string hash = sha256_hex(data);

  // The child may write at most 256 KiB per file; SIGXFSZ ignored turns that into EFBIG.
  const ChildResult child = run_in_child([&](std::ostream& report) {
    const rlimit limit{256 * 1024, 256 * 1024};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0 || ::signal(SIGXFSZ, SIG_IGN) == SIG_ERR) return 2;
    BlobStore store(root);
    int failures = 0;
    try {
      store.put(data);
    } catch (const std::runtime_error& e) {
      report << "put: " << e.what() << "\n";
      ++failures;
    }
    try {
      GeneratedSource source(3 * kMiB, 8);
      std::istream in(&source);
      store.put(in);
    } catch (const std::runtime_error& e) {
      report << "stream: " << e.what() << "\n";
      ++failures;
    }
    try {
      store.append_partial(hash, 0, data);
    } catch (const std::runtime_error& e) {
      report << "partial: " << e.what() << "\n";
      ++failures;
    }
    return failures == 3 ? 0 : 1;
  });
  INFO(child.report);
  REQUIRE(child.exit_code == 0);
  const std::string too_large = std::strerror(EFBIG);
  CHECK_THAT(child.report, Contains("put: blob store: cannot write " + (root / "tmp").string()) &&
                               Contains("stream: blob store: cannot write") && Contains(too_large));
  CHECK_THAT(child.report, Contains("partial: blob store: cannot write " + (root / "partial" / hash).string()));

  // Nothing under any hash name, nothing in tmp/, and the partial is back at its last whole chunk.
  for (const fs::path& file : files_under(root)) CHECK(file.parent_path() == root / "partial");
  CHECK(entries_in(root / "tmp") == 0);
  BlobStore store(root);
  CHECK(store.partial_size(hash) == 0);
  CHECK_FALSE(store.contains(hash));

  CHECK(store.put(data).hash == hash);
  CHECK(store.verify(hash));
}

TEST_CASE("temp files left by a killed writer are removed at open, a live writer's are kept", "[blobs]") {
  TempDir dir;
  const fs::path root = dir.path();
  { BlobStore make(root); }
  write_whole(root / "tmp" / "put-dead01", pseudo_random_bytes(1000, 9));
  write_whole(root / "tmp" / "put-dead02", Bytes{});
  fs::create_directories(root / "tmp" / "odd-folder" / "inner");
  const fs::path live = root / "tmp" / "put-live01";
  write_whole(live, pseudo_random_bytes(10, 10));
  const int live_fd = ::open(live.c_str(), O_RDONLY | O_CLOEXEC);
  REQUIRE(live_fd >= 0);
  REQUIRE(::flock(live_fd, LOCK_EX) == 0);  // as a writer in another BlobStore holds it

  BlobStore store(root);
  CHECK(entries_in(root / "tmp") == 1);
  CHECK(fs::exists(live));
  ::close(live_fd);

  BlobStore reopened(root);
  CHECK(entries_in(root / "tmp") == 0);
  const std::string hash = reopened.put(as_bytes("after a crash")).hash;
  CHECK(reopened.verify(hash));
}

TEST_CASE("a resumable upload survives a restart in the middle and commits", "[blobs]") {
  TempDir dir;
  const Bytes data = pseudo_random_bytes(2 * kMiB + 999, 11);
  const std::string hash = sha256_hex(data);
  const std::size_t chunk = 300'000;
  std::size_t sent = 0;
  {
    BlobStore store(dir.path());
    CHECK(store.partial_size(hash) == 0);
    while (sent < data.size() / 2) {
      const std::size_t n = std::min(chunk, data.size() - sent);
      store.append_partial(hash, sent, ByteView(data).subspan(sent, n));
      sent += n;
    }
  }
  BlobStore restarted(dir.path());  // a new process: it asks where to resume
  REQUIRE(restarted.partial_size(hash) == sent);
  CHECK_FALSE(restarted.contains(hash));
  while (sent < data.size()) {
    const std::size_t n = std::min(chunk, data.size() - sent);
    restarted.append_partial(hash, restarted.partial_size(hash), ByteView(data).subspan(sent, n));
    sent += n;
  }
  std::string why;
  REQUIRE(restarted.commit_partial(hash, &why));
  CHECK(restarted.partial_size(hash) == 0);
  CHECK(restarted.size(hash) == data.size());
  std::ostringstream out;
  REQUIRE(restarted.read(hash, out));
  CHECK(out.str() == std::string(data.begin(), data.end()));
  CHECK_FALSE(restarted.commit_partial(hash, &why));
  CHECK_THAT(why, Contains("no partial upload"));
}

TEST_CASE("a chunk at the wrong offset is refused, naming the offset expected", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path());
  const Bytes data = pseudo_random_bytes(1000, 12);
  const std::string hash = sha256_hex(data);
  store.append_partial(hash, 0, ByteView(data).first(400));
  CHECK_THROWS_WITH(store.append_partial(hash, 500, ByteView(data).subspan(500)),
                    Contains("must start at offset 400") && Contains("not 500"));
  CHECK_THROWS_WITH(store.append_partial(hash, 0, ByteView(data).first(400)), Contains("offset 400"));
  CHECK(store.partial_size(hash) == 400);  // the refused chunks changed nothing
  store.append_partial(hash, 400, ByteView(data).subspan(400));
  CHECK(store.commit_partial(hash));
  CHECK(store.verify(hash));
}

TEST_CASE("a partial whose bytes do not match its hash is refused at commit and deleted", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path());
  const Bytes data = pseudo_random_bytes(5000, 13);
  const std::string hash = sha256_hex(data);
  Bytes altered = data;
  altered[4321] ^= 0x01;
  store.append_partial(hash, 0, altered);

  std::string why;
  CHECK_FALSE(store.commit_partial(hash, &why));
  CHECK_THAT(why, Contains("does not match") && Contains(sha256_hex(altered)) && Contains("offset 0"));
  CHECK(store.partial_size(hash) == 0);
  CHECK_FALSE(store.contains(hash));
  CHECK(files_under(dir.path()).empty());

  SECTION("a short partial is refused too") {
    store.append_partial(hash, 0, ByteView(data).first(4999));
    CHECK_FALSE(store.commit_partial(hash, &why));
    CHECK_FALSE(store.contains(hash));
  }
}

TEST_CASE("a 50 MB blob streams in and out without being held in memory", "[blobs]") {
  TempDir dir;
  constexpr std::uint64_t size = 50'000'000;
  const ChildResult child = run_in_child([&](std::ostream& report) {
    BlobStore store(dir.path());
    reset_peak_memory();
    const long before = peak_memory_kib();

    GeneratedSource source(size, 14);
    std::istream in(&source);
    const BlobInfo info = store.put(in);
    HashingSink sink;
    std::ostream out(&sink);
    std::string why;
    const bool read_ok = store.read(info.hash, out, &why);
    const long streamed = peak_memory_kib() - before;

    // Control: holding the blob whole does show up in the measurement.
    std::string whole(size, '\0');
    for (std::size_t i = 0; i < whole.size(); i += 4096) whole[i] = static_cast<char>(i);
    const long held = peak_memory_kib() - before;

    report << "streamed_kib " << streamed << " held_kib " << held << " size " << info.size << " " << why;
    const bool same = info.hash == source.produced_hash() && info.hash == sink.hash() && sink.size() == size;
    return read_ok && same && info.size == size && whole[4096] == static_cast<char>(4096) ? 0 : 1;
  });
  INFO(child.report);
  REQUIRE(child.exit_code == 0);
  std::istringstream numbers(child.report);
  std::string label;
  long streamed_kib = 0, held_kib = 0;
  numbers >> label >> streamed_kib >> label >> held_kib;
  CHECK(streamed_kib < 8 * 1024);  // a few 1 MiB pieces at most
  CHECK(held_kib > 45 * 1000);     // the measurement sees a whole copy
}
