#include "evidence_capture.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QMimeDatabase>
#include <QUrl>
#include <QVideoFrame>

#include "blobs/blob_store.h"

namespace fg {
namespace {

QString local_path(const QString& pathOrUrl) {
  return pathOrUrl.startsWith(QLatin1String("file:")) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
}

SealResult failed(const QString& why) { return SealResult{std::nullopt, why}; }

}  // namespace

SealResult EvidenceCapture::sealFile(const QString& pathOrUrl) const {
  if (!blobs_) return failed(tr("The station has no blob store."));
  const QString path = local_path(pathOrUrl);
  const QFileInfo info(path);
  if (path.isEmpty() || !info.isFile()) return failed(tr("Cannot read %1: no such file.").arg(path));
  SealedBlob sealed;
  try {
    // put_file hashes exactly the bytes it stores, so the hash names what was sealed even if
    // the file changes afterwards.
    const BlobInfo blob = blobs_->put_file(path.toStdString());
    sealed.hash = blob.hash;
    sealed.size = blob.size;
  } catch (const std::exception& e) {
    return failed(tr("Cannot read %1: %2").arg(path, QString::fromUtf8(e.what())));
  }
  sealed.media_type = QMimeDatabase().mimeTypeForFile(info).name().toStdString();
  sealed.file_name = info.fileName().toStdString();
  sealed.source = "file";
  return SealResult{std::move(sealed), {}};
}

SealResult EvidenceCapture::sealImage(const QImage& image) const {
  if (!blobs_) return failed(tr("The station has no blob store."));
  if (image.isNull()) return failed(tr("The camera gave no picture."));
  QByteArray png;
  QBuffer buffer(&png);
  buffer.open(QIODevice::WriteOnly);
  QImageWriter writer(&buffer, "png");
  if (!writer.write(image)) return failed(tr("The picture could not be encoded: %1").arg(writer.errorString()));
  SealResult sealed = sealBytes(png, "image/png", "camera");
  if (!sealed) sealed.error = tr("The picture was not saved: %1").arg(sealed.error);
  return sealed;
}

SealResult EvidenceCapture::sealBytes(const QByteArray& bytes, const char* mediaType, const char* source) const {
  if (!blobs_) return failed(tr("The station has no blob store."));
  SealedBlob sealed;
  try {
    const BlobInfo blob =
        blobs_->put(as_bytes(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
    sealed.hash = blob.hash;
    sealed.size = blob.size;
  } catch (const std::exception& e) {
    return failed(QString::fromUtf8(e.what()));
  }
  sealed.media_type = mediaType;
  sealed.source = source;
  return SealResult{std::move(sealed), {}};
}

SealResult EvidenceCapture::sealFrame(const QVideoFrame& frame) const {
  if (!frame.isValid()) return failed(tr("The camera gave no picture."));
  return sealImage(frame.toImage());
}

void EvidenceCapture::describe(const SealedBlob& blob, Json& body) {
  body["blob"] = blob.hash;
  body["size"] = static_cast<std::int64_t>(blob.size);
  body["source"] = blob.source;
  if (!blob.media_type.empty()) body["media_type"] = blob.media_type;
  if (!blob.file_name.empty()) body["file_name"] = blob.file_name;
}

QString short_fingerprint(std::string_view hash) {
  if (hash.size() < 8) return QString::fromLatin1(hash.data(), static_cast<int>(hash.size()));
  return QString::fromLatin1(hash.data(), 4) + QLatin1Char(' ') + QString::fromLatin1(hash.data() + 4, 4);
}

}  // namespace fg
