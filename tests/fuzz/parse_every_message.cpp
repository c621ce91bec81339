#include "parse_every_message.h"

#include <algorithm>
#include <initializer_list>

#include "sync/messages.h"

namespace fg::fuzz {

using namespace fg::sync;

namespace {

enum class Which { every_decoder, its_type };

void parse(const Frame& f, Which which) {
  // `reads`: the frame types the decoder accepts (its own first check, messages.cpp).
  auto attempt = [&](std::initializer_list<MsgType> reads, auto decode) {
    if (which == Which::its_type && std::find(reads.begin(), reads.end(), f.type) == reads.end()) return;
    try {
      decode(f);
    } catch (const ProtocolError&) {
    }
  };
  attempt({MsgType::Hello}, parse_hello);
  attempt({MsgType::Challenge}, parse_challenge);
  attempt({MsgType::Auth}, parse_auth);
  attempt({MsgType::Enrol}, parse_enrol);
  attempt({MsgType::Welcome}, parse_welcome);
  attempt({MsgType::Error}, parse_error);
  attempt({MsgType::Heads, MsgType::RelayHeads, MsgType::Pull}, parse_heads);
  attempt({MsgType::Ack}, parse_ack);
  attempt({MsgType::BlobNeed}, parse_blob_need);
  attempt({MsgType::BlobChunk}, parse_blob_chunk);
  attempt({MsgType::BlobStored}, parse_blob_stored);
  attempt({MsgType::BlobGet}, parse_blob_get);
  attempt({MsgType::ConfigGet}, parse_config_get);
  attempt({MsgType::ConfigChunk}, parse_config_chunk);
  attempt({MsgType::Heads}, parse_heads_tree_size);
  attempt({MsgType::Tree}, parse_tree_request);
  attempt({MsgType::TreeProofs}, parse_tree_proofs);
  attempt({MsgType::Events}, [](const Frame& events) {
    for (const auto& w : parse_events(events).events) {
      std::string why;
      (void)from_wire(w, &why);
    }
  });
}

}  // namespace

void parse_every_message(const Frame& f) { parse(f, Which::every_decoder); }
void parse_as_its_type(const Frame& f) { parse(f, Which::its_type); }

}  // namespace fg::fuzz
