// fairguard-scan-gen OUTDIR: writes test code images with ZXing's writer, one per stdin line
//   NAME <TAB> FORMAT <TAB> MODULE_PX <TAB> TEXT
// as OUTDIR/NAME.png (8-bit grey, black modules of MODULE_PX pixels, a 10-module quiet zone).
// Distortions are added afterwards by scripts/make-scan-fixtures with ImageMagick.

#include <QImage>
#include <QString>

#include <cstdio>
#include <exception>
#include <iostream>
#include <string>

#include "code_image.h"
#include "scan_formats.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: fairguard-scan-gen OUTDIR < specs (NAME\\tFORMAT\\tMODULE\\tTEXT)\n");
    return 2;
  }
  const QString outdir = QString::fromLocal8Bit(argv[1]);
  std::string line;
  int written = 0;
  while (std::getline(std::cin, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string fields[4];
    size_t start = 0;
    for (int i = 0; i < 4; ++i) {
      const size_t tab = i < 3 ? line.find('\t', start) : std::string::npos;
      if (i < 3 && tab == std::string::npos) {
        std::fprintf(stderr, "fairguard-scan-gen: bad line (need 4 tab-separated fields): %s\n", line.c_str());
        return 2;
      }
      fields[i] = line.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
      start = tab + 1;
    }
    const auto format = fg::parse_scan_format(fields[1]);
    if (!format) {
      std::fprintf(stderr, "fairguard-scan-gen: unknown format %s\n", fields[1].c_str());
      return 2;
    }
    QImage image;
    try {
      image = fg::code_image(*format, fields[3], std::stoi(fields[2]));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "fairguard-scan-gen: cannot encode %s as %s: %s\n", fields[3].c_str(), fields[1].c_str(),
                   e.what());
      return 1;
    }
    const QString path = outdir + QLatin1Char('/') + QString::fromStdString(fields[0]) + QStringLiteral(".png");
    if (!image.save(path)) {
      std::fprintf(stderr, "fairguard-scan-gen: cannot write %s\n", qPrintable(path));
      return 1;
    }
    ++written;
  }
  std::fprintf(stderr, "fairguard-scan-gen: %d images in %s\n", written, qPrintable(outdir));
  return 0;
}
