#include "scanner_qml.h"

#include "decode_image.h"

namespace fg {

QVariantMap ImageCodeReader::decodeFile(const QUrl& file) const {
  const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
  const FileScan scan = decode_file(path);
  QVariantMap out{{QStringLiteral("found"), false}};
  if (!scan.readable) {
    out[QStringLiteral("error")] = scan.error;
  } else if (scan.results.empty()) {
    out[QStringLiteral("error")] = tr("No code found in %1.").arg(path);
  } else {
    const ScanResult& first = scan.results.front();
    out[QStringLiteral("found")] = true;
    out[QStringLiteral("text")] = QString::fromStdString(first.text);
    out[QStringLiteral("format")] = QString::fromStdString(first.format);
  }
  return out;
}

}  // namespace fg
