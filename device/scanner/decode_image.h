#pragma once
// Imported pictures (evidence photos, files handed to fairguard-scan): converted to 8-bit grey
// once, then decoded by decode_luminance.

#include <QImage>
#include <QString>

#include "scan_result.h"

namespace fg {

ScanResults decode_image(const QImage& image, const ScanOptions& options = {});

struct FileScan {
  bool readable = false;  // false: the file is missing or not an image; see error
  QString error;          // e.g. "cannot read photo.png: File not found"
  QSize size;             // of the image as read
  ScanResults results;
};

FileScan decode_file(const QString& path, const ScanOptions& options = {});

}  // namespace fg
