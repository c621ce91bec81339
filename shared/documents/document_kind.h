#pragma once
// The papers a case produces (docs/documents.md): which event issues each, and the text of the
// QR code printed on it, which ties the paper to the record it continues.
#include <optional>
#include <string>
#include <string_view>

namespace fg {

enum class DocumentKind {
  Notice,      // 投诉通知书: to the respondent, starts the 24 h defence period (notice.served)
  Acceptance,  // 受理通知书: to the complainant (case.accepted)
  Rejection,   // 不予受理通知书: to the complainant (case.rejected)
  Decision,    // 处理决定书: to the respondent, a copy to the complainant (decision.recorded)
};

// "notice", "acceptance", "rejection", "decision".
std::string_view document_kind_name(DocumentKind kind);
std::optional<DocumentKind> document_kind_from_name(std::string_view name);
// The event type that issues the document and cites its PDF.
std::string_view issuing_event_type(DocumentKind kind);
// The body key under which the issuing event cites the PDF's SHA-256: "notice" for a notice,
// "document" for the others (the station, the simulator and the relay read the same).
const char* document_cite_key(DocumentKind kind);

// QR payload: "fgdoc:1:<kind>:<case number>:<hash>", hash = SHA-256 hex of the case's last
// event before the document (docs/documents.md).
inline constexpr std::size_t kMaxDocumentQrBytes = 256;
struct DocumentQr {
  DocumentKind kind{};
  std::string case_number;
  std::string event_hash;
  bool operator==(const DocumentQr&) const = default;
};
std::string document_qr_text(const DocumentQr& qr);
// nullopt unless `text` is exactly what document_qr_text writes (scanned text is untrusted:
// bounded to kMaxDocumentQrBytes before it is split).
std::optional<DocumentQr> parse_document_qr(std::string_view text);

}  // namespace fg
