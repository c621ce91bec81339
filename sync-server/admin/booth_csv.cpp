#include "admin/booth_csv.h"

#include <csv.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace fg::relay {

namespace {

const std::vector<std::string> kHeader = {"booth", "hall", "exhibitor", "delegation", "industry"};

struct Record {
  int line = 0;  // physical line where the record starts
  std::vector<std::string> fields;
  std::size_t field_count = 0;  // all fields, also those past kMaxBoothCsvFields (not kept)
  bool long_field = false;      // a field past kMaxBoothFieldBytes (kept empty)
};

// libcsv calls back per field and per record; we feed it one physical line at a time so the
// callbacks know which line they are on (a quoted field may span lines).
struct Collector {
  int line = 0;
  Record current;
  bool in_record = false;
  std::vector<Record> records;
};

void on_field(void* data, std::size_t len, void* ctx) {
  auto* c = static_cast<Collector*>(ctx);
  if (!c->in_record) {
    c->in_record = true;
    c->current.line = c->line;
  }
  if (++c->current.field_count > kMaxBoothCsvFields) return;
  if (len > kMaxBoothFieldBytes) {
    c->current.long_field = true;
    len = 0;
  }
  c->current.fields.emplace_back(data ? static_cast<const char*>(data) : "", data ? len : 0);
}

void on_record(int, void* ctx) {
  auto* c = static_cast<Collector*>(ctx);
  if (!c->in_record) c->current.line = c->line;
  c->records.push_back(std::move(c->current));
  c->current = {};
  c->in_record = false;
}

std::string trim(std::string s) {
  const auto not_space = [](unsigned char ch) { return ch != ' ' && ch != '\t'; };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// A line break inside a quoted cell (Alt+Enter in a spreadsheet) becomes one space: booth
// lists are shown one booth per row on the tablet.
std::string one_line(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\r' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string line_tag(int line) { return "line " + std::to_string(line) + ": "; }

}  // namespace

bool valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    int extra;
    char32_t cp;
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      extra = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      cp = b & 0x07;
    } else
      return false;
    if (i + static_cast<std::size_t>(extra) >= text.size()) return false;
    for (int k = 1; k <= extra; ++k) {
      const auto c = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
      if ((c & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      return false;
    i += static_cast<std::size_t>(extra) + 1;
  }
  return true;
}

BoothCsv parse_booth_csv(std::string_view text, const std::vector<std::string>& halls) {
  BoothCsv out;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // spreadsheet BOM
  if (text.size() > kMaxBoothCsvBytes) {
    out.errors.push_back("the file is " + std::to_string(text.size()) + " bytes, more than the " +
                         std::to_string(kMaxBoothCsvBytes) + " a booth list may have");
    return out;
  }

  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    throw std::runtime_error("cannot initialise the CSV parser");
  Collector collector;
  std::size_t pos = 0;
  // Rows after the header; checked after every line, so reading stops right past the limit.
  auto too_many_rows = [&] {
    if (collector.records.size() <= kMaxBoothCsvRows + 1) return false;
    out.errors.push_back(line_tag(collector.line) + "more than " + std::to_string(kMaxBoothCsvRows) +
                         " rows of booths: split the list");
    csv_free(&parser);
    return true;
  };
  while (pos < text.size()) {
    if (too_many_rows()) return out;
    ++collector.line;
    const std::size_t end = text.find('\n', pos);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    const std::string_view piece = text.substr(pos, next - pos);
    if (csv_parse(&parser, piece.data(), piece.size(), on_field, on_record, &collector) != piece.size()) {
      out.errors.push_back(line_tag(collector.line) + "CSV syntax error (" + csv_strerror(csv_error(&parser)) +
                           "): a quote inside a field must be doubled, and a quoted field closed");
      csv_free(&parser);
      return out;
    }
    pos = next;
  }
  if (csv_fini(&parser, on_field, on_record, &collector) != 0)
    out.errors.push_back(line_tag(collector.line) + "CSV syntax error: a quoted field is never closed");
  if (too_many_rows()) return out;
  csv_free(&parser);
  if (!out.errors.empty()) return out;

  if (collector.records.empty()) {
    out.errors.push_back("line 1: the file is empty; expected the header booth,hall,exhibitor,delegation,industry");
    return out;
  }
  std::vector<std::string> header;
  for (auto& f : collector.records.front().fields) {
    std::string name = trim(f);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    header.push_back(name);
  }
  if (header != kHeader) {
    out.errors.push_back(line_tag(collector.records.front().line) +
                         "header must be exactly booth,hall,exhibitor,delegation,industry");
    return out;
  }

  std::map<std::string, int> first_line;  // booth -> line
  for (std::size_t r = 1; r < collector.records.size(); ++r) {
    const Record& rec = collector.records[r];
    const std::string tag = line_tag(rec.line);
    if (rec.fields.size() == 1 && trim(rec.fields[0]).empty()) continue;  // blank line
    if (rec.field_count != kHeader.size()) {
      out.errors.push_back(tag + "expected 5 columns, found " + std::to_string(rec.field_count) +
                           " (quote a field that holds a comma)");
      continue;
    }
    if (rec.long_field) {
      out.errors.push_back(tag + "a field is longer than " + std::to_string(kMaxBoothFieldBytes) + " bytes");
      continue;
    }
    bool utf8 = true;
    for (const auto& f : rec.fields) utf8 = utf8 && valid_utf8(f);
    if (!utf8) {
      out.errors.push_back(tag + "not valid UTF-8 (save the file as UTF-8, not GBK)");
      continue;
    }
    Booth b{trim(one_line(rec.fields[0])), trim(one_line(rec.fields[1])), trim(one_line(rec.fields[2])),
            trim(one_line(rec.fields[3])), trim(one_line(rec.fields[4]))};
    if (b.booth.empty()) {
      out.errors.push_back(tag + "booth is empty");
      continue;
    }
    if (b.hall.empty()) {
      out.errors.push_back(tag + "hall is empty (booth " + b.booth + ")");
      continue;
    }
    if (!halls.empty() && std::find(halls.begin(), halls.end(), b.hall) == halls.end()) {
      std::string known;
      for (const auto& h : halls) known += (known.empty() ? "" : ", ") + h;
      out.errors.push_back(tag + "unknown hall '" + b.hall + "' (this fair's halls: " + known + ")");
      continue;
    }
    if (b.exhibitor.empty()) {
      out.errors.push_back(tag + "exhibitor is empty (booth " + b.booth + ")");
      continue;
    }
    if (auto [it, inserted] = first_line.emplace(b.booth, rec.line); !inserted) {
      out.errors.push_back(tag + "duplicate booth " + b.booth + " (first on line " + std::to_string(it->second) + ")");
      continue;
    }
    out.booths.push_back(std::move(b));
  }
  if (out.errors.empty() && out.booths.empty()) out.errors.push_back("the file has a header but no booths");
  if (out.errors.size() > kMaxBoothCsvErrors) {
    const std::size_t more = out.errors.size() - kMaxBoothCsvErrors;
    out.errors.resize(kMaxBoothCsvErrors);
    out.errors.push_back("... and " + std::to_string(more) + " more errors");
  }
  return out;
}

BoothCsv read_booth_csv(const std::filesystem::path& file, const std::vector<std::string>& halls) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::error_code ec;
  if (const auto size = std::filesystem::file_size(file, ec); !ec && size > kMaxBoothCsvBytes) {
    BoothCsv out;
    out.errors.push_back(file.string() + " is " + std::to_string(size) + " bytes, more than the " +
                         std::to_string(kMaxBoothCsvBytes) + " a booth list may have");
    return out;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_booth_csv(text.str(), halls);
}

}  // namespace fg::relay
