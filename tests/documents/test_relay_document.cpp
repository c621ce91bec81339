// `fairguard-relay document` run as a real process on a relay data folder holding a case's
// signed events: it writes the same bytes the station rendered (and cited) from the same
// events, and refuses clearly what it cannot make.
#include <catch2/catch.hpp>

#include "data/relay_data.h"
#include "document_case.h"
#include "support/child_process.h"
#include "support/read_file.h"
#include "support/temp_dir.h"

using namespace fg;
using namespace fg::test;
using fg::relay::RelayData;
namespace fs = std::filesystem;

TEST_CASE("the relay makes the station's papers byte for byte from the same events", "[documents]") {
  TempDir tmp;
  const fs::path dir = tmp.path() / "relay";
  auto init = run_process({FAIRGUARD_RELAY_EXE, "init", "--data", dir.string(), "--fair", "CF138", "--name",
                           "第139届中国进出口商品交易会", "--venue", "广州 琶洲", "--from", "2026-04-12", "--to",
                           "2026-04-16"});
  REQUIRE(init.code == 0);

  DocumentCase c;
  std::vector<IssuedDocument> issued;
  {
    RelayData data(dir);
    const auto token = data.issue_enrolment_token("Hall 11 desk", std::chrono::minutes(5));
    REQUIRE(data.consume_enrolment_token(token.token, c.device()));
    // The station held the relay's signed configuration when it rendered.
    c.use_config(data.fair_config());
    issued = all_documents(c);
    for (const auto& r : data.events().import_batch(c.events())) REQUIRE(accepted(r.status));
  }

  for (const IssuedDocument& d : issued) {
    const std::string kind(document_kind_name(d.kind));
    INFO(kind);
    const fs::path out = tmp.path() / (kind + ".pdf");
    auto r = run_process({FAIRGUARD_RELAY_EXE, "document", "--data", dir.string(), "--case", DocumentCase::kNumber,
                          "--kind", kind, "--out", out.string()});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("Same bytes as the PDF the event cites"));
    CHECK(read_file(out) == d.pdf);
    CHECK(render_issued_document(c.events(), d.issuing, c.config()) == d.pdf);
  }

  auto none = run_process({FAIRGUARD_RELAY_EXE, "document", "--data", dir.string(), "--case", DocumentCase::kNumber,
                           "--kind", "rejection", "--out", (tmp.path() / "r.pdf").string()});
  CHECK(none.code != 0);
  CHECK_THAT(none.err, Catch::Contains("has no case.rejected event"));
  CHECK_FALSE(fs::exists(tmp.path() / "r.pdf"));
  auto odd = run_process({FAIRGUARD_RELAY_EXE, "document", "--data", dir.string(), "--case", DocumentCase::kNumber,
                          "--kind", "summons", "--out", (tmp.path() / "s.pdf").string()});
  CHECK(odd.code != 0);
  CHECK_THAT(odd.err, Catch::Contains("not one of notice, acceptance, rejection, decision"));
}
