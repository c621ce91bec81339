#pragma once
// Command line of fairguard-station.
#include <QString>
#include <QStringList>

namespace fg {

struct AppOptions {
  bool self_test = false;      // load every page offscreen, exit non-zero on any QML warning
  QString screenshots_dir;     // render every page in both languages to PNG, then exit
  QString readability_report;  // the tour's contrast table (Markdown), then exit
  QString data_dir;            // where the station keeps its store, blobs and keys
  bool demo = false;           // start with a demo fair, officers and cases (temporary folder)
  bool kiosk = false;          // full screen self-service kiosk; an officer's id + PIN exits it
  QString language;            // "en" or "zh_CN"; empty: from the system locale
};

// Parses the arguments of QCoreApplication (exits with usage text on --help or an error).
AppOptions parse_app_options(const QStringList& arguments);

}  // namespace fg
