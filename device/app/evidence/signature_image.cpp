#include "signature_image.h"

#include <QImage>

namespace fg {

DrawnSignature SignatureImage::read(const QString& pngDataUrl, const QString& whenEmpty) {
  DrawnSignature out;
  const QString prefix = QStringLiteral("data:image/png;base64,");
  if (!pngDataUrl.startsWith(prefix)) {
    out.error = tr("The signature is not a PNG image.");
    return out;
  }
  const QByteArray png = QByteArray::fromBase64(pngDataUrl.mid(prefix.size()).toLatin1());
  QImage image;
  if (!image.loadFromData(png, "PNG")) {
    out.error = tr("The signature image cannot be read.");
    return out;
  }
  // An untouched pad is all transparent or all white: that is no signature.
  const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
  int ink = 0;
  for (int y = 0; y < argb.height(); y += 2)
    for (int x = 0; x < argb.width(); x += 2) {
      const QRgb p = argb.pixel(x, y);
      if (qAlpha(p) > 128 && qGray(p) < 128) ++ink;
    }
  if (ink < 20) {
    out.error = whenEmpty;
    return out;
  }
  out.png = png;
  return out;
}

}  // namespace fg
