#include "station_ui.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include "document_page_image.h"
#include "evidence_thumbnails.h"
#include "station_backend.h"

namespace fg {

void set_station_style() {
  QQuickStyle::setStyle(QStringLiteral("Basic"));
  // One family for Latin and Chinese so that mixed names line up.
  QFont font(QStringLiteral("Noto Sans CJK SC"));
  font.setPixelSize(18);
  QGuiApplication::setFont(font);
}

void prepare_station_engine(QQmlEngine& engine, StationBackend& backend) {
  backend.language()->setEngine(&engine);
  engine.addImportPath(QStringLiteral("qrc:/"));
  // Evidence thumbnails, derived in memory from the sealed blobs (the engine owns it).
  engine.addImageProvider(QStringLiteral("evidence"), new EvidenceThumbnailProvider(&backend.vault()));
  // The case papers as pictures, for the preview shown to the person they are handed to.
  engine.addImageProvider(QStringLiteral("document"), new DocumentPageProvider(&backend.vault()));
}

QQuickWindow* load_main_window(QQmlApplicationEngine& engine, StationBackend& backend, QString* error) {
  prepare_station_engine(engine, backend);
  engine.setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue(&backend)}});
  engine.load(QUrl(QString::fromLatin1(kMainQmlUrl)));
  const auto roots = engine.rootObjects();
  auto* window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
  if (!window && error) *error = QStringLiteral("Main.qml did not load (see the messages above)");
  return window;
}

}  // namespace fg
