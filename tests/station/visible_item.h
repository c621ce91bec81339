#pragma once
// Finding an item of the real Main.qml's scene in the station tests, once it has settled.
#include <QCoreApplication>
#include <QQuickItem>

#include <vector>

namespace fg::test {

// Lets the scene's bindings, loaders and queued calls run: 20 rounds of events, 10 ms each at most.
inline void settle() {
  for (int i = 0; i < 20; ++i) QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

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
