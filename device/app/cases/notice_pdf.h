#pragma once
// The written notice of alleged infringement (侵权告知书) served on the respondent: a one-page
// bilingual PDF (QPdfWriter) with the case number, the defence deadline and a QR code of the
// case reference, so that the respondent's answer can be matched to the case.
#include <QByteArray>
#include <QImage>
#include <QString>

namespace fg {

struct NoticeContent {
  QString fairName;
  QString caseNumber;
  QString caseReference;  // the text in the QR code
  QString booth;
  QString exhibitor;
  QString rightType;  // words, e.g. "Design patent 外观设计"
  QString rightNumber;
  QString complainant;
  QString servedAt;  // formatted in the fair's time zone
  QString deadline;  // served + 24 h, formatted
  QString officer;
  QString station;
};

// A QR code image of `text`, one pixel per module plus a 4-module quiet zone; null on failure.
QImage qr_code_image(const QString& text);

// The notice as PDF bytes (A4); empty on failure.
QByteArray render_notice_pdf(const NoticeContent& notice);

}  // namespace fg
