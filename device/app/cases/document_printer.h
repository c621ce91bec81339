#pragma once
// Printing a case paper through CUPS with its `lp` command (cups-client), the print system of
// Linux: the job names the queue chosen on the station (empty: CUPS's default destination),
// A4, one copy, the paper's title, and the file (a plain copy the vault made for viewers).
// The command runs with a deadline; its "request id is …" line is the answer.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fg {

struct PrintJob {
  QString program = QStringLiteral("lp");
  QStringList arguments;
};

struct PrintResult {
  bool ok = false;
  QString jobId;    // e.g. "pdfq-12" (CUPS's request id)
  QString message;  // for the officer: the job, or why it failed
};

class DocumentPrinter {
  Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

 public:
  // How long `lp` may take to hand the job to the scheduler (it does not wait for the paper).
  static constexpr int kDeadlineMs = 15'000;

  // `lp [-d QUEUE] -n 1 -o media=A4 -t TITLE -- FILE`. A queue name is what lpadmin accepts:
  // letters, digits, '-', '_', '.', '@' (a remote queue); anything else is refused by submit.
  static PrintJob job(const QString& queue, const QString& file, const QString& title);
  static bool validQueue(const QString& queue);
  // Runs the job (`program` as given, found on PATH).
  static PrintResult submit(const PrintJob& job);
};

}  // namespace fg
