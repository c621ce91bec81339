#pragma once
// The console's HTML: one escaping function for every value put into a page (text and
// attribute values alike), the page frame, and the two languages. Pages are built only from
// literal markup of ours plus escaped values, so no stored text can become markup.
#include <cstdint>
#include <string>
#include <string_view>

namespace fg::relay::console {

// & < > " ' escaped; invalid UTF-8 replaced by U+FFFD; bidirectional override and isolate
// characters (U+202A-202E, U+2066-2069) shown as their code (a name cannot reorder the page);
// other control characters but tab and line breaks dropped.
std::string escape_html(std::string_view text);

enum class Lang { Zh, En };
const char* lang_code(Lang l);  // "zh-CN", "en"
// The text of one UI string in the language; `key` is the English text itself.
std::string_view tr(Lang lang, std::string_view english);
// The label of a recorded field's key ("id_number"): in Chinese its translation, in English
// words ("ID number"), not the key itself.
std::string field_label(Lang lang, std::string_view key);

struct PageFrame {
  Lang lang = Lang::Zh;
  std::string title;        // plain text, escaped here
  std::string fair;         // plain text, escaped here
  std::string timezone;     // the fair's, named under every page
  std::string user;         // signed-in staff member; empty on the sign-in page
  std::string csrf;         // for the sign-out form
  std::string path;         // of this page, for the language links
  bool access_log = false;  // the menu links the access log (admins)
  bool administer = false;  // the menu links the administration pages (admins)
};
// The page around `body` (which must be HTML built from escaped values).
std::string render_page(const PageFrame& frame, const std::string& body);

}  // namespace fg::relay::console
