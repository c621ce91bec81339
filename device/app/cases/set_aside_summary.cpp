#include "set_aside_summary.h"

#include "ledger/store.h"

namespace fg {

std::vector<std::pair<const SetAsideSummary::Device*, std::int64_t>> SetAsideSummary::of_case(
    const std::string& case_number) const {
  std::vector<std::pair<const Device*, std::int64_t>> out;
  for (const Device& d : devices)
    if (auto it = d.per_case.find(case_number); it != d.per_case.end()) out.emplace_back(&d, it->second);
  return out;
}

SetAsideSummary read_set_aside(EventStore& store) {
  SetAsideSummary out;
  for (const SetAsideDevice& s : store.set_aside()) {
    SetAsideSummary::Device d{s.device, s.label, s.after_seq, s.events, {}, s.revoked_at};
    for (const SignedEvent& e : store.read(s.device, s.after_seq + 1)) {
      const Json& body = e.event.body;
      auto number = body.is_object() ? body.find("case_number") : body.end();
      if (number != body.end() && number->is_string()) ++d.per_case[number->get<std::string>()];
    }
    out.devices.push_back(std::move(d));
  }
  for (const KeptApartEvent& k : store.kept_apart()) {
    if (out.kept_apart.empty() || out.kept_apart.back().device != k.device)
      out.kept_apart.push_back({k.device, 0, k.seq, k.reason, {}});
    SetAsideSummary::KeptApart& d = out.kept_apart.back();
    ++d.events;
    if (auto e = store.find(k.device, k.seq)) {
      const Json& body = e->event.body;
      auto number = body.is_object() ? body.find("case_number") : body.end();
      if (number != body.end() && number->is_string()) ++d.per_case[number->get<std::string>()];
    }
  }
  return out;
}

}  // namespace fg
