// Seeds for fuzz_event: real signed events (with and without blobs, nested bodies) and JSON
// at the edges of the bounds.
#include "fuzz_seeds.h"
#include "ledger/event.h"

std::vector<std::string> fuzz_seeds() {
  const fg::KeyPair key = fg::KeyPair::from_seed(fg::Bytes(32, 0x42));
  fg::Event e;
  e.fair = "CF138";
  e.device = key.public_hex();
  e.seq = 1;
  e.time = 1790000000000;
  e.hlc = e.time << 16;
  e.officer = "o1";
  e.type = "case.opened";
  e.body = fg::Json{{"case", "CF138-S01-0001"}, {"booth", "9.1E23"}, {"parties", {{"name", "张三"}, {"ids", {1, 2}}}}};
  std::vector<std::string> out{fg::sign_event(e, key).bytes};
  e.seq = 2;
  e.prev = std::string(64, 'a');
  e.type = "evidence.added";
  e.blobs = {std::string(64, 'b'), std::string(64, 'c')};
  e.body = fg::Json{{"kind", "photo"}, {"note", "\"quoted\" \\ and \u00e9"}};
  out.push_back(fg::sign_event(e, key).bytes);
  out.push_back(std::string(32, '[') + std::string(32, ']'));  // at the depth bound
  out.push_back(std::string(33, '[') + std::string(33, ']'));  // one past it
  out.push_back(R"({"a":1,"a":2})");
  out.push_back(R"({"v":1.5})");
  out.push_back(R"({"v":18446744073709551615})");
  return out;
}
