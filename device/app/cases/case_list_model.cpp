#include "case_list_model.h"

#include <algorithm>

#include "codes/booth_sticker.h"

namespace fg {

CaseListModel::CaseListModel(QObject* parent) : QAbstractListModel(parent) {}

QString CaseListModel::searchKey(const QString& text) {
  QString key;
  key.reserve(text.size());
  for (const QChar c : text) {
    // "ZL 2019 1 0123456.7" and "201910123456.7" must find each other.
    if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-')) continue;
    key.append(c.toCaseFolded());
  }
  if (key.startsWith(QLatin1String("zl"))) key.remove(0, 2);
  return key;
}

QString CaseListModel::searchTarget(const QString& text) {
  // Only the shape is read here: the booth card shows the sticker check's verdict.
  if (const BoothStickerParse sticker = parse_booth_sticker(text.toStdString()))
    return QString::fromStdString(sticker.sticker->booth);
  return text;
}

bool CaseListModel::isOpen(const QString& status) {
  static const QStringList ended{QStringLiteral("rejected"), QStringLiteral("decided"), QStringLiteral("withdrawn"),
                                 QStringLiteral("transferred"), QStringLiteral("closed")};
  return !ended.contains(status);
}

void CaseListModel::setRows(std::vector<CaseRow> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  keys_.assign(rows_.size(), {});
  booth_keys_.assign(rows_.size(), {});
  for (std::size_t i = 0; i < rows_.size(); ++i) setKeys(i);
  computeVisible();
  endResetModel();
  emit countChanged();
}

void CaseListModel::setKeys(std::size_t i) {
  const CaseRow& r = rows_[i];
  booth_keys_[i] = searchKey(r.booth);
  // One key per row with a separator no search key contains.
  keys_[i] = booth_keys_[i] + QChar(0x1f) + searchKey(r.respondent) + QChar(0x1f) + searchKey(r.complainant) +
             QChar(0x1f) + searchKey(r.rightNumber) + QChar(0x1f) + searchKey(r.caseNumber);
}

void CaseListModel::updateRow(std::size_t at, CaseRow row) {
  const QString key = searchKey(searchTarget(filter_));
  const auto offset = static_cast<std::ptrdiff_t>(at);
  const bool replace = at < rows_.size() && rows_[at].caseId == row.caseId;
  const bool was_shown = replace && std::binary_search(visible_.begin(), visible_.end(), static_cast<int>(at));
  const QString old_booth = replace ? booth_keys_[at] : QString();
  if (replace) {
    rows_[at] = std::move(row);
  } else {
    rows_.insert(rows_.begin() + offset, std::move(row));
    keys_.insert(keys_.begin() + offset, QString());
    booth_keys_.insert(booth_keys_.begin() + offset, QString());
    for (int& v : visible_)
      if (v >= static_cast<int>(at)) ++v;
  }
  setKeys(at);
  // A row whose booth is the one searched for may change which booth is in view: all again.
  const bool booth_view = !key.isEmpty() && (booth_keys_[at] == key || old_booth == key);
  const bool shown = !locked_ && matches(at, key);
  if (booth_view || (replace && shown != was_shown)) {
    refilter();
    return;
  }
  const auto pos = std::lower_bound(visible_.begin(), visible_.end(), static_cast<int>(at));
  const int visible_row = static_cast<int>(pos - visible_.begin());
  if (!replace && shown) {
    beginInsertRows({}, visible_row, visible_row);
    visible_.insert(pos, static_cast<int>(at));
    endInsertRows();
  } else if (shown) {
    emit dataChanged(index(visible_row), index(visible_row));
  }
  emit countChanged();  // the total, or the booth summary's counts
}

void CaseListModel::setFilter(const QString& text) {
  if (text == filter_) return;
  filter_ = text;
  refilter();
  emit filterChanged();
}

void CaseListModel::showStatus(const QString& status, qint64 receivedFrom, qint64 receivedTo) {
  status_filter_ = status;
  received_from_ = status.isEmpty() ? 0 : receivedFrom;
  received_to_ = status.isEmpty() ? 0 : receivedTo;
  refilter();
  emit filterChanged();
}

void CaseListModel::setLocked(bool locked) {
  if (locked == locked_) return;
  locked_ = locked;
  refilter();
}

void CaseListModel::refilter() {
  beginResetModel();
  computeVisible();
  endResetModel();
  emit countChanged();
}

void CaseListModel::setFairBooths(const QStringList& booths) {
  fair_booths_.clear();
  for (const QString& b : booths) fair_booths_.insert(searchKey(b), b);
  refilter();
}

void CaseListModel::computeVisible() {
  visible_.clear();
  booth_in_view_.clear();
  if (locked_) return;
  const QString target = searchTarget(filter_);
  const QString key = searchKey(target);
  // A search that names a booth exactly (a scanned sticker, or its code typed in full) shows
  // that booth's cases only: "what is open at 9.1K23?". A sticker names its booth even when
  // neither the fair's list nor any case has it.
  if (target != filter_) booth_in_view_ = target;
  if (booth_in_view_.isEmpty() && !key.isEmpty()) {
    booth_in_view_ = fair_booths_.value(key);
    for (std::size_t i = 0; i < rows_.size() && booth_in_view_.isEmpty(); ++i)
      if (booth_keys_[i] == key) booth_in_view_ = rows_[i].booth;
  }
  for (std::size_t i = 0; i < rows_.size(); ++i)
    if (matches(i, key)) visible_.push_back(static_cast<int>(i));
}

bool CaseListModel::matches(std::size_t i, const QString& key) const {
  const CaseRow& r = rows_[i];
  if (!status_filter_.isEmpty() && r.status != status_filter_) return false;
  if (received_to_ > 0 && (r.receivedAt < received_from_ || r.receivedAt >= received_to_)) return false;
  return booth_in_view_.isEmpty() ? key.isEmpty() || keys_[i].contains(key) : booth_keys_[i] == key;
}

QVariantMap CaseListModel::boothSummary() const {
  if (booth_in_view_.isEmpty()) return {};
  const QString key = searchKey(booth_in_view_);
  int cases = 0, open = 0;
  qint64 next_deadline = 0;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    if (booth_keys_[i] != key) continue;
    ++cases;
    if (!isOpen(rows_[i].status)) continue;
    ++open;
    const qint64 d = rows_[i].deadlineAt;
    if (d > 0 && (next_deadline == 0 || d < next_deadline)) next_deadline = d;
  }
  return {{QStringLiteral("cases"), cases},
          {QStringLiteral("open"), open},
          {QStringLiteral("nextDeadline"), next_deadline}};
}

QString CaseListModel::caseIdAt(int row) const {
  if (row < 0 || row >= rowCount()) return {};
  return rows_[visible_[row]].caseId;
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(visible_.size());
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const CaseRow& r = rows_[visible_[index.row()]];
  switch (role) {
    case Qt::DisplayRole:
    case CaseNumberRole:
      return r.caseNumber;
    case CaseIdRole:
      return r.caseId;
    case StatusRole:
      return r.status;
    case BoothRole:
      return r.booth;
    case ComplainantRole:
      return r.complainant;
    case RespondentRole:
      return r.respondent;
    case RightTypeRole:
      return r.rightType;
    case RightNumberRole:
      return r.rightNumber;
    case ReceivedAtRole:
      return r.receivedAt;
    case DeadlineAtRole:
      return r.deadlineAt;
    case FlaggedRole:
      return r.flagged;
    default:
      return {};
  }
}

QHash<int, QByteArray> CaseListModel::roleNames() const {
  return {{CaseIdRole, "caseId"},         {CaseNumberRole, "caseNumber"},   {StatusRole, "status"},
          {BoothRole, "booth"},           {ComplainantRole, "complainant"}, {RespondentRole, "respondent"},
          {RightTypeRole, "rightType"},   {RightNumberRole, "rightNumber"}, {ReceivedAtRole, "receivedAt"},
          {DeadlineAtRole, "deadlineAt"}, {FlaggedRole, "flagged"}};
}

}  // namespace fg
