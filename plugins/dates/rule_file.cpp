#include "rule_file.hpp"

#include "rule_syntax.hpp"

#include <toml++/toml.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace textchain::dates {

namespace {

struct FileContext {
  const std::string& file;

  [[noreturn]] void fail(const toml::source_region& at, const std::string& msg, size_t column_offset = 0) const {
    throw std::invalid_argument(file + ":" + std::to_string(at.begin.line) + ":" +
                                std::to_string(at.begin.column + column_offset) + ": " + msg);
  }

  void only_keys(const toml::table& t, std::initializer_list<std::string_view> keys) const {
    for (const auto& [k, v] : t) {
      bool known = false;
      for (std::string_view key : keys) known |= k.str() == key;
      if (!known) {
        std::string list;
        for (std::string_view key : keys) list += (list.empty() ? "" : ", ") + std::string(key);
        fail(v.source(), "unknown key '" + std::string(k.str()) + "' (expected " + list + ")");
      }
    }
  }

  const toml::node& required(const toml::table& t, std::string_view key) const {
    const toml::node* n = t.get(key);
    if (!n) fail(t.source(), "missing key '" + std::string(key) + "'");
    return *n;
  }

  std::string string_at(const toml::table& t, std::string_view key) const {
    const toml::node& n = required(t, key);
    if (!n.is_string()) fail(n.source(), "'" + std::string(key) + "' must be a string");
    return std::string(*n.value<std::string_view>());
  }

  const toml::array* tables(const toml::table& root, std::string_view key) const {
    const toml::node* n = root.get(key);
    if (!n) return nullptr;
    const toml::array* a = n->as_array();
    if (!a || !a->is_array_of_tables()) fail(n->source(), "'" + std::string(key) + "' must be [[" + std::string(key) + "]] tables");
    return a;
  }
};

void read_calendar(const FileContext& ctx, const toml::table& root, RuleSet& set) {
  const toml::node* n = root.get("calendar");
  if (!n) return;
  const toml::table* t = n->as_table();
  if (!t) ctx.fail(n->source(), "'calendar' must be a table");
  ctx.only_keys(*t, {"fiscal_year_start"});
  if (const toml::node* s = t->get("fiscal_year_start")) {
    const auto month = s->value<int64_t>();
    if (!s->is_integer() || *month < 1 || *month > 12)
      ctx.fail(s->source(), "fiscal_year_start is the month the fiscal year starts in, 1 to 12");
    set.conventions().fiscal_year_start = static_cast<int>(*month);
  }
}

void read_words(const FileContext& ctx, const toml::table& root, RuleSet& set) {
  const toml::array* words = ctx.tables(root, "word");
  if (!words) return;
  uint8_t next_name = 1;
  for (const toml::node& n : *words) {
    const toml::table& t = *n.as_table();
    ctx.only_keys(t, {"word", "kind", "value"});
    const std::string word = ctx.string_at(t, "word");
    const std::string kind_text = t.get("kind") ? ctx.string_at(t, "kind") : "name";
    Entry e;
    e.kind = kind_from_name(kind_text);
    if (e.kind == Kind::none) ctx.fail(ctx.required(t, "kind").source(), "unknown kind '" + kind_text + "'");
    e.value = next_name++;
    if (const toml::node* v = t.get("value")) {
      if (!v->is_integer() || *v->value<int64_t>() < 0 || *v->value<int64_t>() > 254)
        ctx.fail(v->source(), "'value' must be an integer, 0 to 254");
      e.value = static_cast<uint8_t>(*v->value<int64_t>());
    }
    if (lookup(word).kind != Kind::none)
      ctx.fail(ctx.required(t, "word").source(), "'" + word + "' is already in the built-in lexicon");
    if (!set.words().add(word, e))
      ctx.fail(ctx.required(t, "word").source(), "a word is one ASCII token of at most 16 letters");
  }
}

Rule read_rule(const FileContext& ctx, const toml::table& t, const WordTable& words) {
  ctx.only_keys(t, {"name", "group", "pattern", "produce"});
  Rule r;
  r.name = ctx.string_at(t, "name");
  const toml::node* at = &ctx.required(t, "group");
  try {
    r.group = parse_group(ctx.string_at(t, "group"));
    at = &ctx.required(t, "pattern");
    r.pattern = parse_pattern(ctx.string_at(t, "pattern"), words);
    at = &ctx.required(t, "produce");
    r.producer = parse_producer(ctx.string_at(t, "produce"), r.pattern.size());
  } catch (const RuleSyntaxError& e) {
    ctx.fail(at->source(), e.what(), e.offset() + 1);  // + 1: the opening quote
  }
  r.origin = ctx.file + ":" + std::to_string(t.source().begin.line);
  return r;
}

}  // namespace

std::shared_ptr<const RuleSet> parse_rule_file(std::string_view toml_text, const std::string& source_name) {
  toml::table root;
  try {
    root = toml::parse(toml_text, source_name);
  } catch (const toml::parse_error& e) {
    throw std::invalid_argument(source_name + ":" + std::to_string(e.source().begin.line) + ":" +
                                std::to_string(e.source().begin.column) + ": " + std::string(e.description()));
  }
  const FileContext ctx{source_name};
  ctx.only_keys(root, {"calendar", "word", "rule"});
  auto set = std::make_shared<RuleSet>();
  read_calendar(ctx, root, *set);
  read_words(ctx, root, *set);
  if (const toml::array* rules = ctx.tables(root, "rule"))
    for (const toml::node& n : *rules) set->add(read_rule(ctx, *n.as_table(), set->words()));
  add_builtin_rules(*set);
  return set;
}

std::shared_ptr<const RuleSet> load_rule_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::invalid_argument(file.string() + ":1:1: cannot read the dates rules file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_rule_file(ss.str(), file.string());
}

}  // namespace textchain::dates
