#pragma once
// Camera frames: mapped read-only; the luminance samples go to decode_luminance in place when
// the pixel format has them (planar/semi-planar YUV, packed YUV, grey); other formats are
// converted once through QVideoFrame::toImage.

#include <QVideoFrame>

#include "scan_result.h"

namespace fg {

// How a frame reached the decoder (tests and the benchmark check the fast paths are taken).
enum class FramePath {
  LumaPlane,       // plane 0 is 8-bit Y: NV12, NV21, YUV420P, YUV422P, YV12, IMC1-4, Y8
  StridedLuma,     // Y samples interleaved: YUYV, UYVY, P010/P016/Y16 (high byte)
  ConvertedImage,  // RGB/BGRA/AYUV/JPEG/...: one QVideoFrame::toImage, then Grayscale8
  Unreadable,      // invalid frame or the map failed
};

const char* frame_path_name(FramePath path);

// The path a pixel format takes (without mapping anything).
FramePath frame_path_for(QVideoFrameFormat::PixelFormat format);

struct FrameScan {
  FramePath path = FramePath::Unreadable;
  ScanResults results;  // corners in frame pixel coordinates
};

FrameScan decode_frame(const QVideoFrame& frame, const ScanOptions& options = {});

}  // namespace fg
