#include "evidence_list_model.h"

#include <algorithm>

#include "cases/case.h"
#include "evidence_capture.h"
#include "json_variant.h"
#include "ledger/json_fields.h"
#include "station_enrolment.h"

namespace fg {
namespace {

const EvidenceItem* find_item(const Case& c, const std::string& id) {
  for (const EvidenceItem& e : c.evidence)
    if (e.id == id) return &e;
  return nullptr;
}

qint64 event_time(const Case& c, const EventRef& ref) {
  for (const TimelineEntry& t : c.timeline)
    if (t.ref == ref) return t.time;
  return 0;
}

}  // namespace

EvidenceListModel::EvidenceListModel(QObject* parent) : QAbstractListModel(parent) {}

void EvidenceListModel::load(const Case* c) {
  const int before = count();
  beginResetModel();
  rows_.clear();
  if (c && enrolment_) {
    // A corrected item keeps the place of its original capture (stable sort by that place).
    std::vector<std::pair<std::size_t, EvidenceRow>> placed;
    for (const EvidenceItem& item : c->evidence) {
      if (!item.current()) continue;  // shown as "was" of the item that replaced it
      // The original capture (the start of the correction chain) says who captured it.
      const EvidenceItem* root = &item;
      const bool corrected = !item.corrects.empty() && find_item(*c, item.corrects);
      int corrections = 0;
      while (!root->corrects.empty()) {
        const EvidenceItem* up = find_item(*c, root->corrects);
        if (!up) break;
        root = up;
        ++corrections;
      }
      const Json& f = item.fields;
      EvidenceRow r;
      r.id = QString::fromStdString(item.id);
      r.kind = json_text(f, "kind");
      r.blob = json_text(f, "blob");
      r.fingerprint = r.blob.isEmpty() ? QString() : short_fingerprint(r.blob.toStdString());
      r.text = json_text(f, "text");
      r.officer = QString::fromStdString(root->officer);
      const Officer* o = enrolment_->fairConfig().find_officer(root->officer);
      r.officerName = o ? QString::fromStdString(o->name) : r.officer;
      r.station = json_text(f, "station");
      if (r.station.isEmpty()) r.station = enrolment_->stationOf(root->source.device);
      r.booth = json_text(f, "booth");
      r.boothStickerAt = int_at(f, "booth_sticker_at", 0);
      r.capturedAt = int_at(f, "captured_at", 0);
      r.size = int_at(f, "size", 0);
      r.originalSeen = flag_at(f, "original_seen");
      if (corrected) {
        r.corrected = true;
        r.corrections = corrections;
        r.reason = json_text(f, "reason");
        const Officer* by = enrolment_->fairConfig().find_officer(item.officer);
        r.correctedByName = by ? QString::fromStdString(by->name) : QString::fromStdString(item.officer);
        r.correctedAt = event_time(*c, item.source);
        r.wasKind = json_text(root->fields, "kind");
        r.wasText = json_text(root->fields, "text");
        r.wasOriginalSeen = flag_at(root->fields, "original_seen");
      }
      r.mediaType = json_text(f, "media_type");
      r.fileName = json_text(f, "file_name");
      r.source = json_text(f, "source");
      // Items written before media_type existed: photo kinds are pictures.
      r.isImage = !r.blob.isEmpty() && (r.mediaType.startsWith(QLatin1String("image/")) ||
                                        (r.mediaType.isEmpty() && r.kind.endsWith(QLatin1String("_photo"))));
      if (r.isImage) r.thumbnail = QStringLiteral("image://evidence/") + r.blob;
      placed.emplace_back(static_cast<std::size_t>(root - c->evidence.data()), std::move(r));
    }
    std::stable_sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& p : placed) rows_.push_back(std::move(p.second));
  }
  endResetModel();
  if (count() != before) emit countChanged();
}

int EvidenceListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QVariant EvidenceListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= count()) return {};
  const EvidenceRow& r = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case IdRole:
      return r.id;
    case KindRole:
      return r.kind;
    case BlobRole:
      return r.blob;
    case FingerprintRole:
      return r.fingerprint;
    case TextRole:
      return r.text;
    case OfficerRole:
      return r.officer;
    case OfficerNameRole:
      return r.officerName;
    case StationRole:
      return r.station;
    case BoothRole:
      return r.booth;
    case BoothStickerAtRole:
      return r.boothStickerAt;
    case CapturedAtRole:
      return r.capturedAt;
    case OriginalSeenRole:
      return r.originalSeen;
    case CorrectedRole:
      return r.corrected;
    case MediaTypeRole:
      return r.mediaType;
    case FileNameRole:
      return r.fileName;
    case SourceRole:
      return r.source;
    case SizeRole:
      return r.size;
    case IsImageRole:
      return r.isImage;
    case ThumbnailRole:
      return r.thumbnail;
    case ReasonRole:
      return r.reason;
    case CorrectedByNameRole:
      return r.correctedByName;
    case CorrectedAtRole:
      return r.correctedAt;
    case CorrectionsRole:
      return r.corrections;
    case WasKindRole:
      return r.wasKind;
    case WasTextRole:
      return r.wasText;
    case WasOriginalSeenRole:
      return r.wasOriginalSeen;
  }
  return {};
}

QVariantMap EvidenceListModel::get(int row) const {
  QVariantMap out;
  const QHash<int, QByteArray> names = roleNames();
  for (auto it = names.cbegin(); it != names.cend(); ++it)
    out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
  return out;
}

QHash<int, QByteArray> EvidenceListModel::roleNames() const {
  return {{IdRole, "itemId"},
          {KindRole, "kind"},
          {BlobRole, "blob"},
          {FingerprintRole, "fingerprint"},
          {TextRole, "note"},
          {OfficerRole, "officer"},
          {OfficerNameRole, "officerName"},
          {StationRole, "station"},
          {BoothRole, "booth"},
          {BoothStickerAtRole, "boothStickerAt"},
          {CapturedAtRole, "capturedAt"},
          {OriginalSeenRole, "originalSeen"},
          {CorrectedRole, "corrected"},
          {MediaTypeRole, "mediaType"},
          {FileNameRole, "fileName"},
          {SourceRole, "source"},
          {SizeRole, "size"},
          {IsImageRole, "isImage"},
          {ThumbnailRole, "thumbnail"},
          {ReasonRole, "reason"},
          {CorrectedByNameRole, "correctedByName"},
          {CorrectedAtRole, "correctedAt"},
          {CorrectionsRole, "corrections"},
          {WasKindRole, "wasKind"},
          {WasTextRole, "wasText"},
          {WasOriginalSeenRole, "wasOriginalSeen"}};
}

}  // namespace fg
