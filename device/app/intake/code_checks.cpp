#include "code_checks.h"

#include <QCoreApplication>

#include "codes/booth_sticker.h"
#include "codes/gtin.h"
#include "codes/patent_number.h"
#include "codes/typed_text.h"

namespace fg {
namespace {

QString patent_error(const PatentNumberParse& p) {
  switch (p.error) {
    case PatentNumberError::Empty:
      return QCoreApplication::translate("CodeChecks", "Enter the patent number.");
    case PatentNumberError::PublicationNumber:
      return QCoreApplication::translate(
          "CodeChecks", "This is a publication number (CN...A/U/S); enter the application number (ZL...).");
    case PatentNumberError::UnexpectedCharacter:
      return QCoreApplication::translate("CodeChecks", "Only digits, and X as the check character.");
    case PatentNumberError::WrongLength:
      return QCoreApplication::translate("CodeChecks",
                                         "A patent number has 12 digits (8 before 2003) and a check character.");
    case PatentNumberError::UnknownType:
      return QCoreApplication::translate("CodeChecks", "The type digit (5th) must be 1, 2, 3, 8 or 9.");
    case PatentNumberError::ImpossibleYear:
      return QCoreApplication::translate("CodeChecks", "The year in this number is impossible.");
    case PatentNumberError::MissingCheckCharacter:
      return QCoreApplication::translate("CodeChecks", "Add the check character after the dot (it should be %1).")
          .arg(QChar::fromLatin1(p.expected_check));
    case PatentNumberError::WrongCheckCharacter:
      return QCoreApplication::translate("CodeChecks", "Check character wrong: typo or misread number (expected %1).")
          .arg(QChar::fromLatin1(p.expected_check));
    default:
      break;  // None, and kinds added later: the library's own English message
  }
  return QString::fromStdString(p.message);
}

QString type_name(PatentType t) {
  switch (t) {
    case PatentType::Invention:
      return QCoreApplication::translate("CodeChecks", "invention patent");
    case PatentType::UtilityModel:
      return QCoreApplication::translate("CodeChecks", "utility model");
    case PatentType::Design:
      return QCoreApplication::translate("CodeChecks", "design patent");
    case PatentType::PctInvention:
      return QCoreApplication::translate("CodeChecks", "PCT invention");
    case PatentType::PctUtilityModel:
      return QCoreApplication::translate("CodeChecks", "PCT utility model");
  }
  return {};
}

bool type_matches(const std::string& rightType, PatentType t) {
  if (rightType == "invention") return t == PatentType::Invention || t == PatentType::PctInvention;
  if (rightType == "utility_model") return t == PatentType::UtilityModel || t == PatentType::PctUtilityModel;
  if (rightType == "design") return t == PatentType::Design;
  return true;
}

}  // namespace

RightNumberCheck check_right_number(const std::string& rightType, const std::string& untrimmed) {
  RightNumberCheck r;
  const std::string text = QString::fromStdString(untrimmed).trimmed().toStdString();
  const bool patent = rightType == "invention" || rightType == "utility_model" || rightType == "design";
  if (!patent) {
    r.display = QString::fromStdString(text).trimmed().toStdString();
    r.ok = !r.display.empty();
    r.message = r.ok ? QString() : QCoreApplication::translate("CodeChecks", "Enter the registration number.");
    return r;
  }
  const PatentNumberParse p = parse_patent_number(text);
  if (!p) {
    r.message = patent_error(p);
    return r;
  }
  // Old 8-digit numbers carry the type too (3rd digit), so the check applies to both forms.
  if (!type_matches(rightType, p.number->type)) {
    r.message = QCoreApplication::translate("CodeChecks", "This number is of another type (%1) than the one chosen.")
                    .arg(type_name(p.number->type));
    return r;
  }
  r.ok = true;
  r.display = p.number->display();
  r.message = QCoreApplication::translate("CodeChecks", "Valid %1 number").arg(type_name(p.number->type));
  return r;
}

QVariantMap to_variant(const RightNumberCheck& c) {
  return {{QStringLiteral("ok"), c.ok},
          {QStringLiteral("message"), c.message},
          {QStringLiteral("display"), QString::fromStdString(c.display)}};
}

QString verdict_name(StickerVerdict verdict) {
  switch (verdict) {
    case StickerVerdict::Empty:
      return QStringLiteral("empty");
    case StickerVerdict::NotSticker:
      return QStringLiteral("not_sticker");
    case StickerVerdict::Damaged:
      return QStringLiteral("damaged");
    case StickerVerdict::Forged:
      return QStringLiteral("forged");
    case StickerVerdict::OtherFair:
      return QStringLiteral("other_fair");
    case StickerVerdict::Genuine:
      return QStringLiteral("genuine");
  }
  return QStringLiteral("empty");
}

StickerCheck check_sticker(const std::string& untrimmed, const FairConfig& config, const PublicKey& bureau) {
  StickerCheck r;
  const std::string text = QString::fromStdString(untrimmed).trimmed().toStdString();
  if (text.empty()) return r;
  const BoothStickerParse p = parse_booth_sticker(text);
  if (!p) {
    const bool other_code = p.error == BoothStickerError::NotABoothSticker;
    r.verdict = other_code ? StickerVerdict::NotSticker : StickerVerdict::Damaged;
    r.message = other_code ? QCoreApplication::translate("CodeChecks", "This code is not a FairGuard booth sticker.")
                           : QCoreApplication::translate("CodeChecks", "Damaged or incomplete booth sticker.");
    return r;
  }
  switch (verify_booth_sticker(*p.sticker, bureau, config.fair.id)) {
    case BoothStickerCheck::ForgedOrAltered:
      r.verdict = StickerVerdict::Forged;
      r.message = QCoreApplication::translate(
          "CodeChecks", "Forged or altered sticker: not signed by the bureau. Enter the booth by hand and report it.");
      return r;
    case BoothStickerCheck::OtherFair:
      r.verdict = StickerVerdict::OtherFair;
      r.message = QCoreApplication::translate("CodeChecks", "Genuine sticker, but of another fair (%1).")
                      .arg(QString::fromStdString(p.sticker->fair));
      return r;
    case BoothStickerCheck::Valid:
      break;
  }
  r.verdict = StickerVerdict::Genuine;
  r.booth = p.sticker->booth;
  r.hall = p.sticker->hall;
  if (const Booth* b = config.find_booth(r.booth)) r.exhibitor = b->exhibitor;
  r.ok = true;
  r.message = r.exhibitor.empty()
                  ? QCoreApplication::translate("CodeChecks", "Verified booth %1 (not in the booth list)")
                        .arg(QString::fromStdString(r.booth))
                  : QCoreApplication::translate("CodeChecks", "Verified booth %1: %2")
                        .arg(QString::fromStdString(r.booth), QString::fromStdString(r.exhibitor));
  return r;
}

QVariantMap to_variant(const StickerCheck& c) {
  return {{QStringLiteral("ok"), c.ok},
          {QStringLiteral("verdict"), verdict_name(c.verdict)},
          {QStringLiteral("message"), c.message},
          {QStringLiteral("booth"), QString::fromStdString(c.booth)},
          {QStringLiteral("hall"), QString::fromStdString(c.hall)},
          {QStringLiteral("exhibitor"), QString::fromStdString(c.exhibitor)}};
}

ProductCodeCheck check_product_code(const std::string& text) {
  ProductCodeCheck r;
  const std::string folded = fold_typed_code(text);
  if (folded.empty()) return r;
  const bool digits = folded.find_first_not_of("0123456789") == std::string::npos;
  if (!digits) {
    r.code = QString::fromStdString(text).trimmed().toStdString();
    return r;
  }
  const GtinParse g = parse_gtin(folded);
  if (!g) {
    r.ok = false;
    r.message = g.error == GtinError::WrongCheckDigit
                    ? QCoreApplication::translate("CodeChecks",
                                                  "Product code check digit wrong (expected %1): rescan or retype.")
                          .arg(QChar::fromLatin1(g.expected_check))
                    : QCoreApplication::translate("CodeChecks", "A numeric product code has 8, 12, 13 or 14 digits.");
    return r;
  }
  r.code = g.gtin->digits;
  r.format = gtin_kind_name(g.gtin->kind);
  return r;
}

}  // namespace fg
