// The blob store with a key (the station's at-rest protection): files hold only ciphertext,
// names stay the plain SHA-256, reads decrypt and re-hash, resumable downloads stay sealed.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "blob_test_support.h"
#include "support/read_file.h"
#include "blobs/blob_store.h"
#include "crypto/secretstream.h"

using namespace fg;
using namespace fg::test;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

std::shared_ptr<const SecretBytes> new_key() { return std::make_shared<SecretBytes>(SecretBytes::random(32)); }

// A photo-like blob with a pattern that would be found in any file holding it in clear.
Bytes with_pattern(std::size_t size, std::uint64_t seed) {
  Bytes data = pseudo_random_bytes(size, seed);
  const std::string mark = "FAIRGUARD-EVIDENCE-PATTERN-0123456789";
  for (std::size_t at = 0; at + mark.size() < data.size(); at += 50'000)
    std::copy(mark.begin(), mark.end(), data.begin() + static_cast<std::ptrdiff_t>(at));
  return data;
}

std::string read_all(const BlobStore& store, const std::string& hash, std::string* why = nullptr) {
  std::ostringstream out;
  if (!store.read(hash, out, why)) return "<refused>";
  return out.str();
}

std::string text(const Bytes& b) { return std::string(b.begin(), b.end()); }

}  // namespace

TEST_CASE("an encrypted blob store holds no plain byte and reads blobs back under their plain hash", "[blobs]") {
  TempDir dir;
  const auto key = new_key();
  BlobStore store(dir.path() / "blobs", key);
  CHECK(store.encrypted());
  // Sizes around the 64 KiB stream chunk and the 1 MiB piece, and the empty blob.
  const std::vector<std::size_t> sizes{0, 1, 65'535, 65'536, 65'537, 131'072, 1'048'576 + 3, 300'000};
  std::vector<std::pair<std::string, Bytes>> stored;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    const Bytes data = with_pattern(sizes[i], i + 1);
    const BlobInfo info = i % 2 ? store.put(data) : [&] {
      std::istringstream in(text(data));
      return store.put(in);
    }();
    CHECK(info.hash == sha256_hex(data));
    CHECK(info.size == data.size());
    CHECK(store.size(info.hash) == data.size());
    CHECK(fs::file_size(store.path_of(info.hash)) == sealed_stream_size(data.size()));
    stored.emplace_back(info.hash, data);
  }
  CHECK(read_files_under(dir.path()).find("FAIRGUARD-EVIDENCE-PATTERN") == std::string::npos);
  BlobStore reopened(dir.path() / "blobs", key);
  for (const auto& [hash, data] : stored) {
    CHECK(read_all(reopened, hash) == text(data));
    CHECK(reopened.verify(hash));
  }
  // The control: the same bytes in a store without a key are found.
  BlobStore plain(dir.path() / "plain");
  (void)plain.put(stored.back().second);
  CHECK(read_files_under(dir.path() / "plain").find("FAIRGUARD-EVIDENCE-PATTERN") != std::string::npos);
}

TEST_CASE("an encrypted blob reads from any offset and exports a plain copy", "[blobs]") {
  TempDir dir;
  BlobStore store(dir.path(), new_key());
  const Bytes data = with_pattern(200'001, 7);
  const std::string hash = store.put(data).hash;
  for (const std::uint64_t offset :
       {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{65'536}, std::uint64_t{200'000}, std::uint64_t{200'001}}) {
    std::string got;
    REQUIRE(store.read_from(hash, offset,
                            [&](ByteView p) { got.append(reinterpret_cast<const char*>(p.data()), p.size()); }));
    CHECK(got == text(data).substr(offset));
  }
  const fs::path copy = dir.path() / "copy.bin";
  REQUIRE(store.export_to(hash, copy));
  CHECK(read_file(copy) == text(data));
  CHECK((fs::status(copy).permissions() & fs::perms::others_read) == fs::perms::none);
}

TEST_CASE("an altered or truncated encrypted blob, or another key, is refused with a clear reason", "[blobs]") {
  TempDir dir;
  const auto key = new_key();
  BlobStore store(dir.path(), key);
  const Bytes data = with_pattern(150'000, 3);
  const std::string hash = store.put(data).hash;
  const fs::path file = store.path_of(hash);
  // Inverted, not overwritten: a fixed value is already there once in 256 runs.
  REQUIRE(flip_byte(file, 100'000));
  std::string why;
  CHECK(read_all(store, hash, &why) == "<refused>");
  CHECK_THAT(why, Contains("does not decrypt") && Contains(hash));
  CHECK_FALSE(store.verify(hash));

  const std::string hash2 = store.put(with_pattern(70'000, 4)).hash;
  fs::resize_file(store.path_of(hash2), fs::file_size(store.path_of(hash2)) - 20);
  CHECK(read_all(store, hash2, &why) == "<refused>");
  CHECK_THAT(why, Contains("does not decrypt"));

  const std::string hash3 = store.put(with_pattern(1000, 5)).hash;
  BlobStore other_key(dir.path(), new_key());
  CHECK(read_all(other_key, hash3, &why) == "<refused>");
  CHECK_THAT(why, Contains("wrong data key"));
  CHECK_THROWS_WITH(BlobStore(dir.path()), Contains("encrypted") && Contains("data key"));
}

TEST_CASE("an encrypted resumable download survives a restart, stays sealed on disk and commits", "[blobs]") {
  TempDir dir;
  const auto key = new_key();
  const Bytes data = with_pattern(700'000, 9);
  const std::string hash = sha256_hex(data);
  std::size_t sent = 0;
  {
    BlobStore store(dir.path(), key);
    while (sent < 400'000) {
      store.append_partial(hash, sent, ByteView(data).subspan(sent, 100'000));
      sent += 100'000;
    }
    CHECK_THROWS_WITH(store.append_partial(hash, 123, ByteView(data).subspan(0, 10)), Contains("offset 400000"));
  }
  CHECK(read_files_under(dir.path()).find("FAIRGUARD-EVIDENCE-PATTERN") == std::string::npos);
  BlobStore restarted(dir.path(), key);
  REQUIRE(restarted.partial_size(hash) == sent);
  restarted.append_partial(hash, sent, ByteView(data).subspan(sent));
  std::string why;
  REQUIRE(restarted.commit_partial(hash, &why));
  CHECK(restarted.partial_size(hash) == 0);
  CHECK(read_all(restarted, hash) == text(data));
  CHECK(read_files_under(dir.path()).find("FAIRGUARD-EVIDENCE-PATTERN") == std::string::npos);

  // A partial whose bytes are not the named blob is refused and deleted.
  const std::string wrong = sha256_hex(with_pattern(10, 1));
  restarted.append_partial(wrong, 0, ByteView(data).subspan(0, 1000));
  CHECK_FALSE(restarted.commit_partial(wrong, &why));
  CHECK_THAT(why, Contains("does not match its name"));
  CHECK(restarted.partial_size(wrong) == 0);
}

TEST_CASE("a folder of plain blobs is sealed in place when first opened with a key", "[blobs]") {
  TempDir dir;
  const Bytes data = with_pattern(120'000, 12);
  std::string hash;
  { hash = BlobStore(dir.path()).put(data).hash; }
  REQUIRE(read_files_under(dir.path()).find("FAIRGUARD-EVIDENCE-PATTERN") != std::string::npos);
  const auto key = new_key();
  {
    BlobStore store(dir.path(), key);
    CHECK(read_all(store, hash) == text(data));
  }
  CHECK(read_files_under(dir.path()).find("FAIRGUARD-EVIDENCE-PATTERN") == std::string::npos);
  BlobStore again(dir.path(), key);
  CHECK(again.size(hash) == data.size());
  CHECK(read_all(again, hash) == text(data));
}
