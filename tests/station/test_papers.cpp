// The case papers on the station: listed on the case page, shown as a picture drawn from the
// sealed PDF (its QR code reads back as the paper's), and printed through CUPS's `lp`. The
// print tests here run a stand-in `lp` (a shell script on PATH) that records what it was given
// or fails as CUPS does; test_print_cups.cpp prints through a real CUPS scheduler.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdlib>

#include "case_controller.h"
#include "cases/case.h"
#include "cases/event_types.h"
#include "decode_image.h"
#include "document_page_image.h"
#include "document_printer.h"
#include "documents/document_kind.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::Station;

namespace {

// A served and decided case; its page open.
std::string decided_case(Station& s) {
  const std::string number = accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  REQUIRE(page.serveNotice(QString::fromStdString(s.fair.sticker("9.1K23")), "Chen Jing"));
  REQUIRE(page.recordDecision("no_infringement", {}, "none", "The lamp's shade differs from the design."));
  return number;
}

// PATH with a directory holding a stand-in `lp` first; restored when it ends.
struct FakeLp {
  QTemporaryDir dir;
  QByteArray old_path = qgetenv("PATH");
  explicit FakeLp(const QByteArray& script) {
    QFile lp(dir.filePath("lp"));
    REQUIRE(lp.open(QIODevice::WriteOnly));
    lp.write("#!/bin/sh\n" + script);
    lp.close();
    lp.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("PATH", dir.path().toUtf8() + ":" + old_path);
  }
  ~FakeLp() { qputenv("PATH", old_path); }
  QString log() const {
    QFile f(dir.filePath("args"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
  }
};

}  // namespace

TEST_CASE("the case page lists its papers and shows each as a picture whose QR is the paper's", "[station]") {
  Station s;
  s.signIn();
  const std::string number = decided_case(s);
  CaseController& page = *s.backend->currentCase();
  const QVariantList papers = page.papers();
  REQUIRE(papers.size() == 3);  // in the order issued
  CHECK(papers[0].toMap().value("kind") == "acceptance");
  CHECK(papers[1].toMap().value("kind") == "notice");
  CHECK(papers[2].toMap().value("kind") == "decision");
  CHECK(papers[1].toMap().value("officer") == "OF-017");

  // The hash the notice's QR carries: the case's last event before the notice.
  const Case* c = s.backend->findCase(number);
  std::string before_notice;
  for (const TimelineEntry& t : c->timeline) {
    if (t.type == events::kNoticeServed) break;
    before_notice = t.ref.hash;
  }
  DocumentPageProvider provider(&s.backend->vault());
  QSize size;
  const QImage picture = provider.requestImage(papers[1].toMap().value("blob").toString(), &size, {});
  REQUIRE_FALSE(picture.isNull());
  CHECK(picture.width() == DocumentPageProvider::kDefaultWidth);
  CHECK(picture.height() > picture.width());  // A4, upright
  CHECK(size == picture.size());
  const ScanResults read = decode_image(picture);
  REQUIRE(read.size() == 1);
  CHECK(read[0].text == document_qr_text({DocumentKind::Notice, number, before_notice}));

  // Not a paper, or not there: no picture (and no crash).
  CHECK(provider.requestImage(QString(64, QLatin1Char('0')), &size, {}).isNull());
  CHECK(render_pdf_page("not a pdf", 0, 400).isNull());
  QString why;
  CHECK(render_pdf_page(QByteArray("%PDF-1.5\n"), 0, 400, &why).isNull());
  CHECK_FALSE(why.isEmpty());
}

TEST_CASE("a paper is printed with lp on the queue chosen, A4, one copy", "[station]") {
  Station s;
  s.signIn();
  const std::string number = decided_case(s);
  CaseController& page = *s.backend->currentCase();
  const QString notice = page.papers()[1].toMap().value("blob").toString();

  const PrintJob job = DocumentPrinter::job("desk-9", "/dev/shm/x/notice.pdf", "CF138-S03-0001 3f1c9a0b");
  CHECK(job.program == "lp");
  CHECK(job.arguments == QStringList{"-d", "desk-9", "-n", "1", "-o", "media=A4", "-t", "CF138-S03-0001 3f1c9a0b", "--",
                                     "/dev/shm/x/notice.pdf"});
  CHECK_FALSE(DocumentPrinter::job({}, "/f.pdf", "t").arguments.contains("-d"));  // the default printer

  {
    // lp as CUPS answers: it copies what it was handed, so the printed file can be compared.
    FakeLp lp(
        "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args\"\n"
        "for f; do last=$f; done; cp \"$last\" \"$(dirname \"$0\")/printed.pdf\"\n"
        "echo 'request id is desk-9-42 (1 file(s))'\n");
    const QVariantMap r = page.printPaper(notice, "desk-9");
    INFO(r.value("message").toString().toStdString());
    CHECK(r.value("ok").toBool());
    CHECK(r.value("message") == "Sent to the printer (job desk-9-42).");
    CHECK(lp.log().startsWith("-d\ndesk-9\n-n\n1\n-o\nmedia=A4\n-t\n" + page.caseNumber() + " "));
    QFile printed(lp.dir.filePath("printed.pdf"));
    REQUIRE(printed.open(QIODevice::ReadOnly));
    QFile sealed(page.noticePdf());
    REQUIRE(sealed.open(QIODevice::ReadOnly));
    CHECK(printed.readAll() == sealed.readAll());  // the sealed paper, byte for byte
  }
  CHECK(s.backend->settings()->printerQueue() == "desk-9");  // the queue that took the job
  {
    FakeLp lp("echo 'lp: The printer or class does not exist.' >&2\nexit 1\n");
    const QVariantMap r = page.printPaper(notice, "nowhere");
    CHECK_FALSE(r.value("ok").toBool());
    CHECK(r.value("message") == "Not printed: lp: The printer or class does not exist.");
  }
  CHECK(s.backend->settings()->printerQueue() == "desk-9");  // a queue that failed is not kept
  // Refused before anything runs: a queue name lpadmin would not take, a blob of no paper.
  CHECK(page.printPaper(notice, "desk 9; rm -rf /").value("message") ==
        "\"desk 9; rm -rf /\" is not a printer queue name.");
  CHECK(page.printPaper(QString(64, QLatin1Char('a')), {}).value("message") ==
        QStringLiteral("This paper is not part of case %1.").arg(page.caseNumber()));
  {
    QTemporaryDir empty;
    const QByteArray old = qgetenv("PATH");
    qputenv("PATH", empty.path().toUtf8());  // no lp installed
    const QVariantMap r = page.printPaper(notice, {});
    qputenv("PATH", old);
    CHECK(r.value("message") == "Cannot print: the print command (lp) is not installed.");
  }
}

TEST_CASE("the printer queue a paper went to is kept in the station's settings across a restart", "[station]") {
  Station s;
  s.signIn();
  decided_case(s);
  CaseController& page = *s.backend->currentCase();
  const QString notice = page.papers()[1].toMap().value("blob").toString();
  CHECK(s.backend->settings()->printerQueue().isEmpty());  // the default printer until one is used
  {
    FakeLp lp("echo 'request id is hall9-pdf-7 (1 file(s))'\n");
    REQUIRE(page.printPaper(notice, " hall9-pdf ").value("ok").toBool());
  }
  CHECK(s.backend->settings()->printerQueue() == "hall9-pdf");
  // Refused names never reach the file.
  CHECK_FALSE(s.backend->settings()->setPrinterQueue("desk 9; rm -rf /"));
  CHECK(s.backend->settings()->printerQueue() == "hall9-pdf");

  // The station starts again (before anyone signs in): the preview page offers that queue.
  StationBackend again;
  QString error;
  REQUIRE(again.open(s.dir.path(), &error));
  CHECK(again.settings()->printerQueue() == "hall9-pdf");
  // A file damaged on disk gives the default printer, not a failed start.
  QFile file(QDir(s.dir.path()).filePath("settings.json"));
  REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
  file.write("{\"printer_queue\": \"a b\"");
  file.close();
  StationBackend damaged;
  REQUIRE(damaged.open(s.dir.path(), &error));
  CHECK(damaged.settings()->printerQueue().isEmpty());
}
