#pragma once
// Chinese and English names of the enumerated values the papers print (right types, outcomes,
// measures, sanctions, document kinds: docs/domain.md, Glossary), "中文 English" in one string.
#include <string>
#include <string_view>

namespace fg {

// An unknown key is returned as it is; the empty key reads "未记录 Not recorded".
std::string bilingual_label(std::string_view key);

}  // namespace fg
