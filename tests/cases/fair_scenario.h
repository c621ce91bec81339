#pragma once
// A busy fair for order tests: three stations working on many cases, syncing now and then,
// with conflicts, invalid steps, late defences and evidence corrections mixed in. Fully
// deterministic for a given size, so any two builds give the same events.
#include <vector>

#include "cases/case_number.h"
#include "station_fixture.h"

namespace fg::test {

struct FairScenario {
  TestStation a{11, "OF01"}, b{12, "OF02"}, c{13, "OF03"};

  std::vector<SignedEvent> all() const {
    std::vector<SignedEvent> out;
    for (const TestStation* s : {&a, &b, &c}) out.insert(out.end(), s->log().begin(), s->log().end());
    return out;
  }

  explicit FairScenario(int cases_per_station) {
    TestStation* stations[] = {&a, &b, &c};
    const char* codes[] = {"S01", "S02", "S03"};
    for (int i = 1; i <= cases_per_station; ++i) {
      for (int k = 0; k < 3; ++k) {
        TestStation& s = *stations[k];
        TestStation& other = *stations[(k + 1) % 3];
        const std::string no = format_case_number({"CF138", codes[k], i});
        // Built by appending: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string here.
        std::string booth("H");
        booth.append(std::to_string(k + 1)).append("-").append(std::to_string(i % 7));
        s.advance(60'000);
        s.act("case.opened", opened(no, booth, codes[k]));
        s.act("complainant.recorded", complainant(no, i % 5 == 0 ? "DUP-ID" : "ID-" + std::to_string(i)));
        s.act("right.recorded", right(no, "ZL 2019 3 0123456." + std::to_string(i % 3)));
        s.act("respondent.recorded", respondent(no, booth));
        if (i % 11 == 0) s.act("notice.served", just(no));  // invalid: before acceptance
        s.act("case.filed", just(no));
        if (i % 13 == 0) {
          s.act("case.rejected", {{"case_number", no}, {"reason", "right not in force"}});
          s.act("case.closed", just(no));
          continue;
        }
        s.act("case.accepted", just(no));
        s.advance(30 * 60'000);
        s.act("notice.served", just(no));
        const std::string photo = blob_of(no + " photo");
        auto ev = s.act("evidence.added",
                        {{"case_number", no},
                         {"kind", "exhibit_photo"},
                         {"blob", photo},
                         {"booth", booth},
                         {"captured_at", s.now()},
                         {"original_seen", true}},
                        {photo});
        if (i % 4 == 0)
          s.act("evidence.corrected", {{"case_number", no},
                                       {"corrects", {{"hash", ev.hash_hex()}}},
                                       {"reason", "typo"},
                                       {"booth", booth + "X"}});
        // Sync: the next station learns everything this one did so far.
        other.set_time(std::max(other.now(), s.now()));
        other.receive(s.log());
        if (i % 3 == 0) {
          // Both decide while offline from each other.
          s.advance(kHour);
          other.advance(kHour);
          s.act("decision.recorded", decision(no, "exhibit_covered"));
          other.act("decision.recorded", decision(no, i % 2 ? "no_infringement" : "exhibit_covered"));
        } else {
          // The other station records the defence (sometimes late), the owner decides.
          other.advance(i % 5 == 1 ? 30 * kHour : 2 * kHour);
          other.act("defence.recorded", {{"case_number", no}, {"summary", "prior art"}});
          s.set_time(std::max(s.now(), other.now()));
          s.receive(other.log());
          s.act("decision.recorded", decision(no, "exhibit_withdrawn"));
          if (i % 2) s.act("case.closed", just(no));
        }
        if (i % 17 == 0) s.act("case.opened", opened(no, booth, codes[k]));  // invalid: reopened
      }
    }
  }
};

}  // namespace fg::test
