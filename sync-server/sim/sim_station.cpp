#include "sim/sim_station.h"

#include <algorithm>
#include <cmath>

#include "admin/grey_png.h"

#include <cstdio>
#include <fstream>

#include "cases/event_types.h"
#include "codes/booth_sticker.h"
#include "crypto/officer_box.h"
#include "fairconfig/event_signers.h"
#include "fairconfig/enrolment_payload.h"
#include "sim/sim_content.h"
#include "sync/tls_client.h"

namespace fg::relay {

namespace fs = std::filesystem;
namespace ev = fg::events;

SimStation::SimStation(fs::path dir, const std::string& fair) : dir_(std::move(dir)) {
  fs::create_directories(dir_);
  const auto key_file = dir_ / "device.key";
  key_ = std::make_unique<KeyPair>(fs::exists(key_file) ? KeyPair::load(key_file) : KeyPair::generate());
  if (!fs::exists(key_file)) key_->save(key_file);
  if (fs::exists(dir_ / "station.json")) {
    profile_ = sync::StationProfile::load(dir_ / "station.json");
    if (profile_->fair != fair)
      throw std::runtime_error("station " + dir_.string() + " is enrolled in fair " + profile_->fair + ", not " + fair);
  }
  store_ = std::make_unique<EventStore>(dir_ / "events.db", fair);
  blobs_ = std::make_unique<BlobStore>(dir_ / "blobs");
  receipts_ = std::make_unique<sync::ReceiptStore>(dir_ / "receipts.db");
  // Case numbers go on from the station's own case.opened events (paths differ in length).
  for (const auto& e : store_->read(key_->public_hex(), 1))
    if (e.event.type == ev::kCaseOpened) ++cases_;
}

sync::SyncResult SimStation::enrol(const std::string& payload_text, sync::SyncOptions options) {
  auto parsed = parse_enrolment_payload(payload_text);
  if (!parsed) throw sync::SyncError("bad_payload", "enrolment payload refused: " + parsed.error);
  const auto& p = *parsed.payload;
  if (p.fair != store_->fair())
    throw sync::SyncError(sync::err::kWrongFair,
                          "payload is for fair " + p.fair + ", station store is " + store_->fair());
  sync::TlsClient client(p.host, p.port, p.cert_sha256);
  if (options.label.empty()) options.label = dir_.filename().string();
  if (!options.receipts) options.receipts = receipts_.get();
  auto result = sync::run_sync(client, {*store_, *blobs_, *key_, p.cert_sha256, p.token, "", options});
  client.close();
  sync::StationProfile prof{
      p.host, p.port, p.cert_sha256, p.fair, result.welcome.station_code, result.welcome.bureau_key};
  prof.save(dir_ / "station.json");
  profile_ = prof;
  take_config(result);
  return result;
}

sync::SyncResult SimStation::sync(sync::SyncOptions options, std::chrono::milliseconds timeout) {
  if (!profile_) throw sync::SyncError("not_enrolled", "station " + dir_.string() + " is not enrolled");
  sync::TlsClient client(profile_->host, profile_->port, profile_->cert_sha256, timeout);
  if (!options.receipts) options.receipts = receipts_.get();
  auto result = sync::run_sync(
      client, {*store_, *blobs_, *key_, profile_->cert_sha256, std::nullopt, profile_->bureau_key, options});
  client.close();
  take_config(result);
  return result;
}

std::string SimStation::put_photo(std::mt19937_64& rng, int photo_kb) {
  Bytes bytes(static_cast<std::size_t>(photo_kb) * 1024);
  for (auto& b : bytes) b = static_cast<std::uint8_t>(rng());
  if (!photo_png_) return blobs_->put(bytes).hash;
  const int side = std::max(1, static_cast<int>(std::sqrt(static_cast<double>(bytes.size()))));
  return blobs_->put(as_bytes(grey_png(bytes.data(), side, side))).hash;
}

void SimStation::take_config(const sync::SyncResult& result) {
  if (!result.config) return;
  fair_ = result.config;
  fair_sha256_ = result.welcome.config_sha256;
}

const KeyPair* SimStation::officer_key(const std::string& officer) {
  const Officer* entry = fair_ ? fair_->find_officer(officer) : nullptr;
  const auto pin = pins_.find(officer);
  if (!entry || !entry->box || entry->sign_pk.empty() || pin == pins_.end()) return nullptr;
  auto& key = officer_keys_[entry->sign_pk];
  if (!key) {
    // Derived as a tablet does at sign-in (crypto/officer_box.h): one Argon2id run.
    auto derived = std::make_unique<KeyPair>(OfficerBoxKey::derive_signing_key(pin->second, *entry->box));
    if (derived->public_hex() != entry->sign_pk)
      throw std::runtime_error("the PIN given for officer " + officer + " does not derive the roster's sign_pk");
    key = std::move(derived);
  }
  return key.get();
}

SignedEvent SimStation::record(const std::string& officer, std::string_view type, Json body,
                               std::vector<std::string> blobs) {
  OfficerSigner signer;
  if (fair_ && roster_signs_events(*fair_)) signer = {officer_key(officer), fair_sha256_};
  return store_->append(*key_, officer, std::string(type), std::move(body), std::move(blobs), signer);
}

void SimStation::set_clock(std::int64_t ms) {
  store_->clock().set_wall([ms] { return ms; });
}

std::string SimStation::next_case_number() {
  char number[64];
  std::snprintf(number, sizeof number, "%s-%s-%04lld", store_->fair().c_str(), code().c_str(),
                static_cast<long long>(++cases_));
  return number;
}

const std::string* SimStation::sticker_of(const std::string& booth) const {
  auto it = stickers_.find(booth);
  return it == stickers_.end() ? nullptr : &it->second;
}

int SimStation::load_stickers(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read stickers file " + file.string());
  const auto bureau = profile_ ? public_key_from_hex(profile_->bureau_key) : std::nullopt;
  int kept = 0;
  for (std::string line; std::getline(in, line);) {
    auto parsed = parse_booth_sticker(line);
    if (!parsed || !bureau) continue;
    if (verify_booth_sticker(*parsed.sticker, *bureau, store_->fair()) != BoothStickerCheck::Valid) continue;
    stickers_[parsed.sticker->booth] = format_booth_sticker(*parsed.sticker);
    ++kept;
  }
  return kept;
}

void SimStation::take_complaint(std::mt19937_64& rng, int photo_kb, const std::string& complainant_name,
                                bool until_notice) {
  const std::string cn = next_case_number();
  SimComplaint c = make_sim_complaint(rng, fair_ ? &*fair_ : nullptr);
  if (!complainant_name.empty()) c.complainant["name"] = complainant_name;
  const std::string& officer = c.officer;
  const std::string& booth = c.booth.booth;
  auto add = [&](std::string_view type, Json body, std::vector<std::string> blobs = {}) {
    body["case_number"] = cn;
    record(officer, type, std::move(body), std::move(blobs));
  };
  // Received up to 30 h before the officer closes it here, so handling times vary.
  add(ev::kCaseOpened, {{"booth", booth},
                        {"hall", c.booth.hall},
                        {"station", code()},
                        {"received_at", HybridClock::system_millis() - static_cast<std::int64_t>(c.handling_ms)}});
  add(ev::kComplainantRecorded, c.complainant);
  add(ev::kRightRecorded, c.right);
  Json respondent{
      {"exhibitor", c.booth.exhibitor}, {"booth", booth}, {"hall", c.booth.hall}, {"booth_source", "manual"}};
  if (!c.booth.delegation.empty()) respondent["delegation"] = c.booth.delegation;
  if (!c.booth.industry.empty()) respondent["industry"] = c.booth.industry;
  add(ev::kRespondentRecorded, std::move(respondent));
  add(ev::kProductRecorded,
      {{"description", "product " + std::to_string(rng() % 9999)}, {"display_form", c.display_form}});
  std::vector<std::string> photo;
  if (photo_kb > 0) photo.push_back(put_photo(rng, photo_kb));
  Json evidence{{"kind", "exhibit_photo"},
                {"booth", booth},
                {"captured_at", HybridClock::system_millis()},
                {"original_seen", true}};
  if (!photo.empty()) evidence["blob"] = photo[0];
  add(ev::kEvidenceAdded, std::move(evidence), photo);
  add(ev::kCaseFiled, Json::object());
  add(ev::kCaseAccepted, Json::object());
  add(ev::kNoticeServed, {{"sticker", ""}, {"sticker_verified", false}});
  if (until_notice) return;
  add(ev::kDefenceRecorded, {{"summary", "respondent denies"}});
  add(ev::kDecisionRecorded, c.decision);
  add(ev::kCaseClosed, Json::object());
}

}  // namespace fg::relay
