// fairguard-station: the complaint station app. All logic lives in fairguard_station_lib.
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "app_options.h"
#include "demo_data.h"
#include "station_backend.h"
#include "page_tour.h"
#include "station_ui.h"

int main(int argc, char* argv[]) {
  QGuiApplication app(argc, argv);
  QGuiApplication::setApplicationName(QStringLiteral("fairguard-station"));
  QGuiApplication::setOrganizationName(QStringLiteral("FairGuard"));
  const fg::AppOptions options = fg::parse_app_options(QGuiApplication::arguments());
  fg::set_station_style();

  // The demo (and the self-test and screenshots) run in a throw-away folder.
  QTemporaryDir demo_dir;
  const QString data_dir = options.demo ? demo_dir.path()
                           : !options.data_dir.isEmpty()
                               ? options.data_dir
                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  fg::StationBackend backend;
  backend.setKiosk(options.kiosk);
  // A real station may hold thousands of cases: the first page shows while they load.
  backend.setDeferredLoading(!options.demo);
  QString error;
  if (!backend.open(data_dir, &error)) {
    qCritical("%s", qPrintable(error));
    return 1;
  }
  fg::DemoFair demo;
  if (options.demo) {
    // The demo officer keeps the (encrypted) stores open while the demo data is made; signing
    // out afterwards closes them, so the demo starts at the sign-in page like a station.
    const bool made = fg::enrol_demo_fair(backend, demo, &error) &&
                      backend.session()->trySignIn(QStringLiteral("OF-017"), QStringLiteral("1234")) &&
                      fg::add_demo_cases(backend, demo, 7, &error) && fg::add_demo_receipts(backend, &error);
    if (!made) {
      qCritical("Demo data: %s", qPrintable(error.isEmpty() ? backend.session()->lastError() : error));
      return 1;
    }
    backend.session()->signOut();
  }
  if (options.self_test || !options.screenshots_dir.isEmpty() || !options.readability_report.isEmpty())
    return fg::run_page_tour(backend, {options.screenshots_dir, options.readability_report});

  // --kiosk: the station starts as the exhibitors' self-service kiosk (an officer's PIN exits).
  if (options.kiosk && backend.enrolled()) backend.kioskDesk()->enterAtStart();
  backend.language()->setLanguage(!options.language.isEmpty()                        ? options.language
                                  : QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                                     : QStringLiteral("en"));
  QQmlApplicationEngine engine;
  QQuickWindow* window = fg::load_main_window(engine, backend, &error, fg::Pages::AfterFirstFrame);
  if (!window) {
    qCritical("%s", qPrintable(error));
    return 1;
  }
  if (options.kiosk) window->showFullScreen();
  return QGuiApplication::exec();
}
