#pragma once
// Every case of the fair as the station knows it: the fold of the stored events (all
// stations'), kept up to date incrementally with CaseFolder (shared/cases/case_fold.h): an
// action re-folds only its own case; a sync or a start re-reads the store. Also the station's
// highest case counter, for the next case number. Pages never read this directly for a case:
// they ask CaseAccessPolicy (case_access_policy.h), which says who may see one.
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <string>

#include "cases/case_fold.h"
#include "set_aside_summary.h"

namespace fg {

class EventStore;

class CaseIndex : public QObject {
  Q_OBJECT
 public:
  explicit CaseIndex(QObject* parent = nullptr);
  ~CaseIndex() override;

  // The fair and this station's code (case numbers); set when a configuration is installed.
  void setStation(const std::string& fair, const std::string& stationCode);
  // Re-reads all events of `store` and folds them (start, sign-in, after a sync imported).
  // Ignored while a background load runs: its result follows.
  void reload(EventStore& store);
  // Startup of a big fair: reads and folds on a worker thread so that the first page shows at
  // once; loading() is true until the cases arrive (the store must stay open meanwhile). The
  // read does not hold the store's lock (EventStore::working_snapshot); if events were stored
  // meanwhile, it reads again, so none is missed.
  void reloadInBackground(EventStore& store);
  // Tests: runs on the worker after each read, before the fold (to store events meanwhile).
  void setAfterReadHook(std::function<void()> hook) { after_read_ = std::move(hook); }
  // One event this station just stored: re-folds its case only (all of the fold when it names
  // no case).
  void add(const SignedEvent& event);
  // Forgets everything (the data was closed).
  void clear();

  bool loading() const { return loader_ != nullptr; }
  // Blocks until a background load has finished reading (before the store it reads closes).
  void waitForLoader();
  const FoldResult& fold() const { return *fold_; }
  const Case* find(const std::string& number) const { return fold_->find(number); }
  // The next case number of this station (its own highest counter + 1).
  std::string nextCaseNumber() const;
  // The events a revocation's cut-off keeps out of the fold, read with it (why they are missing).
  const SetAsideSummary& setAside() const { return set_aside_; }

 signals:
  // The fold changed: pages re-read their case. `caseNumber`: the one case an action changed;
  // empty when any case may have (a load, a sync, a clear).
  void changed(const QString& caseNumber);
  void loadingChanged();

 private:
  struct Loaded;
  void install(std::unique_ptr<CaseFolder> folder, std::int64_t counter, SetAsideSummary set_aside);
  void startLoader(EventStore& store);

  std::string fair_, station_;
  std::unique_ptr<CaseFolder> folder_;
  const FoldResult* fold_;
  std::int64_t case_counter_ = 0;
  SetAsideSummary set_aside_;
  QThread* loader_ = nullptr;
  std::function<void()> after_read_;
};

}  // namespace fg
