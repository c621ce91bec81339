#include "documents/document_pdf.h"

#include <algorithm>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "cases/case_fold.h"
#include "documents/pdf_canvas.h"
#include "documents/qr_symbol.h"
#include "ledger/json_fields.h"

namespace fg {

namespace {

constexpr double kQrCm = 3.0;
constexpr int kQuietModules = 2;
constexpr double kLabelWidth = 150;

void grey(cairo_t* cr) { cairo_set_source_rgb(cr, 0.35, 0.35, 0.35); }
void black(cairo_t* cr) { cairo_set_source_rgb(cr, 0, 0, 0); }

void rule(PdfCanvas& pdf) {
  cairo_t* cr = pdf.cr();
  cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
  cairo_rectangle(cr, pdf.margin(), pdf.y(), kA4Width - 2 * pdf.margin(), 0.6);
  cairo_fill(cr);
  black(cr);
  pdf.advance(8);
}

void lines(PdfCanvas& pdf, const std::vector<DocumentLine>& rows) {
  const double x = pdf.margin(), value_w = kA4Width - 2 * x - kLabelWidth;
  for (const DocumentLine& row : rows) {
    const double need = std::max(pdf.text_width(row.value, 10.5) / value_w + 1, 1.0) * 15;
    pdf.ensure(need);
    grey(pdf.cr());
    const double lh = pdf.text(x, pdf.y(), row.label, 9.5, kLabelWidth - 8);
    black(pdf.cr());
    const double vh = pdf.text(x + kLabelWidth, pdf.y(), row.value, 10.5, value_w);
    pdf.advance(std::max(lh, vh) + 4);
  }
}

void heading(PdfCanvas& pdf, const std::string& text) {
  pdf.ensure(40);
  pdf.advance(6);
  pdf.advance(pdf.text(pdf.margin(), pdf.y(), text, 11.5, 0, true) + 4);
}

void paragraph(PdfCanvas& pdf, const std::string& text, double size) {
  const double width = kA4Width - 2 * pdf.margin();
  pdf.ensure(std::max(pdf.text_width(text, size) / width + 1, 1.0) * size * 1.5);
  pdf.advance(pdf.text(pdf.margin(), pdf.y(), text, size, width) + 5);
}

// Title block on the left, the QR code and its text under it on the right.
void header(PdfCanvas& pdf, const DocumentText& t, const std::string& qr_text) {
  const ZXing::BitMatrix modules = qr_modules(qr_text, kQrEccPrint);
  const double side = kQrCm * kPointsPerCm, module = side / (modules.width() + 2 * kQuietModules);
  const double qr_x = kA4Width - pdf.margin() - side, top = pdf.margin();
  draw_qr(pdf.cr(), modules, qr_x + kQuietModules * module, top + kQuietModules * module, module);
  grey(pdf.cr());
  const double caption = pdf.text(qr_x - 20, top + side + 2, "记录核对 Record check", 7, side + 20, false, 1);
  black(pdf.cr());

  const double title_w = qr_x - pdf.margin() - 12;
  double y = top + 4;
  y += pdf.text(pdf.margin(), y, t.title_zh, 22, title_w, true);
  y += pdf.text(pdf.margin(), y, t.title_en, 14, title_w, true) + 6;
  grey(pdf.cr());
  y += pdf.text(pdf.margin(), y, t.fair, 10, title_w) + 8;
  black(pdf.cr());
  y += pdf.text(pdf.margin(), y, t.recipient, 11, title_w, true);
  pdf.advance(std::max(y, top + side + caption + 4) - pdf.y() + 8);
}

void signature_block(PdfCanvas& pdf, const std::string& label) {
  pdf.ensure(70);
  pdf.advance(14);
  const double x = pdf.margin(), w = kA4Width - 2 * x;
  pdf.advance(pdf.text(x, pdf.y(), label, 10, w) + 26);
  cairo_t* cr = pdf.cr();
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  cairo_rectangle(cr, x, pdf.y(), w * 0.55, 0.6);
  cairo_rectangle(cr, x + w * 0.65, pdf.y(), w * 0.35, 0.6);
  cairo_fill(cr);
  grey(cr);
  pdf.text(x, pdf.y() + 3, "签名 Signature", 8);
  pdf.text(x + w * 0.65, pdf.y() + 3, "时间 Date and time", 8);
  black(cr);
  pdf.advance(20);
}

bool before_in_fold_order(const SignedEvent& a, const SignedEvent& b) {
  return std::tie(a.event.hlc, a.event.device, a.event.seq) < std::tie(b.event.hlc, b.event.device, b.event.seq);
}

std::optional<DocumentKind> kind_issued_by(std::string_view type) {
  for (DocumentKind k :
       {DocumentKind::Notice, DocumentKind::Acceptance, DocumentKind::Rejection, DocumentKind::Decision})
    if (issuing_event_type(k) == type) return k;
  return std::nullopt;
}

}  // namespace

std::string render_document(const Case& c, const FairConfig& config, const DocumentRequest& request) {
  const DocumentText t = document_text(c, config, request);
  const std::string qr_text = document_qr_text(t.qr);
  std::string bytes;
  {
    PdfCanvas pdf(PdfToMemory{&bytes});
    pdf.set_creation_time(request.issued_at);
    pdf.set_title(t.title_zh + " " + t.title_en + " " + c.number);
    pdf.set_footer(t.title_zh + " " + t.title_en + "  " + c.number);
    header(pdf, t, qr_text);
    rule(pdf);
    lines(pdf, t.facts);
    if (!t.ruling.empty()) {
      heading(pdf, "决定 Ruling");
      lines(pdf, t.ruling);
    }
    heading(pdf, "告知事项 What is asked of you");
    paragraph(pdf, t.asked_zh, 10.5);
    paragraph(pdf, t.asked_en, 10);
    pdf.ensure(30);
    pdf.advance(4);
    lines(pdf, {{"期限 Deadline", t.deadline}});
    heading(pdf, "执法人员 Officers");
    for (const std::string& o : t.officers) paragraph(pdf, o, 10);
    signature_block(pdf, t.signature_label);
    rule(pdf);
    grey(pdf.cr());
    paragraph(pdf, "本文书接续案件记录中的事件 This paper continues the case record at event:", 7.5);
    paragraph(pdf, t.qr.event_hash, 7.5);
    paragraph(pdf, "二维码 QR: " + qr_text, 7);
    black(pdf.cr());
    pdf.finish();
  }
  return bytes;
}

std::string render_issued_document(std::span<const SignedEvent> events, const SignedEvent& issuing,
                                   const FairConfig& config) {
  const auto kind = kind_issued_by(issuing.event.type);
  if (!kind) throw std::invalid_argument("a " + issuing.event.type + " event issues no document");
  std::vector<SignedEvent> before;
  for (const SignedEvent& e : events)
    if (before_in_fold_order(e, issuing)) before.push_back(e);
  const FoldResult fold = fold_cases(before, issuing.event.fair);
  const std::string number = string_at(issuing.event.body, "case_number");
  const Case* c = fold.find(number);
  if (!c) throw std::invalid_argument("case " + number + " has no events before the " + issuing.event.type);
  const DeviceEntry* device = config.find_device(issuing.event.device);
  DocumentRequest request{*kind, issuing.event.body, issuing.event.time, issuing.event.officer,
                          device ? device->code : std::string()};
  return render_document(*c, config, request);
}

}  // namespace fg
