#pragma once
// Finding an item of the real Main.qml's scene in the station tests.
#include <QQuickItem>

#include <vector>

namespace fg::test {

// The first visible item under `root` that `match` accepts, by visual children (pages a
// StackView or a Loader made are not QObject children of the window).
template <typename Match>
QQuickItem* find_visible(QQuickItem* root, Match match) {
  std::vector<QQuickItem*> stack{root};
  while (!stack.empty()) {
    QQuickItem* item = stack.back();
    stack.pop_back();
    if (!item->isVisible()) continue;
    if (match(item)) return item;
    for (QQuickItem* child : item->childItems()) stack.push_back(child);
  }
  return nullptr;
}

}  // namespace fg::test
