#include "document_printer.h"

#include <QProcess>
#include <QRegularExpression>

namespace fg {

bool DocumentPrinter::validQueue(const QString& queue) {
  static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.@-]{1,127}$"));
  return queue.isEmpty() || allowed.match(queue).hasMatch();
}

PrintJob DocumentPrinter::job(const QString& queue, const QString& file, const QString& title) {
  PrintJob j;
  if (!queue.isEmpty()) j.arguments << QStringLiteral("-d") << queue;
  j.arguments << QStringLiteral("-n") << QStringLiteral("1") << QStringLiteral("-o") << QStringLiteral("media=A4")
              << QStringLiteral("-t") << title << QStringLiteral("--") << file;
  return j;
}

PrintResult DocumentPrinter::submit(const PrintJob& job) {
  PrintResult r;
  const int d = job.arguments.indexOf(QStringLiteral("-d"));
  if (d >= 0 && !validQueue(job.arguments.value(d + 1))) {
    r.message = tr("\"%1\" is not a printer queue name.").arg(job.arguments.value(d + 1));
    return r;
  }
  QProcess lp;
  lp.setProcessChannelMode(QProcess::SeparateChannels);
  lp.start(job.program, job.arguments);
  if (!lp.waitForStarted(kDeadlineMs)) {
    r.message = tr("Cannot print: the print command (%1) is not installed.").arg(job.program);
    return r;
  }
  if (!lp.waitForFinished(kDeadlineMs)) {
    lp.kill();
    lp.waitForFinished(1000);
    r.message = tr("Cannot print: the print system did not answer within %1 s.").arg(kDeadlineMs / 1000);
    return r;
  }
  const QString out = QString::fromLocal8Bit(lp.readAllStandardOutput()).trimmed();
  const QString err = QString::fromLocal8Bit(lp.readAllStandardError()).trimmed().left(300);
  if (lp.exitStatus() != QProcess::NormalExit || lp.exitCode() != 0) {
    r.message = tr("Not printed: %1").arg(err.isEmpty() ? tr("the print command failed") : err);
    return r;
  }
  static const QRegularExpression request(QStringLiteral("request id is (\\S+)"));
  r.jobId = request.match(out).captured(1);
  r.ok = true;
  r.message = r.jobId.isEmpty() ? tr("Sent to the printer.") : tr("Sent to the printer (job %1).").arg(r.jobId);
  return r;
}

}  // namespace fg
