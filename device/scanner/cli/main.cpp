// fairguard-scan FILE...: reads codes from image files, one JSON line per code found on stdout:
//   {"file":"a.png","format":"QRCode","text":"...","corners":[[x,y],...],"ms":3.1}
// Exit status: 0 every file was read and had a code; 1 some file had no code (named on
// stderr); 2 some file could not be read, or bad arguments. See docs/scanner.md.

#include <QCoreApplication>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "decode_image.h"
#include "scan_formats.h"

int main(int argc, char** argv) {
  CLI::App cli{"Reads QR, DataMatrix, EAN/UPC, Code 128/39 and PDF417 codes from image files."};
  std::vector<std::string> files;
  std::vector<std::string> format_names;
  bool fast = false;
  cli.add_option("files", files, "image files (PNG, JPEG, ...)")->required();
  cli.add_option("-f,--formats", format_names,
                 "only these formats (QRCode, DataMatrix, EAN13, EAN8, UPCA, UPCE, Code128, "
                 "Code39, PDF417); default all")
      ->delimiter(',');
  cli.add_flag("--fast", fast, "no try-harder pass (faster, misses small or faint codes)");
  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e) == 0 ? 0 : 2;
  }

  std::string bad;
  const auto formats = fg::parse_scan_formats(format_names, &bad);
  if (!formats) {
    std::fprintf(stderr, "fairguard-scan: unknown format '%s'\n", bad.c_str());
    return 2;
  }
  // Image format plugins (JPEG, ...) are found through the application's library paths.
  QCoreApplication app(argc, argv);

  fg::ScanOptions options;
  options.formats = *formats;
  options.try_harder = !fast;

  int unreadable = 0;
  int empty = 0;
  for (const auto& file : files) {
    const auto scan = fg::decode_file(QString::fromStdString(file), options);
    if (!scan.readable) {
      std::fprintf(stderr, "fairguard-scan: %s\n", qPrintable(scan.error));
      ++unreadable;
      continue;
    }
    if (scan.results.empty()) {
      std::fprintf(stderr, "fairguard-scan: no code found in %s\n", file.c_str());
      ++empty;
      continue;
    }
    for (const auto& r : scan.results) {
      nlohmann::json corners = nlohmann::json::array();
      for (const auto& p : r.corners) corners.push_back({p.x, p.y});
      const nlohmann::json line = {{"file", file},
                                   {"format", r.format},
                                   {"text", r.text},
                                   {"corners", corners},
                                   {"ms", static_cast<double>(static_cast<long>(r.ms * 100)) / 100}};
      // Replace invalid UTF-8 (a Code 128 can carry any byte) instead of throwing.
      std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
  }
  std::cout.flush();
  if (unreadable) return 2;
  return empty ? 1 : 0;
}
