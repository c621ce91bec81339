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
// Loads Main.qml with the backend; nullptr (and the reason in *error) on failure.
QQuickWindow* load_main_window(QQmlApplicationEngine& engine, StationBackend& backend, QString* error);

}  // namespace fg
