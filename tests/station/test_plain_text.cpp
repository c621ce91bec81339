// Text a person typed is shown as typed, never as HTML (issue 11, finding 12). QML's Text
// guesses rich text by default, so markup typed at one tablet (or at the kiosk) would be
// rendered as bold green "verified" banners, local images and links on every station. Here a
// case carries such markup in every free-text field, and the real Main.qml shows it on the
// dashboard, the Today page, the case page and the intake review: every text item that holds
// it must be plain text.
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <catch2/catch.hpp>

#include "intake_wizard.h"
#include "station_fixture.h"
#include "station_ui.h"
#include "visible_item.h"

namespace fg::test {
namespace {

const QString kMarker = QStringLiteral("VERIFIED BY BUREAU");
const QString kHostile = QStringLiteral(
    "<b><font color=\"green\" size=\"7\">\u2714 VERIFIED BY BUREAU</font></b>"
    "<img src=\"file:///usr/share/icons/hicolor/48x48/apps/x.png\"><a href=\"https://evil.example/\">click</a>");

// Qt's TextFormat enumeration: Text.PlainText is 0 for Text, Label and TextEdit alike.
constexpr int kPlainText = 0;

struct Shown {
  int items = 0;     // visible text items whose text holds the marker
  QStringList rich;  // those of them not shown as plain text (their QML type and format)
};

void collect(QQuickItem* item, Shown& shown) {
  for (QQuickItem* child : item->childItems()) {
    const QVariant text = child->property("text");
    const QVariant format = child->property("textFormat");
    if (child->isVisible() && text.isValid() && format.isValid() && text.toString().contains(kMarker)) {
      ++shown.items;
      if (format.toInt() != kPlainText)
        shown.rich << QStringLiteral("%1 (textFormat %2)")
                          .arg(QString::fromLatin1(child->metaObject()->className()))
                          .arg(format.toInt());
    }
    collect(child, shown);
  }
}

Shown shown_on(QQuickWindow* window) {
  settle();
  // Rendered, as an officer would see it: the grab makes every delegate lay out and paint.
  REQUIRE(!window->grabWindow().isNull());
  Shown shown;
  collect(window->contentItem(), shown);
  return shown;
}

bool call(QQuickWindow* window, const char* function, const QString& argument) {
  QVariant result;
  return QMetaObject::invokeMethod(window, function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, argument));
}

}  // namespace

TEST_CASE("markup typed into a complaint is shown as plain text on every page that shows it", "[station]") {
  Station s;
  s.signIn();
  IntakeWizard& w = *s.backend->intake();
  w.reset();
  REQUIRE(w.recordComplainant(
      {{"name", kHostile}, {"kind", "company"}, {"idNumber", "91440300MA5TEST01"}, {"country", "CN"}}));
  REQUIRE(w.recordRight({{"rightType", "invention"}, {"number", "ZL 2017 1 0601862.3"}}));
  REQUIRE(w.recordRespondentFromSticker(QString::fromStdString(s.fair.sticker("9.1K23"))));
  REQUIRE(w.recordProduct({{"description", kHostile}, {"code", "4006381333931"}}));
  REQUIRE(w.recordGrounds(kHostile));
  for (const QVariant& d : w.documents()) w.setDocumentSeen(d.toMap().value("kind").toString(), true);
  REQUIRE(w.checkAdmissibility(false, {}));
  const QString number = w.caseNumber();

  set_station_style();
  QQmlApplicationEngine engine;
  QString error;
  QQuickWindow* window = load_main_window(engine, *s.backend, &error);
  INFO(error.toStdString());
  REQUIRE(window);

  const auto check = [&](const char* where, int at_least) {
    const Shown shown = shown_on(window);
    INFO(where << ": " << shown.rich.join(", ").toStdString());
    CHECK(shown.items >= at_least);  // the page does show the typed text...
    CHECK(shown.rich.isEmpty());     // ...and only as plain text
  };

  REQUIRE(call(window, "showPage", QStringLiteral("intake/6")));
  check("intake review", 2);  // complainant and product
  REQUIRE(w.saveSignature(drawn_signature(), "W"));
  REQUIRE(w.accept({}));
  REQUIRE(call(window, "showPage", QStringLiteral("dashboard")));
  check("dashboard", 1);
  REQUIRE(call(window, "showPage", QStringLiteral("today")));
  check("today", 1);
  REQUIRE(call(window, "openCase", number));
  check("case page", 2);  // complainant and product
}

}  // namespace fg::test
