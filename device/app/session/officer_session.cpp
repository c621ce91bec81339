#include "officer_session.h"

#include <QFile>
#include <QSaveFile>

#include "crypto/officer_box.h"
#include "crypto/password.h"

namespace fg {

OfficerSession::OfficerSession(QObject* parent) : QObject(parent) {
  idle_.setSingleShot(true);
  idle_.setInterval(5 * 60 * 1000);
  connect(&idle_, &QTimer::timeout, this, &OfficerSession::lock);
}

void OfficerSession::setStateFile(const QString& path, bool required) {
  state_file_ = path;
  failures_ = 0;
  loadState(required);
  emit changed();
}

void OfficerSession::setIdleTimeout(int milliseconds) {
  idle_.setInterval(milliseconds);
  if (idle_.isActive()) idle_.start();
}

OfficerSession::Result OfficerSession::signIn(const QString& id, const QString& pin) {
  if (lockedOut()) {
    last_error_ = tr("Station locked after %1 wrong PINs. A supervisor must reset it.").arg(kMaxFailures);
    emit changed();
    return Result::LockedOut;
  }
  if (id.trimmed().isEmpty() || pin.isEmpty()) {
    last_error_ = tr("Enter your officer id and PIN.");
    emit changed();
    return Result::Empty;
  }
  const auto record = roster_ ? roster_(id.trimmed().toStdString()) : std::nullopt;
  // The same message for an unknown id and a wrong PIN: the screen must not confirm ids.
  if (!record) {
    fail(tr("Officer id or PIN not recognised."));
    return Result::UnknownOfficer;
  }
  if (!verify_password(record->pin_verifier, pin.toStdString())) {
    fail(tr("Officer id or PIN not recognised."));
    return Result::WrongPin;
  }
  // Checked after the PIN so the message confirms nothing to a guesser; not a failed attempt.
  if (today_ && credential_expired(*record, today_())) {
    last_error_ = tr("Your enforcement credential %1 expired on %2: you cannot act with it. Ask the bureau to renew "
                     "it in the roster.")
                      .arg(QString::fromStdString(record->credential->number),
                           QString::fromStdString(record->credential->expires));
    emit changed();
    return Result::CredentialExpired;
  }
  // The PIN is right; the station's data must also open with it (no failure is counted).
  if (unlocker_) {
    const QString why = unlocker_(*record, pin);
    if (!why.isEmpty()) {
      last_error_ = why;
      emit changed();
      return Result::DataLocked;
    }
  }
  // The officer's signing key, from the same PIN (one more Argon2id run); kept only if it is
  // the key the roster publishes.
  signing_key_.reset();
  if (record->box && !record->sign_pk.empty()) {
    try {
      auto key = std::make_unique<KeyPair>(OfficerBoxKey::derive_signing_key(pin.toStdString(), *record->box));
      if (key->public_hex() == record->sign_pk) signing_key_ = std::move(key);
    } catch (const std::exception&) {
      // A roster box this station refuses: no signing key; version-2 actions say so.
    }
  }
  const bool other = QString::fromStdString(record->id) != officer_id_;
  officer_id_ = QString::fromStdString(record->id);
  officer_name_ = QString::fromStdString(record->name);
  locked_ = false;
  failures_ = 0;
  last_error_.clear();
  saveState();
  idle_.start();
  emit changed();
  if (other) emit officerChanged();
  return Result::SignedIn;
}

bool OfficerSession::resetLockout(const QString& supervisorId, const QString& pin) {
  const auto record = roster_ ? roster_(supervisorId.trimmed().toStdString()) : std::nullopt;
  if (!record || !record->supervisor || !verify_password(record->pin_verifier, pin.toStdString())) {
    last_error_ = tr("Only a supervisor's id and PIN can reset the station.");
    emit changed();
    return false;
  }
  failures_ = 0;
  last_error_.clear();
  saveState();
  emit changed();
  return true;
}

void OfficerSession::lock() {
  signing_key_.reset();
  lockForKiosk();
}

void OfficerSession::lockForKiosk() {
  if (officer_id_.isEmpty() || locked_) return;
  locked_ = true;
  idle_.stop();
  emit changed();
}

void OfficerSession::signOut() {
  signing_key_.reset();
  officer_id_.clear();
  officer_name_.clear();
  locked_ = false;
  idle_.stop();
  emit changed();
  emit officerChanged();
}

void OfficerSession::noteActivity() {
  if (signedIn()) idle_.start();
}

void OfficerSession::fail(const QString& why) {
  ++failures_;
  saveState();
  last_error_ = lockedOut() ? tr("Station locked after %1 wrong PINs. A supervisor must reset it.").arg(kMaxFailures)
                            : why + QLatin1Char(' ') + tr("%n attempt(s) left.", nullptr, remainingAttempts());
  emit changed();
}

void OfficerSession::saveState() const {
  if (state_file_.isEmpty()) return;
  QSaveFile f(state_file_);
  if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(failures_)) < 0 || !f.commit())
    qWarning("Cannot save the sign-in state to %s: %s", qPrintable(state_file_), qPrintable(f.errorString()));
}

void OfficerSession::loadState(bool required) {
  QFile f(state_file_);
  if (!f.open(QIODevice::ReadOnly)) {
    if (required) {
      failures_ = kMaxFailures;  // removed: counts as locked out, a supervisor resets it
      return;
    }
    saveState();  // first start: from now on the file must be there
    return;
  }
  bool ok = false;
  const int n = f.readAll().trimmed().toInt(&ok);
  // An unreadable file counts as locked out: a corrupted file must not reset the count.
  failures_ = ok ? n : kMaxFailures;
}

}  // namespace fg
