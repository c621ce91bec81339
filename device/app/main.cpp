// fairguard-station: the complaint station app. All logic lives in fairguard_station_lib.
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include "app_options.h"
#include "demo_data.h"
#include "station_backend.h"
#include "station_ui.h"

int main(int argc, char* argv[]) {
  QGuiApplication app(argc, argv);
  QGuiApplication::setApplicationName(QStringLiteral("fairguard-station"));
  QGuiApplication::setOrganizationName(QStringLiteral("FairGuard"));
  const fg::AppOptions options = fg::parse_app_options(QGuiApplication::arguments());
  fg::set_station_style();

  fg::StationBackend backend;
  backend.setKiosk(options.kiosk);
  if (options.demo) {
    // Screenshots and self-test use a fixed clock so the pictures do not change between runs.
    const qint64 now = options.self_test || !options.screenshots_dir.isEmpty() ? 1'800'000'000'000LL
                                                                               : QDateTime::currentMSecsSinceEpoch();
    if (now == 1'800'000'000'000LL) backend.setFixedNow(now);
    fg::install_demo(backend, now);
  }
  if (options.self_test || !options.screenshots_dir.isEmpty())
    return fg::run_page_tour(backend, options.screenshots_dir);

  backend.language()->setLanguage(!options.language.isEmpty() ? options.language
                                  : QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                                      : QStringLiteral("en"));
  QQmlApplicationEngine engine;
  QString error;
  QQuickWindow* window = fg::load_main_window(engine, backend, &error);
  if (!window) {
    qCritical("%s", qPrintable(error));
    return 1;
  }
  if (options.kiosk) window->showFullScreen();
  return QGuiApplication::exec();
}
