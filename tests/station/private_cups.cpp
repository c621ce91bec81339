#include "private_cups.h"

#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <fstream>
#include <thread>

#include "support/child_process.h"
#include "support/read_file.h"
#include "support/run_command.h"

namespace fg::test {

namespace {

constexpr const char* kCupsd = "/usr/sbin/cupsd";
constexpr const char* kCupsPdfBackend = "/usr/lib/cups/backend/cups-pdf";
constexpr const char* kCupsPdfPpd = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd";

void write(const QString& path, const std::string& text) { std::ofstream(path.toStdString()) << text; }

}  // namespace

PrivateCups::PrivateCups() {
  if (geteuid() != 0) {
    unavailable_ = "cups-pdf's backend runs only as root";
    return;
  }
  for (const char* needed : {kCupsd, kCupsPdfBackend, kCupsPdfPpd})
    if (!QFileInfo::exists(needed)) {
      unavailable_ =
          std::string(needed) + " is missing (scripts/setup installs cups-daemon and printer-driver-cups-pdf)";
      return;
    }
  const QString root = dir_.path();
  for (const char* sub : {"spool/tmp", "cache", "state", "log", "out"}) QDir(root).mkpath(sub);
  // The filters run as the scheduler's user "lp": it must reach the spool and the output.
  run_command("chmod -R a+rwx '" + root.toStdString() + "'");
  const std::string socket = (root + "/cups.sock").toStdString();
  write(root + "/cupsd.conf", "Listen " + socket +
                                  "\nLogLevel info\nWebInterface No\nBrowsing No\n"
                                  "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                  "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n");
  const std::string r = root.toStdString();
  write(root + "/cups-files.conf", "ServerRoot " + r + "\nRequestRoot " + r + "/spool\nTempDir " + r +
                                       "/spool/tmp\nCacheDir " + r + "/cache\nStateDir " + r + "/state\nErrorLog " + r +
                                       "/log/error_log\nAccessLog " + r + "/log/access_log\nPageLog " + r +
                                       "/log/page_log\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n"
                                       "User lp\nGroup lp\nSystemGroup root\n");
  cupsd_ = std::make_unique<ChildProcess>(std::vector<std::string>{
      kCupsd, "-f", "-c", (root + "/cupsd.conf").toStdString(), "-s", (root + "/cups-files.conf").toStdString()});
  for (int i = 0; i < 100 && !std::filesystem::exists(socket); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  if (!std::filesystem::exists(socket)) {
    unavailable_ = "cupsd did not open its socket in 10 s: " + log();
    return;
  }
  old_server_ = qgetenv("CUPS_SERVER");
  qputenv("CUPS_SERVER", QByteArray::fromStdString(socket));

  queue_ = QStringLiteral("fgtest%1").arg(getpid());
  pdf_conf_ = "/etc/cups/cups-pdf-" + queue_.toStdString() + ".conf";
  std::ofstream(pdf_conf_) << "Out " << r << "/out\nUserUMask 0022\n";
  // The queue takes PostScript, which CUPS makes from the PDF with a renderer: pdftocairo keeps
  // the text readable in what comes out (ghostscript's, the default, draws it as shapes).
  const std::string q = queue_.toStdString();
  std::string out;
  if (run_command_with_stderr("lpadmin -p " + q + " -E -v cups-pdf:/" + q + " -P " + kCupsPdfPpd +
                                  " -o pdftops-renderer-default=pdftocairo",
                              &out) != 0)
    unavailable_ = "lpadmin failed: " + out;
}

PrivateCups::~PrivateCups() {
  if (!pdf_conf_.empty()) std::filesystem::remove(pdf_conf_);
  if (old_server_) {
    if (old_server_->isEmpty())
      qunsetenv("CUPS_SERVER");
    else
      qputenv("CUPS_SERVER", *old_server_);
  }
}

std::optional<QString> PrivateCups::printed(const QString& job_id, std::chrono::seconds timeout) const {
  const QString number = job_id.mid(job_id.lastIndexOf(QLatin1Char('-')) + 1);
  const QDir out(dir_.path() + "/out");
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < until) {
    // Ghostscript writes the file in place: it is whole once the job has left the queue.
    std::string pending;
    run_command("lpstat -o " + queue_.toStdString(), &pending);
    const QStringList found = out.entryList({"*-job_" + number + ".pdf"}, QDir::Files);
    if (!found.isEmpty() && pending.find(job_id.toStdString() + " ") == std::string::npos)
      return out.filePath(found.front());
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return std::nullopt;
}

std::string PrivateCups::log() const { return read_file((dir_.path() + "/log/error_log").toStdString()); }

}  // namespace fg::test
