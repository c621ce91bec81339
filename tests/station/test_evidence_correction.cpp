// Correcting evidence: evidence.corrected changes what the list says about an item (kind,
// note, "original seen") with a reason, never its sealed blob; the original event stays in
// the store as it was and the list still says what the item was; refusals write nothing.
#include <QImage>

#include <catch2/catch.hpp>

#include "case_controller.h"
#include "cases/case.h"
#include "cases/event_types.h"
#include "intake_wizard.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::Station;

namespace {

QImage picture() {
  QImage image(64, 48, QImage::Format_RGB32);
  for (int y = 0; y < 48; ++y)
    for (int x = 0; x < 64; ++x) image.setPixel(x, y, qRgb(x * 4, y * 5, (x ^ y) & 0xff));
  return image;
}

SignedEvent last_event(Station& s) {
  const auto events = s.backend->store()->all_in_fold_order();
  REQUIRE(!events.empty());
  return events.back();
}

}  // namespace

TEST_CASE("a correction changes kind, note and original seen but never the sealed blob", "[station]") {
  Station s;
  s.signIn();
  accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  const qint64 t0 = 1'780'000'000'000;
  s.backend->setFixedNow(t0);
  REQUIRE(page.addImage("exhibit_photo", picture(), "front of the stand", true));
  const SignedEvent added = last_event(s);
  REQUIRE(page.evidence()->count() == 1);
  const EvidenceRow before = page.evidence()->rows().front();
  CHECK_FALSE(before.corrected);

  s.backend->setFixedNow(t0 + 60'000);
  REQUIRE(page.correctEvidence(before.id, "brochure", "brochure on the counter", false, "it is the brochure"));
  const SignedEvent fix = last_event(s);
  CHECK(fix.event.type == events::kEvidenceCorrected);
  CHECK(fix.event.body.at("corrects") == Json{{"hash", before.id.toStdString()}});
  CHECK(fix.event.body.at("reason") == "it is the brochure");
  CHECK(fix.event.body.at("kind") == "brochure");
  CHECK(fix.event.body.at("text") == "brochure on the counter");
  CHECK(fix.event.body.at("original_seen") == false);
  CHECK_FALSE(fix.event.body.contains("blob"));
  CHECK(fix.event.blobs.empty());

  // One row: the current description, the same blob, fingerprint, thumbnail and capture.
  REQUIRE(page.evidence()->count() == 1);
  const EvidenceRow& after = page.evidence()->rows().front();
  CHECK(after.corrected);
  CHECK(after.kind == "brochure");
  CHECK(after.text == "brochure on the counter");
  CHECK_FALSE(after.originalSeen);
  CHECK(after.blob == before.blob);
  CHECK(after.fingerprint == before.fingerprint);
  CHECK(after.thumbnail == before.thumbnail);
  CHECK(after.capturedAt == t0);
  CHECK(after.officer == before.officer);
  // What it was, why and by whom it changed.
  CHECK(after.wasKind == "exhibit_photo");
  CHECK(after.wasText == "front of the stand");
  CHECK(after.wasOriginalSeen);
  CHECK(after.reason == "it is the brochure");
  CHECK(after.correctedAt == fix.event.time);  // the signed envelope's time
  CHECK(after.correctedByName == before.officerName);
  CHECK(after.corrections == 1);
  CHECK(s.backend->blobs()->verify(before.blob.toStdString()));

  // The original event is in the store byte for byte as it was signed.
  const auto stored = s.backend->store()->find(added.event.device, added.event.seq);
  REQUIRE(stored);
  CHECK(stored->bytes == added.bytes);
  CHECK(stored->hash_hex() == before.id.toStdString());
  CHECK(stored->event.body.at("kind") == "exhibit_photo");

  // The timeline shows the correction, signed by the officer, and nothing is invalid.
  const auto& rows = page.timeline()->rows();
  REQUIRE(!rows.empty());
  bool shown = false;
  for (const TimelineRow& r : rows)
    if (r.type == "evidence.corrected") shown = r.officer == QString::fromStdString(fix.event.officer);
  CHECK(shown);
  CHECK(s.backend->findCase(page.caseNumber().toStdString())->invalid_events() == 0);
}

TEST_CASE("a correction of a correction replaces the latest version only, in the item's place", "[station]") {
  Station s;
  s.signIn();
  accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  REQUIRE(page.addEvidence("note", {}, "Catalogue on the tabel.", false));
  REQUIRE(page.addEvidence("note", {}, "Price list photographed.", false));
  const QString first = page.evidence()->rows().front().id;
  REQUIRE(page.correctEvidence(first, "note", "Catalogue on the table.", false, "typo"));
  const QString second = page.evidence()->rows().front().id;
  CHECK(second != first);

  // The replaced version can no longer be corrected: the latest can.
  const auto before = s.events();
  CHECK_FALSE(page.correctEvidence(first, "note", "x", true, "again"));
  CHECK(page.error().contains("latest"));
  CHECK(s.events() == before);
  REQUIRE(page.correctEvidence(second, "note", "Catalogue on the table.", true, "the original was shown after all"));

  // Still listed first (where it was captured), the later item after it.
  REQUIRE(page.evidence()->count() == 2);
  const EvidenceRow& row = page.evidence()->rows().front();
  CHECK(page.evidence()->rows().back().text == "Price list photographed.");
  CHECK(row.text == "Catalogue on the table.");
  CHECK(row.originalSeen);
  CHECK(row.corrections == 2);
  CHECK(row.reason == "the original was shown after all");
  // "As captured" is the original evidence.added, not the version in between.
  CHECK(row.wasText == "Catalogue on the tabel.");
  CHECK_FALSE(row.wasOriginalSeen);
  // Only what changed was written.
  const Json body = s.backend->store()->all_in_fold_order().back().event.body;
  CHECK_FALSE(body.contains("text"));
  CHECK_FALSE(body.contains("kind"));
  CHECK(body.at("original_seen") == true);
  const Case* c = s.backend->findCase(page.caseNumber().toStdString());
  REQUIRE(c->evidence.size() == 4);  // the fold keeps every version
  CHECK(c->evidence[0].fields.at("text") == "Catalogue on the tabel.");
}

TEST_CASE("corrections without reason, without change, of unknown items or kinds are refused", "[station]") {
  Station s;
  s.signIn();
  accepted_case(s);
  CaseController& page = *s.backend->currentCase();
  REQUIRE(page.addImage("exhibit_photo", picture(), "stand", false));
  REQUIRE(page.addEvidence("note", {}, "Staff refused the catalogue.", false));
  const QString photo = page.evidence()->rows()[0].id;
  const QString note = page.evidence()->rows()[1].id;
  const auto before = s.events();

  CHECK_FALSE(page.correctEvidence(photo, "brochure", "stand", false, "   "));
  CHECK(page.error().contains("why"));
  CHECK_FALSE(page.correctEvidence(photo, "exhibit_photo", " stand ", false, "checked"));
  CHECK(page.error().contains("Nothing changed"));
  CHECK_FALSE(page.correctEvidence(QString(64, QChar('a')), "brochure", "", false, "wrong"));
  CHECK(page.error().contains("not part of case"));
  CHECK_FALSE(page.correctEvidence(photo, "note", "stand", false, "no photo"));
  CHECK(page.error().contains("sealed picture"));
  CHECK_FALSE(page.correctEvidence(note, "exhibit_photo", "Staff refused the catalogue.", false, "was a photo"));
  CHECK(page.error().contains("no picture"));
  CHECK_FALSE(page.correctEvidence(note, "note", "  ", false, "clear it"));
  CHECK_FALSE(page.correctEvidence(photo, "poster", "stand", false, "wrong kind"));
  CHECK(s.events() == before);

  // A closed case takes no corrections.
  REQUIRE(page.withdraw("settled"));
  REQUIRE(page.close({}));
  const auto closed = s.events();
  CHECK_FALSE(page.correctEvidence(photo, "brochure", "stand", false, "late"));
  CHECK(page.error().contains("closed"));
  CHECK(s.events() == closed);
}
