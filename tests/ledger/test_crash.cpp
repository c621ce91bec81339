// Kills a writer with SIGKILL at random moments, 200+ times, and checks after each kill that
// everything it reported as committed is there, the chain verifies, and it starts again.
#include <catch2/catch.hpp>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <sstream>

#include "blobs/blob_store.h"
#include "ledger/store.h"
#include "support/temp_dir.h"

using namespace fg;
using fg::test::TempDir;

namespace {
struct Committed {
  std::int64_t seq = 0;
  std::string blob;
};

// Runs the child for about `run_ms` (or until its first commit, with `until_commit`), kills it,
// and returns the last line it reported.
Committed run_and_kill(const std::filesystem::path& dir, int seed, int run_ms, bool until_commit = false) {
  int out[2];
  REQUIRE(pipe(out) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    const std::string s = std::to_string(seed);
    execl(CRASH_CHILD, CRASH_CHILD, dir.c_str(), s.c_str(), nullptr);
    _exit(127);
  }
  close(out[1]);
  std::string text;
  char buf[4096];
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(run_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{out[0], POLLIN, 0};
    if (poll(&p, 1, 1) > 0) {
      const ssize_t n = read(out[0], buf, sizeof buf);
      if (n <= 0) break;
      text.append(buf, static_cast<std::size_t>(n));
      if (until_commit && text.find("committed") != std::string::npos && text.back() == '\n') break;
    }
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ssize_t n;
  while ((n = read(out[0], buf, sizeof buf)) > 0) text.append(buf, static_cast<std::size_t>(n));
  close(out[0]);
  Committed last;
  std::istringstream lines(text);
  std::string word;
  while (lines >> word) {
    if (word != "committed") continue;
    Committed c;
    lines >> c.seq >> c.blob;
    if (c.blob.size() == 64) last = c;  // a line cut by the kill is not counted
  }
  return last;
}

// How long the child takes from its start to its first commit here: a few ms on a quiet machine,
// many more under a sanitizer on a loaded one. Kill moments spread over this plus 80 ms fall
// while it opens and mid-write on either.
int ms_to_first_commit() {
  TempDir probe;
  const auto start = std::chrono::steady_clock::now();
  const Committed c = run_and_kill(probe.path(), 0, 30'000, true);
  REQUIRE(c.seq > 0);
  return static_cast<int>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count());
}
}  // namespace

TEST_CASE("SIGKILL at random moments loses no committed event or blob", "[ledger][crash]") {
  TempDir dir;
  std::mt19937 rng(20261125);
  std::int64_t reported = 0;
  int kills = 0;
  const int window_ms = ms_to_first_commit() + 80;
  for (int round = 0; round < 210; ++round) {
    // Short runs kill it while opening, longer ones mid-write.
    const Committed c = run_and_kill(dir.path(), round, static_cast<int>(rng() % window_ms));
    ++kills;
    if (c.seq > 0) {
      REQUIRE(c.seq >= reported);
      reported = c.seq;
      BlobStore blobs(dir / "blobs");
      CHECK(blobs.verify(c.blob));
    }
    if (!std::filesystem::exists(dir / "device.key")) {  // killed before its key was saved
      REQUIRE(reported == 0);
      continue;
    }
    EventStore store(dir / "ledger.db", "CF138");
    const std::string device = KeyPair::load(dir / "device.key").public_hex();
    INFO("round " << round);
    REQUIRE(store.head_seq(device) >= reported);
    if (round % 25 == 0) REQUIRE(store.verify_chain(device).ok);
  }
  EventStore store(dir / "ledger.db", "CF138");
  BlobStore blobs(dir / "blobs");
  const std::string device = KeyPair::load(dir / "device.key").public_hex();
  const ChainCheck check = store.verify_chain(device);
  INFO(check.problem);
  CHECK(check.ok);
  CHECK(kills >= 200);
  CHECK(reported > 20);  // the child got far enough to be killed mid-write many times
  // Every event's blob is there and intact, including those the child never got to report.
  for (const auto& e : store.read(device, 1)) CHECK(blobs.verify(e.event.blobs.at(0)));
  // Leftover temp files never block the next start.
  CHECK(std::filesystem::is_empty(dir / "blobs" / "tmp"));
}
