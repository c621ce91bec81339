#include "language_switcher.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace fg {

LanguageSwitcher::LanguageSwitcher(QObject* parent) : QObject(parent) { install(language_); }

void LanguageSwitcher::setEngine(QQmlEngine* engine) { engine_ = engine; }

void LanguageSwitcher::setLanguage(const QString& language) {
  QString wanted = language;
  if (wanted != QLatin1String("en") && wanted != QLatin1String("zh_CN")) {
    qInfo("Language '%s' is not available; using English.", qPrintable(language));
    wanted = QStringLiteral("en");
  }
  if (wanted == language_ && installed_) return;
  if (!install(wanted)) return;
  language_ = wanted;
  if (engine_) engine_->retranslate();
  emit languageChanged();
}

bool LanguageSwitcher::install(const QString& language) {
  if (installed_) {
    QCoreApplication::removeTranslator(&translator_);
    installed_ = false;
  }
  // English has a file too: the plural forms of "%n ..." texts ("1 attempt", "4 attempts").
  const QString file = QStringLiteral(":/i18n/fairguard_%1.qm").arg(language);
  if (!translator_.load(file)) {
    qWarning("Translation missing from the build (qrc%s)", qPrintable(file));
    return language == QLatin1String("en");  // English still reads, only its plurals show "(s)"
  }
  installed_ = QCoreApplication::installTranslator(&translator_);
  return true;
}

}  // namespace fg
