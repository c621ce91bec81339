// Crash-test child: appends events that each cite a fresh blob, forever, printing
// "committed <seq> <blob>" only after append() returned. The parent SIGKILLs it at random.
#include <cstdio>
#include <filesystem>
#include <random>

#include "blobs/blob_store.h"
#include "ledger/store.h"

using namespace fg;

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: ledger_crash_child DIR SEED\n");
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  const auto key_file = dir / "device.key";
  if (!std::filesystem::exists(key_file)) KeyPair::generate().save(key_file);
  const KeyPair key = KeyPair::load(key_file);
  EventStore store(dir / "ledger.db", "CF138");
  BlobStore blobs(dir / "blobs");
  std::mt19937_64 rng(std::stoull(argv[2]));
  for (;;) {
    Bytes photo(4096 + rng() % (64 * 1024));
    for (auto& b : photo) b = static_cast<std::uint8_t>(rng());
    const BlobInfo blob = blobs.put(photo);
    const SignedEvent e = store.append(key, "OF001", "evidence.added", {{"kind", "exhibit_photo"}}, {blob.hash});
    std::printf("committed %lld %s\n", static_cast<long long>(e.event.seq), blob.hash.c_str());
    std::fflush(stdout);
  }
}
