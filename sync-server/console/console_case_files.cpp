// A case's routes: the page, its evidence files, its papers and its bundle. Files are handed
// out only to roles that may open evidence, only when the case cites them, and only after the
// access log holds the record.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "admin/case_paper.h"
#include "console/console_app.h"
#include "console/content_type.h"
#include "console/roles.h"
#include "crypto/bytes.h"
#include "crypto/secretstream.h"
#include "export/export_command.h"

namespace fg::relay::console {

namespace {

// Files larger than this are not served through the console (use `export`).
constexpr std::uint64_t kMaxServedFile = 256ull * 1024 * 1024;

bool is_hash(const std::string& s) {
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// Every blob the case cites: evidence, attached documents, defence evidence, signatures.
std::set<std::string> cited_blobs(const Case& k) {
  std::set<std::string> out;
  for (const auto& e : k.evidence)
    if (e.fields.is_object() && e.fields.contains("blob") && e.fields["blob"].is_string())
      out.insert(e.fields["blob"].get<std::string>());
  for (const auto& d : k.documents) out.insert(d.blob);
  for (const auto& d : k.defences) out.insert(d.evidence.begin(), d.evidence.end());
  for (const auto& a : k.acknowledgements) out.insert(a.signature);
  return out;
}

// A file name for Content-Disposition: letters, digits, - _ . only.
std::string safe_file_name(std::string name) {
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-' && ch != '_' && ch != '.') ch = '_';
  return name;
}

HttpResponse file_response(std::string bytes, const std::string& content_type, bool inline_view,
                           const std::string& file_name) {
  HttpResponse r;
  r.content_type = content_type;
  r.body = std::move(bytes);
  r.headers.emplace_back("Content-Disposition", std::string(inline_view ? "inline" : "attachment") + "; filename=\"" +
                                                    safe_file_name(file_name) + "\"");
  return r;
}

}  // namespace

HttpResponse ConsoleApp::case_routes(Context& c, const Who& who) {
  // /cases/{number}, /cases/{number}/evidence/{hash}, /cases/{number}/paper/{kind}.pdf,
  // /cases/{number}/bundle.zip; anything else is 404.
  std::vector<std::string> parts;
  std::string_view rest = std::string_view(c.path).substr(7);
  while (parts.size() < 4) {
    const auto slash = rest.find('/');
    parts.push_back(url_decode(rest.substr(0, slash)));
    if (slash == std::string_view::npos) break;
    rest = rest.substr(slash + 1);
  }
  const bool is_file = parts.size() > 1;
  if (is_file && !may(who.role, Permission::OpenEvidence)) return forbidden(c, who);
  const Case* k = data_.fold().find(parts[0]);
  const auto not_found = [&] { return page(c, who, std::string(tr(c.lang, "Not found")), "", 404); };
  if (!k || parts[0].empty()) return not_found();
  if (parts.size() == 1) return case_page(c, who, *k);
  if (parts.size() == 3 && parts[1] == "evidence") return case_evidence(c, who, *k, parts[2]);
  if (parts.size() == 3 && parts[1] == "paper") return case_paper(c, who, *k, parts[2]);
  if (parts.size() == 2 && parts[1] == "bundle.zip") return case_bundle(c, who, *k);
  return not_found();
}

HttpResponse ConsoleApp::case_evidence(Context& c, const Who& who, const Case& k, const std::string& hash) {
  // Only a hash this case cites: another case's or another fair's blob, a path or a hash that
  // is not stored all answer 404 alike.
  BlobStore& blobs = data_.relay().blobs();
  if (!is_hash(hash) || !cited_blobs(k).contains(hash) || !blobs.contains(hash))
    return page(c, who, std::string(tr(c.lang, "Not found")), "", 404);
  if (blobs.size(hash).value_or(0) > kMaxServedFile) return plain_text(413, "file too large for the console");
  record(c, who, "evidence.download", k.number, hash);
  std::ostringstream bytes;
  std::string why;
  if (!blobs.read(hash, bytes, &why)) return plain_text(500, "the stored file is damaged: " + why);
  const FileType type = sniff_file_type(std::string_view(bytes.view()).substr(0, 16));
  return file_response(std::move(bytes).str(), type.content_type, type.inline_view, hash);
}

HttpResponse ConsoleApp::case_paper(Context& c, const Who& who, const Case& k, const std::string& file) {
  const auto kind = file.ends_with(".pdf") ? document_kind_from_name(file.substr(0, file.size() - 4)) : std::nullopt;
  if (!kind) return page(c, who, std::string(tr(c.lang, "Not found")), "", 404);
  CasePaper paper;
  try {
    paper = render_case_paper(data_.relay(), k.number, *kind);
  } catch (const std::runtime_error&) {  // not issued
    return page(c, who, std::string(tr(c.lang, "Not found")), "", 404);
  }
  record(c, who, "paper.download", k.number, file);
  return file_response(std::move(paper.pdf), "application/pdf", true, k.number + "-" + file);
}

HttpResponse ConsoleApp::case_bundle(Context& c, const Who& who, const Case& k) {
  // The same zip as `export --case`, written to a private temp file and read back.
  record(c, who, "bundle.download", k.number);
  const auto tmp = std::filesystem::temp_directory_path() / ("fg-console-" + to_hex(random_bytes(8)) + ".zip");
  struct Remove {
    std::filesystem::path file;
    ~Remove() {
      std::error_code ec;
      std::filesystem::remove(file, ec);
    }
  } remove{tmp};
  std::ostringstream log;
  export_bundle(data_.relay(), k.number, tmp, log);
  std::ifstream in(tmp, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return file_response(std::move(bytes).str(), "application/zip", false, k.number + ".zip");
}

}  // namespace fg::relay::console
