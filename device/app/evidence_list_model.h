#pragma once
// The evidence items of one case, newest last as the fold lists them: kind, short fingerprint
// of the sealed blob, who captured it, when, at which booth (and when that booth's sticker was
// scanned), whether the original was seen, and a thumbnail URL for pictures
// ("image://evidence/<sha256>", derived from the blob in memory: evidence_thumbnails.h).
// The item's text (note or decoded code) is the role "note" (delegates already have "text").
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace fg {

class StationBackend;
struct Case;

struct EvidenceRow {
  QString id, kind, blob, fingerprint, text, officer, officerName, station, booth, mediaType, fileName, source,
      thumbnail;
  qint64 capturedAt = 0, boothStickerAt = 0, size = 0;
  bool originalSeen = false, corrected = false, isImage = false;
};

class EvidenceListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by CaseController")
  Q_PROPERTY(int count READ count NOTIFY countChanged)
 public:
  enum Roles {
    IdRole = Qt::UserRole + 1,
    KindRole,
    BlobRole,
    FingerprintRole,
    TextRole,
    OfficerRole,
    OfficerNameRole,
    StationRole,
    BoothRole,
    BoothStickerAtRole,
    CapturedAtRole,
    OriginalSeenRole,
    CorrectedRole,
    MediaTypeRole,
    FileNameRole,
    SourceRole,
    SizeRole,
    IsImageRole,
    ThumbnailRole,
  };
  Q_ENUM(Roles)

  explicit EvidenceListModel(QObject* parent = nullptr);
  // Rebuilds from the case (nullptr clears).
  void load(StationBackend* backend, const Case* c);
  const std::vector<EvidenceRow>& rows() const { return rows_; }
  int count() const { return static_cast<int>(rows_.size()); }

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void countChanged();

 private:
  std::vector<EvidenceRow> rows_;
};

}  // namespace fg
