#pragma once
// The event types of a complaint case and the fields of each body (docs/workflow.md is the
// full reference with states and transitions). Keys are snake_case. Every case event carries
// "case_number" ("CF138-S03-0042", cases/case_number.h). Times are integers: ms since the Unix
// epoch, UTC. Dates are "YYYY-MM-DD" strings. Blobs are SHA-256 hex; every blob a body names
// is also listed in the event's blobs[] so sync carries it. Absent optional keys mean "not
// given"; a later event of the same type only overwrites the keys it carries.
#include <array>
#include <cstdint>
#include <string_view>

#include "cases/document_kinds.h"

namespace fg::events {

// Intake --------------------------------------------------------------------------------
// case_number, booth? (booth code the complaint is about; may be empty at the desk, then the
// respondent's booth is the case's), hall?, station (station code), received_at (ms UTC;
// defaults to the event time).  Creates the case in state draft.
inline constexpr std::string_view kCaseOpened = "case.opened";
// name, kind ("person" | "company"), id_number (ID card / passport / company registration),
// country (ISO 3166-1 alpha-2), badge?, agent?, agent_badge?, power_of_attorney? (blob).
inline constexpr std::string_view kComplainantRecorded = "complainant.recorded";
// right_type ("invention" | "utility_model" | "design" | "trademark" | "copyright" |
// "geographical_indication"), number, title?, grant_date?, legal_status?,
// evaluation_report? (number of the patent evaluation report), licence_type?
// ("owner" | "exclusive" | "sole" | "ordinary").
inline constexpr std::string_view kRightRecorded = "right.recorded";
// exhibitor, booth, hall?, delegation?, industry?, booth_source ("sticker_verified" | "manual").
inline constexpr std::string_view kRespondentRecorded = "respondent.recorded";
// description, model?, code? (decoded product code text), code_format? (ZXing format name,
// e.g. "EAN-13", "QRCode", "DataMatrix"), display_form ("exhibit" | "packaging" | "brochure" |
// "online_link"), url? (for online_link).
inline constexpr std::string_view kProductRecorded = "product.recorded";
// text (the complainant's statement of grounds), claims? (array of claim numbers relied on).
inline constexpr std::string_view kGroundsRecorded = "grounds.recorded";
// kind (one of kDocumentKinds, cases/document_kinds.h: the same names as the fair
// configuration's required documents), blob, note?.
inline constexpr std::string_view kDocumentAttached = "document.attached";

// Evidence (never edited; the item id is the event hash) ----------------------------------
// kind ("exhibit_photo" | "document_photo" | "brochure" | "business_card" | "certificate" |
// "sample" | "note" | "scanned_code"), blob? (absent for note / scanned_code), text? (note
// text or decoded code), booth, captured_at (ms UTC, device clock), original_seen (bool).
// Written by the station since evidence capture (all optional for readers): station (code),
// booth_sticker_at? (ms UTC: when this station last scanned that booth's genuine sticker;
// absent when the booth is the case's respondent booth because none was scanned), source
// ("camera" | "file" | "scanner" | "typed"), media_type? ("image/png", ...), size? (bytes),
// file_name? (name of an imported file; the path is not kept).
inline constexpr std::string_view kEvidenceAdded = "evidence.added";
// corrects: {"device": hex, "seq": int} or {"hash": hex} of the evidence.added (or earlier
// evidence.corrected) event it replaces; reason; then any evidence.added fields that change.
inline constexpr std::string_view kEvidenceCorrected = "evidence.corrected";

// Admissibility and filing ----------------------------------------------------------------
// complete (bool), missing? (array of document kinds), duplicate (bool), prior_session (bool),
// note?.
inline constexpr std::string_view kAdmissibilityChecked = "admissibility.checked";
// (no other field)  draft -> filed.
inline constexpr std::string_view kCaseFiled = "case.filed";
// note?, document? (blob: the acceptance slip, docs/documents.md)  filed -> accepted.
inline constexpr std::string_view kCaseAccepted = "case.accepted";
// reason, document? (blob: the rejection slip)  filed -> rejected.
inline constexpr std::string_view kCaseRejected = "case.rejected";

// Handling ----------------------------------------------------------------------------------
// served_at (ms UTC; defaults to the event time), sticker (the booth QR sticker payload
// scanned at the booth as proof of presence), sticker_verified (bool), recipient?,
// notice? (blob: the notice document served, docs/documents.md), officers? (ids of the
// officers serving with the event's officer, printed on the notice).
// accepted -> notice_served; defence deadline = served_at + 24 h.
inline constexpr std::string_view kNoticeServed = "notice.served";
// received_at (ms UTC; defaults to the event time), summary, evidence? (array of blobs).
// notice_served | defence_received -> defence_received; late if received_at > deadline.
inline constexpr std::string_view kDefenceRecorded = "defence.recorded";
// outcome ("exhibit_withdrawn" | "exhibit_covered" | "no_infringement" | "settled" |
// "complaint_withdrawn" | "transferred"), measures (array of "exhibit_removed" |
// "exhibit_covered" | "materials_sealed" | "materials_removed" | "link_taken_down"),
// sanction ("none" | "delegation_notice" | "fair_notice" | "excluded_next_session"), note?,
// reasons?, officers? (ids acting with the event's officer), document? (blob: the decision notice).
inline constexpr std::string_view kDecisionRecorded = "decision.recorded";
// reason?  (complainant withdraws before a decision)
inline constexpr std::string_view kCaseWithdrawn = "case.withdrawn";
// reason?, to? (office receiving the formal case)  (unresolved at closing)
inline constexpr std::string_view kCaseTransferred = "case.transferred";
// note?  decided | rejected | withdrawn | transferred -> closed.
inline constexpr std::string_view kCaseClosed = "case.closed";
// party ("complainant" | "respondent"), signature (blob: the signature image), signer?,
// about? (the event type acknowledged, e.g. "notice.served").
inline constexpr std::string_view kAckSigned = "ack.signed";
// party, about?, photo (blob: the paper left with the party, photographed there), witness (id of
// the second officer who saw the refusal), signer?, role?, note?: the party refused to sign.
inline constexpr std::string_view kAckRefused = "ack.refused";

inline constexpr std::array kAllTypes = {
    kCaseOpened,       kComplainantRecorded, kRightRecorded,   kRespondentRecorded, kProductRecorded,
    kGroundsRecorded,  kDocumentAttached,    kEvidenceAdded,   kEvidenceCorrected,  kAdmissibilityChecked,
    kCaseFiled,        kCaseAccepted,        kCaseRejected,    kNoticeServed,       kDefenceRecorded,
    kDecisionRecorded, kCaseWithdrawn,       kCaseTransferred, kCaseClosed,         kAckSigned,
    kAckRefused,
};

// Allowed values of the enumerated fields (the fold flags an event carrying another value).
inline constexpr std::array kRightTypes = {std::string_view{"invention"}, std::string_view{"utility_model"},
                                           std::string_view{"design"},    std::string_view{"trademark"},
                                           std::string_view{"copyright"}, std::string_view{"geographical_indication"}};
inline constexpr std::array kOutcomes = {std::string_view{"exhibit_withdrawn"},   std::string_view{"exhibit_covered"},
                                         std::string_view{"no_infringement"},     std::string_view{"settled"},
                                         std::string_view{"complaint_withdrawn"}, std::string_view{"transferred"}};
inline constexpr std::array kEvidenceKinds = {std::string_view{"exhibit_photo"}, std::string_view{"document_photo"},
                                              std::string_view{"brochure"},      std::string_view{"business_card"},
                                              std::string_view{"certificate"},   std::string_view{"sample"},
                                              std::string_view{"note"},          std::string_view{"scanned_code"}};
inline constexpr std::array kDisplayForms = {std::string_view{"exhibit"}, std::string_view{"packaging"},
                                             std::string_view{"brochure"}, std::string_view{"online_link"}};
inline constexpr std::array kParties = {std::string_view{"complainant"}, std::string_view{"respondent"}};

inline constexpr std::array kComplainantKinds = {std::string_view{"person"}, std::string_view{"company"}};
inline constexpr std::array kLicenceTypes = {std::string_view{"owner"}, std::string_view{"exclusive"},
                                             std::string_view{"sole"}, std::string_view{"ordinary"}};
inline constexpr std::array kBoothSources = {std::string_view{"sticker_verified"}, std::string_view{"manual"}};
inline constexpr std::array kMeasures = {std::string_view{"exhibit_removed"}, std::string_view{"exhibit_covered"},
                                         std::string_view{"materials_sealed"}, std::string_view{"materials_removed"},
                                         std::string_view{"link_taken_down"}};
inline constexpr std::array kSanctions = {std::string_view{"none"}, std::string_view{"delegation_notice"},
                                          std::string_view{"fair_notice"}, std::string_view{"excluded_next_session"}};

inline constexpr std::int64_t kDefencePeriodMs = 24LL * 60 * 60 * 1000;  // CNIPA 2022 art. 14

}  // namespace fg::events
