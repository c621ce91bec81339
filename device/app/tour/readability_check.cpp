#include "readability_check.h"

#include <QAccessible>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>
#include <cmath>

namespace fg {
namespace {

double channel(int c) {
  const double s = c / 255.0;
  return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

double luminance(QRgb c) {
  return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
}

QRgb blend(QColor over, double opacity, QRgb under) {
  const double a = over.alphaF() * opacity;
  auto mix = [a](int f, int b) { return static_cast<int>(std::lround(f * a + b * (1 - a))); };
  return qRgb(mix(over.red(), qRed(under)), mix(over.green(), qGreen(under)), mix(over.blue(), qBlue(under)));
}

// The colour behind a text: the most frequent pixel of its box that is not the text's own
// colour (glyphs cover a minority of a text's box, but large bold text can cover a lot).
QRgb background_of(const QImage& shot, QRect box, QColor text) {
  QHash<QRgb, int> counts;
  const int step = std::max(1, static_cast<int>(std::sqrt(double(box.width()) * box.height() / 4000.0)));
  for (int y = box.top(); y <= box.bottom(); y += step)
    for (int x = box.left(); x <= box.right(); x += step) ++counts[shot.pixel(x, y) | 0xff000000u];
  const QRgb ink = text.rgb();
  QRgb best = 0xffffffffu;
  int best_count = -1;
  for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
    if (contrast_ratio(it.key(), ink) < 1.3) continue;  // the glyphs themselves
    if (it.value() > best_count) best = it.key(), best_count = it.value();
  }
  return best_count < 0 ? ink : best;  // all of the box is the ink's colour: covered up
}

// A control a finger must hit: a Qt Quick Controls button or field, or a plain item that says
// it is one through Accessible.role (the sign-in page draws its own, docs/station.md).
bool is_touch_target(const QQuickItem* item) {
  if (item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextField")) return true;
  for (const QObject* child : item->children())  // the Accessible attached object, if set
    if (child->inherits("QQuickAccessibleAttached")) {
      const int role = child->property("role").toInt();
      return role == QAccessible::Button || role == QAccessible::EditableText;
    }
  return false;
}

bool is_text(const QQuickItem* item) {
  return item->inherits("QQuickText") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit");
}

QString describe(const QQuickItem* item, QString text) {
  text = text.simplified().left(40);
  for (const QQuickItem* i = item; i; i = i->parentItem())
    if (!i->objectName().isEmpty()) return i->objectName() + QLatin1String(": ") + text;
  return text;
}

// Whether the glyphs are on screen at all: a text under another page or scrolled away draws
// none of its own pixels there.
bool glyphs_drawn(const QImage& shot, QRect box, QRgb ink) {
  int near = 0;
  const int step = std::max(1, static_cast<int>(std::sqrt(double(box.width()) * box.height() / 20000.0)));
  for (int y = box.top(); y <= box.bottom(); y += step)
    for (int x = box.left(); x <= box.right(); x += step)
      if (contrast_ratio(shot.pixel(x, y), ink) < 1.2 && ++near >= 3) return true;
  return false;
}

// With a modal popup open, the page behind is dimmed on purpose and not meant to be read:
// only the popups are. Else the whole scene (popups included).
std::vector<QQuickItem*> readable_roots(QQuickWindow* window) {
  QQuickItem* overlay = nullptr;
  for (QQuickItem* child : window->contentItem()->childItems())
    if (child->inherits("QQuickOverlay")) overlay = child;
  if (!overlay) return {window->contentItem()};
  std::vector<QQuickItem*> popups;
  bool dimmed = false;
  for (QQuickItem* child : overlay->childItems()) {
    if (!child->isVisible()) continue;
    if (child->inherits("QQuickPopupItem"))
      popups.push_back(child);
    else
      dimmed = true;  // the dimmer a modal popup lays over the page
  }
  return dimmed ? popups : std::vector<QQuickItem*>{window->contentItem()};
}

struct Visit {
  QQuickItem* item;
  double opacity;
  QRectF clip;  // scene coordinates
};

}  // namespace

double contrast_ratio(QRgb a, QRgb b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double required_ratio(const TextReading& text, bool officer_page) {
  return officer_page && !text.large ? kBodyTextMinimum : kAnyTextMinimum;
}

PageReadability read_page(QQuickWindow* window, const QImage& shot) {
  PageReadability page;
  const qreal dpr = shot.devicePixelRatio();
  const QRectF window_rect(0, 0, window->width(), window->height());
  // Iterative: the scene's depth is the QML's, but nothing here needs recursion.
  std::vector<Visit> stack;
  for (QQuickItem* root : readable_roots(window)) {
    double opacity = 1.0;  // a popup's own item may sit under faded parents
    for (QQuickItem* p = root->parentItem(); p; p = p->parentItem()) opacity *= p->opacity();
    stack.push_back({root, opacity, window_rect});
  }
  while (!stack.empty()) {
    const Visit v = stack.back();
    stack.pop_back();
    QQuickItem* item = v.item;
    if (!item->isVisible()) continue;
    const double opacity = v.opacity * item->opacity();
    if (opacity < 0.01) continue;
    const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QRectF shown = rect.intersected(v.clip);
    const QRectF clip = item->clip() ? shown : v.clip;
    for (QQuickItem* child : item->childItems()) stack.push_back({child, opacity, clip});
    if (shown.width() < 2 || shown.height() < 2 || !item->isEnabled()) continue;  // WCAG: inactive controls exempt

    if (is_touch_target(item)) {
      // The whole control is the target; a part cut by a scrolling list still counts whole.
      if (rect.width() + 0.5 < kTouchTargetMinimum || rect.height() + 0.5 < kTouchTargetMinimum)
        page.small_targets.push_back({describe(item, item->property("text").toString()), static_cast<int>(rect.width()),
                                      static_cast<int>(rect.height())});
    }
    if (!is_text(item)) continue;
    const QString text = item->property("text").toString();
    if (text.trimmed().isEmpty()) continue;
    const QColor colour = item->property("color").value<QColor>();
    const QRect box = QRectF(shown.topLeft() * dpr, shown.size() * dpr).toAlignedRect().intersected(shot.rect());
    if (box.isEmpty()) continue;
    const QRgb background = background_of(shot, box, colour);
    const QRgb ink = blend(colour, opacity, background);
    // Not on screen: under another page, or a box of one colour that the glyphs would share.
    if (background == colour.rgb() || !glyphs_drawn(shot, box, ink)) continue;
    const QFont font = item->property("font").value<QFont>();
    const int px = font.pixelSize() > 0 ? font.pixelSize() : static_cast<int>(font.pointSizeF() * 4 / 3);
    TextReading reading;
    reading.element = describe(item, text);
    reading.text = text;
    reading.ratio = contrast_ratio(ink, background);
    reading.large = px >= 24 || (font.bold() && px >= 19);
    page.texts.push_back(reading);
  }
  return page;
}

}  // namespace fg
