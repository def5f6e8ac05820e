// `textchain plugins list` and `textchain plugins describe NAME [--json]`.
#include "chain_options.hpp"
#include "commands.hpp"

#include <boost/json.hpp>

#include <iomanip>
#include <iostream>
#include <memory>

namespace textchain::cli {
namespace {

struct PluginsOptions {
  ChainOptions chain;
  std::string name;
  bool json = false;
};

// Puts --plugin-dir and the config's plugin_dirs in the search path. The config is loaded, so a broken one
// is reported as such (exit 78) rather than listed from half its directories.
int prepare(Host& host, const ChainOptions& o) {
  if (o.config.empty()) {
    configure_host(host, o);
    return kExitOk;
  }
  Chain chain;
  return open_chain_or_report(host, o, chain);
}

void print_problems(const std::vector<std::string>& problems) {
  for (const auto& p : problems) std::cerr << "textchain: " << p << "\n";
}

int list(const PluginsOptions& o) {
  Host host;
  if (int rc = prepare(host, o.chain)) return rc;
  std::vector<std::string> problems;
  auto plugins = host.plugins(&problems);
  print_problems(problems);
  if (o.json) {
    boost::json::array arr;
    for (const auto& p : plugins)
      arr.push_back({{"name", p.name}, {"version", p.version}, {"description", p.description}, {"path", p.path}});
    std::cout << boost::json::serialize(arr) << "\n";
    return kExitOk;
  }
  if (plugins.empty()) {
    std::cout << "No plugins found. Searched:\n";
    for (const auto& d : host.search_path()) std::cout << "  " << d.string() << "\n";
    return kExitOk;
  }
  size_t w = 4;
  for (const auto& p : plugins) w = std::max(w, p.name.size());
  for (const auto& p : plugins)
    std::cout << std::left << std::setw(static_cast<int>(w) + 2) << p.name << std::setw(9) << p.version
              << p.description << "\n" << std::string(w + 2, ' ') << p.path << "\n";
  return kExitOk;
}

boost::json::value default_json(const OptionInfo& opt) {
  if (opt.default_value.empty() && opt.type != "string") return nullptr;
  if (opt.type == "bool") return opt.default_value == "true";
  if (opt.type == "int") return std::stoll(opt.default_value);
  if (opt.type == "double") return std::stod(opt.default_value);
  if (opt.type == "string_list") {
    boost::json::array a;
    // The default is a TOML array of strings; its JSON spelling is the same for plain strings.
    boost::system::error_code ec;
    auto v = boost::json::parse(opt.default_value, ec);
    if (!ec && v.is_array()) return v;
    return a;
  }
  return boost::json::string(opt.default_value);
}

boost::json::object schema(const PluginInfo& p) {
  boost::json::object props;
  boost::json::array required;
  for (const auto& opt : p.options) {
    boost::json::object s;
    if (opt.type == "bool") s["type"] = "boolean";
    else if (opt.type == "int") s["type"] = "integer";
    else if (opt.type == "double") s["type"] = "number";
    else if (opt.type == "string_list") s["type"] = "array", s["items"] = {{"type", "string"}};
    else s["type"] = "string";
    if (opt.type == "enum") {
      boost::json::array e;
      for (const auto& c : opt.choices) e.push_back(boost::json::string(c));
      s["enum"] = std::move(e);
    }
    s["default"] = default_json(opt);
    s["description"] = opt.help;
    if (opt.deprecated) s["deprecated"] = true;
    if (opt.required) required.push_back(boost::json::string(opt.name));
    props[opt.name] = std::move(s);
  }
  boost::json::object options{{"type", "object"}, {"additionalProperties", false}, {"properties", std::move(props)}};
  if (!required.empty()) options["required"] = std::move(required);
  boost::json::array provides, needs;
  for (const auto& t : p.provides) provides.push_back(boost::json::string(t));
  for (const auto& t : p.needs) needs.push_back(boost::json::string(t));
  return {{"name", p.name},
          {"version", p.version},
          {"description", p.description},
          {"license", p.license},
          {"path", p.path},
          {"abi", std::to_string(p.abi_major) + "." + std::to_string(p.abi_minor)},
          {"thread_safe", p.thread_safe},
          {"rewrites_text", p.rewrites_text},
          {"provides", std::move(provides)},
          {"needs", std::move(needs)},
          {"options", std::move(options)}};
}

int describe(const PluginsOptions& o) {
  Host host;
  if (int rc = prepare(host, o.chain)) return rc;
  const PluginInfo* p = nullptr;
  try {
    p = &host.plugin(o.name);
  } catch (const PluginError& e) {
    std::cerr << "textchain: " << e.what() << "\n";
    return kExitUsage;
  }
  if (o.json) {
    std::cout << boost::json::serialize(schema(*p)) << "\n";
    return kExitOk;
  }
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
    return s.empty() ? std::string("-") : s;
  };
  std::cout << p->name << " " << p->version << " — " << p->description << "\n"
            << "  licence:     " << p->license << "\n"
            << "  library:     " << p->path << "\n"
            << "  plugin ABI:  " << p->abi_major << "." << p->abi_minor << "\n"
            << "  thread-safe: " << (p->thread_safe ? "yes (one instance shared by all threads)" : "no (one instance per thread)") << "\n"
            << "  rewrites text: " << (p->rewrites_text ? "yes" : "no") << "\n"
            << "  provides:    " << join(p->provides) << "\n"
            << "  needs:       " << join(p->needs) << "\n\n";
  if (p->options.empty()) {
    std::cout << "Options: none\n";
    return kExitOk;
  }
  std::cout << "Options (in [plugins." << p->name << "] or a step's options = { ... }):\n";
  for (const auto& opt : p->options) {
    std::string type = opt.type;
    if (opt.type == "enum") type = join(opt.choices), type.replace(0, 0, ""), type = "one of " + type;
    std::cout << "  " << opt.name << " (" << type << (opt.required ? ", required" : "")
              << (opt.deprecated ? ", deprecated" : "") << ")";
    if (!opt.default_value.empty()) std::cout << "  default: " << opt.default_value;
    std::cout << "\n      " << opt.help << "\n";
  }
  return kExitOk;
}

}  // namespace

Command register_plugins(CLI::App& app) {
  auto o = std::make_shared<PluginsOptions>();
  CLI::App* cmd = app.add_subcommand("plugins", "List the plugins found, or describe one and its options");
  cmd->require_subcommand(1);
  CLI::App* ls = cmd->add_subcommand("list", "List the plugins in the search path");
  add_config_option(*ls, o->chain);
  ls->add_flag("--json", o->json, "As JSON");
  CLI::App* desc = cmd->add_subcommand("describe", "Describe a plugin: version, ABI, options with types, defaults and help");
  add_config_option(*desc, o->chain);
  desc->add_option("name", o->name, "Plugin name")->required();
  desc->add_flag("--json", o->json, "As a JSON schema of the options (for editors)");
  return [o, ls] { return ls->parsed() ? list(*o) : describe(*o); };
}

}  // namespace textchain::cli
