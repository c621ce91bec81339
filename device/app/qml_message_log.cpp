#include "qml_message_log.h"

#include <QMutex>
#include <cstdio>

namespace fg {
namespace {
QMutex g_mutex;
QStringList g_problems;
QmlMessageLog* g_active = nullptr;
}  // namespace

bool is_harmless_noise(const QString& message) {
  return message.contains("XDG_RUNTIME_DIR") || message.contains("pa_context_connect") ||
         message.contains("propagateSizeHints");
}

QmlMessageLog::QmlMessageLog() {
  g_active = this;
  previous_ = qInstallMessageHandler(&QmlMessageLog::handler);
}

QmlMessageLog::~QmlMessageLog() {
  qInstallMessageHandler(previous_);
  g_active = nullptr;
}

QStringList QmlMessageLog::problems() const {
  QMutexLocker lock(&g_mutex);
  return g_problems;
}

void QmlMessageLog::clear() {
  QMutexLocker lock(&g_mutex);
  g_problems.clear();
}

void QmlMessageLog::handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  const bool problem = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
  if (problem && !is_harmless_noise(message)) {
    QMutexLocker lock(&g_mutex);
    g_problems << message;
  }
  // Still print everything, so a failing self-test shows what went wrong.
  const QByteArray text = qFormatLogMessage(type, context, message).toLocal8Bit();
  std::fprintf(stderr, "%s\n", text.constData());
  if (type == QtFatalMsg) std::abort();
}

}  // namespace fg
