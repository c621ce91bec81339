#pragma once
// One complaint case as the fold sees it: every field recorded so far (latest value per key in
// fold order), the full timeline of its events (invalid ones kept and flagged), evidence with
// its corrections, conflicts between stations and the timestamps the dashboard needs.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cases/case_state.h"
#include "ledger/canonical.h"

namespace fg {

// Identifies one event of the fair: (device, seq) is its place, hash its content.
struct EventRef {
  std::string device;
  std::int64_t seq = 0;
  std::string hash;
  bool operator==(const EventRef&) const = default;
};

struct TimelineEntry {
  EventRef ref;
  std::string officer;
  std::int64_t time = 0;  // device wall clock, ms UTC
  std::int64_t hlc = 0;
  std::string type;
  bool valid = true;      // false: kept but did not change the case
  bool late = false;      // a defence after the deadline or after the decision
  bool conflict = false;  // a decisive action concurrent with another station's
  std::string reason;     // why it is invalid, late or in conflict; empty otherwise
  CaseState state_after = CaseState::None;
  bool operator==(const TimelineEntry&) const = default;
};

struct EvidenceItem {
  std::string id;  // hash of the evidence.added / evidence.corrected event
  EventRef source;
  std::string officer;
  Json fields;                            // the body (for a correction: the corrected item's fields with the changes)
  std::string corrects;                   // id of the item this one replaces; empty for an original
  std::vector<std::string> corrected_by;  // ids of items that replace this one
  bool current() const { return corrected_by.empty(); }
  bool operator==(const EvidenceItem&) const = default;
};

struct Document {
  std::string kind;
  std::string blob;
  std::string note;
  EventRef source;
  bool operator==(const Document&) const = default;
};

struct Defence {
  std::int64_t received_at = 0;
  std::string summary;
  std::vector<std::string> evidence;  // blobs
  bool late = false;
  EventRef source;
  bool operator==(const Defence&) const = default;
};

struct Acknowledgement {
  std::string party;      // complainant | respondent
  std::string signature;  // blob; empty for a refusal
  std::string signer;
  std::string about;
  EventRef source;
  bool refused = false;  // ack.refused: the party would not sign
  std::string role;      // the signer's role (at the booth)
  std::string photo;     // blob: a refusal's photo of the paper left with the party
  std::string witness;   // a refusal's second officer (id)
  bool operator==(const Acknowledgement&) const = default;
};

// Two stations took different decisive actions on one case without seeing each other.
struct Conflict {
  std::string group;        // "admission" (accept/reject) or "outcome" (decision/withdrawal/transfer)
  EventRef held;            // the action that holds the state (first in fold order)
  std::string held_action;  // e.g. "decision.recorded:exhibit_covered"
  EventRef rival;           // the other action: kept, flagged, not applied
  std::string rival_action;
  bool operator==(const Conflict&) const = default;
};

struct Case {
  std::string number;
  CaseState state = CaseState::None;
  std::string fair;
  std::string station;  // station code from case.opened
  std::string booth;    // booth the complaint is about: case.opened's, else the respondent's
  std::string hall;

  // Recorded details: merged bodies without case_number, latest value per key wins.
  Json complainant = Json::object();
  Json right = Json::object();
  Json respondent = Json::object();
  Json product = Json::object();
  Json grounds = Json::object();
  Json admissibility = Json::object();
  std::vector<Document> documents;
  std::vector<EvidenceItem> evidence;
  std::vector<Defence> defences;
  std::vector<Acknowledgement> acknowledgements;

  // Timestamps, ms UTC.
  std::optional<std::int64_t> received, accepted, served, defence_deadline, decided, closed;

  std::string outcome;  // decision outcome, or "withdrawn" / "transferred" / "rejected"
  std::vector<std::string> measures;
  std::string sanction;
  std::string reason;  // of rejection, withdrawal or transfer

  std::vector<Conflict> conflicts;
  std::vector<TimelineEntry> timeline;  // every event of the case, in fold order

  // Convenience views of the details.
  std::string right_type() const;
  std::string right_number() const;
  std::string complainant_id() const;
  std::string respondent_booth() const;  // respondent booth, else the case booth
  bool duplicate_flag() const;           // as set by admissibility.checked
  bool prior_session_flag() const;
  bool defence_late() const;
  int invalid_events() const;
  bool operator==(const Case&) const = default;
};

}  // namespace fg
