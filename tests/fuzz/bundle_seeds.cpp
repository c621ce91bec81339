// Seeds for fuzz_bundle: the real two-station bundle of tests/bundle (events, photos, proofs,
// signed manifest and tree head), and the same with its manifest replaced by deeply nested
// JSON (the 531-byte crash of issue 11).
#include <fstream>
#include <iterator>

#include "../bundle/bundle_fixture.h"
#include "bundle/bundle_format.h"
#include "fuzz_seeds.h"

namespace {
std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}
}  // namespace

std::vector<std::string> fuzz_seeds() {
  BundleFixture f;
  std::vector<std::string> out{read_all(f.write_zip("seed.zip"))};
  fg::MemoryBundle nested = f.memory();
  nested.files()[std::string(fg::bundle::kManifest)] = std::string(64, '[') + std::string(64, ']');
  write_memory_zip(nested, f.dir.path() / "nested.zip");
  out.push_back(read_all(f.dir.path() / "nested.zip"));
  return out;
}
