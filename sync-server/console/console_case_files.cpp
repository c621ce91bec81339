// A case's routes: the page, its evidence files, its papers and its bundle. Files are handed
// out only to roles that may open evidence, only when the case cites them, and only after the
// access log holds the record.
#include <filesystem>
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

HttpResponse file_response(const std::string& content_type, bool inline_view, const std::string& file_name) {
  HttpResponse r;
  r.content_type = content_type;
  r.headers.emplace_back("Content-Disposition", std::string(inline_view ? "inline" : "attachment") + "; filename=\"" +
                                                    safe_file_name(file_name) + "\"");
  return r;
}

// A private temp file's name; the BodyFile that takes it removes it.
std::filesystem::path temp_file(const std::string& suffix) {
  return std::filesystem::temp_directory_path() / ("fg-console-" + to_hex(random_bytes(8)) + suffix);
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
  if (parts.size() == 3 && parts[1] == "thumbnail") return case_thumbnail(c, who, *k, parts[2]);
  if (parts.size() == 3 && parts[1] == "paper") return case_paper(c, who, *k, parts[2]);
  if (parts.size() == 2 && parts[1] == "bundle.zip") return case_bundle(c, who, *k);
  return not_found();
}

std::variant<std::shared_ptr<const BodyFile>, HttpResponse> ConsoleApp::cited_file(Context& c, const Who& who,
                                                                                   const Case& k,
                                                                                   const std::string& hash) {
  // Only a hash this case cites: another case's or another fair's blob, a path or a hash that
  // is not stored all answer 404 alike.
  BlobStore& blobs = data_.relay().blobs();
  if (!is_hash(hash) || !cited_blobs(k).contains(hash) || !blobs.contains(hash))
    return page(c, who, std::string(tr(c.lang, "Not found")), "", 404);
  // The whole file is checked against its name before it is used. A plain store's file is then
  // used as it is; an encrypted one's is decrypted to a private temp file first.
  std::string why;
  if (!blobs.encrypted()) {
    if (!blobs.verify(hash, &why)) return plain_text(500, "the stored file is damaged: " + why);
    return std::make_shared<const BodyFile>(blobs.path_of(hash), false);
  }
  auto file = std::make_shared<const BodyFile>(temp_file(""), true);
  if (!blobs.export_to(hash, file->path, &why)) return plain_text(500, "the stored file is damaged: " + why);
  return file;
}

HttpResponse ConsoleApp::case_evidence(Context& c, const Who& who, const Case& k, const std::string& hash) {
  auto found = cited_file(c, who, k, hash);
  if (auto* refusal = std::get_if<HttpResponse>(&found)) return std::move(*refusal);
  auto file = std::get<std::shared_ptr<const BodyFile>>(std::move(found));
  record(c, who, "evidence.download", k.number, hash);
  const FileType type = sniff_file_type_of(file->path);
  HttpResponse r = file_response(type.content_type, type.inline_view, hash);
  r.file = std::move(file);
  return r;
}

HttpResponse ConsoleApp::case_thumbnail(Context& c, const Who& who, const Case& k, const std::string& hash) {
  // A small copy shown on the case page, whose view is on record (case.view); the file itself
  // is recorded when it is opened. Not an image, or one that cannot be read: 404, and the page
  // shows its link alone.
  auto found = cited_file(c, who, k, hash);
  if (auto* refusal = std::get_if<HttpResponse>(&found)) return std::move(*refusal);
  const auto file = std::get<std::shared_ptr<const BodyFile>>(std::move(found));
  std::string why;
  auto small = thumbnails_.get(hash, file->path, &why);
  if (!small) return plain_text(404, "no thumbnail: " + why);
  HttpResponse r = file_response("image/jpeg", true, hash + "-thumbnail.jpg");
  r.body = std::move(*small);
  return r;
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
  HttpResponse r = file_response("application/pdf", true, k.number + "-" + file);
  r.body = std::move(paper.pdf);
  return r;
}

HttpResponse ConsoleApp::case_bundle(Context& c, const Who& who, const Case& k) {
  // The same zip as `export --case`, written to a private temp file and sent from there.
  record(c, who, "bundle.download", k.number);
  auto zip = std::make_shared<const BodyFile>(temp_file(".zip"), true);
  std::ostringstream log;
  export_bundle(data_.relay(), k.number, zip->path, log);
  HttpResponse r = file_response("application/zip", false, k.number + ".zip");
  r.file = std::move(zip);
  return r;
}

}  // namespace fg::relay::console
