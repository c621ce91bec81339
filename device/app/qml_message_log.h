#pragma once
// Collects every Qt warning/critical while alive (self-test and screenshots fail on any).
#include <QStringList>
#include <QtGlobal>

namespace fg {

class QmlMessageLog {
 public:
  QmlMessageLog();
  ~QmlMessageLog();
  QmlMessageLog(const QmlMessageLog&) = delete;
  QmlMessageLog& operator=(const QmlMessageLog&) = delete;

  QStringList problems() const;  // warnings and criticals seen so far, in order
  void clear();

 private:
  static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message);
  QtMessageHandler previous_ = nullptr;
};

// Messages that come from the platform, not from our QML or C++ (see docs/toolchain.md).
bool is_harmless_noise(const QString& message);

}  // namespace fg
