// The real fairguard-witness process on 127.0.0.1 over real TLS (docs/witness.md): it
// cosigns heads that extend the last one it cosigned, refuses a rewritten log with its own
// code, records the refusal, keeps serving, and loses nothing when killed.
#include <catch2/catch.hpp>

#include "support/temp_dir.h"
#include "sync/transport.h"
#include "witness_process.h"

using namespace fg;
using namespace fg::sync;
using namespace fg::test;

namespace {

bool cosigns(const WitnessReply& r, const WitnessProcess& w, const TestLog& log, std::int64_t head_time) {
  return r.cosignature && r.cosignature->witness == w.key() &&
         verify_cosignature(*r.cosignature, log.key.public_key(), log.head(head_time).head);
}
// A witness that has cosigned the first `leaves` leaves of its log at kT0.
struct Cosigned : WitnessFixture {
  explicit Cosigned(int leaves) {
    log.grow(leaves);
    REQUIRE(cosigns(witness.ask(log.add(0, kT0)), witness, log, kT0));
  }
};

// A head of `leaves` leaves of another history, signed with the log's real key (only the
// bureau can do that: the case a witness is for), with the proof from old_size in that history.
AddHead rewritten(const TestLog& log, int leaves, std::uint64_t old_size, std::int64_t time) {
  TestLog other;
  other.grow(leaves, "forged");
  AddHead add = other.add(old_size, time);
  add.log = log.key.public_key();
  add.head = sign_tree_head(add.head.head, log.key);
  return add;
}
}  // namespace

TEST_CASE("the witness cosigns a log's first head and every head that extends it", "[witness]") {
  WitnessFixture fx;
  WitnessProcess& w = fx.witness;
  TestLog& log = fx.log;

  log.grow(3);
  auto r = w.ask(log.add(0, kT0));
  REQUIRE(cosigns(r, w, log, kT0));
  CHECK(r.size == 3);
  // A cosignature covers this head, its time included: not the same tree at another time.
  CHECK_FALSE(verify_cosignature(*r.cosignature, log.key.public_key(), log.head(kT0 + 1).head));

  log.grow(5);
  r = w.ask(log.add(3, kT0 + 1000));
  CHECK(cosigns(r, w, log, kT0 + 1000));
  CHECK(r.size == 8);

  // The same head again (a retry after a cut): cosigned again.
  CHECK(cosigns(w.ask(log.add(3, kT0 + 1000)), w, log, kT0 + 1000));

  // Proof from a size the witness does not hold: it says which size it holds.
  log.grow(2);
  r = w.ask(log.add(3, kT0 + 2000));
  CHECK(r.refused == witness_err::kConflict);
  CHECK(r.size == 8);
  CHECK(cosigns(w.ask(log.add(8, kT0 + 2000)), w, log, kT0 + 2000));
  CHECK(w.command("status").out.find("cosigned size 10") != std::string::npos);
  CHECK(w.command("status").out.find("refusals: 0") != std::string::npos);
}

TEST_CASE("the witness refuses a rewritten log, records each refusal and keeps serving", "[witness]") {
  Cosigned fx(6);
  WitnessProcess& w = fx.witness;
  TestLog& log = fx.log;

  // The same log key over another history: 4 leaves (smaller), 6 (other root), 9 (no proof holds).
  std::vector<std::pair<int, std::string>> cases{{4, "shrank"}, {6, "another root"}, {9, "consistency proof fails"}};
  for (const auto& [leaves, words] : cases) {
    const WitnessReply r = w.ask(rewritten(log, leaves, leaves > 6 ? 6 : 0, kT0 + 5000));
    INFO(words);
    CHECK_FALSE(r.cosignature);
    CHECK(r.refused == witness_err::kRewritten);
    CHECK(r.message.find(words) != std::string::npos);
    CHECK(r.size == 6);
  }
  // A larger honest tree dated before the head it cosigned: backdated.
  log.grow(1);
  WitnessReply r = w.ask(log.add(6, kT0 - 1));
  CHECK(r.refused == witness_err::kBackdated);
  // Not signed by the log key: refused, not recorded (anyone can send that).
  AddHead forged = log.add(6, kT0 + 9000);
  forged.head = sign_tree_head(forged.head.head, KeyPair::generate());
  CHECK(w.ask(forged).refused == witness_err::kBadSignature);
  // A log it does not witness.
  TestLog stranger;
  stranger.grow(1);
  CHECK(w.ask(stranger.add(0, kT0)).refused == witness_err::kUnknownLog);

  const std::string status = w.command("status").out;
  CHECK(status.find("refusals: 4") != std::string::npos);
  CHECK(status.find("cosigned size 6") != std::string::npos);
  CHECK(w.process().err().find("refused rewritten_log") != std::string::npos);
  // Still serving, and still at size 6: the honest next head is cosigned.
  CHECK(cosigns(w.ask(log.add(6, kT0 + 9000)), w, log, kT0 + 9000));
}

TEST_CASE("a witness killed after cosigning remembers the head at its restart", "[witness]") {
  Cosigned fx(20);
  WitnessProcess& w = fx.witness;
  TestLog& log = fx.log;
  w.stop(SIGKILL);  // no clean shutdown: the reply was sent, so the head is on disk

  w.start();
  CHECK(w.command("status").out.find("cosigned size 20") != std::string::npos);
  CHECK(w.ask(rewritten(log, 20, 0, kT0 + 1)).refused == witness_err::kRewritten);
  log.grow(1);
  CHECK(cosigns(w.ask(log.add(20, kT0 + 2)), w, log, kT0 + 2));
}

TEST_CASE("fairguard-witness refuses to serve or add a log without a data folder, and a bad key", "[witness]") {
  TempDir dir("witness");
  const RunResult serve = run_process({FAIRGUARD_WITNESS_EXE, "serve", "--data", (dir / "none").string()});
  CHECK(serve.code == 1);
  CHECK(serve.err.find("is not a witness data folder") != std::string::npos);
  WitnessProcess w(dir / "w");
  const RunResult bad =
      run_process({FAIRGUARD_WITNESS_EXE, "add-log", "--data", (dir / "w").string(), "--name", "x", "--key", "zz"});
  CHECK(bad.code == 1);
  CHECK(bad.err.find("64 lowercase hex") != std::string::npos);
  const RunResult again = run_process({FAIRGUARD_WITNESS_EXE, "init", "--data", (dir / "w").string()});
  CHECK(again.code == 1);
  CHECK(again.err.find("already holds a witness key") != std::string::npos);
}
