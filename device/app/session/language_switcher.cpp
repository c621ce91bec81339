#include "language_switcher.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace fg {

LanguageSwitcher::LanguageSwitcher(QObject* parent) : QObject(parent) {}

void LanguageSwitcher::setEngine(QQmlEngine* engine) { engine_ = engine; }

void LanguageSwitcher::setLanguage(const QString& language) {
  QString wanted = language;
  if (wanted != QLatin1String("en") && wanted != QLatin1String("zh_CN")) {
    qInfo("Language '%s' is not available; using English.", qPrintable(language));
    wanted = QStringLiteral("en");
  }
  if (wanted == language_ && (wanted == QLatin1String("en") || installed_)) return;
  if (installed_) {
    QCoreApplication::removeTranslator(&translator_);
    installed_ = false;
  }
  if (wanted == QLatin1String("zh_CN")) {
    if (!translator_.load(QStringLiteral(":/i18n/fairguard_zh_CN.qm"))) {
      qWarning("Chinese translation missing from the build (qrc:/i18n/fairguard_zh_CN.qm)");
      return;
    }
    installed_ = QCoreApplication::installTranslator(&translator_);
  }
  language_ = wanted;
  if (engine_) engine_->retranslate();
  emit languageChanged();
}

}  // namespace fg
