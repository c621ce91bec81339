#include "station_ui.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QThread>

#include "evidence_thumbnails.h"
#include "qml_message_log.h"
#include "station_backend.h"

namespace fg {
namespace {

void settle(int ms) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < ms) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
}

bool show_page(QQuickWindow* window, const QString& page) {
  QVariant ok;
  return QMetaObject::invokeMethod(window, "showPage", Q_RETURN_ARG(QVariant, ok), Q_ARG(QVariant, page)) &&
         ok.toBool();
}

}  // namespace

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

int run_page_tour(StationBackend& backend, const QString& screenshotDir) {
  QmlMessageLog log;
  QQmlApplicationEngine engine;
  QString error;
  QQuickWindow* window = load_main_window(engine, backend, &error);
  if (!window) {
    qCritical("%s", qPrintable(error));
    return 1;
  }
  if (!screenshotDir.isEmpty() && !QDir().mkpath(screenshotDir)) {
    qCritical("Cannot create %s", qPrintable(screenshotDir));
    return 1;
  }
  const QStringList pages = window->property("pageNames").toStringList();
  // Every *Page.qml of the module must be reachable from the tour, or it is never checked.
  QStringList missing;
  for (QDirIterator it(QStringLiteral(":/FairGuard/Station"), {QStringLiteral("*Page.qml")}); it.hasNext();) {
    const QString file = QFileInfo(it.next()).completeBaseName();
    QString name = file.left(file.size() - 4);
    name[0] = name[0].toLower();
    if (!pages.contains(name)) missing << file;
  }
  if (!missing.isEmpty()) qWarning("Pages not in Main.qml's pageNames: %s", qPrintable(missing.join(", ")));

  // One self-service submission, so that the officer's queue page has a row to show.
  (void)backend.kioskDesk()->submit({{"kind", "company"},
                                     {"name", "Hoffmann Werkzeuge GmbH"},
                                     {"idNumber", "HRB 123456"},
                                     {"country", "DE"},
                                     {"agent", "Li Na 李娜"},
                                     {"agentBadge", "AG-0042"},
                                     {"rightType", "invention"},
                                     {"number", "201710601862.3"},
                                     {"title", "Ratchet spanner"},
                                     {"booth", "9.1K27"},
                                     {"grounds", "The spanners on display copy claim 1."},
                                     {"contact", "+49 711 123456"}});
  int failures = 0;
  for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
    backend.language()->setLanguage(lang);
    for (const QString& page : pages) {
      // The tour runs on the demo fair (demo_data.h): its first officer opens every page but
      // the sign-in page itself.
      // The kiosk pages are shown in kiosk mode (entered by the signed-in officer); every other
      // page after an officer's exit from it.
      const bool kiosk_page = page == QLatin1String("kiosk") || page.startsWith(QLatin1String("kiosk/"));
      if (!kiosk_page && backend.kioskDesk()->active())
        (void)backend.kioskDesk()->exit(QStringLiteral("OF-017"), QStringLiteral("1234"));
      if (page != QLatin1String("signIn") && !backend.session()->signedIn() && !backend.kioskDesk()->active())
        (void)backend.session()->trySignIn(QStringLiteral("OF-017"), QStringLiteral("1234"));
      if (!show_page(window, page)) {
        qWarning("Page '%s' could not be shown", qPrintable(page));
        ++failures;
        continue;
      }
      settle(120);
      if (!screenshotDir.isEmpty()) {
        const QString file =
            QDir(screenshotDir)
                .filePath(
                    QStringLiteral("%1-%2.png").arg(lang, QString(page).replace(QLatin1Char('/'), QLatin1Char('-'))));
        if (!window->grabWindow().save(file)) {
          qWarning("Cannot write %s", qPrintable(file));
          ++failures;
        }
      }
    }
  }
  const QStringList problems = log.problems();
  if (problems.isEmpty() && failures == 0) {
    std::fprintf(stderr, "self-test: %lld pages x 2 languages shown, no QML warning\n",
                 static_cast<long long>(pages.size()));
    return 0;
  }
  std::fprintf(stderr, "self-test FAILED: %lld warnings, %d pages failed\n", static_cast<long long>(problems.size()),
               failures);
  return 1;
}

}  // namespace fg
