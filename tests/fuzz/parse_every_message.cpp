#include "parse_every_message.h"

#include "sync/messages.h"

namespace fg::fuzz {

using namespace fg::sync;

void parse_every_message(const Frame& f) {
  auto attempt = [&](auto parse) {
    try {
      parse(f);
    } catch (const ProtocolError&) {
    }
  };
  attempt(parse_hello);
  attempt(parse_challenge);
  attempt(parse_auth);
  attempt(parse_enrol);
  attempt(parse_welcome);
  attempt(parse_error);
  attempt(parse_heads);
  attempt(parse_ack);
  attempt(parse_blob_need);
  attempt(parse_blob_chunk);
  attempt(parse_blob_stored);
  attempt(parse_blob_get);
  attempt(parse_config_get);
  attempt(parse_config_chunk);
  attempt(parse_heads_tree_size);
  attempt(parse_tree_request);
  attempt(parse_tree_proofs);
  try {
    for (const auto& w : parse_events(f).events) {
      std::string why;
      (void)from_wire(w, &why);
    }
  } catch (const ProtocolError&) {
  }
}

}  // namespace fg::fuzz
