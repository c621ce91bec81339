// QuickTest runner for the station's QML (tests/station/qml/tst_*.qml): the real QML module
// and a StationBackend enrolled in the demo fair, handed to the tests as `backend`.
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

#include "demo_data.h"
#include "station_backend.h"
#include "station_ui.h"

class Setup : public QObject {
  Q_OBJECT
 public slots:
  void applicationAvailable() { fg::set_station_style(); }
  // Called once per test file (a new engine each time); the backend is made once, here
  // rather than in the constructor because the application object does not exist then.
  void qmlEngineAvailable(QQmlEngine* engine) {
    if (!backend_) {
      backend_ = std::make_unique<fg::StationBackend>();
      QString error;
      // The demo fair with its 7 demo cases (every state once), made now, i.e. today.
      if (!backend_->open(dir_.path(), &error) || !fg::enrol_demo_fair(*backend_, fair_, &error) ||
          !fg::add_demo_cases(*backend_, fair_, 7, &error))
        qFatal("demo fair: %s", qPrintable(error));
    }
    // Nobody signed in, but the encrypted stores open (as after an idle lock): sign-out
    // would close them, and the pages under test read the demo cases.
    if (!backend_->session()->trySignIn(QStringLiteral("OF-017"), QStringLiteral("1234")))
      qFatal("demo sign-in: %s", qPrintable(backend_->session()->lastError()));
    backend_->session()->lock();
    fg::prepare_station_engine(*engine, *backend_);
    engine->rootContext()->setContextProperty(QStringLiteral("backend"), backend_.get());
  }

 private:
  QTemporaryDir dir_;
  std::unique_ptr<fg::StationBackend> backend_;
  fg::DemoFair fair_;
};

QUICK_TEST_MAIN_WITH_SETUP(station_qml, Setup)

#include "qml_test_main.moc"
