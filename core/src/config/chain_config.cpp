#include "config/chain_config.hpp"

#include "config/did_you_mean.hpp"

#include <toml++/toml.h>

#include <algorithm>

namespace fs = std::filesystem;

namespace textchain::config {
namespace {

const std::vector<std::string> kTopLevelKeys = {"plugin_dirs", "default_chain", "plugins", "chains",
                                                "max_document_bytes", "isolation"};
// [isolation]: how `textchain run` runs the chain (IsolationSettings).
const std::vector<std::string> kIsolationKeys = {"enabled", "document_timeout", "worker_memory"};

// The config's TOML, or a ConfigError at what toml++ could not parse.
toml::table parse_config(std::string_view toml_text, const std::string& source_name) {
  check_key_nesting(toml_text, source_name);
  try {
    return toml::parse(toml_text, source_name);
  } catch (const toml::parse_error& e) {
    throw ConfigError(source_name, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
                      "invalid TOML: " + std::string(e.description()));
  }
}

// The [isolation] table, checked and read in one pass: a misspelt key or a wrong type is an error wherever
// the config is loaded.
IsolationSettings read_isolation(const toml::table& root, const std::string& file) {
  IsolationSettings s;
  const toml::node* n = root.get("isolation");
  if (!n) return s;
  auto fail = [&file](const toml::source_region& where, const std::string& msg) {
    throw ConfigError(file, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column), msg);
  };
  const toml::table* t = n->as_table();
  if (!t) fail(n->source(), "'isolation' must be a table: [isolation] with enabled, document_timeout, worker_memory");
  for (auto&& [key, value] : *t) {
    const std::string_view k = key.str();
    if (k == "enabled") {
      if (!value.is_boolean()) fail(value.source(), "'enabled' must be true or false");
      s.enabled = *value.value_exact<bool>();
    } else if (k == "document_timeout") {
      const std::optional<double> v = value.value<double>();
      if (!value.is_number() || !v || !(*v > 0))
        fail(value.source(), "'document_timeout' must be a positive number of seconds (per started MiB of a document)");
      s.document_timeout_s = *v;
    } else if (k == "worker_memory") {
      const std::optional<int64_t> v = value.value_exact<int64_t>();
      if (!v || *v < 0) fail(value.source(), "'worker_memory' must be a whole number of MiB (0: no limit)");
      s.memory_limit_mb = static_cast<uint64_t>(*v);
    } else {
      fail(key.source(), "unknown key '" + std::string(k) + "' in [isolation]" + did_you_mean(k, kIsolationKeys) +
                             "; it has enabled, document_timeout and worker_memory");
    }
  }
  return s;
}

struct Ctx {
  const std::string& file;
  plugin::PluginRegistry& registry;

  [[noreturn]] void fail(const toml::source_region& where, const std::string& msg) const {
    throw ConfigError(file, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column), msg);
  }
  [[noreturn]] void fail(const toml::node& n, const std::string& msg) const { fail(n.source(), msg); }

  std::string where(const toml::source_region& r) const {
    return file + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
  }

  const plugin::LoadedPlugin& plugin_at(std::string_view name, const toml::source_region& where) const {
    try {
      return registry.find(name);
    } catch (const PluginError& e) {
      std::string hint = did_you_mean(name, registry.known_names());
      fail(where, "unknown plugin '" + std::string(name) + "'" + hint + "\n" + e.what());
    }
  }
};

std::string describe_type(const tc_option_def& d) {
  switch (d.type) {
    case TC_OPTION_BOOL: return "a boolean (true or false)";
    case TC_OPTION_INT: return "an integer";
    case TC_OPTION_DOUBLE: return "a number";
    case TC_OPTION_STRING: return "a string";
    case TC_OPTION_ENUM: return std::string("one of ") + (d.choices ? d.choices : "");
    case TC_OPTION_STRING_LIST: return "an array of strings";
  }
  return "?";
}

std::string node_type(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "a date or time";
  }
}

AttributeValue option_value(const Ctx& ctx, const plugin::LoadedPlugin& lp, const tc_option_def& d,
                            const toml::node& n) {
  const std::string what = "option '" + std::string(d.name) + "' of plugin '" + lp.info.name + "' must be " +
                           describe_type(d) + ", not " + node_type(n);
  switch (d.type) {
    case TC_OPTION_BOOL:
      if (auto v = n.value_exact<bool>()) return *v;
      ctx.fail(n, what);
    case TC_OPTION_INT:
      if (auto v = n.value_exact<int64_t>()) return *v;
      ctx.fail(n, what);
    case TC_OPTION_DOUBLE:
      if (n.is_number()) return *n.value<double>();
      ctx.fail(n, what);
    case TC_OPTION_STRING:
      if (auto v = n.value_exact<std::string>()) return *v;
      ctx.fail(n, what);
    case TC_OPTION_ENUM: {
      auto v = n.value_exact<std::string>();
      if (!v) ctx.fail(n, what);
      std::vector<std::string> choices;
      std::string_view s(d.choices ? d.choices : "");
      while (!s.empty()) {
        size_t bar = s.find('|');
        choices.emplace_back(s.substr(0, bar));
        if (bar == std::string_view::npos) break;
        s.remove_prefix(bar + 1);
      }
      if (std::find(choices.begin(), choices.end(), *v) == choices.end())
        ctx.fail(n, "option '" + std::string(d.name) + "' of plugin '" + lp.info.name + "' must be one of " +
                        (d.choices ? d.choices : "") + ", not \"" + *v + "\"" + did_you_mean(*v, choices));
      return *v;
    }
    case TC_OPTION_STRING_LIST: {
      const toml::array* arr = n.as_array();
      if (!arr) ctx.fail(n, what);
      std::vector<std::string> out;
      for (const auto& el : *arr) {
        auto v = el.value_exact<std::string>();
        if (!v) ctx.fail(el, "option '" + std::string(d.name) + "' of plugin '" + lp.info.name +
                                 "': every element must be a string, not " + node_type(el));
        out.push_back(*v);
      }
      return out;
    }
  }
  ctx.fail(n, what);
}

// Applies the options table `t` over `values`, validating every key and value.
void apply_options(const Ctx& ctx, const plugin::LoadedPlugin& lp, const toml::table& t, plugin::OptionValues& values) {
  std::vector<std::string> names;
  for (const tc_option_def& row : lp.options) names.emplace_back(row.name);
  for (auto&& [key, node] : t) {
    const tc_option_def* def = nullptr;
    for (const tc_option_def& row : lp.options)
      if (key.str() == row.name) def = &row;
    if (!def && key.str() == "explain")
      ctx.fail(key.source(), "'explain' is not a plugin option but a setting of the step: "
                             "{ plugin = \"" + lp.info.name + "\", explain = true } in the chain's steps, or "
                             "`textchain run --explain`");
    if (!def) {
      std::string known;
      for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
      ctx.fail(key.source(), "unknown option '" + std::string(key.str()) + "' for plugin '" + lp.info.name + "'" +
                                 did_you_mean(key.str(), names) +
                                 "; its options are: " + (known.empty() ? "(none)" : known));
    }
    values.set(def->name, option_value(ctx, lp, *def, node));
  }
}

void check_required(const Ctx& ctx, const plugin::LoadedPlugin& lp, const plugin::OptionValues& values,
                    const toml::source_region& where) {
  for (const tc_option_def& row : lp.options) {
    if (!(row.flags & TC_OPTION_REQUIRED)) continue;
    const AttributeValue* v = values.find(row.name);
    if (!v || std::holds_alternative<std::nullptr_t>(*v))
      ctx.fail(where, "plugin '" + lp.info.name + "' requires option '" + row.name + "' (" +
                          (row.help ? row.help : "") + ")");
  }
}

std::vector<StepPlan> plan_chain(const Ctx& ctx, const std::string& chain_name, const toml::node& chain_node,
                                 const std::map<std::string, plugin::OptionValues, std::less<>>& defaults) {
  const toml::table* chain = chain_node.as_table();
  if (!chain) ctx.fail(chain_node, "chain '" + chain_name + "' must be a table with a 'steps' array");
  for (auto&& [key, node] : *chain)
    if (key.str() != "steps")
      ctx.fail(key.source(), "unknown key '" + std::string(key.str()) + "' in chain '" + chain_name + "'" +
                                 did_you_mean(key.str(), {"steps"}) + "; a chain has only 'steps'");
  const toml::node* steps_node = chain->get("steps");
  if (!steps_node) ctx.fail(chain_node, "chain '" + chain_name + "' has no 'steps'");
  const toml::array* steps = steps_node->as_array();
  if (!steps) ctx.fail(*steps_node, "'steps' of chain '" + chain_name + "' must be an array");
  if (steps->empty()) ctx.fail(*steps_node, "chain '" + chain_name + "' has no steps");
  std::vector<StepPlan> out;
  for (const toml::node& step : *steps) {
    StepPlan plan;
    plan.source = ctx.where(step.source());
    plan.line = static_cast<int>(step.source().begin.line);
    plan.column = static_cast<int>(step.source().begin.column);
    if (auto name = step.value_exact<std::string>()) {
      plan.plugin = &ctx.plugin_at(*name, step.source());
      auto it = defaults.find(*name);
      plan.options = it != defaults.end() ? it->second : plugin::OptionValues::defaults(plan.plugin->options);
    } else if (const toml::table* t = step.as_table()) {
      for (auto&& [key, node] : *t)
        if (key.str() != "plugin" && key.str() != "options" && key.str() != "explain")
          ctx.fail(key.source(), "unknown key '" + std::string(key.str()) + "' in a step" +
                                     did_you_mean(key.str(), {"plugin", "options", "explain"}) +
                                     "; a step is { plugin = \"name\", explain = false, options = { ... } }");
      if (const toml::node* en = t->get("explain")) {
        auto e = en->value_exact<bool>();
        if (!e) ctx.fail(*en, "'explain' must be true or false, not " + node_type(*en));
        plan.explain = *e;
      }
      const toml::node* pn = t->get("plugin");
      if (!pn) ctx.fail(step, "step has no 'plugin'");
      auto name = pn->value_exact<std::string>();
      if (!name) ctx.fail(*pn, "'plugin' must be a string");
      plan.plugin = &ctx.plugin_at(*name, pn->source());
      auto it = defaults.find(*name);
      plan.options = it != defaults.end() ? it->second : plugin::OptionValues::defaults(plan.plugin->options);
      if (const toml::node* on = t->get("options")) {
        const toml::table* opts = on->as_table();
        if (!opts) ctx.fail(*on, "'options' must be a table");
        apply_options(ctx, *plan.plugin, *opts, plan.options);
      }
    } else {
      ctx.fail(step, "a step must be a plugin name or { plugin = \"name\", options = { ... } }, not " + node_type(step));
    }
    check_required(ctx, *plan.plugin, plan.options, step.source());
    out.push_back(std::move(plan));
  }
  check_needs(ctx.file, chain_name, out);
  return out;
}

// Steps from plugin names, each with `defaults` (a config's [plugins.X]) over its declared defaults; a
// required option must be set by then.
std::vector<StepPlan> plan_named_steps(const std::vector<std::string>& names, plugin::PluginRegistry& registry,
                                       const std::map<std::string, plugin::OptionValues, std::less<>>& defaults) {
  if (names.empty()) throw ConfigError("<steps>", 0, 0, "no steps given");
  std::vector<StepPlan> steps;
  for (const auto& name : names) {
    StepPlan step;
    step.source = "<steps>";
    try {
      step.plugin = &registry.find(name);
    } catch (const PluginError& e) {
      throw ConfigError("<steps>", 0, 0, e.what());
    }
    auto it = defaults.find(name);
    step.options = it != defaults.end() ? it->second : plugin::OptionValues::defaults(step.plugin->options);
    for (const tc_option_def& row : step.plugin->options) {
      const AttributeValue* v = step.options.find(row.name);
      if ((row.flags & TC_OPTION_REQUIRED) && (!v || std::holds_alternative<std::nullptr_t>(*v)))
        throw ConfigError("<steps>", 0, 0, "plugin '" + name + "' requires option '" + row.name +
                                               "': set it in the config's [plugins." + name + "]");
    }
    steps.push_back(std::move(step));
  }
  check_needs("<steps>", "", steps);
  return steps;
}

}  // namespace

void check_needs(const std::string& file, const std::string& chain_name, const std::vector<StepPlan>& steps) {
  std::vector<std::string_view> provided;
  for (size_t i = 0; i < steps.size(); ++i) {
    const PluginInfo& info = steps[i].plugin->info;
    for (const std::string& need : info.needs) {
      if (std::find(provided.begin(), provided.end(), need) != provided.end()) continue;
      std::string msg = "step '" + info.name + "'" + (chain_name.empty() ? "" : " of chain '" + chain_name + "'") +
                        " needs '" + need + "' annotations, which no earlier step provides";
      std::string later;
      for (size_t j = i + 1; j < steps.size() && later.empty(); ++j)
        for (const std::string& p : steps[j].plugin->info.provides)
          if (p == need) later = steps[j].plugin->info.name;
      if (!later.empty())
        msg += "; did you mean to run '" + later + "' first?";
      else
        msg += "; add a step that provides it before '" + info.name + "'";
      throw ConfigError(file, steps[i].line, steps[i].column, msg);
    }
    for (const std::string& p : info.provides) provided.push_back(p);
  }
}

namespace {
// A dotted key or table header of more parts than this is refused before toml++ sees it: it builds one
// nested table per part, recursively, and a header nested 50,000 deep exhausts the stack. (Nested arrays
// and inline tables are limited by toml++ itself, to TOML_MAX_NESTED_VALUES.)
constexpr size_t kMaxKeyParts = 64;
}  // namespace

// Throws ConfigError at the first key of more than kMaxKeyParts parts: a run of key parts (bare or quoted)
// joined by dots, outside strings and comments.
void check_key_nesting(std::string_view toml, const std::string& source_name) {
  size_t dots = 0, line = 1, line_start = 0;
  for (size_t i = 0; i < toml.size(); ++i) {
    const char c = toml[i];
    if (c == '"' || c == '\'') {
      // A string (perhaps a quoted key part): skipped whole, multi-line ones included.
      const bool triple = toml.substr(i, 3) == std::string_view(c == '"' ? "\"\"\"" : "'''");
      const std::string_view close = triple ? toml.substr(i, 3) : toml.substr(i, 1);
      size_t j = i + close.size();
      while (j < toml.size() && toml.substr(j, close.size()) != close) {
        if (c == '"' && toml[j] == '\\') ++j;
        if (j < toml.size() && toml[j] == '\n') ++line, line_start = j + 1;
        ++j;
      }
      i = std::min(toml.size(), j + close.size()) - 1;
      continue;
    }
    if (c == '#') {
      while (i + 1 < toml.size() && toml[i + 1] != '\n') ++i;
      continue;
    }
    if (c == '.') {
      if (++dots >= kMaxKeyParts)
        throw ConfigError(source_name, static_cast<int>(line), static_cast<int>(i - line_start + 1),
                          "a key or table name of more than " + std::to_string(kMaxKeyParts) +
                              " dotted parts; nesting is limited to " + std::to_string(kMaxKeyParts) + " levels");
      continue;
    }
    const bool key_part = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                          c == '-' || c == ' ' || c == '\t';
    if (!key_part) dots = 0;
    if (c == '\n') ++line, line_start = i + 1;
  }
}

IsolationSettings load_isolation_settings(std::string_view toml_text, const std::string& source_name) {
  return read_isolation(parse_config(toml_text, source_name), source_name);
}

ChainPlan load_chain_plan(std::string_view toml_text, const std::string& source_name, const fs::path& base_dir,
                          std::string_view chain_name, plugin::PluginRegistry& registry, ConfigFile* info,
                          const std::vector<std::string>& steps_override) {
  const toml::table root = parse_config(toml_text, source_name);
  Ctx ctx{source_name, registry};
  ConfigFile file;
  file.source_name = source_name;
  file.base_dir = base_dir;

  for (auto&& [key, node] : root)
    if (std::find(kTopLevelKeys.begin(), kTopLevelKeys.end(), key.str()) == kTopLevelKeys.end())
      ctx.fail(key.source(), "unknown key '" + std::string(key.str()) + "'" + did_you_mean(key.str(), kTopLevelKeys) +
                                 "; the top level has plugin_dirs, default_chain, max_document_bytes, [isolation], "
                                 "[plugins.NAME] and [chains.NAME]");

  file.isolation = read_isolation(root, source_name);

  if (const toml::node* n = root.get("plugin_dirs")) {
    const toml::array* arr = n->as_array();
    if (!arr) ctx.fail(*n, "'plugin_dirs' must be an array of directory names");
    for (const auto& el : *arr) {
      auto s = el.value_exact<std::string>();
      if (!s) ctx.fail(el, "'plugin_dirs' must hold strings, not " + node_type(el));
      fs::path p(*s);
      if (p.is_relative()) p = base_dir / p;
      file.plugin_dirs.push_back(p.lexically_normal());
    }
  }
  // Config directories are searched before the built-in one, in the order given.
  for (const auto& d : file.plugin_dirs) registry.add_dir(d);

  ChainLimits limits;
  if (const toml::node* n = root.get("max_document_bytes")) {
    auto v = n->value_exact<int64_t>();
    if (!v || *v <= 0) ctx.fail(*n, "'max_document_bytes' must be a positive integer");
    if (*v > static_cast<int64_t>(UINT32_MAX)) ctx.fail(*n, "'max_document_bytes' must be below 4 GiB");
    limits.max_document_bytes = static_cast<size_t>(*v);
    file.max_document_bytes = limits.max_document_bytes;
  }

  std::map<std::string, plugin::OptionValues, std::less<>> defaults;
  if (const toml::node* n = root.get("plugins")) {
    const toml::table* plugins = n->as_table();
    if (!plugins) ctx.fail(*n, "'plugins' must be a table of [plugins.NAME] tables");
    for (auto&& [key, node] : *plugins) {
      const plugin::LoadedPlugin& lp = ctx.plugin_at(key.str(), key.source());
      const toml::table* opts = node.as_table();
      if (!opts) ctx.fail(node, "[plugins." + std::string(key.str()) + "] must be a table of options");
      plugin::OptionValues values = plugin::OptionValues::defaults(lp.options);
      apply_options(ctx, lp, *opts, values);
      defaults.emplace(std::string(key.str()), std::move(values));
    }
  }

  std::map<std::string, std::vector<StepPlan>> chains;
  if (const toml::node* n = root.get("chains")) {
    const toml::table* t = n->as_table();
    if (!t) ctx.fail(*n, "'chains' must be a table of [chains.NAME] tables");
    for (auto&& [key, node] : *t) {
      file.chain_names.emplace_back(key.str());
      chains.emplace(std::string(key.str()), plan_chain(ctx, std::string(key.str()), node, defaults));
    }
  }

  if (const toml::node* n = root.get("default_chain")) {
    auto s = n->value_exact<std::string>();
    if (!s) ctx.fail(*n, "'default_chain' must be a string");
    if (!chains.count(*s))
      ctx.fail(*n, "default_chain '" + *s + "' is not defined" + did_you_mean(*s, file.chain_names) +
                       "; define it as [chains." + *s + "]");
    file.default_chain = *s;
  }

  ChainPlan plan;
  plan.limits = limits;
  std::string chosen(chain_name);
  if (chosen.empty()) chosen = file.default_chain;
  if (chosen.empty() && chains.size() == 1) chosen = chains.begin()->first;
  if (!steps_override.empty()) {
    plan.steps = plan_named_steps(steps_override, registry, defaults);
  } else if (!chosen.empty()) {
    auto it = chains.find(chosen);
    if (it == chains.end()) {
      std::string known;
      for (const auto& c : file.chain_names) known += (known.empty() ? "" : ", ") + c;
      throw ConfigError(source_name, 0, 0,
                        "no chain named '" + chosen + "'" + did_you_mean(chosen, file.chain_names) +
                            "; the chains are: " + (known.empty() ? "(none)" : known));
    }
    plan.steps = std::move(it->second);
  } else if (chains.empty()) {
    throw ConfigError(source_name, 0, 0,
                      "defines no chain: add [chains.NAME] with steps = [...], or give the steps (--steps)");
  } else {
    std::string known;
    for (const auto& c : file.chain_names) known += (known.empty() ? "" : ", ") + c;
    throw ConfigError(source_name, 0, 0, "defines several chains (" + known +
                                             ") and no default_chain: choose one (--chain NAME)");
  }
  if (info) *info = std::move(file);
  return plan;
}

ChainPlan plan_from_names(const std::vector<std::string>& names, plugin::PluginRegistry& registry) {
  ChainPlan plan;
  plan.steps = plan_named_steps(names, registry, {});
  return plan;
}

}  // namespace textchain::config
