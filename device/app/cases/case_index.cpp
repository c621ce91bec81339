#include "case_index.h"

#include <algorithm>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

#include "cases/case_number.h"
#include "cases/event_types.h"
#include "ledger/store.h"

namespace fg {
namespace {
const FoldResult kNoCases;

// The loader runs while the first pages are built: on a tablet's few cores the UI thread
// should win the processor, so this thread asks for less (Linux: a thread's own nice value).
void yield_to_ui_thread() {
#ifdef __linux__
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
}
}  // namespace

struct CaseIndex::Loaded {
  std::unique_ptr<CaseFolder> folder;
  std::int64_t counter = 0;
  std::int64_t stored = 0;  // events in the store when they were read
  std::string error;        // the events could not be read (e.g. an altered ciphertext)
  SetAsideSummary set_aside;
};

CaseIndex::CaseIndex(QObject* parent) : QObject(parent), fold_(&kNoCases) {}

CaseIndex::~CaseIndex() { waitForLoader(); }

void CaseIndex::waitForLoader() {
  if (loader_) loader_->wait();
}

void CaseIndex::setStation(const std::string& fair, const std::string& stationCode) {
  fair_ = fair;
  station_ = stationCode;
}

void CaseIndex::install(std::unique_ptr<CaseFolder> folder, std::int64_t counter, SetAsideSummary set_aside) {
  folder_ = std::move(folder);
  fold_ = &folder_->result();
  case_counter_ = counter;
  set_aside_ = std::move(set_aside);
  emit changed({});
}

void CaseIndex::reload(EventStore& store) {
  if (loading()) return;                                                  // the loader's result follows
  const std::vector<SignedEvent> events = store.working_in_fold_order();  // without events set aside by a revocation
  auto folder = std::make_unique<CaseFolder>(fair_);
  folder->add(events);
  install(std::move(folder), highest_counter(events, fair_, station_), read_set_aside(store));
}

void CaseIndex::reloadInBackground(EventStore& store) {
  if (loading()) return;
  startLoader(store);
  emit loadingChanged();
}

void CaseIndex::startLoader(EventStore& store) {
  EventStore* source = &store;
  loader_ = QThread::create([this, source, fair = fair_, station = station_, hook = after_read_] {
    yield_to_ui_thread();
    auto loaded = std::make_shared<Loaded>();
    EventStore::WorkingSnapshot snapshot;
    try {
      // A connection of its own: the UI thread's store calls do not wait for this read.
      snapshot = source->working_snapshot();
      loaded->set_aside = read_set_aside(*source);
    } catch (const std::exception& e) {
      loaded->error = e.what();
    }
    if (hook) hook();
    loaded->folder = std::make_unique<CaseFolder>(fair);
    loaded->folder->add(snapshot.events);
    loaded->folder->result();  // the folding, here on the worker
    loaded->counter = highest_counter(snapshot.events, fair, station);
    loaded->stored = snapshot.stored;
    QMetaObject::invokeMethod(
        this,
        [this, source, loaded] {
          loader_->wait();
          loader_->deleteLater();
          loader_ = nullptr;
          if (!loaded->error.empty()) {
            qCritical("The station's events cannot be read: %s", loaded->error.c_str());
          } else if (source->event_count() != loaded->stored) {
            startLoader(*source);  // a sync imported events meanwhile: read again, still off this thread
            return;
          } else {
            install(std::move(loaded->folder), loaded->counter, std::move(loaded->set_aside));
          }
          emit loadingChanged();
        },
        Qt::QueuedConnection);
  });
  loader_->start();
}

void CaseIndex::add(const SignedEvent& event) {
  if (!folder_) folder_ = std::make_unique<CaseFolder>(fair_);
  folder_->add({&event, 1});
  fold_ = &folder_->result();
  if (event.event.type == events::kCaseOpened)
    case_counter_ = std::max(case_counter_, highest_counter({&event, 1}, fair_, station_));
  // The case it names, when the fold has it: the pages update that case only.
  const Json& body = event.event.body;
  const auto number = body.is_object() ? body.find("case_number") : body.end();
  if (number != body.end() && number->is_string() && fold_->find(number->get<std::string>()))
    emit changed(QString::fromStdString(number->get<std::string>()));
  else
    emit changed({});
}

void CaseIndex::clear() {
  folder_.reset();
  fold_ = &kNoCases;
  case_counter_ = 0;
  set_aside_ = {};
  emit changed({});
}

std::string CaseIndex::nextCaseNumber() const {
  return format_case_number(next_case_number(fair_, station_, case_counter_));
}

}  // namespace fg
