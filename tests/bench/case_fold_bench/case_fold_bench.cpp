// Folds a whole fair's events (default 5,000 cases, about 60,000 signed events from 50
// stations) and prints the time against a baseline measured in the same run: sorting the same
// events into fold order, the least any fold must do; then one more event through the
// incremental CaseFolder. --smoke: 200 cases, one round.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <random>
#include <tuple>
#include <vector>

#include "cases/case_fold.h"
#include "cases/case_number.h"
#include "cases/case_queries.h"
#include "crypto/keys.h"
#include "ledger/event.h"

#include "support/cpu_time.h"

using namespace fg;

namespace {
struct Station {
  KeyPair key;
  std::string code;
  std::int64_t seq = 0;
  std::string prev = kZeroHash;
};

std::vector<SignedEvent> make_fair(int cases, int stations) {
  std::vector<Station> st;
  for (int i = 0; i < stations; ++i) {
    std::vector<std::uint8_t> seed(32, static_cast<std::uint8_t>(i + 1));
    char code[8];
    std::snprintf(code, sizeof code, "S%02d", i + 1);
    st.push_back(Station{KeyPair::from_seed(seed), code});
  }
  std::vector<SignedEvent> out;
  std::int64_t t = 1'776'000'000'000;
  auto act = [&](Station& s, const char* type, Json body) {
    Event e;
    e.fair = "CF138";
    e.device = s.key.public_hex();
    e.seq = ++s.seq;
    e.prev = s.prev;
    e.time = (t += 1000);
    e.hlc = e.time << 16;
    e.officer = "OF" + s.code;
    e.type = type;
    e.body = std::move(body);
    out.push_back(sign_event(e, s.key));
    s.prev = out.back().hash_hex();
  };
  for (int i = 0; i < cases; ++i) {
    Station& s = st[static_cast<std::size_t>(i % stations)];
    std::string no = format_case_number({"CF138", s.code, i / stations + 1});
    std::string booth = "B" + std::to_string(i % 900);
    act(s, "case.opened", {{"case_number", no}, {"booth", booth}, {"hall", "11.2"}, {"station", s.code}});
    act(s, "complainant.recorded",
        {{"case_number", no},
         {"name", "Lumen"},
         {"kind", "company"},
         {"id_number", "ID" + std::to_string(i % 1500)},
         {"country", "CN"}});
    act(s, "right.recorded",
        {{"case_number", no}, {"right_type", "design"}, {"number", "ZL2019301234" + std::to_string(i % 97)}});
    act(s, "respondent.recorded",
        {{"case_number", no}, {"exhibitor", "Bright"}, {"booth", booth}, {"booth_source", "manual"}});
    act(s, "product.recorded", {{"case_number", no}, {"description", "lamp"}, {"display_form", "exhibit"}});
    act(s, "evidence.added",
        {{"case_number", no},
         {"kind", "note"},
         {"text", "seen"},
         {"booth", booth},
         {"captured_at", t},
         {"original_seen", true}});
    act(s, "case.filed", {{"case_number", no}});
    act(s, "case.accepted", {{"case_number", no}});
    act(s, "notice.served", {{"case_number", no}});
    act(s, "defence.recorded", {{"case_number", no}, {"summary", "prior art"}});
    act(s, "decision.recorded",
        {{"case_number", no}, {"outcome", "exhibit_covered"}, {"measures", {"exhibit_covered"}}, {"sanction", "none"}});
    act(s, "case.closed", {{"case_number", no}});
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
  const int cases = smoke ? 200 : 5000;
  const int rounds = smoke ? 1 : 5;
  std::vector<SignedEvent> events = make_fair(cases, 50);
  std::shuffle(events.begin(), events.end(), std::mt19937(1));

  double sort_ms = fg::test::best_cpu_ms(rounds, [&] {
    std::vector<const SignedEvent*> order;
    for (const auto& e : events) order.push_back(&e);
    std::sort(order.begin(), order.end(), [](const SignedEvent* a, const SignedEvent* b) {
      return std::tie(a->event.hlc, a->event.device, a->event.seq) <
             std::tie(b->event.hlc, b->event.device, b->event.seq);
    });
  });
  std::size_t folded = 0;
  double fold_ms = fg::test::best_cpu_ms(rounds, [&] { folded = fold_cases(events, "CF138").cases.size(); });
  FoldResult f = fold_cases(events, "CF138");
  double query_ms = fg::test::best_cpu_ms(rounds, [&] {
    (void)case_list(f);
    (void)find_duplicates(f);
  });

  // A station's next action on a full fair: the incremental folder re-folds one case only.
  CaseFolder folder("CF138");
  folder.add(std::span(events).first(events.size() - 100));
  (void)folder.result();
  std::size_t next = events.size() - 100;
  double step_ms = fg::test::best_cpu_ms(rounds, [&] {
    folder.add(std::span(events).subspan(next++, 1));
    (void)folder.result();
  });
  if (folder.result().cases.size() != static_cast<std::size_t>(cases)) {
    std::fprintf(stderr, "case_fold_bench: incremental fold lost cases\n");
    return 1;
  }

  std::printf("case_fold_bench: %d cases, %zu events, best of %d, thread CPU time\n", cases, events.size(), rounds);
  std::printf("  baseline sort into fold order: %8.2f ms\n", sort_ms);
  std::printf("  fold_cases:                    %8.2f ms  (%.1fx baseline)\n", fold_ms, fold_ms / sort_ms);
  std::printf("  CaseFolder, one more event:    %8.3f ms  (%.3fx baseline)\n", step_ms, step_ms / sort_ms);
  std::printf("  case_list + find_duplicates:   %8.2f ms  (%.1fx baseline)\n", query_ms, query_ms / sort_ms);
  if (folded != static_cast<std::size_t>(cases) || f.cases.back().state != CaseState::Closed) {
    std::fprintf(stderr, "case_fold_bench: fold gave %zu cases, expected %d all closed\n", folded, cases);
    return 1;
  }
  return 0;
}
