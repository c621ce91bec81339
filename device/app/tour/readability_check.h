#pragma once
// Reads a rendered page the way an officer at arm's length would: the contrast of every
// visible text against the pixels actually behind it (WCAG 2 ratio), and the size of every
// control a finger must hit. Background from the screenshot, text colour from the item
// (blended by its effective opacity), so a translucent button plate or a faded label counts.
#include <QImage>
#include <QString>

#include <vector>

class QQuickItem;
class QQuickWindow;

namespace fg {

struct TextReading {
  QString element;  // objectName, else the start of its text
  QString text;
  double ratio = 0;    // contrast, 1..21
  bool large = false;  // >= 24 px, or >= 18.66 px bold (WCAG "large text")
};

struct TargetReading {
  QString element;
  int width = 0, height = 0;
};

struct PageReadability {
  std::vector<TextReading> texts;
  std::vector<TargetReading> small_targets;  // enabled controls under the minimum
};

inline constexpr double kBodyTextMinimum = 7.0;  // body text on the officer's pages
inline constexpr double kAnyTextMinimum = 4.5;   // large text, and the exhibitors' pages
inline constexpr int kTouchTargetMinimum = 48;   // px, both sides

// WCAG 2 contrast ratio of two opaque colours.
double contrast_ratio(QRgb a, QRgb b);

// Every visible text and enabled control of the window's scene, measured on `shot` (the
// window grabbed after the page settled).
PageReadability read_page(QQuickWindow* window, const QImage& shot);

// The minimum a text must meet on a page (officer pages hold body text to 7:1).
double required_ratio(const TextReading& text, bool officer_page);

}  // namespace fg
