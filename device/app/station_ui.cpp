#include "station_ui.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

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

QQuickWindow* load_main_window(QQmlApplicationEngine& engine, StationBackend& backend, QString* error, Pages pages) {
  prepare_station_engine(engine, backend);
  engine.setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue(&backend)}});
  engine.load(QUrl(QString::fromLatin1(kMainQmlUrl)));
  const auto roots = engine.rootObjects();
  auto* window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
  if (!window) {
    if (error) *error = QStringLiteral("Main.qml did not load (see the messages above)");
    return nullptr;
  }
  if (pages == Pages::AfterFirstFrame) {
    // Queued: frameSwapped comes from the render thread where there is one. Then posted once
    // more, so that whoever else waits for that frame hears of it before the pages are made.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window] { QTimer::singleShot(0, window, [window] { window->setProperty("makePages", true); }); },
        static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    return window;
  }
  window->setProperty("makePages", true);
  if (!window->property("pagesReady").toBool()) {
    if (error) *error = QStringLiteral("Main.qml's pages were not made (see the messages above)");
    return nullptr;
  }
  return window;
}

}  // namespace fg
