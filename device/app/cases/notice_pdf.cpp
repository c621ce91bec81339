#include "notice_pdf.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace fg {

QImage qr_code_image(const QString& text) {
  try {
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(4);
    const ZXing::BitMatrix m = writer.encode(text.toStdString(), 0, 0);
    QImage image(m.width(), m.height(), QImage::Format_Mono);
    image.fill(1);
    for (int y = 0; y < m.height(); ++y)
      for (int x = 0; x < m.width(); ++x)
        if (m.get(x, y)) image.setPixel(x, y, 0);
    return image;
  } catch (const std::exception& e) {
    qWarning("QR code for '%s' failed: %s", qPrintable(text), e.what());
    return {};
  }
}

QByteArray render_notice_pdf(const NoticeContent& n) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  if (!buffer.open(QIODevice::WriteOnly)) return {};
  {
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    pdf.setTitle(QStringLiteral("Notice of alleged infringement %1").arg(n.caseNumber));
    pdf.setCreator(QStringLiteral("FairGuard"));
    QPainter p(&pdf);
    if (!p.isActive()) return {};
    const int width = pdf.width();
    QFont title(QStringLiteral("Noto Sans CJK SC"));
    title.setPointSize(18);
    title.setBold(true);
    QFont body(QStringLiteral("Noto Sans CJK SC"));
    body.setPointSize(11);

    int y = 0;
    p.setFont(title);
    p.drawText(QRect(0, y, width, 200), Qt::AlignHCenter, QStringLiteral("侵权告知书"));
    y += 160;
    p.drawText(QRect(0, y, width, 200), Qt::AlignHCenter, QStringLiteral("Notice of alleged infringement"));
    y += 220;

    p.setFont(body);
    const int line = 110;
    const auto row = [&](const QString& label, const QString& value) {
      p.drawText(QRect(0, y, 900, line), Qt::AlignLeft | Qt::AlignVCenter, label);
      p.drawText(QRect(920, y, width - 920 - 700, line), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, value);
      y += line;
    };
    row(QStringLiteral("展会 Fair"), n.fairName);
    row(QStringLiteral("案件编号 Case number"), n.caseNumber);
    row(QStringLiteral("展位 Booth"), n.booth);
    row(QStringLiteral("参展商 Exhibitor"), n.exhibitor);
    row(QStringLiteral("投诉人 Complainant"), n.complainant);
    row(QStringLiteral("权利 Right"), n.rightType + QLatin1Char(' ') + n.rightNumber);
    row(QStringLiteral("送达时间 Served at"), n.servedAt);
    row(QStringLiteral("答辩期限 Defence deadline"), n.deadline);
    row(QStringLiteral("执法人员 Officer"), n.officer + QStringLiteral("  (") + n.station + QLatin1Char(')'));

    const QImage qr = qr_code_image(n.caseReference);
    if (!qr.isNull()) p.drawImage(QRect(width - 600, 400, 600, 600), qr);

    y += 80;
    const QString text = QStringLiteral(
        "您的展位所展出的产品被投诉涉嫌侵犯上述知识产权。请于答辩期限前向投诉工作站提交书面答辩及证据。"
        "逾期未答辩的，不影响处理决定的作出。\n\n"
        "A complaint alleges that a product exhibited at your booth infringes the right named above. "
        "You may answer in writing, with evidence, at the complaint station before the defence deadline. "
        "No answer does not prevent a decision.");
    p.drawText(QRect(0, y, width, 1400), Qt::AlignLeft | Qt::TextWordWrap, text);
  }
  return bytes;
}

}  // namespace fg
