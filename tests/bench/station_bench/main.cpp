// station_bench (see CMakeLists.txt). Prints times and ratios to baselines measured in the
// same run; asserts nothing about absolute speed.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <cstring>
#include <vector>

#include "cases/event_types.h"
#include "demo_data.h"
#include "station_backend.h"
#include "station_ui.h"

namespace {

using namespace fg;
namespace ev = fg::events;

// The process's CPU time so far: on a shared machine the wall time to a first frame swings by
// 2x from run to run, the CPU time spent on it much less. Printed before "first-frame".
void print_cpu_time() { std::printf("cpu-ms %.1f\n", static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC); }

// Child processes: show a window and exit on its first frame.
int child_bare(int argc, char** argv) {
  QGuiApplication app(argc, argv);
  QQuickWindow window;
  window.resize(1280, 800);
  QObject::connect(
      &window, &QQuickWindow::frameSwapped, &app,
      [] {
        print_cpu_time();
        std::printf("first-frame\n");
        std::fflush(stdout);
        QCoreApplication::quit();
      },
      Qt::QueuedConnection);
  window.show();
  return QGuiApplication::exec();
}

// A station as it starts at a fair: nobody signed in, so the first frame is the sign-in page.
// Says so on that frame ("sign-in-shown"), or fails.
int child_station_locked(int argc, char** argv, const QString& dir) {
  QGuiApplication app(argc, argv);
  set_station_style();
  StationBackend backend;
  QString error;
  if (!backend.open(dir, &error)) {
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
  }
  QQmlApplicationEngine engine;
  QQuickWindow* window = load_main_window(engine, backend, &error, Pages::AfterFirstFrame);  // as the app
  if (!window) return 1;
  int code = 1;
  QObject::connect(
      window, &QQuickWindow::frameSwapped, &app,
      [window, &code] {
        if (!window->property("signInShown").toBool()) {
          std::fprintf(stderr, "the first frame is not the sign-in page\n");
        } else {
          code = 0;
          print_cpu_time();
          std::printf("sign-in-shown\nfirst-frame\n");
        }
        std::fflush(stdout);
        QCoreApplication::quit();
      },
      Qt::QueuedConnection);
  QGuiApplication::exec();
  return code;
}

// deferred: as the app starts a real station (cases folded on a worker thread after the
// first frame); otherwise read and fold before the first frame.
int child_station(int argc, char** argv, const QString& dir, bool deferred) {
  QGuiApplication app(argc, argv);
  set_station_style();
  StationBackend backend;
  backend.setDeferredLoading(deferred);
  QString error;
  if (!backend.open(dir, &error)) {
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
  }
  // The stores are encrypted and open at sign-in (docs/station.md "At rest"): the officer
  // signs in as the app starts, so that the cases are read (eagerly or on the worker thread).
  if (!backend.session()->trySignIn(QStringLiteral("OF-017"), QStringLiteral("1234"))) {
    std::fprintf(stderr, "sign-in: %s\n", qPrintable(backend.session()->lastError()));
    return 1;
  }
  QElapsedTimer building;
  building.start();
  QQmlApplicationEngine engine;
  QQuickWindow* window = load_main_window(engine, backend, &error, Pages::AfterFirstFrame);  // as the app
  if (!window) return 1;
  const double built = building.nsecsElapsed() / 1e6;
  // The parent times the first frame by this line, then the first frame with the pages made
  // (the dashboard): the process itself may take longer to exit (the backend waits for a
  // background fold).
  bool first = true;
  QObject::connect(
      window, &QQuickWindow::frameSwapped, &app,
      [&first, window, built] {
        if (first) {
          first = false;
          std::printf("window-built %.1f\n", built);  // Main.qml's first frame's objects, made
          std::printf("first-frame\n");
        }
        if (window->property("pagesReady").toBool()) {
          std::printf("pages-shown\n");
          QCoreApplication::quit();
        }
        std::fflush(stdout);
      },
      Qt::QueuedConnection);
  return QGuiApplication::exec();
}

// Milliseconds to the first frame; *pages: to the first frame with the pages made, *window:
// the child's "window-built" figure, *cpu: its "cpu-ms" one, when it says them.
double run_child(const QStringList& args, double* window = nullptr, double* pages = nullptr, double* cpu = nullptr) {
  QElapsedTimer t;
  t.start();
  QProcess p;
  p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
  p.start(QCoreApplication::applicationFilePath(), args);
  QByteArray out;
  double first_frame = -1;
  double pages_shown = -1;
  const bool with_pages = args.value(1) != QLatin1String("bare") && args.value(1) != QLatin1String("station-locked");
  while ((first_frame < 0 || (with_pages && pages_shown < 0)) && p.waitForReadyRead(120000)) {
    out += p.readAllStandardOutput();
    const double now = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (first_frame < 0 && out.contains("first-frame")) first_frame = now;
    if (pages_shown < 0 && out.contains("pages-shown")) pages_shown = now;
  }
  if (first_frame < 0 || (with_pages && pages_shown < 0) || !p.waitForFinished(120000) || p.exitCode() != 0) {
    std::fprintf(stderr, "child %s failed\n", qPrintable(args.join(' ')));
    std::exit(1);
  }
  if (pages) *pages = pages_shown;
  // The child's "window-built <ms>" line (printed above), when it wrote one.
  const QByteArray marker = "window-built ";
  if (const qsizetype at = out.indexOf(marker); window && at >= 0)
    *window = out.mid(at + marker.size()).split('\n').value(0).toDouble();
  const QByteArray cpu_marker = "cpu-ms ";
  if (const qsizetype at = out.indexOf(cpu_marker); cpu && at >= 0)
    *cpu = out.mid(at + cpu_marker.size()).split('\n').value(0).toDouble();
  return first_frame;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// `cases` cases of ~10 events each, signed by this device and imported in one transaction
// (appending one by one would time fsync, not the dashboard).
void make_cases(StationBackend& backend, int cases) {
  const KeyPair& key = *backend.deviceKey();
  std::vector<SignedEvent> batch;
  std::string prev = kZeroHash;
  std::int64_t seq = backend.store()->head_seq(key.public_hex());
  const std::int64_t t0 = 1'780'000'000'000;
  auto add = [&](const std::string& number, std::string_view type, Json body) {
    Event e;
    e.fair = "CF138";
    e.device = key.public_hex();
    e.seq = ++seq;
    e.prev = prev;
    e.time = t0 + seq * 1000;
    e.hlc = (e.time << kHlcCounterBits);
    e.officer = "OF-017";
    e.type = std::string(type);
    body["case_number"] = number;
    e.body = std::move(body);
    batch.push_back(sign_event(e, key));
    prev = batch.back().hash_hex();
  };
  const char* booths[] = {"9.1K23", "9.1K27", "10.2B05", "11.3C18", "12.1A01"};
  for (int i = 1; i <= cases; ++i) {
    char number[32];
    std::snprintf(number, sizeof number, "CF138-S03-%04d", i);
    const std::string booth = booths[i % 5];
    add(number, ev::kCaseOpened, {{"booth", ""}, {"station", "S03"}});
    add(number, ev::kComplainantRecorded,
        {{"name", "Complainant " + std::to_string(i)},
         {"kind", "company"},
         {"id_number", "ID" + std::to_string(i)},
         {"country", "CN"}});
    add(number, ev::kRightRecorded,
        {{"right_type", "design"}, {"number", "ZL 2019 3 0" + std::to_string(100000 + i) + ".4"}});
    add(number, ev::kRespondentRecorded,
        {{"booth", booth}, {"exhibitor", "Exhibitor " + booth}, {"booth_source", "manual"}});
    add(number, ev::kProductRecorded, {{"description", "Lamp"}, {"display_form", "exhibit"}});
    add(number, ev::kGroundsRecorded, {{"text", "copy"}});
    add(number, ev::kAdmissibilityChecked,
        {{"complete", true}, {"missing", Json::array()}, {"duplicate", false}, {"prior_session", false}});
    add(number, ev::kCaseFiled, Json::object());
    add(number, ev::kCaseAccepted, Json::object());
    if (i % 2 == 0) add(number, ev::kNoticeServed, {{"sticker", "x"}, {"sticker_verified", true}});
  }
  for (const ImportResult& r : backend.store()->import_batch(batch))
    if (!accepted(r.status)) {
      std::fprintf(stderr, "import refused: %s %s\n", describe(r.status), r.detail.c_str());
      std::exit(1);
    }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 3 && std::strcmp(argv[1], "--child") == 0) {
    if (std::strcmp(argv[2], "bare") == 0) return child_bare(argc, argv);
    if (argc >= 4 && std::strcmp(argv[2], "station-locked") == 0)
      return child_station_locked(argc, argv, QString::fromLocal8Bit(argv[3]));
    if (argc >= 4)
      return child_station(argc, argv, QString::fromLocal8Bit(argv[3]), std::strcmp(argv[2], "station") == 0);
    return 2;
  }
  const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
  qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
  QGuiApplication app(argc, argv);
  const int cases = smoke ? 200 : 5000;
  const int starts = smoke ? 1 : 5;

  QTemporaryDir dir;
  StationBackend backend;
  DemoFair fair;
  QString error;
  if (!backend.open(dir.path(), &error) || !enrol_demo_fair(backend, fair, &error)) {
    std::fprintf(stderr, "setup: %s\n", qPrintable(error));
    return 1;
  }
  QElapsedTimer t;
  t.start();
  make_cases(backend, cases);
  std::printf("setup: %d cases, %lld events imported in %.0f ms\n", cases,
              static_cast<long long>(backend.store()->event_count()), t.nsecsElapsed() / 1e6);

  // Cold start: a fresh process to its first frame.
  std::vector<double> bare, station, eager, built, pages, locked, bare_cpu, locked_cpu;
  for (int i = 0; i < starts; ++i) {
    double cpu = 0;
    bare.push_back(run_child({"--child", "bare"}, nullptr, nullptr, &cpu));
    bare_cpu.push_back(cpu);
    double window = 0;
    double shown = 0;
    station.push_back(run_child({"--child", "station", dir.path()}, &window, &shown));
    built.push_back(window);
    pages.push_back(shown);
    eager.push_back(run_child({"--child", "station-eager", dir.path()}));
    locked.push_back(run_child({"--child", "station-locked", dir.path()}, nullptr, nullptr, &cpu));
    locked_cpu.push_back(cpu);
  }
  const double b = median(bare), s = median(station), e = median(eager), p = median(pages);
  std::printf(
      "cold start to first frame (median of %d): bare Qt Quick window %.0f ms, station "
      "(store with %d cases, an officer signs in at start and the data opens) %.0f ms, "
      "ratio %.2f; "
      "folding before the first frame %.0f ms, ratio %.2f\n"
      "  of the station's start: making the first frame's window from Main.qml %.0f ms; "
      "first frame with the pages made (the dashboard) %.0f ms, ratio %.2f\n",
      starts, b, cases, s, s / b, e, e / b, median(built), p, p / b);
  // What an officer sees first at a fair: the app starts with nobody signed in.
  std::printf(
      "cold start to the sign-in page (nobody signed in, as the app starts; median of %d): %.0f ms, "
      "ratio %.2f to the bare window; CPU time to that frame %.0f ms against the bare window's %.0f ms, "
      "ratio %.2f\n",
      starts, median(locked), median(locked) / b, median(locked_cpu), median(bare_cpu),
      median(locked_cpu) / median(bare_cpu));

  // Dashboard load: read all events (baseline), then read + fold + rows.
  t.restart();
  const auto events = backend.store()->all_in_fold_order();
  const double read = t.nsecsElapsed() / 1e6;
  t.restart();
  backend.refresh();
  const double load = t.nsecsElapsed() / 1e6;
  std::printf("dashboard load: %.0f ms for %zu events (read alone %.0f ms; ratio %.2f), %d rows\n", load, events.size(),
              read, load / read, backend.cases()->totalCount());

  // One search keystroke over all rows, against a plain substring scan of the same text.
  CaseListModel& model = *backend.cases();
  const QStringList queries = {"9", "9.1", "9.1k", "9.1k2", "9.1k23", "complainant 4", "201930", "s03-0042", ""};
  t.restart();
  for (const QString& q : queries) model.setFilter(q);
  const double filter = t.nsecsElapsed() / 1e6 / queries.size();
  t.restart();
  int hits = 0;
  for (const QString& q : queries)
    for (const CaseRow& r : model.allRows()) hits += r.booth.contains(q, Qt::CaseInsensitive) ? 1 : 0;
  const double scan = std::max(t.nsecsElapsed() / 1e6 / queries.size(), 0.001);
  std::printf("search keystroke: %.2f ms over %d rows (plain scan %.2f ms; ratio %.1f; %d hits)\n", filter, cases, scan,
              filter / scan, hits);

  // One action with all these cases open: the append alone vs the whole action (append, fold
  // of its case, its dashboard row). Both are dominated by the commit's fsync, which varies a
  // lot from one call to the next: warmed, interleaved, median of many.
  if (!backend.session()->trySignIn("OF-017", "1234")) return 1;
  const int rounds = smoke ? 5 : 41;
  std::vector<double> appends, actions;
  for (int i = -3; i < rounds; ++i) {  // the first three warm the caches
    t.restart();
    (void)backend.store()->append(*backend.deviceKey(), "OF-017", std::string(ev::kGroundsRecorded),
                                  {{"case_number", "CF138-S03-0001"}, {"text", "more"}});
    const double append = t.nsecsElapsed() / 1e6;
    t.restart();
    QString why;
    if (!backend.append(ev::kGroundsRecorded, {{"case_number", "CF138-S03-0002"}, {"text", "again"}}, {}, &why)) {
      std::fprintf(stderr, "append: %s\n", qPrintable(why));
      return 1;
    }
    const double action = t.nsecsElapsed() / 1e6;
    if (i < 0) continue;
    appends.push_back(append);
    actions.push_back(action);
  }
  const double a = median(appends), act = median(actions);
  std::printf("one action (median of %d): %.2f ms (store append alone %.2f ms; ratio %.2f)\n", rounds, act, a, act / a);
  return 0;
}
