#pragma once
// What a case document says, before any layout: every line in Chinese first with English
// beside it (docs/documents.md lists the lines of each kind). Built from the folded case, the
// signed fair configuration (officers, credentials, stations, time zone) and the body of the
// event that issues the document.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cases/case.h"
#include "documents/document_kind.h"
#include "fairconfig/fair_config.h"

namespace fg {

struct DocumentRequest {
  DocumentKind kind{};
  // The issuing event's body as it is (re-rendering) or will be (the station, before it signs):
  // served_at, recipient (notice); note (acceptance); reason (rejection); outcome, measures,
  // sanction, reasons or note (decision); officers (ids of the officers acting with the
  // issuer). Other keys, such as the PDF's own blob, are not read.
  Json body = Json::object();
  std::int64_t issued_at = 0;  // the issuing event's time, ms UTC
  std::string officer;         // the issuing event's officer id
  std::string station;         // the issuing station's code (S01...)
};

struct DocumentLine {
  std::string label;  // "案件编号 Case number"
  std::string value;
};

struct DocumentText {
  std::string title_zh, title_en;
  std::string fair;                   // fair name and id, venue
  std::string recipient;              // "致 To: ..."
  std::vector<DocumentLine> facts;    // case number, parties, right, product, booth, station, date
  std::vector<DocumentLine> ruling;   // decision or rejection details; empty otherwise
  std::string asked_zh, asked_en;     // what is asked of the recipient
  std::string deadline;               // wall-clock time in the fair's zone, or what stands for it
  std::vector<std::string> officers;  // "王芳 (GZ001)  执法证号 Credential No. 4401..."
  std::string signature_label;        // what the recipient signs for
  DocumentQr qr;
};

// The defence deadline (notice), the hand-on limit (acceptance: 24 h, 2006 Measures art. 11) or
// the time the measures apply from (decision); nullopt for a rejection (no time limit).
std::optional<std::int64_t> document_deadline(const DocumentRequest& request);

// Throws std::invalid_argument when the case has no events (nothing for the paper to continue).
DocumentText document_text(const Case& c, const FairConfig& config, const DocumentRequest& request);

}  // namespace fg
