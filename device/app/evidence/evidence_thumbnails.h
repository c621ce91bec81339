#pragma once
// Thumbnails of sealed evidence, derived from the blob (never from the file it came from) and
// kept only in memory: complaint data is encrypted at rest on the tablet, so nothing derived
// from it is written to disk in clear. A bounded cache (least recently used out) re-derives on
// demand. QML asks for "image://evidence/<sha256>".
#include <QImage>
#include <QQuickImageProvider>
#include <QString>

#include <list>
#include <mutex>
#include <string>
#include <unordered_map>

namespace fg {

class BlobStore;
class DataVault;

class ThumbnailCache {
 public:
  static constexpr int kDefaultCapacity = 48;  // thumbnails (256 px: at most about 12 MB)
  static constexpr int kDefaultSide = 256;     // longest side in pixels
  // Blobs larger than this are not decoded for a thumbnail (a video, a huge scan).
  static constexpr std::uint64_t kMaxBlobBytes = 40u * 1024 * 1024;

  explicit ThumbnailCache(int capacity = kDefaultCapacity, int side = kDefaultSide);

  // The thumbnail of a blob, derived on a miss through BlobStore::read (which verifies the
  // hash). A null image, and the reason in *why, when the blob is missing, damaged or not a
  // picture. Thread-safe.
  QImage get(const BlobStore& blobs, const std::string& hash, QString* why = nullptr);

  int capacity() const { return capacity_; }
  int cached() const;
  bool contains(const std::string& hash) const;
  int derivations() const;  // how many thumbnails were made from blobs so far
  void clear();

 private:
  int capacity_;
  int side_;
  mutable std::mutex mutex_;
  std::list<std::string> order_;  // most recent first
  struct Entry {
    QImage image;
    std::list<std::string>::iterator place;
  };
  std::unordered_map<std::string, Entry> entries_;
  int derivations_ = 0;
};

// "image://evidence/<sha256>" for QML; owned by the engine, reads the station's blob store.
// EvidenceDelegate loads asynchronously, so requestImage runs on Qt's image loader thread
// (the cache is locked; BlobStore::read is a const read).
class EvidenceThumbnailProvider : public QQuickImageProvider {
 public:
  explicit EvidenceThumbnailProvider(DataVault* vault);
  QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

 private:
  DataVault* vault_;
  ThumbnailCache cache_;
};

}  // namespace fg
