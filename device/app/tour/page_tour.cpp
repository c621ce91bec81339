#include "page_tour.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QThread>

#include <cstdio>

#include "demo_data.h"
#include "qml_message_log.h"
#include "readability_check.h"
#include "station_backend.h"
#include "station_ui.h"

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

// The exhibitors' pages (kiosk) hold every text to 4.5:1; the officers' body text needs 7:1.
bool officer_page(const QString& page) {
  return !page.startsWith(QLatin1String("kiosk")) || page.startsWith(QLatin1String("kioskQueue"));
}

// One table row for the page, and a warning per element below its minimum. Returns how many.
int report_readability(const QString& name, const QString& page, const PageReadability& read, QString& table) {
  int bad = 0;
  const TextReading* worst = nullptr;
  for (const TextReading& t : read.texts) {
    const double needed = required_ratio(t, officer_page(page));
    if (!worst || t.ratio - needed < worst->ratio - required_ratio(*worst, officer_page(page))) worst = &t;
    if (t.ratio + 0.005 < needed) {
      qWarning("%s: text '%s' has contrast %.2f:1, needs %.1f:1", qPrintable(name), qPrintable(t.element), t.ratio,
               needed);
      ++bad;
    }
  }
  for (const TargetReading& target : read.small_targets) {
    qWarning("%s: control '%s' is %dx%d px, needs %d px", qPrintable(name), qPrintable(target.element), target.width,
             target.height, kTouchTargetMinimum);
    ++bad;
  }
  table += QStringLiteral("| %1 | %2 | %3:1 | %4:1 | %5 | %6 |\n")
               .arg(name, worst ? QString(worst->element).replace(QLatin1Char('|'), QLatin1Char('/')) : QString(),
                    worst ? QString::number(worst->ratio, 'f', 2) : QStringLiteral("-"),
                    worst ? QString::number(required_ratio(*worst, officer_page(page)), 'f', 1) : QStringLiteral("-"))
               .arg(read.texts.size())
               .arg(read.small_targets.size());
  return bad;
}

}  // namespace

int run_page_tour(StationBackend& backend, const TourOptions& options) {
  QmlMessageLog log;
  QQmlApplicationEngine engine;
  QString error;
  QQuickWindow* window = load_main_window(engine, backend, &error);
  if (!window) {
    qCritical("%s", qPrintable(error));
    return 1;
  }
  if (!options.screenshot_dir.isEmpty() && !QDir().mkpath(options.screenshot_dir)) {
    qCritical("Cannot create %s", qPrintable(options.screenshot_dir));
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
  // A tablet clock 3 h 12 min behind the bureau's, as a sync would have measured it, so the
  // tour shows the header's and the sync details' clock warning.
  backend.syncStatus().setClockOffset(-(3 * 60 + 12) * 60 * 1000);
  // And events a revocation set aside, for the sync details' and the case page's note.
  if (!backend.session()->signedIn())
    (void)backend.session()->trySignIn(QStringLiteral("OF-017"), QStringLiteral("1234"));
  QString set_aside_error;
  if (!add_demo_set_aside(backend, &set_aside_error))
    qWarning("The tour's set-aside events were not added: %s", qPrintable(set_aside_error));
  // "dashboard/offline" shows the header's chip as a failed reach of the relay leaves it.
  const QString sync_state = backend.syncStatus().state();
  int failures = 0, unreadable = 0;
  QString table = QStringLiteral(
      "| Page | Worst text | Contrast | Needed | Texts read | Small targets |\n|---|---|---|---|---|---|\n");
  for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
    backend.language()->setLanguage(lang);
    for (const QString& page : pages) {
      // The tour runs on the demo fair (demo_data.h): its first officer opens every page but
      // the sign-in pages (the locked station, a wrong PIN, the lock-out after too many).
      // The kiosk pages are shown in kiosk mode (entered by the signed-in officer); every other
      // page after an officer's exit from it.
      const bool kiosk_page = page == QLatin1String("kiosk") || page.startsWith(QLatin1String("kiosk/"));
      if (!kiosk_page && backend.kioskDesk()->active())
        (void)backend.kioskDesk()->exit(QStringLiteral("OF-017"), QStringLiteral("1234"));
      const bool sign_in_page = page == QLatin1String("signIn") || page.startsWith(QLatin1String("signIn/"));
      // After "signIn/lockedOut": the demo fair's supervisor resets the station.
      if (backend.session()->lockedOut() && !sign_in_page)
        (void)backend.session()->resetLockout(QStringLiteral("SV-001"), QStringLiteral("9999"));
      if (!sign_in_page && !backend.session()->signedIn() && !backend.kioskDesk()->active())
        (void)backend.session()->trySignIn(QStringLiteral("OF-017"), QStringLiteral("1234"));
      backend.syncStatus().setState(page == QLatin1String("dashboard/offline") ? QStringLiteral("offline")
                                                                               : sync_state);
      if (!show_page(window, page)) {
        qWarning("Page '%s' could not be shown", qPrintable(page));
        ++failures;
        continue;
      }
      settle(120);
      const QImage shot = window->grabWindow();
      const QString name = QStringLiteral("%1-%2").arg(lang, QString(page).replace(QLatin1Char('/'), QLatin1Char('-')));
      if (!options.screenshot_dir.isEmpty() &&
          !shot.save(QDir(options.screenshot_dir).filePath(name + QStringLiteral(".png")))) {
        qWarning("Cannot write %s.png", qPrintable(name));
        ++failures;
      }
      const PageReadability read = read_page(window, shot);
      unreadable += report_readability(name, page, read, table);
    }
  }
  if (!options.readability_report.isEmpty()) {
    QFile out(options.readability_report);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(table.toUtf8()) < 0) {
      qWarning("Cannot write %s", qPrintable(options.readability_report));
      ++failures;
    }
  }
  const QStringList problems = log.problems();
  if (problems.isEmpty() && failures == 0 && unreadable == 0) {
    std::fprintf(stderr, "self-test: %lld pages x 2 languages shown, no QML warning, all readable\n",
                 static_cast<long long>(pages.size()));
    return 0;
  }
  std::fprintf(stderr, "self-test FAILED: %lld warnings, %d pages failed, %d unreadable elements\n",
               static_cast<long long>(problems.size()), failures, unreadable);
  return 1;
}

}  // namespace fg
