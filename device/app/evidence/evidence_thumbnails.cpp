#include "evidence_thumbnails.h"

#include <QBuffer>
#include <QColor>
#include <QImageReader>

#include <algorithm>
#include <sstream>

#include "blobs/blob_store.h"
#include "data_vault.h"

namespace fg {

ThumbnailCache::ThumbnailCache(int capacity, int side) : capacity_(std::max(1, capacity)), side_(side) {}

QImage ThumbnailCache::get(const BlobStore& blobs, const std::string& hash, QString* why) {
  {
    std::lock_guard lock(mutex_);
    if (auto it = entries_.find(hash); it != entries_.end()) {
      order_.splice(order_.begin(), order_, it->second.place);
      return it->second.image;
    }
  }
  auto fail = [why](const QString& reason) {
    if (why) *why = reason;
    return QImage();
  };
  const auto size = blobs.size(hash);
  if (!size) return fail(QStringLiteral("blob %1 is not in the store").arg(QString::fromStdString(hash)));
  if (*size > kMaxBlobBytes)
    return fail(QStringLiteral("blob %1 is too large for a thumbnail").arg(QString::fromStdString(hash)));
  // Only through the store's read API (it verifies the hash, and decrypts when data is
  // encrypted at rest); the bytes stay in memory.
  std::ostringstream bytes;
  std::string reason;
  if (!blobs.read(hash, bytes, &reason)) return fail(QString::fromStdString(reason));
  const std::string data = bytes.str();
  QByteArray raw = QByteArray::fromRawData(data.data(), static_cast<qsizetype>(data.size()));
  QBuffer buffer(&raw);
  buffer.open(QIODevice::ReadOnly);
  QImageReader reader(&buffer);
  reader.setAutoTransform(true);
  const QSize full = reader.size();
  if (full.isValid() && (full.width() > side_ || full.height() > side_))
    reader.setScaledSize(full.scaled(side_, side_, Qt::KeepAspectRatio));  // JPEG decodes scaled, cheaply
  QImage image = reader.read();
  if (image.isNull())
    return fail(QStringLiteral("blob %1 is not a picture: %2").arg(QString::fromStdString(hash), reader.errorString()));
  if (image.width() > side_ || image.height() > side_)
    image = image.scaled(side_, side_, Qt::KeepAspectRatio, Qt::SmoothTransformation);

  std::lock_guard lock(mutex_);
  ++derivations_;
  if (auto it = entries_.find(hash); it != entries_.end()) return it->second.image;  // another thread won
  order_.push_front(hash);
  entries_.emplace(hash, Entry{image, order_.begin()});
  while (static_cast<int>(entries_.size()) > capacity_) {
    entries_.erase(order_.back());
    order_.pop_back();
  }
  return image;
}

int ThumbnailCache::cached() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(entries_.size());
}

bool ThumbnailCache::contains(const std::string& hash) const {
  std::lock_guard lock(mutex_);
  return entries_.count(hash) > 0;
}

int ThumbnailCache::derivations() const {
  std::lock_guard lock(mutex_);
  return derivations_;
}

void ThumbnailCache::clear() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  order_.clear();
}

EvidenceThumbnailProvider::EvidenceThumbnailProvider(DataVault* vault)
    : QQuickImageProvider(QQuickImageProvider::Image), vault_(vault) {}

QImage EvidenceThumbnailProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize) {
  QImage image;
  if (vault_ && vault_->blobs()) image = cache_.get(*vault_->blobs(), id.toStdString());
  if (image.isNull()) {
    // Not a picture (or damaged: the list shows that): a plain tile, not a QML warning.
    image = QImage(8, 8, QImage::Format_RGB32);
    image.fill(QColor(0xdd, 0xe3, 0xea));
  }
  if (!image.isNull() && requestedSize.isValid() && !requestedSize.isEmpty() &&
      (image.width() > requestedSize.width() || image.height() > requestedSize.height()))
    image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  if (size) *size = image.size();
  return image;
}

}  // namespace fg
