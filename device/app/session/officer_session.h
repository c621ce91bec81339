#pragma once
// Who is acting on this station. Officers sign in offline with id and PIN, checked against the
// Argon2id verifier of the signed roster. kMaxFailures wrong PINs in a row lock the station out
// until a supervisor resets it (the lock-out survives a restart: it is kept in a state file).
// After idle minutes the session locks; whoever signs in next continues the same work (drafts
// live in C++ objects, not in the pages), and the events made from then on name the new officer.
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "crypto/keys.h"
#include "fairconfig/fair_config.h"

namespace fg {

// Officers as the signed roster lists them (fairconfig/fair_config.h): the Argon2id PIN
// verifier, the supervisor role (may reset a lock-out) and the box key that opens the
// station's data key (docs/station.md, "At rest"). The lookup answers only enabled officers.
using RosterLookup = std::function<std::optional<Officer>(const std::string& id)>;
// Called once the PIN is verified: opens the station's data with it. Returns why it could
// not (empty: opened); the officer is then not signed in.
using DataUnlocker = std::function<QString(const Officer& officer, const QString& pin)>;
// Today's date in the fair's time zone, "YYYY-MM-DD": an officer whose enforcement credential
// ended before it cannot sign in.
using FairToday = std::function<std::string()>;

class OfficerSession : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by StationBackend")
  Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
  Q_PROPERTY(bool locked READ locked NOTIFY changed)
  Q_PROPERTY(bool lockedOut READ lockedOut NOTIFY changed)
  Q_PROPERTY(QString officerId READ officerId NOTIFY changed)
  Q_PROPERTY(QString officerName READ officerName NOTIFY changed)
  Q_PROPERTY(int remainingAttempts READ remainingAttempts NOTIFY changed)
  Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
 public:
  static constexpr int kMaxFailures = 5;
  enum class Result { SignedIn, UnknownOfficer, WrongPin, LockedOut, Empty, DataLocked, CredentialExpired };
  Q_ENUM(Result)

  explicit OfficerSession(QObject* parent = nullptr);

  void setRoster(RosterLookup lookup) { roster_ = std::move(lookup); }
  void setUnlocker(DataUnlocker unlocker) { unlocker_ = std::move(unlocker); }
  void setFairToday(FairToday today) { today_ = std::move(today); }
  // File keeping the failure count across restarts; empty = memory only (tests). When
  // `required` (the station already has encrypted data), a missing file counts as locked out:
  // deleting it must not buy more guesses. Otherwise a missing file is created at once.
  void setStateFile(const QString& path, bool required = false);
  void setIdleTimeout(int milliseconds);
  int idleTimeout() const { return idle_.interval(); }

  bool signedIn() const { return !officer_id_.isEmpty() && !locked_; }
  bool locked() const { return locked_; }
  bool lockedOut() const { return failures_ >= kMaxFailures; }
  QString officerId() const { return officer_id_; }
  QString officerName() const { return officer_name_; }
  int remainingAttempts() const { return lockedOut() ? 0 : kMaxFailures - failures_; }
  QString lastError() const { return last_error_; }
  std::string officer() const { return officer_id_.toStdString(); }
  // The signed-in officer's Ed25519 key (event format v2), derived from the PIN at sign-in
  // when the roster publishes sign_pk: null when signed out, idle-locked, or not published.
  const KeyPair* signingKey() const { return signedIn() ? signing_key_.get() : nullptr; }
  // Whether the key is in memory at all (also while locked for the kiosk): for tests.
  bool holdsSigningKey() const { return signing_key_ != nullptr; }

  Result signIn(const QString& id, const QString& pin);
  Q_INVOKABLE bool trySignIn(const QString& id, const QString& pin) { return signIn(id, pin) == Result::SignedIn; }
  // A supervisor's id and PIN clear a lock-out (and count as a failure when wrong).
  Q_INVOKABLE bool resetLockout(const QString& supervisorId, const QString& pin);
  // The idle lock: the officer's signing key leaves memory (the data key stays).
  Q_INVOKABLE void lock();
  // The kiosk's lock: as lock(), but the signing key stays, as the data key does.
  void lockForKiosk();
  Q_INVOKABLE void signOut();
  // Any touch or key press: restarts the idle timer.
  Q_INVOKABLE void noteActivity();

 signals:
  void changed();
  void officerChanged();  // a different officer is now acting

 private:
  void fail(const QString& why);
  void saveState() const;
  void loadState(bool required);

  RosterLookup roster_;
  DataUnlocker unlocker_;
  FairToday today_;
  QString state_file_;
  QTimer idle_;
  QString officer_id_, officer_name_, last_error_;
  bool locked_ = false;
  int failures_ = 0;
  std::unique_ptr<KeyPair> signing_key_;
};

}  // namespace fg
