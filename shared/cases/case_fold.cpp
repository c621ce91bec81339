#include "cases/case_fold.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "cases/case_number.h"
#include "cases/event_checks.h"
#include "cases/event_types.h"
#include "ledger/json_fields.h"

namespace fg {

namespace {
namespace ev = events;

// Latest value per key wins; the keys that name the case or the target are not details.
void merge(Json& into, const Json& body) {
  for (const auto& [key, value] : body.items())
    if (key != "case_number" && key != "corrects") into[key] = value;
}
bool fold_less(const SignedEvent* a, const SignedEvent* b) {
  return std::tie(a->event.hlc, a->event.device, a->event.seq, a->hash) <
         std::tie(b->event.hlc, b->event.device, b->event.seq, b->hash);
}

// Which case an event belongs to (empty `why_none`), or why it belongs to none.
struct Route {
  std::string case_number;
  std::string why_none;
};
Route route_event(const Event& e, std::string_view fair) {
  if (!fair.empty() && e.fair != fair)
    return {{}, "event belongs to fair '" + e.fair + "', not '" + std::string(fair) + "'"};
  if (!is_case_event_type(e.type)) return {{}, "unknown event type '" + e.type + "'"};
  auto number = e.body.is_object() ? e.body.find("case_number") : e.body.end();
  if (number == e.body.end() || !number->is_string() || number->get_ref<const std::string&>().empty())
    return {{}, "body names no case_number"};
  return {number->get<std::string>(), {}};
}

std::string short_ref(const EventRef& r) { return r.device.substr(0, 8) + "…#" + std::to_string(r.seq); }

// Decisive actions of the same group taken by two stations are a conflict when they differ.
const char* decisive_group(std::string_view type) {
  if (type == ev::kCaseAccepted || type == ev::kCaseRejected) return "admission";
  if (type == ev::kDecisionRecorded || type == ev::kCaseWithdrawn || type == ev::kCaseTransferred) return "outcome";
  return nullptr;
}
std::string action_of(const Event& e) {
  if (e.type == ev::kDecisionRecorded) return e.type + ":" + string_at(e.body, "outcome");
  return e.type;
}

struct Holder {
  EventRef ref;
  std::string action;
};

// Per-case working state that is not part of the result.
struct Work {
  std::optional<Holder> admission, outcome;
  bool booth_from_respondent = false;  // case.opened gave no booth; the respondent's is used
  std::unordered_map<std::string, std::size_t> evidence_by_hash;
  std::map<std::pair<std::string, std::int64_t>, std::size_t> evidence_by_place;
};

class Folder {
 public:
  explicit Folder(std::string_view fair) : fair_(fair) {}

  void apply(const SignedEvent& s) {
    const Event& e = s.event;
    TimelineEntry entry;
    entry.ref = EventRef{e.device, e.seq, s.hash_hex()};
    entry.officer = e.officer;
    entry.time = e.time;
    entry.hlc = e.hlc;
    entry.type = e.type;

    Route route = route_event(e, fair_);
    if (route.case_number.empty()) {
      entry.valid = false;
      entry.reason = std::move(route.why_none);
      result_.unassigned.push_back(std::move(entry));
      return;
    }

    auto [it, fresh] = index_.try_emplace(std::move(route.case_number), cases_.size());
    if (fresh) {
      cases_.emplace_back();
      cases_.back().number = it->first;
      work_.emplace_back();
    }
    Case& c = cases_[it->second];
    Work& w = work_[it->second];
    entry.state_after = c.state;
    judge_and_apply(s, c, w, entry);
    c.timeline.push_back(std::move(entry));
  }

  FoldResult finish(std::int64_t distinct) {
    // Cases in case-number order: fair, station, counter (numeric), then any odd numbers.
    std::vector<std::pair<std::tuple<bool, std::string, std::string, std::int64_t, std::string>, std::size_t>> keys;
    keys.reserve(cases_.size());
    for (std::size_t i = 0; i < cases_.size(); ++i) {
      auto n = parse_case_number(cases_[i].number);
      keys.push_back({n ? std::tuple{false, n->fair, n->station, n->counter, cases_[i].number}
                        : std::tuple{true, std::string{}, std::string{}, std::int64_t{0}, cases_[i].number},
                      i});
    }
    std::sort(keys.begin(), keys.end());
    result_.cases.reserve(cases_.size());
    for (auto& [key, i] : keys) result_.cases.push_back(std::move(cases_[i]));
    result_.events = distinct;
    return std::move(result_);
  }

 private:
  void judge_and_apply(const SignedEvent& s, Case& c, Work& w, TimelineEntry& entry) {
    const Event& e = s.event;
    auto refuse = [&](std::string why) {
      entry.valid = false;
      entry.reason = std::move(why);
    };
    if (auto problem = body_problem(e); !problem.empty()) return refuse(problem);

    // A decisive action of a group another station already took: conflict or duplicate.
    const char* group = decisive_group(e.type);
    if (group) {
      auto& holder = std::string_view(group) == "admission" ? w.admission : w.outcome;
      if (holder && holder->ref.device != e.device) {
        std::string action = action_of(e);
        if (action == holder->action)
          return refuse("same " + action + " already taken by another station (" + short_ref(holder->ref) + ")");
        entry.conflict = true;
        c.conflicts.push_back(Conflict{group, holder->ref, holder->action, entry.ref, action});
        return refuse("conflicts with " + holder->action + " by another station (" + short_ref(holder->ref) + ")");
      }
    }

    // Evidence corrections must point at an evidence item of this case.
    std::optional<std::size_t> target;
    if (e.type == ev::kEvidenceCorrected) {
      const Json& t = e.body.at("corrects");  // present and well-formed: body_problem checked
      if (t.contains("hash") && t.at("hash").is_string()) {
        auto found = w.evidence_by_hash.find(t.at("hash").get<std::string>());
        if (found != w.evidence_by_hash.end()) target = found->second;
      } else {
        auto found = w.evidence_by_place.find({t.at("device").get<std::string>(), t.at("seq").get<std::int64_t>()});
        if (found != w.evidence_by_place.end()) target = found->second;
      }
      if (!target) return refuse("corrects " + t.dump() + ", which is no earlier evidence item of this case");
    }

    // A well-formed number names its fair: a case of another fair must not land in this one.
    if (e.type == ev::kCaseOpened)
      if (auto n = parse_case_number(c.number); n && n->fair != e.fair)
        return refuse("case number " + c.number + " belongs to fair " + n->fair + ", not " + e.fair);

    std::optional<CaseState> next = transition(c.state, e.type);
    bool late_after_decision = !next && e.type == ev::kDefenceRecorded && c.state == CaseState::Decided;
    if (!next && !late_after_decision) {
      if (c.state == CaseState::None) return refuse("case " + c.number + " was not opened before this event");
      if (e.type == ev::kCaseOpened) return refuse("case " + c.number + " is already open");
      return refuse(e.type + " not valid in state " + to_string(c.state));
    }

    apply_effects(s, c, w, entry, target);
    if (next) c.state = *next;
    entry.state_after = c.state;
    if (group) (std::string_view(group) == "admission" ? w.admission : w.outcome) = Holder{entry.ref, action_of(e)};
    if (late_after_decision) {
      entry.late = true;
      entry.reason = "defence recorded after the decision: stored, state unchanged";
    }
  }

  void apply_effects(const SignedEvent& s, Case& c, Work& w, TimelineEntry& entry, std::optional<std::size_t> target) {
    const Event& e = s.event;
    const Json& b = e.body;
    const std::string_view t = e.type;
    if (t == ev::kCaseOpened) {
      c.fair = e.fair;
      c.booth = string_at(b, "booth");
      c.hall = string_at(b, "hall");
      c.station = string_at(b, "station");
      if (c.station.empty())
        if (auto n = parse_case_number(c.number)) c.station = n->station;
      c.received = int_at(b, "received_at", e.time);
    } else if (t == ev::kComplainantRecorded) {
      merge(c.complainant, b);
    } else if (t == ev::kRightRecorded) {
      merge(c.right, b);
    } else if (t == ev::kRespondentRecorded) {
      merge(c.respondent, b);
      if ((c.booth.empty() || w.booth_from_respondent) && !string_at(b, "booth").empty()) {
        w.booth_from_respondent = true;
        c.booth = string_at(b, "booth");
        if (!string_at(b, "hall").empty()) c.hall = string_at(b, "hall");
      }
    } else if (t == ev::kProductRecorded) {
      merge(c.product, b);
    } else if (t == ev::kGroundsRecorded) {
      merge(c.grounds, b);
    } else if (t == ev::kAdmissibilityChecked) {
      merge(c.admissibility, b);
    } else if (t == ev::kDocumentAttached) {
      c.documents.push_back(Document{string_at(b, "kind"), string_at(b, "blob"), string_at(b, "note"), entry.ref});
    } else if (t == ev::kEvidenceAdded || t == ev::kEvidenceCorrected) {
      EvidenceItem item;
      item.id = entry.ref.hash;
      item.source = entry.ref;
      item.officer = e.officer;
      item.fields = Json::object();
      if (target) {
        EvidenceItem& old = c.evidence[*target];
        old.corrected_by.push_back(item.id);
        item.corrects = old.id;
        item.fields = old.fields;
      }
      merge(item.fields, b);
      w.evidence_by_hash[item.id] = c.evidence.size();
      w.evidence_by_place[{e.device, e.seq}] = c.evidence.size();
      c.evidence.push_back(std::move(item));
    } else if (t == ev::kCaseAccepted) {
      c.accepted = e.time;
    } else if (t == ev::kCaseRejected) {
      c.outcome = "rejected";
      c.reason = string_at(b, "reason");
    } else if (t == ev::kNoticeServed) {
      c.served = int_at(b, "served_at", e.time);
      c.defence_deadline = *c.served + ev::kDefencePeriodMs;
    } else if (t == ev::kDefenceRecorded) {
      Defence d{int_at(b, "received_at", e.time), string_at(b, "summary"), strings_at(b, "evidence"), false, entry.ref};
      if (c.defence_deadline && d.received_at > *c.defence_deadline) {
        d.late = entry.late = true;
        entry.reason = "defence received after the deadline: stored";
      }
      if (c.state == CaseState::Decided) d.late = true;
      c.defences.push_back(std::move(d));
    } else if (t == ev::kDecisionRecorded) {
      c.outcome = string_at(b, "outcome");
      c.measures = strings_at(b, "measures");
      c.sanction = string_at(b, "sanction");
      c.decided = e.time;
    } else if (t == ev::kCaseWithdrawn) {
      c.outcome = "withdrawn";
      c.reason = string_at(b, "reason");
    } else if (t == ev::kCaseTransferred) {
      c.outcome = "transferred";
      c.reason = string_at(b, "reason");
    } else if (t == ev::kCaseClosed) {
      c.closed = e.time;
    } else if (t == ev::kAckSigned) {
      c.acknowledgements.push_back(Acknowledgement{string_at(b, "party"),
                                                   string_at(b, "signature"),
                                                   string_at(b, "signer"),
                                                   string_at(b, "about"),
                                                   entry.ref,
                                                   false,
                                                   string_at(b, "role"),
                                                   {},
                                                   {}});
    } else if (t == ev::kAckRefused) {
      c.acknowledgements.push_back(Acknowledgement{string_at(b, "party"),
                                                   {},
                                                   string_at(b, "signer"),
                                                   string_at(b, "about"),
                                                   entry.ref,
                                                   true,
                                                   string_at(b, "role"),
                                                   string_at(b, "photo"),
                                                   string_at(b, "witness")});
    }
  }

  std::string fair_;
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<Case> cases_;
  std::vector<Work> work_;
  FoldResult result_;
};
}  // namespace

const Case* FoldResult::find(std::string_view number) const {
  auto it = std::lower_bound(cases.begin(), cases.end(), number,
                             [](const Case& c, std::string_view n) { return case_number_less(c.number, n); });
  if (it != cases.end() && it->number == number) return &*it;
  // Numbers outside the canonical form sort by text after the rest; fall back to a scan.
  for (const auto& c : cases)
    if (c.number == number) return &c;
  return nullptr;
}

FoldResult fold_cases(std::span<const SignedEvent> events, std::string_view fair) {
  std::vector<const SignedEvent*> order;
  order.reserve(events.size());
  for (const auto& s : events) order.push_back(&s);
  std::sort(order.begin(), order.end(), fold_less);
  // Same hash means same bytes: a duplicate from a second sync path, folded once.
  order.erase(std::unique(order.begin(), order.end(),
                          [](const SignedEvent* a, const SignedEvent* b) { return a->hash == b->hash; }),
              order.end());

  Folder folder(fair);
  for (const SignedEvent* s : order) folder.apply(*s);
  return folder.finish(static_cast<std::int64_t>(order.size()));
}

std::size_t CaseFolder::add(std::span<const SignedEvent> events) {
  std::size_t added = 0;
  for (const SignedEvent& s : events) {
    if (!seen_.insert(s.hash).second) continue;
    ++added;
    const SignedEvent* stored = &events_.emplace_back(s);
    Route route = route_event(s.event, fair_);
    auto& list = route.case_number.empty() ? unassigned_ : by_case_[route.case_number];
    // Mostly appended at the end: a local action or a sync in order.
    list.insert(std::upper_bound(list.begin(), list.end(), stored, fold_less), stored);
    if (route.case_number.empty())
      dirty_unassigned_ = true;
    else
      dirty_cases_.insert(std::move(route.case_number));
  }
  return added;
}

const FoldResult& CaseFolder::result() {
  if (dirty_unassigned_) {
    Folder folder(fair_);
    for (const SignedEvent* s : unassigned_) folder.apply(*s);
    result_.unassigned = folder.finish(0).unassigned;
    dirty_unassigned_ = false;
  }
  for (const std::string& number : dirty_cases_) {
    Folder folder(fair_);
    for (const SignedEvent* s : by_case_[number]) folder.apply(*s);
    Case folded = std::move(folder.finish(0).cases.at(0));
    auto at = std::lower_bound(result_.cases.begin(), result_.cases.end(), number,
                               [](const Case& c, const std::string& n) { return case_number_less(c.number, n); });
    if (at != result_.cases.end() && at->number == number)
      *at = std::move(folded);
    else
      result_.cases.insert(at, std::move(folded));
  }
  dirty_cases_.clear();
  result_.events = static_cast<std::int64_t>(seen_.size());
  return result_;
}

}  // namespace fg
