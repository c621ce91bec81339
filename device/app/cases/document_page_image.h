#pragma once
// A page of a case paper as a picture, for showing it full-screen to the person it is handed
// to (docs/station.md, "Papers"): rendered from the sealed PDF blob with Qt PDF, in memory only
// (the paper names the parties; nothing derived is written to disk in clear). QML asks for
// "image://document/<sha256>" (page 1) or "image://document/<sha256>/<page from 0>".
#include <QByteArray>
#include <QImage>
#include <QQuickImageProvider>
#include <QString>

namespace fg {

class DataVault;

// Page `page` (from 0) of the PDF `pdf`, `width` pixels wide, on white; a null image and the
// reason in *why when the bytes are no PDF or have no such page.
QImage render_pdf_page(const QByteArray& pdf, int page, int width, QString* why = nullptr);

class DocumentPageProvider : public QQuickImageProvider {
 public:
  // A page 1100 px wide unless QML asks for another width: sharp on a 1280x800 tablet.
  static constexpr int kDefaultWidth = 1100;
  // Papers are one or two pages of text: a blob larger than this is not a paper.
  static constexpr qint64 kMaxPdfBytes = 8 * 1024 * 1024;

  explicit DocumentPageProvider(DataVault* vault);
  QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

 private:
  DataVault* vault_;
};

}  // namespace fg
