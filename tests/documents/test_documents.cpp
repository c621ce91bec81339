// The case documents as a person and a machine read them: the PDF's text (pdftotext) names the
// case, the parties, the deadline in the fair's time zone and the officers with their
// credential numbers; the QR code scanned from a 150 dpi render (pdftoppm, ZXing) gives the
// case number and the hash of the record's last event before the paper; the same events give
// the same bytes, in one process, in another one, and when made again from the stored events.
#include <ZXing/ReadBarcode.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <regex>

#include "document_case.h"
#include "pgm_image.h"
#include "support/child_process.h"
#include "support/read_file.h"
#include "support/temp_dir.h"

using namespace fg;
using namespace fg::test;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, const std::string& bytes) { std::ofstream(file, std::ios::binary) << bytes; }

// pdftotext's text with every run of white space made one space (lines wrap where they fit).
std::string pdf_text(const fs::path& pdf) {
  const auto r = run_process({"/usr/bin/pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
  REQUIRE(r.code == 0);
  return std::regex_replace(r.out, std::regex("\\s+"), " ");
}

std::vector<std::string> scan_qr(const fs::path& pdf, const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& page : render_pages(pdf, dir, 150)) {
    GreyImage img = read_pgm(page);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    for (const auto& r : ZXing::ReadBarcodes(
             ZXing::ImageView(img.pixels.data(), img.width, img.height, ZXing::ImageFormat::Lum), hints))
      found.push_back(r.text());
  }
  return found;
}

struct Expected {
  const char* title;
  const char* deadline;  // as printed, worked out by hand from the fixture's times (UTC+8)
  std::vector<const char*> more;
};

void check_document(const IssuedDocument& d, const Expected& e, const fs::path& dir) {
  const std::string name(document_kind_name(d.kind));
  INFO(name);
  const fs::path pdf = dir / (name + ".pdf");
  write(pdf, d.pdf);
  CHECK(d.pdf.starts_with("%PDF-"));
  const std::string text = pdf_text(pdf);
  INFO(text);
  for (const char* s : {e.title, DocumentCase::kNumber, "深圳明光科技有限公司 Shenzhen Lumen Co.", "Ningbo Bright Ltd.",
                        "11.2C18", "ZL 2019 3 0123456.7", "LED desk lamp", "Hall 11 desk (S01)", e.deadline,
                        "王芳 (GZ001)", "44010020230001", "第139届中国进出口商品交易会"})
    CHECK_THAT(text, Catch::Contains(s));
  for (const char* s : e.more) CHECK_THAT(text, Catch::Contains(s));
  CHECK_THAT(text, Catch::Contains(d.last_hash));

  const auto codes = scan_qr(pdf, dir / (name + "-pages"));
  REQUIRE(codes.size() == 1);
  const auto qr = parse_document_qr(codes.front());
  REQUIRE(qr);
  CHECK(qr->kind == d.kind);
  CHECK(qr->case_number == DocumentCase::kNumber);
  CHECK(qr->event_hash == d.last_hash);
}

}  // namespace

TEST_CASE("acceptance slip: the complainant reads the case, the hand-on deadline and the officers", "[documents]") {
  TempDir tmp;
  DocumentCase c;
  const IssuedDocument d = c.accept();
  // The paper continues the record at the filing, the event before the acceptance.
  CHECK(d.last_hash == c.events()[c.events().size() - 2].hash_hex());
  check_document(d, {"受理通知书", "2026-04-13 21:30 CST (UTC+08:00)", {"Notice of acceptance", "致 To: 深圳明光"}},
                 tmp.path());
}

TEST_CASE("rejection slip: the reason and the missing documents, no deadline", "[documents]") {
  TempDir tmp;
  DocumentCase c;
  const IssuedDocument d = c.reject();
  CHECK(d.deadline == 0);
  check_document(d,
                 {"不予受理通知书",
                  "None; file again before the fair closes (2026-04-16)",
                  {"Notice of rejection", "No patent evaluation report", "专利权评价报告 Patent evaluation report",
                   "法律状态证明 Proof of legal status"}},
                 tmp.path());
}

TEST_CASE("notice of complaint: the respondent reads the 24 h defence deadline and both officers", "[documents]") {
  TempDir tmp;
  DocumentCase c;
  (void)c.accept();
  const IssuedDocument d = c.serve();
  CHECK(d.deadline == d.issuing.event.body["served_at"].get<std::int64_t>() + 24 * kHour);
  check_document(d,
                 {"投诉通知书",
                  "2026-04-13 22:30 CST (UTC+08:00)",
                  {"Notice of complaint", "致 To: Ningbo Bright Ltd.", "Li Lei (GZ002)", "44010020230002",
                   "Zhou Qiang, sales manager", "外观设计 Design patent"}},
                 tmp.path());
}

TEST_CASE("decision notice: outcome, measures, reasons, and an officer not yet credentialled", "[documents]") {
  TempDir tmp;
  DocumentCase c;
  (void)c.accept();
  (void)c.serve();
  const IssuedDocument d = c.decide();
  check_document(d,
                 {"处理决定书",
                  "2026-04-13 18:30 CST (UTC+08:00)",
                  {"Decision notice", "遮盖 Exhibit covered", "封存宣传资料 Materials sealed",
                   "same overall impression", "Defences received: 1", "赵敏 (GZ003)", "未登记 not on the roster"}},
                 tmp.path());
}

TEST_CASE("the same events give byte-identical documents, in this process, another one and from the record",
          "[documents]") {
  TempDir tmp;
  DocumentCase first, second;
  const auto a = all_documents(first), b = all_documents(second);
  REQUIRE(a.size() == 3);
  for (std::size_t i = 0; i < a.size(); ++i) {
    INFO(document_kind_name(a[i].kind));
    CHECK(a[i].pdf == b[i].pdf);
    // Made again from the stored events alone, as the relay does: the same bytes, so the blob
    // the issuing event cites is the paper the record makes.
    CHECK(render_issued_document(first.events(), a[i].issuing, first.config()) == a[i].pdf);
  }
  // The creation date is the issuing event's time, not the clock's.
  CHECK_THAT(a[1].pdf, Catch::Contains("/CreationDate"));

  const auto r = run_process({RENDER_CHILD_EXE, tmp.path().string()});
  REQUIRE(r.code == 0);
  for (const auto& d : a) {
    INFO(document_kind_name(d.kind));
    CHECK(read_file(tmp.path() / (std::string(document_kind_name(d.kind)) + ".pdf")) == d.pdf);
  }
}

TEST_CASE("a different record gives a different paper: the QR and the bytes follow the events", "[documents]") {
  DocumentCase c;
  const IssuedDocument accepted = c.accept();
  // Rendering the notice from the record before and after one more event.
  const FoldResult before = fold_cases(c.events(), "CF138");
  DocumentRequest request{
      DocumentKind::Notice, {{"case_number", DocumentCase::kNumber}}, kFairStart + 2 * kHour, "GZ001", "S01"};
  const std::string one = render_document(*before.find(DocumentCase::kNumber), c.config(), request);
  CHECK(document_text(*before.find(DocumentCase::kNumber), c.config(), request).qr.event_hash ==
        accepted.issuing.hash_hex());
  request.issued_at += 60'000;
  CHECK(render_document(*before.find(DocumentCase::kNumber), c.config(), request) != one);
}

TEST_CASE("document QR text: exactly the written form is read back, anything else is refused", "[documents]") {
  const DocumentQr qr{DocumentKind::Decision, "CF138-S01-0007", std::string(64, 'a')};
  const std::string text = document_qr_text(qr);
  CHECK(text == "fgdoc:1:decision:CF138-S01-0007:" + std::string(64, 'a'));
  CHECK(parse_document_qr(text) == qr);
  CHECK_FALSE(parse_document_qr("fgdoc:2:decision:CF138-S01-0007:" + std::string(64, 'a')));
  CHECK_FALSE(parse_document_qr("fgdoc:1:summons:CF138-S01-0007:" + std::string(64, 'a')));
  CHECK_FALSE(parse_document_qr("fgdoc:1:decision:cf138-s01-7:" + std::string(64, 'a')));
  CHECK_FALSE(parse_document_qr("fgdoc:1:decision:CF138-S01-0007:" + std::string(64, 'A')));
  CHECK_FALSE(parse_document_qr("fgdoc:1:decision:CF138-S01-0007:" + std::string(63, 'a')));
  CHECK_FALSE(parse_document_qr("fgdoc:1:decision:CF138-S01-0007:" + std::string(300, 'a')));
}
