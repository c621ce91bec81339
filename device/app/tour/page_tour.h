#pragma once
// The page tour behind --self-test, --screenshots and --readability-report: every page of
// Main.qml (its pageNames) in English and Chinese, on the demo fair, each checked for QML
// warnings and read for contrast and touch-target size (readability_check.h).
#include <QString>

namespace fg {

class StationBackend;

struct TourOptions {
  QString screenshot_dir;      // when set, <lang>-<page>.png for each page
  QString readability_report;  // when set, a Markdown table: the worst text of each page
};

// Returns the process exit code: 1 when any page failed to show, any QML warning was printed,
// a text is below its contrast minimum or an enabled control is smaller than a finger.
int run_page_tour(StationBackend& backend, const TourOptions& options);

}  // namespace fg
