// A user's rule file (TOML, named by the `rules_file` option): extra words, rules and calendar
// conventions, added to the built-in tables without recompiling. Syntax in plugins/dates/README.md.
#ifndef TEXTCHAIN_DATES_RULE_FILE_HPP
#define TEXTCHAIN_DATES_RULE_FILE_HPP

#include "rule.hpp"

#include <filesystem>
#include <memory>
#include <string_view>

namespace textchain::dates {

// The built-in tables plus the file's words and rules (the file's rules win a tie with a built-in one).
// Throws std::invalid_argument "FILE:LINE:COL: what is wrong" on any error: unreadable file, bad TOML,
// unknown key, unknown word, kind or field, bad pattern or producer.
std::shared_ptr<const RuleSet> load_rule_file(const std::filesystem::path& file);
// The same from text; `source_name` is what the messages call the file.
std::shared_ptr<const RuleSet> parse_rule_file(std::string_view toml_text, const std::string& source_name);

// Appends the built-in tables to `set` (rule_tables.cpp).
void add_builtin_rules(RuleSet& set);

}  // namespace textchain::dates

#endif
