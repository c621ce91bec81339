#include "document_page_image.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfDocument>

#include <sstream>

#include "blobs/blob_store.h"
#include "data_vault.h"

namespace fg {

QImage render_pdf_page(const QByteArray& pdf, int page, int width, QString* why) {
  QByteArray bytes = pdf;  // QPdfDocument reads from the device while it lives
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::ReadOnly);
  QPdfDocument doc;
  doc.load(&buffer);
  if (doc.status() != QPdfDocument::Status::Ready) {
    if (why) *why = QStringLiteral("not a readable PDF");
    return {};
  }
  if (page < 0 || page >= doc.pageCount()) {
    if (why) *why = QStringLiteral("the PDF has no page %1").arg(page + 1);
    return {};
  }
  const QSizeF points = doc.pagePointSize(page);
  const QSize pixels(width, qRound(width * points.height() / points.width()));
  const QImage drawn = doc.render(page, pixels);  // transparent where the PDF draws nothing
  QImage out(pixels, QImage::Format_RGB32);
  out.fill(Qt::white);
  QPainter(&out).drawImage(0, 0, drawn);
  return out;
}

DocumentPageProvider::DocumentPageProvider(DataVault* vault)
    : QQuickImageProvider(QQuickImageProvider::Image), vault_(vault) {}

QImage DocumentPageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize) {
  const QStringList parts = id.split(QLatin1Char('/'));
  const std::string hash = parts.value(0).toStdString();
  const int page = parts.size() > 1 ? parts[1].toInt() : 0;
  const BlobStore* blobs = vault_ ? vault_->blobs() : nullptr;
  QImage image;
  if (blobs && blobs->size(hash).value_or(kMaxPdfBytes + 1) <= static_cast<std::uint64_t>(kMaxPdfBytes)) {
    std::ostringstream pdf;
    if (blobs->read(hash, pdf))
      image = render_pdf_page(QByteArray::fromStdString(pdf.str()), page,
                              requestedSize.width() > 0 ? requestedSize.width() : kDefaultWidth);
  }
  if (size) *size = image.size();
  return image;
}

}  // namespace fg
