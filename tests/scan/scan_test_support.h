#pragma once
// Shared by the scanner tests: the Qt application they need (offscreen), the generated
// fixtures (scripts/make-scan-fixtures, run by the ctest fixture scan_fixtures) and frames
// in camera pixel formats built from those images.

#include <QGuiApplication>
#include <QImage>
#include <QString>
#include <QVideoFrame>

#include <string>
#include <vector>

namespace fg::test {

// One QGuiApplication for the whole test process (QVideoFrame::toImage and queued signals
// need it). Uses the offscreen platform unless QT_QPA_PLATFORM says otherwise.
void ensure_qt_app();

struct Fixture {
  std::string file;    // full path
  std::string name;    // file name
  std::string format;  // as given to the generator ("EAN13", ...), "-" for none
  std::string text;
  std::string cls;     // clean, rot90, tilt5, blur, ...
  std::string expect;  // yes, limit, none
};

QString fixture_dir();
std::vector<Fixture> fixtures();  // from manifest.tsv; fails the test if it is missing
Fixture fixture(const std::string& name);

// The image centred on a white 1920x1080 canvas (as a code fills part of a camera frame);
// *origin receives where its top-left corner went.
QImage place_on_frame(const QImage& code, QPoint* origin = nullptr, QSize frame = {1920, 1080});

// A frame in the given pixel format holding the picture (grey: Y = grey level, chroma neutral).
QVideoFrame make_frame(const QImage& picture, QVideoFrameFormat::PixelFormat format);

}  // namespace fg::test
