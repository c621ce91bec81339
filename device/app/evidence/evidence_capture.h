#pragma once
// Evidence sealed at capture: the moment a photo is taken or a file imported, its bytes are
// hashed and stored in the BlobStore, and from then on only the sealed blob is used (the
// event, the thumbnails, the export). A camera still is encoded once, losslessly (PNG), and
// those bytes are what is sealed; an imported file is sealed byte for byte as it is.
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ledger/canonical.h"

class QByteArray;
class QImage;
class QVideoFrame;

namespace fg {

class BlobStore;

struct SealedBlob {
  std::string hash;  // lowercase hex SHA-256 of the stored bytes
  std::uint64_t size = 0;
  std::string media_type;  // "image/png", "application/pdf", ...
  std::string file_name;   // the imported file's name (no folder); empty for camera stills
  std::string source;      // "camera" or "file"
};

struct SealResult {
  std::optional<SealedBlob> blob;
  QString error;  // why nothing was sealed
  explicit operator bool() const { return blob.has_value(); }
};

class EvidenceCapture {
  Q_DECLARE_TR_FUNCTIONS(EvidenceCapture)

 public:
  explicit EvidenceCapture(BlobStore* blobs) : blobs_(blobs) {}

  // An imported file (local path or file: URL), stored byte for byte.
  [[nodiscard]] SealResult sealFile(const QString& pathOrUrl) const;
  // A camera still: PNG-encoded once; the PNG bytes are sealed.
  [[nodiscard]] SealResult sealImage(const QImage& image) const;
  // Bytes made on the station (a PNG, the notice PDF), stored as they are. On failure the
  // error is the store's own reason, for the caller to put in its message.
  [[nodiscard]] SealResult sealBytes(const QByteArray& bytes, const char* mediaType, const char* source) const;
  // The frame a camera's video sink shows now.
  [[nodiscard]] SealResult sealFrame(const QVideoFrame& frame) const;

  // The body keys that describe a sealed blob: blob, media_type, size, source, file_name?.
  static void describe(const SealedBlob& blob, Json& body);

 private:
  BlobStore* blobs_;
};

// The short fingerprint shown on each item: the first two groups of four hex digits of the
// SHA-256 ("3f2a 9c1e"), the start of what `sha256sum` prints for the exported file.
QString short_fingerprint(std::string_view hash);

}  // namespace fg
