// Keyboard-wedge scanners: a fast burst of keys ending in Enter is a scan; people are slower.
#include <catch2/catch.hpp>

#include <QKeyEvent>
#include <QSignalSpy>

#include "keyboard_wedge.h"
#include "wedge_detector.h"
#include "scan_test_support.h"

using namespace fg;

namespace {

// Types text with the given gap between keys, starting at t; returns the time of the last key.
int64_t type(WedgeDetector& d, const std::string& text, int64_t t, int gap) {
  for (char c : text) {
    d.text_key(std::string(1, c), t);
    t += gap;
  }
  return t - gap;
}

}  // namespace

TEST_CASE("a burst of keys ending in Enter is one scan", "[scan]") {
  WedgeDetector d;
  const int64_t last = type(d, "4006381333931", 1000, 8);
  const auto code = d.enter_key(last + 9);
  REQUIRE(code);
  CHECK(*code == "4006381333931");
  // The burst is consumed: a second Enter is no scan.
  CHECK_FALSE(d.enter_key(last + 15));
}

TEST_CASE("human typing is not a scan", "[scan]") {
  WedgeDetector d;
  int64_t last = type(d, "CF138-S03", 1000, 120);  // 120 ms a key: a fast typist
  CHECK_FALSE(d.enter_key(last + 150));
  // Fast keys, but Enter pressed by hand later.
  last = type(d, "B12-0042", 5000, 10);
  CHECK_FALSE(d.enter_key(last + 400));
  // Too short to be a code (a person hitting two keys at once, then Enter).
  last = type(d, "ab", 9000, 5);
  CHECK_FALSE(d.enter_key(last + 5));
}

TEST_CASE("a scan after typed text is told apart from the typing", "[scan]") {
  WedgeDetector d;
  int64_t t = type(d, "note: ", 1000, 150);
  t = type(d, "FG-B12-0042", t + 300, 6);
  const auto code = d.enter_key(t + 6);
  REQUIRE(code);
  CHECK(*code == "FG-B12-0042");
}

TEST_CASE("the gap and length limits are settings, length counts characters", "[scan]") {
  WedgeDetector d({.max_gap_ms = 60, .min_length = 3});
  d.text_key("展", 0);
  d.text_key("位", 40);
  d.text_key("A", 80);
  const auto code = d.enter_key(120);
  REQUIRE(code);
  CHECK(*code == "展位A");  // 3 characters although 7 bytes

  d.text_key("展", 1000);
  d.text_key("位", 1040);
  CHECK_FALSE(d.enter_key(1080));  // 2 characters: too short
}

TEST_CASE("KeyboardWedge turns key events into scanned(text)", "[scan]") {
  fg::test::ensure_qt_app();
  QObject field;
  KeyboardWedge wedge;
  wedge.watch(&field);
  QSignalSpy scanned(&wedge, &KeyboardWedge::scanned);

  auto press = [&](int key, const QString& text, ulong time, Qt::KeyboardModifiers mods = {}) {
    QKeyEvent event(QEvent::KeyPress, key, mods, text);
    event.setTimestamp(time);
    QCoreApplication::sendEvent(&field, &event);
    QKeyEvent release(QEvent::KeyRelease, key, mods, text);
    release.setTimestamp(time + 1);
    QCoreApplication::sendEvent(&field, &release);
  };
  // A scanner types capitals with Shift: the Shift presses carry no text.
  ulong t = 10000;
  for (QChar c : QStringLiteral("CF138-S03-0042")) {
    if (c.isUpper()) press(Qt::Key_Shift, {}, t++, Qt::ShiftModifier);
    press(c.unicode(), QString(c), t);
    t += 7;
  }
  press(Qt::Key_Return, QStringLiteral("\r"), t);
  REQUIRE(scanned.size() == 1);
  CHECK(scanned[0][0].toString() == QStringLiteral("CF138-S03-0042"));

  // The same characters typed by a person: no signal.
  t += 5000;
  for (QChar c : QStringLiteral("CF138-S03-0042")) {
    press(c.unicode(), QString(c), t);
    t += 140;
  }
  press(Qt::Key_Return, QStringLiteral("\r"), t);
  CHECK(scanned.size() == 1);

  // Settings reach the detector.
  wedge.setMaxGap(200);
  CHECK(wedge.maxGap() == 200);
  t += 5000;
  for (QChar c : QStringLiteral("B12-0042")) {
    press(c.unicode(), QString(c), t);
    t += 140;
  }
  press(Qt::Key_Enter, QStringLiteral("\r"), t);
  REQUIRE(scanned.size() == 2);
  CHECK(scanned[1][0].toString() == QStringLiteral("B12-0042"));
}

TEST_CASE("KeyboardWedge counts a key once when one event is seen twice", "[scan]") {
  fg::test::ensure_qt_app();
  // Qt Quick hands the window's key event on to items; a filter on both sees it twice.
  QObject window, item;
  KeyboardWedge wedge;
  wedge.watch(&window);
  wedge.watch(&item);
  QSignalSpy scanned(&wedge, &KeyboardWedge::scanned);
  ulong t = 500;
  for (QChar c : QStringLiteral("0042")) {
    QKeyEvent event(QEvent::KeyPress, c.unicode(), {}, QString(c));
    event.setTimestamp(t);
    QCoreApplication::sendEvent(&window, &event);
    QCoreApplication::sendEvent(&item, &event);
    t += 5;
  }
  QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, {}, QStringLiteral("\r"));
  enter.setTimestamp(t);
  QCoreApplication::sendEvent(&window, &enter);
  QCoreApplication::sendEvent(&item, &enter);
  REQUIRE(scanned.size() == 1);
  CHECK(scanned[0][0].toString() == QStringLiteral("0042"));  // not "00004422"
}
