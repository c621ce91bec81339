#pragma once
// Loading the QML interface: style, fonts, Main.qml from qrc (Qt 6.4 has no loadFromModule).
// The page tour behind --self-test and --screenshots is tour/page_tour.h.
#include <QString>

class QQmlApplicationEngine;
class QQmlEngine;
class QQuickWindow;

namespace fg {

class StationBackend;

inline constexpr const char* kMainQmlUrl = "qrc:/FairGuard/Station/Main.qml";

// Style and fonts; call before the first engine is created.
void set_station_style();
// What every engine showing the station's pages needs (the app's and the QML tests'):
// translations follow the backend's language, the module's import path, evidence thumbnails.
void prepare_station_engine(QQmlEngine& engine, StationBackend& backend);
// Loads Main.qml with the backend; nullptr (and the reason in *error) on failure. With
// Pages::AfterFirstFrame (the app) Main.qml's first frame is only the window (and the sign-in
// page when it shows), and the pages are made once that frame is out; with Pages::Ready (the
// tour, the tests) they are made before this returns, so they can be driven at once.
enum class Pages { Ready, AfterFirstFrame };
QQuickWindow* load_main_window(QQmlApplicationEngine& engine, StationBackend& backend, QString* error,
                               Pages pages = Pages::Ready);

}  // namespace fg
