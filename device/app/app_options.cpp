#include "app_options.h"

#include <QCommandLineParser>

namespace fg {

AppOptions parse_app_options(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription("FairGuard complaint station");
  parser.addHelpOption();
  const QCommandLineOption self_test(
      "self-test", "Load every page offscreen; exit 1 on any QML warning, low contrast or small control.");
  const QCommandLineOption shots("screenshots", "Render every page in both languages to PNG files in <dir>.", "dir");
  const QCommandLineOption readability(
      "readability-report", "Tour every page; write the worst contrast of each to <file> (Markdown).", "file");
  const QCommandLineOption data("data", "Station data folder (store, blobs, keys).", "dir");
  const QCommandLineOption demo("demo", "Start with a demo fair in a temporary folder.");
  const QCommandLineOption kiosk(
      "kiosk", "Start as the exhibitors' self-service kiosk, full screen (an officer's id and PIN exits).");
  const QCommandLineOption lang("lang", "Interface language: en or zh_CN.", "code");
  parser.addOptions({self_test, shots, readability, data, demo, kiosk, lang});
  parser.process(arguments);

  AppOptions o;
  o.self_test = parser.isSet(self_test);
  o.screenshots_dir = parser.value(shots);
  o.readability_report = parser.value(readability);
  o.data_dir = parser.value(data);
  o.demo = parser.isSet(demo) || o.self_test || !o.screenshots_dir.isEmpty() || !o.readability_report.isEmpty();
  o.kiosk = parser.isSet(kiosk);
  o.language = parser.value(lang);
  return o;
}

}  // namespace fg
