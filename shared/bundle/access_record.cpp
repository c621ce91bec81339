#include "bundle/access_record.h"

#include "bundle/bundle_writer.h"
#include "crypto/sha256.h"

namespace fg {

namespace {

bool is_string(const Json& j, const char* key) { return j.contains(key) && j[key].is_string(); }

}  // namespace

std::string access_line_signed_bytes(Json line) {
  line.erase("hash");
  line.erase("sig");
  return canonical_dump(line);
}

std::optional<std::string> check_access_line(std::string_view text, const PublicKey& bureau_key, Json* parsed) {
  if (text.size() > kMaxAccessLineBytes) return "longer than " + std::to_string(kMaxAccessLineBytes) + " bytes";
  auto j = parse_canonical(text);
  if (!j || !j->is_object()) return "not canonical JSON";
  if (!is_string(*j, "hash") || !is_string(*j, "sig")) return "no hash or signature";
  if (!j->contains("seq") || !(*j)["seq"].is_number_integer() || !is_string(*j, "prev")) return "no seq or prev";
  const std::string bytes = access_line_signed_bytes(*j);
  if (sha256_hex(as_bytes(bytes)) != (*j)["hash"].get<std::string>()) return "hash does not match";
  const auto sig = signature_from_hex((*j)["sig"].get<std::string>());
  if (!sig || !verify_signature(bureau_key, as_bytes(bytes), *sig)) return "bad signature";
  if (parsed) *parsed = std::move(*j);
  return std::nullopt;
}

AccessRecordFinding check_access_record(std::string_view text, const PublicKey& bureau_key,
                                        std::string_view case_number) {
  AccessRecordFinding out;
  std::size_t n = 0, links = 0;
  std::int64_t prev_seq = 0;
  std::string prev_hash;
  std::vector<std::string> entries;
  while (!text.empty()) {
    const auto end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (++n > kMaxAccessRecordLines) {
      out.failure = "access-log.jsonl has more than " + std::to_string(kMaxAccessRecordLines) + " lines";
      return out;
    }
    const std::string where = "access-log.jsonl line " + std::to_string(n) + ": ";
    Json j;
    if (auto bad = check_access_line(line, bureau_key, &j)) {
      out.failure = where + *bad + " (not as the bureau signed it)";
      return out;
    }
    const std::int64_t seq = j["seq"].get<std::int64_t>();
    if (!is_string(j, "case") || j["case"].get<std::string>() != case_number) {
      out.failure = where + "is not about case " + std::string(case_number);
      return out;
    }
    if (seq <= prev_seq) {
      out.failure = where + "seq " + std::to_string(seq) + " does not follow " + std::to_string(prev_seq);
      return out;
    }
    if (seq == 1 && j["prev"].get<std::string>() != std::string(64, '0')) {
      out.failure = where + "is the log's first line but does not start its chain (prev)";
      return out;
    }
    if (n > 1 && seq == prev_seq + 1) {
      if (j["prev"].get<std::string>() != prev_hash) {
        out.failure = where + "follows the line before but does not name its hash (prev): the chain is broken";
        return out;
      }
      ++links;
    }
    prev_seq = seq;
    prev_hash = j["hash"].get<std::string>();
    if (entries.size() < kAccessRecordReportLines) {
      const auto field = [&j](const char* key) { return is_string(j, key) ? j[key].get<std::string>() : ""; };
      entries.push_back("  #" + std::to_string(seq) + " " +
                        (j.contains("at") && j["at"].is_number_integer() ? utc_time_text(j["at"].get<std::int64_t>())
                                                                         : std::string("?")) +
                        " " + field("action") + " by " + field("user") + " (" + field("role") + ") from " +
                        field("address") + (field("object").empty() ? "" : ", " + field("object")));
    }
  }
  if (n == 0) {
    out.failure = "access-log.jsonl is empty";
    return out;
  }
  out.report.push_back("access record: " + std::to_string(n) + " entries of case " + std::string(case_number) +
                       " from the bureau console's log (up to #" + std::to_string(prev_seq) +
                       "), each signed by the bureau key; " + std::to_string(links) +
                       " follow the entry before them in the log and link to it");
  out.report.insert(out.report.end(), entries.begin(), entries.end());
  if (n > entries.size()) out.report.push_back("  and " + std::to_string(n - entries.size()) + " more");
  return out;
}

}  // namespace fg
