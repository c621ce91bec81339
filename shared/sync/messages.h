#pragma once
// The sync message set (docs/sync-protocol.md): JSON payloads for control messages, a binary
// payload for blob chunks. Parsing validates shape and throws ProtocolError with a message a
// person can act on; the session turns that into an Error frame and closes.
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "crypto/keys.h"
#include "ledger/canonical.h"
#include "ledger/event.h"
#include "ledger/hlc.h"
#include "sync/frame.h"
#include "tlog/accepted_head.h"
#include "tlog/cosignature.h"
#include "tlog/tree_head.h"

namespace fg::sync {

// 2: the fair configuration travels in config-chunks (any size), an enrolment is confirmed.
constexpr int kProtocolVersion = 2;
constexpr std::size_t kMaxChunk = 256 * 1024;    // blob bytes per BlobChunk frame
constexpr std::size_t kBatchBytes = 512 * 1024;  // soft limit of an Events frame's payload
constexpr std::size_t kMaxBatchEvents = 500;
constexpr std::size_t kMaxTreeWant = 500;  // inclusion proofs asked for per tree message

// Limits of the message set (docs/sync-protocol.md "Limits"). Parsing checks every integer,
// count and text of a message against one of these and refuses what is outside with a
// ProtocolError that names the limit: nothing is narrowed, rounded or wrapped.
constexpr int kMaxProtocolField = 65'535;                       // a `proto` field
constexpr std::int64_t kMaxSeq = std::int64_t{1} << 53;         // an event seq or head: exact in every JSON reader
constexpr std::uint64_t kMaxTreeSize = std::uint64_t{1} << 53;  // a tree size, leaf index or `fromSize`
constexpr std::uint64_t kMaxBlobBytes = 2ULL << 30;             // 2 GiB: far above a video, far below a full disk
constexpr std::size_t kMaxHeads = 10'000;                       // devices in one heads/pull message
constexpr std::size_t kMaxBlobNeed = 5'000;                     // blobs in one blob-need answer (the rest: next query)
constexpr std::size_t kMaxProofs = 500;                         // inclusion proofs in one ack or tree-proofs
constexpr std::size_t kMaxProofPath = 64;                       // hashes in one inclusion or consistency proof
constexpr std::size_t kMaxText = 1'024;                         // bytes of a name, code, key, signature or note
constexpr std::size_t kMaxMessageText = 4'096;                  // bytes of an error message or an ack's detail
constexpr std::uint64_t kMaxConfigBytes = 64ULL << 20;          // a signed fair configuration (30,000 booths: ~4.4 MB)
constexpr std::size_t kMaxConfigChunk = 1024 * 1024;            // configuration bytes per config-chunk
constexpr std::size_t kChunkHeader = 48;                        // hash, total, offset of a blob- or config-chunk
static_assert(kMaxConfigChunk + kChunkHeader <= kMaxPayload && kMaxChunk + kChunkHeader <= kMaxPayload);
static_assert(kMaxProofs >= kMaxBatchEvents && kMaxProofs >= kMaxTreeWant);

struct ProtocolError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Error codes carried in Error frames; stable strings, the message says the rest.
namespace err {
inline constexpr const char* kVersion = "unsupported_version";
inline constexpr const char* kUnenrolled = "unenrolled_device";
inline constexpr const char* kRevoked = "revoked_device";
inline constexpr const char* kToken = "bad_token";
inline constexpr const char* kSignature = "bad_signature";
inline constexpr const char* kWrongFair = "wrong_fair";
inline constexpr const char* kOversized = "oversized_frame";
inline constexpr const char* kGarbage = "garbage";
inline constexpr const char* kIdle = "idle_timeout";
inline constexpr const char* kProtocol = "protocol";
inline constexpr const char* kInternal = "internal";
inline constexpr const char* kCertificate = "certificate_mismatch";
}  // namespace err

// What the device signs to prove it holds its key: a domain tag, the relay's nonce, the
// pinned certificate fingerprint (binds the proof to this TLS endpoint) and the device key.
Bytes auth_message(ByteView nonce, ByteView cert_fingerprint, const PublicKey& device);

struct Hello {
  int proto = kProtocolVersion;
  std::string device;  // Ed25519 public key hex
  std::string fair;
  std::string client;  // free text, for the relay's log
};
struct Challenge {
  int proto = kProtocolVersion;
  std::string nonce;  // 32 random bytes, hex
  std::string relay;  // free text
};
struct Auth {
  std::string sig;  // hex signature over auth_message
};
struct Enrol {
  std::string token;
  std::string sig;
  std::string label;  // optional, e.g. "station-3"
};
// The relay names the signed fair configuration it serves; the station fetches it with
// config-get (docs/sync-protocol.md). An enrolment's first welcome is `pending` (no station
// code yet): the token is spent only by the station's enrol-confirm, answered by a second
// welcome with the code and `enrolled_now`.
struct Welcome {
  std::string fair;
  std::string station_code;       // empty while pending
  std::string bureau_key;         // hex
  std::string config_sha256;      // of the configuration's wire text; empty: none yet
  std::uint64_t config_size = 0;  // bytes, at most kMaxConfigBytes
  std::int64_t config_version = 0;
  bool enrolled_now = false;
  bool pending = false;
  // Not on the wire: the bureau-signed configuration (fairconfig/fair_config.h wire text)
  // that run_sync fetched and verified; empty when none was fetched.
  std::string config;
  // The relay's wall clock when it sent the welcome, ms UTC, within [kHlcMinMillis,
  // kHlcMaxMillis]; 0 when absent (a relay before it, or one whose clock is out of that range):
  // the station compares its own clock with it (SyncReport::clock_offset_ms).
  std::int64_t relay_time = 0;
};
struct ErrorMsg {
  std::string code;
  std::string message;
};
using HeadMap = std::map<std::string, std::int64_t>;
struct WireEvent {
  std::string bytes;        // canonical event bytes
  std::string sig;          // hex
  std::string officer_sig;  // hex, version-2 events only (absent on the wire otherwise)
};
struct EventsMsg {
  std::vector<WireEvent> events;
  bool more = false;  // relay -> station: another batch follows on the next Pull
};
struct AckItem {
  std::string device;
  std::int64_t seq = 0;
  std::string status;  // describe(ImportStatus)
  bool ok = false;     // accepted (stored now or already held)
  std::string detail;
};
struct AckMsg {
  std::vector<AckItem> results;
  std::int64_t head = 0;   // the relay's head seq for the device after the commit
  Json receipt = nullptr;  // TreeProofs::to_json() for the accepted events (null from older relays)
};
// One event's inclusion proof as it travels; the tree size is that of the head it comes with.
struct ProofItem {
  Digest event{};
  std::uint64_t leaf_index = 0;
  std::vector<Digest> path;
};
// The relay's signed tree head with the proofs a station checks against it: the consistency
// proof from `from_size` (the last size the station holds) and inclusion proofs. Carried by
// an ack's `receipt` and by the tree-proofs message (docs/sync-protocol.md).
struct TreeProofs {
  SignedTreeHead head;
  std::uint64_t from_size = 0;
  std::vector<Digest> consistency;
  std::vector<ProofItem> proofs;
  std::vector<Digest> missing;  // asked for but not in the log
  std::string error;            // the relay cannot prove from from_size (it exceeds the log)
  // Witnesses' latest cosigned heads that `head` extends, each with its consistency proof to
  // `head` (docs/witness.md); absent on the wire when none.
  std::vector<WitnessedHead> witnessed;
  // Why the relay did not keep the accepted head the station's tree request carried (another
  // history at that size, a head beyond its log, another log key); empty when kept or none
  // was sent. Absent on the wire when empty.
  std::string accepted_refused;
  Json to_json() const;
};
// Throws ProtocolError naming what is malformed.
TreeProofs tree_proofs_from_json(const Json& j);
// Station -> relay: the size and root of the last tree head the station accepted (0 and
// empty: none), and the events (at most kMaxTreeWant) whose inclusion proofs it wants.
struct TreeRequest {
  std::uint64_t size = 0;
  std::string root;  // hex, informational: the relay logs a mismatch
  std::vector<Digest> want;
  // The newest tree head the station accepted, with its device-signed statement
  // (tlog/accepted_head.h): the relay checks it against its log and keeps it for bundles.
  // Optional: a station before it sends none and still syncs.
  std::optional<AcceptedHead> accepted;
};
struct BlobOffset {
  std::string hash;
  std::uint64_t offset = 0;
};
struct BlobNeed {
  std::vector<BlobOffset> need;
};
struct BlobChunk {
  std::string hash;  // hex
  std::uint64_t total = 0;
  std::uint64_t offset = 0;
  std::string data;
};
struct BlobStored {
  std::string hash;
  bool ok = false;
  std::string error;
};

Frame make(const Hello& m);
Frame make(const Challenge& m);
Frame make(const Auth& m);
Frame make(const Enrol& m);
Frame make(const Welcome& m);
Frame make(const ErrorMsg& m);
// Heads, RelayHeads or Pull; a Heads message may carry the size of the station's last tree
// head, from which the acks' consistency proofs start.
Frame make_heads(MsgType type, const HeadMap& heads, std::optional<std::uint64_t> tree_size = std::nullopt);
Frame make(const EventsMsg& m);
Frame make(const AckMsg& m);
Frame make(const BlobNeed& m);
Frame make(const BlobChunk& m);
Frame make(const BlobStored& m);
Frame make_blob_get(const BlobOffset& m);
Frame make_config_get(const BlobOffset& m);   // hash: the configuration's sha256
Frame make_config_chunk(const BlobChunk& m);  // data at most kMaxConfigChunk
Frame make_empty(MsgType type);               // Bye, BlobQuery, EnrolConfirm
Frame make(const TreeRequest& m);
Frame make(const TreeProofs& m);

Hello parse_hello(const Frame& f);
Challenge parse_challenge(const Frame& f);
Auth parse_auth(const Frame& f);
Enrol parse_enrol(const Frame& f);
Welcome parse_welcome(const Frame& f);
ErrorMsg parse_error(const Frame& f);
HeadMap parse_heads(const Frame& f);
std::optional<std::uint64_t> parse_heads_tree_size(const Frame& f);
TreeRequest parse_tree_request(const Frame& f);
TreeProofs parse_tree_proofs(const Frame& f);
EventsMsg parse_events(const Frame& f);
AckMsg parse_ack(const Frame& f);
BlobNeed parse_blob_need(const Frame& f);
BlobChunk parse_blob_chunk(const Frame& f);
BlobStored parse_blob_stored(const Frame& f);
BlobOffset parse_blob_get(const Frame& f);
BlobOffset parse_config_get(const Frame& f);
BlobChunk parse_config_chunk(const Frame& f);

WireEvent to_wire(const SignedEvent& e);
// nullopt (and why) when the bytes or signature are malformed.
std::optional<SignedEvent> from_wire(const WireEvent& w, std::string* why = nullptr);

// Splits events into Events frames under kBatchBytes / kMaxBatchEvents (at least one each).
std::vector<EventsMsg> batch_events(const std::vector<SignedEvent>& events);

bool is_hash_hex(const std::string& s);  // 64 lowercase hex digits

}  // namespace fg::sync
