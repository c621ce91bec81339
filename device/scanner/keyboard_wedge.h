#pragma once
// Qt side of WedgeDetector: an event filter to install on the application (or one window or
// item) that watches key presses and emits scanned(text) when a keyboard-wedge scanner has
// typed a code. It only observes: the keys still reach the focused field as usual.

#include <QElapsedTimer>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "wedge_detector.h"

namespace fg {

class KeyboardWedge : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(int maxGap READ maxGap WRITE setMaxGap NOTIFY configChanged)
  Q_PROPERTY(int minLength READ minLength WRITE setMinLength NOTIFY configChanged)

 public:
  explicit KeyboardWedge(QObject* parent = nullptr);

  // Watch key presses sent to target (a QQuickWindow, or qApp for every window).
  Q_INVOKABLE void watch(QObject* target);

  int maxGap() const;
  void setMaxGap(int ms);
  int minLength() const;
  void setMinLength(int chars);

 signals:
  void configChanged();
  void scanned(const QString& text);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  WedgeDetector detector_;
  QElapsedTimer clock_;  // for events that carry no timestamp
  // Qt Quick re-sends one key event to the window and then to items; an application-wide
  // filter sees each of those: count a press once.
  const QEvent* last_event_ = nullptr;
  quint64 last_timestamp_ = 0;
};

}  // namespace fg
