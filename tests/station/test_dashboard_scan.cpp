// Officers think in booths (issue 13): on a tablet without a keyboard-wedge scanner, the
// dashboard's "Scan sticker" opens the camera scanner, and the sticker it reads becomes the
// search, which opens that booth's view. Driven through the real Main.qml.
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <catch2/catch.hpp>

#include "station_fixture.h"
#include "station_ui.h"
#include "visible_item.h"

namespace fg::test {
namespace {

QQuickItem* find(QQuickWindow* window, const char* name) {
  return find_visible(window->contentItem(), [name](QQuickItem* i) { return i->objectName() == QLatin1String(name); });
}

// The page on top of Main's StackView: the item with ScannerPage's `mode` and `usable`.
QQuickItem* scanner_page(QQuickWindow* window) {
  return find_visible(window->contentItem(),
                      [](QQuickItem* i) { return i->property("mode").isValid() && i->property("usable").isValid(); });
}

}  // namespace

TEST_CASE("a booth sticker scanned from the dashboard opens that booth's view", "[station]") {
  Station s;
  s.signIn();  // else add_demo_cases signs out at the end, which closes the encrypted stores
  QString error;
  REQUIRE(add_demo_cases(*s.backend, s.fair, 7, &error));
  QQmlApplicationEngine engine;
  QQuickWindow* window = load_main_window(engine, *s.backend, &error);
  INFO(error.toStdString());
  REQUIRE(window);
  settle();

  QQuickItem* scan = find(window, "scanIntoSearch");
  REQUIRE(scan);
  REQUIRE(QMetaObject::invokeMethod(scan, "clicked"));
  settle();
  QQuickItem* scanner = scanner_page(window);
  REQUIRE(scanner);
  CHECK(scanner->property("mode").toString() == "sticker");

  // What the camera (or an imported photo) gives the page: a genuine sticker of booth 9.1K23.
  const QString sticker = QString::fromStdString(s.fair.sticker("9.1K23"));
  REQUIRE(
      QMetaObject::invokeMethod(scanner, "found", Q_ARG(QVariant, sticker), Q_ARG(QVariant, QStringLiteral("QRCode"))));
  settle();
  QQuickItem* use = find_visible(scanner, [](QQuickItem* i) { return i->objectName() == QLatin1String("useCode"); });
  REQUIRE(use);
  REQUIRE(use->property("enabled").toBool());
  REQUIRE(QMetaObject::invokeMethod(use, "clicked"));
  settle();

  CHECK(s.backend->cases()->filter() == sticker);
  CHECK(s.backend->cases()->boothInView() == "9.1K23");
  QQuickItem* title = find(window, "boothTitle");
  REQUIRE(title);
  CHECK(title->isVisible());
  CHECK(title->property("text").toString().contains("9.1K23"));
  QQuickItem* verdict = find(window, "boothStickerVerdict");
  REQUIRE(verdict);
  CHECK(verdict->property("verdict").toString() == "genuine");
}

}  // namespace fg::test
