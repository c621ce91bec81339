// Start-up (issue 13): the app's first frame shows only what the officer first sees, and the
// pages (header bar, dashboard, wizard...) are made once that frame is out. Driven through the
// real Main.qml as the app loads it.
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <catch2/catch.hpp>

#include "station_fixture.h"
#include "station_ui.h"
#include "visible_item.h"

namespace fg::test {
namespace {

bool show_page(QQuickWindow* window, const QString& name) {
  QVariant shown;
  return QMetaObject::invokeMethod(window, "showPage", Q_RETURN_ARG(QVariant, shown), Q_ARG(QVariant, name)) &&
         shown.toBool();
}

// Runs the event loop until the pages are made, for at most a minute.
bool wait_for_pages(QQuickWindow* window) {
  QElapsedTimer waited;
  waited.start();
  while (!window->property("pagesReady").toBool() && waited.elapsed() < 60'000)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  return window->property("pagesReady").toBool();
}

// Main.qml loaded as the app loads it (first frame first).
QQuickWindow* load_as_app(QQmlApplicationEngine& engine, Station& s) {
  set_station_style();
  QString error;
  QQuickWindow* window = load_main_window(engine, *s.backend, &error, Pages::AfterFirstFrame);
  UNSCOPED_INFO(error.toStdString());
  return window;
}

}  // namespace

TEST_CASE("the app's first frame comes before its pages, which then come on their own", "[station]") {
  Station s;
  s.signIn();
  QQmlApplicationEngine engine;
  QQuickWindow* window = load_as_app(engine, s);
  REQUIRE(window);
  CHECK_FALSE(window->property("pagesReady").toBool());
  CHECK_FALSE(show_page(window, QStringLiteral("dashboard")));  // nothing to show yet

  int frames = 0;
  bool pages_at_first_frame = true;
  QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
    if (frames++ == 0) pages_at_first_frame = window->property("pagesReady").toBool();
  });
  REQUIRE(wait_for_pages(window));
  CHECK(frames >= 1);
  CHECK_FALSE(pages_at_first_frame);
  // Then the dashboard works as before: shown, with its scan button.
  CHECK(show_page(window, QStringLiteral("dashboard")));
  CHECK(find_visible(window->contentItem(),
                     [](QQuickItem* i) { return i->objectName() == QLatin1String("scanIntoSearch"); }));
}

TEST_CASE("with no officer signed in, the first frame already holds the sign-in page", "[station]") {
  Station s;  // enrolled, nobody signed in: every real start
  QQmlApplicationEngine engine;
  QQuickWindow* window = load_as_app(engine, s);
  REQUIRE(window);
  const auto sign_in = [](QQuickItem* i) {
    return i->property("session").isValid() && i->property("stationCode").isValid();
  };
  // Made with the window, before any event ran: the first frame draws it.
  CHECK_FALSE(window->property("pagesReady").toBool());
  QQuickItem* page = find_visible(window->contentItem(), sign_in);
  REQUIRE(page);
  CHECK(page->property("stationCode").toString() == s.backend->stationCode());
  // Plain Qt Quick items only: a Qt Quick Controls item would load the Controls before the
  // first frame, which cost about as much as a bare window's whole start (docs/station.md).
  CHECK_FALSE(find_visible(window->contentItem(), [](QQuickItem* i) {
    return i->inherits("QQuickControl") || i->inherits("QQuickLabel") || i->inherits("QQuickTextField");
  }));
  // Signing in shows the pages' dashboard and hides the sign-in page.
  REQUIRE(wait_for_pages(window));
  s.signIn();
  QCoreApplication::processEvents();
  CHECK_FALSE(find_visible(window->contentItem(), sign_in));
  CHECK(show_page(window, QStringLiteral("dashboard")));
}

}  // namespace fg::test
