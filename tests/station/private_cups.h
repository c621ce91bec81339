#pragma once
// A real CUPS scheduler of the test's own: cupsd in a temp folder, listening on a local socket
// (CUPS_SERVER points `lp` at it while this lives), with one cups-pdf queue whose PDFs land
// in out(). cups-pdf's backend runs only as root and reads its settings from /etc/cups, so a
// per-queue file /etc/cups/cups-pdf-<queue>.conf sends the queue's output here; it is removed
// again at the end.
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace fg::test {

class ChildProcess;

class PrivateCups {
 public:
  PrivateCups();
  ~PrivateCups();
  PrivateCups(const PrivateCups&) = delete;
  PrivateCups& operator=(const PrivateCups&) = delete;

  // Empty when the scheduler and its queue are up; otherwise why not (not root, no cupsd).
  const std::string& unavailable() const { return unavailable_; }
  const QString& queue() const { return queue_; }
  // The PDF cups-pdf wrote for the job "<queue>-<n>", once it is there (bounded wait).
  std::optional<QString> printed(const QString& job_id, std::chrono::seconds timeout) const;
  // What the scheduler logged, for a failing test's output.
  std::string log() const;

 private:
  QTemporaryDir dir_;
  QString queue_;
  std::string pdf_conf_;
  std::string unavailable_;
  std::optional<QByteArray> old_server_;
  std::unique_ptr<ChildProcess> cupsd_;
};

}  // namespace fg::test
