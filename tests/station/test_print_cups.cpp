// Printing a paper through a real CUPS scheduler (private_cups.h) to a cups-pdf queue, the way
// a station prints at a desk: the page's print action runs `lp`, CUPS's filters turn the PDF
// into PostScript, cups-pdf's ghostscript makes a PDF of what would have gone on paper, and
// that is read back: the same text and the same QR code as the sealed paper.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <cstdlib>

#include "case_controller.h"
#include "decode_image.h"
#include "document_page_image.h"
#include "private_cups.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::Station;

namespace {

// The words on an A4 page above its footer, as pdftotext reads them: layout and line breaks
// aside, and ligatures as their letters (the printed copy sets "ffi" as one glyph where the
// paper did not). The footer is left out because the renderer that made the printed copy
// maps the page number's digit back to another character (the picture is right).
QStringList words_of(const QString& pdf) {
  QProcess p;
  p.start("pdftotext", {"-enc", "UTF-8", "-x", "0", "-y", "0", "-W", "595", "-H", "800", pdf, "-"});
  REQUIRE(p.waitForFinished(60'000));
  REQUIRE(p.exitCode() == 0);
  return QString::fromUtf8(p.readAllStandardOutput())
      .normalized(QString::NormalizationForm_KC)
      .split(QRegularExpression("\\s+"), Qt::SkipEmptyParts);
}

QByteArray bytes_of(const QString& path) {
  QFile f(path);
  REQUIRE(f.open(QIODevice::ReadOnly));
  return f.readAll();
}

}  // namespace

TEST_CASE("a notice printed through a real CUPS queue comes out with the paper's text and QR code", "[station]") {
  test::PrivateCups cups;
  if (!cups.unavailable().empty()) {
    // CI runs as root with scripts/setup's packages: there the printer must work.
    if (std::getenv("CI")) FAIL("no CUPS for the print test: " << cups.unavailable());
    WARN("print test skipped: " << cups.unavailable());
    return;
  }
  Station s;
  s.signIn();
  const std::string number = accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  REQUIRE(page.serveNotice(QString::fromStdString(s.fair.sticker("9.1K23")), "Chen Jing"));
  const QString notice = page.papers()[1].toMap().value("blob").toString();

  const QVariantMap r = page.printPaper(notice, cups.queue());
  INFO(r.value("message").toString().toStdString() << "\n" << cups.log());
  REQUIRE(r.value("ok").toBool());
  const QString job = r.value("message").toString().section("(job ", 1).section(")", 0, 0);
  REQUIRE(job.startsWith(cups.queue() + "-"));
  const auto printed = cups.printed(job, std::chrono::seconds(120));
  REQUIRE(printed);

  // What came out of the printer reads as the sealed paper does, word for word (the case
  // number, the parties, the deadline, the officers; in Chinese and English).
  const QStringList sealed_words = words_of(page.noticePdf());
  const QStringList printed_words = words_of(*printed);
  CHECK(sealed_words.contains(QString::fromStdString(number)));
  CHECK(sealed_words.join(' ').contains("Chen Jing"));
  qsizetype same = 0;
  while (same < sealed_words.size() && same < printed_words.size() && sealed_words[same] == printed_words[same]) ++same;
  INFO("words alike: " << same << " of " << sealed_words.size() << "; then paper \""
                       << sealed_words.mid(same, 8).join(' ').toStdString() << "\", printed \""
                       << printed_words.mid(same, 8).join(' ').toStdString() << "\"");
  CHECK(printed_words == sealed_words);

  // Its QR code reads back as the sealed paper's: the printed page matches the record.
  const ScanResults sealed_qr = decode_image(render_pdf_page(bytes_of(page.noticePdf()), 0, 1240));
  const ScanResults printed_qr = decode_image(render_pdf_page(bytes_of(*printed), 0, 1240));
  REQUIRE(sealed_qr.size() == 1);
  REQUIRE(printed_qr.size() == 1);
  CHECK(printed_qr[0].text == sealed_qr[0].text);
  CHECK(printed_qr[0].text.find(number) != std::string::npos);
}
