#include "decode_frame.h"

#include "decode_image.h"
#include "decode_luminance.h"

namespace fg {
namespace {

// Where the Y samples sit inside a strided pixel: byte offset and pixel stride.
struct StridedLayout {
  int offset;
  int stride;
};

StridedLayout strided_layout(QVideoFrameFormat::PixelFormat format) {
  switch (format) {
    case QVideoFrameFormat::Format_YUYV:
      return {0, 2};  // Y0 U Y1 V
    case QVideoFrameFormat::Format_UYVY:
      return {1, 2};  // U Y0 V Y1
    // 16-bit little-endian samples: the high byte carries the 8 significant bits.
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
    case QVideoFrameFormat::Format_Y16:
      return {1, 2};
    default:
      return {0, 1};
  }
}

}  // namespace

const char* frame_path_name(FramePath path) {
  switch (path) {
    case FramePath::LumaPlane:
      return "luma-plane";
    case FramePath::StridedLuma:
      return "strided-luma";
    case FramePath::ConvertedImage:
      return "converted-image";
    case FramePath::Unreadable:
      return "unreadable";
  }
  return "unknown";
}

FramePath frame_path_for(QVideoFrameFormat::PixelFormat format) {
  switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
      return FramePath::LumaPlane;
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
    case QVideoFrameFormat::Format_Y16:
      return FramePath::StridedLuma;
    case QVideoFrameFormat::Format_Invalid:
      return FramePath::Unreadable;
    default:
      return FramePath::ConvertedImage;
  }
}

FrameScan decode_frame(const QVideoFrame& frame, const ScanOptions& options) {
  FrameScan scan;
  if (!frame.isValid()) return scan;
  const FramePath path = frame_path_for(frame.pixelFormat());
  if (path == FramePath::ConvertedImage) {
    const QImage image = frame.toImage();
    if (image.isNull()) return scan;
    scan.path = path;
    scan.results = decode_image(image, options);
    return scan;
  }
  if (path == FramePath::Unreadable) return scan;

  // QVideoFrame shares its buffer: this copy of the handle lets us map without touching the
  // caller's frame; ReadOnly so a GPU or camera buffer is not written back.
  QVideoFrame mapped(frame);
  if (!mapped.map(QVideoFrame::ReadOnly)) return scan;
  const auto layout = strided_layout(frame.pixelFormat());
  scan.path = path;
  scan.results = decode_luminance(mapped.bits(0) + layout.offset, mapped.width(), mapped.height(),
                                  mapped.bytesPerLine(0), options, layout.stride);
  mapped.unmap();
  return scan;
}

}  // namespace fg
