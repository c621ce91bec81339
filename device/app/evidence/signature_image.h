#pragma once
// A signature drawn on the tablet's pad (SignaturePad.qml gives a PNG data URL): checked to be
// a PNG with ink on it, so an untouched pad is never recorded as someone's signature. Used for
// the complainant's signature at intake and the respondent's receipt of the notice.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fg {

struct DrawnSignature {
  QByteArray png;  // the bytes to seal; empty when refused
  QString error;   // why it was refused, in the interface language
};

class SignatureImage {
  Q_DECLARE_TR_FUNCTIONS(SignatureImage)

 public:
  // `whenEmpty` is the refusal for an untouched pad (it names who is to sign).
  static DrawnSignature read(const QString& pngDataUrl, const QString& whenEmpty);
};

}  // namespace fg
