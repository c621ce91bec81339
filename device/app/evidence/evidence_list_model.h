#pragma once
// The evidence items of one case, newest last as the fold lists them: kind, short fingerprint
// of the sealed blob, who captured it, when, at which booth (and when that booth's sticker was
// scanned), whether the original was seen, and a thumbnail URL for pictures
// ("image://evidence/<sha256>", derived from the blob in memory: evidence_thumbnails.h).
// The item's text (note or decoded code) is the role "note" (delegates already have "text").
// Only current items are listed, each at the place of its original capture: a corrected
// item shows its latest description with the reason, who corrected it and when, and what
// the item said as captured ("was": the evidence.added at the start of the chain; versions
// in between are in the timeline); the blob, fingerprint, thumbnail, capture time and
// capturing officer stay the original's.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace fg {

class StationEnrolment;
struct Case;

struct EvidenceRow {
  QString id, kind, blob, fingerprint, text, officer, officerName, station, booth, mediaType, fileName, source,
      thumbnail;
  qint64 capturedAt = 0, boothStickerAt = 0, size = 0;
  bool originalSeen = false, corrected = false, isImage = false;
  // Set when corrected: the latest correction's reason, officer and time, how many
  // corrections, and the description as first captured.
  QString reason, correctedByName, wasKind, wasText;
  qint64 correctedAt = 0;
  int corrections = 0;
  bool wasOriginalSeen = false;
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
    ReasonRole,
    CorrectedByNameRole,
    CorrectedAtRole,
    CorrectionsRole,
    WasKindRole,
    WasTextRole,
    WasOriginalSeenRole,
  };
  Q_ENUM(Roles)

  explicit EvidenceListModel(QObject* parent = nullptr);
  // Rebuilds from the case (nullptr clears).
  // Officers' names and station codes come from the fair configuration.
  void setEnrolment(const StationEnrolment* enrolment) { enrolment_ = enrolment; }
  void load(const Case* c);
  const std::vector<EvidenceRow>& rows() const { return rows_; }
  int count() const { return static_cast<int>(rows_.size()); }
  // Row `row` by role name (QML: the case page opens the correction form for an item).
  Q_INVOKABLE QVariantMap get(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void countChanged();

 private:
  const StationEnrolment* enrolment_ = nullptr;
  std::vector<EvidenceRow> rows_;
};

}  // namespace fg
