#include "case_index.h"

#include <algorithm>

#include "cases/case_number.h"
#include "cases/event_types.h"
#include "ledger/store.h"

namespace fg {
namespace {
const FoldResult kNoCases;
}  // namespace

struct CaseIndex::Loaded {
  std::unique_ptr<CaseFolder> folder;
  std::int64_t counter = 0;
  std::size_t count = 0;
  std::string error;  // the events could not be read (e.g. an altered ciphertext)
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
  emit changed();
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
  EventStore* source = &store;
  loader_ = QThread::create([this, source, fair = fair_, station = station_] {
    auto loaded = std::make_shared<Loaded>();
    std::vector<SignedEvent> events;
    try {
      events = source->working_in_fold_order();
      loaded->set_aside = read_set_aside(*source);
    } catch (const std::exception& e) {
      loaded->error = e.what();
    }
    loaded->folder = std::make_unique<CaseFolder>(fair);
    loaded->folder->add(events);
    loaded->folder->result();  // the folding, here on the worker
    loaded->counter = highest_counter(events, fair, station);
    loaded->count = events.size();
    QMetaObject::invokeMethod(
        this,
        [this, source, loaded] {
          loader_->wait();
          loader_->deleteLater();
          loader_ = nullptr;
          if (!loaded->error.empty())
            qCritical("The station's events cannot be read: %s", loaded->error.c_str());
          else if (static_cast<std::size_t>(source->event_count()) != loaded->count)
            reload(*source);  // a sync imported events meanwhile
          else
            install(std::move(loaded->folder), loaded->counter, std::move(loaded->set_aside));
          emit loadingChanged();
        },
        Qt::QueuedConnection);
  });
  loader_->start();
  emit loadingChanged();
}

void CaseIndex::add(const SignedEvent& event) {
  if (!folder_) folder_ = std::make_unique<CaseFolder>(fair_);
  folder_->add({&event, 1});
  fold_ = &folder_->result();
  if (event.event.type == events::kCaseOpened)
    case_counter_ = std::max(case_counter_, highest_counter({&event, 1}, fair_, station_));
  emit changed();
}

void CaseIndex::clear() {
  folder_.reset();
  fold_ = &kNoCases;
  case_counter_ = 0;
  set_aside_ = {};
  emit changed();
}

std::string CaseIndex::nextCaseNumber() const {
  return format_case_number(next_case_number(fair_, station_, case_counter_));
}

}  // namespace fg
