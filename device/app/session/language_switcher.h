#pragma once
// Switches the interface between English and Chinese at run time: installs the language's
// translator (embedded under qrc:/i18n; English's holds only plural forms) and asks the QML
// engine to re-evaluate its bindings.
#include <QObject>
#include <QPointer>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;

namespace fg {

class LanguageSwitcher : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by StationBackend")
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
 public:
  explicit LanguageSwitcher(QObject* parent = nullptr);

  void setEngine(QQmlEngine* engine);
  QString language() const { return language_; }
  // "en" or "zh_CN"; anything else falls back to English (and says so on the log).
  void setLanguage(const QString& language);

 signals:
  void languageChanged();

 private:
  // Loads and installs the language's translator; false if a needed one is missing.
  bool install(const QString& language);

  QPointer<QQmlEngine> engine_;
  QTranslator translator_;
  bool installed_ = false;
  QString language_ = QStringLiteral("en");
};

}  // namespace fg
