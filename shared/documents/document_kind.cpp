#include "documents/document_kind.h"

#include <algorithm>
#include <array>

#include "cases/case_number.h"
#include "cases/event_types.h"

namespace fg {

namespace {
constexpr std::string_view kQrPrefix = "fgdoc:1:";
constexpr std::array kNames = {std::string_view{"notice"}, std::string_view{"acceptance"},
                               std::string_view{"rejection"}, std::string_view{"decision"}};

bool lower_hex_digest(std::string_view s) {
  return s.size() == 64 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}
}  // namespace

std::string_view document_kind_name(DocumentKind kind) { return kNames[static_cast<std::size_t>(kind)]; }

std::optional<DocumentKind> document_kind_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<DocumentKind>(i);
  return std::nullopt;
}

const char* document_cite_key(DocumentKind kind) { return kind == DocumentKind::Notice ? "notice" : "document"; }

std::string_view issuing_event_type(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::Notice:
      return events::kNoticeServed;
    case DocumentKind::Acceptance:
      return events::kCaseAccepted;
    case DocumentKind::Rejection:
      return events::kCaseRejected;
    case DocumentKind::Decision:
      return events::kDecisionRecorded;
  }
  return {};
}

std::string document_qr_text(const DocumentQr& qr) {
  return std::string(kQrPrefix) + std::string(document_kind_name(qr.kind)) + ":" + qr.case_number + ":" + qr.event_hash;
}

std::optional<DocumentQr> parse_document_qr(std::string_view text) {
  if (text.size() > kMaxDocumentQrBytes || !text.starts_with(kQrPrefix)) return std::nullopt;
  text.remove_prefix(kQrPrefix.size());
  const auto first = text.find(':');
  const auto last = text.rfind(':');
  if (first == std::string_view::npos || first == last) return std::nullopt;
  const auto kind = document_kind_from_name(text.substr(0, first));
  const std::string_view number = text.substr(first + 1, last - first - 1), hash = text.substr(last + 1);
  if (!kind || !parse_case_number(number) || !lower_hex_digest(hash)) return std::nullopt;
  return DocumentQr{*kind, std::string(number), std::string(hash)};
}

}  // namespace fg
