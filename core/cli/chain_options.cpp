#include "chain_options.hpp"

#include "io/input_reader.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace textchain::cli {

void add_config_option(CLI::App& app, ChainOptions& o) {
  // Not CLI::ExistingFile: a config that is missing or unreadable is a config error (78), said by open_chain.
  app.add_option("--config", o.config, "Chain configuration (TOML)");
  app.add_option("--plugin-dir", o.plugin_dirs, "Also search this directory for plugins (repeatable)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void add_chain_options(CLI::App& app, ChainOptions& o) {
  add_config_option(app, o);
  auto* chain = app.add_option("--chain", o.chain, "Run the chain of this name from the config");
  auto* steps = app.add_option("--steps", o.steps, "Run these plugins in order (comma-separated), e.g. cleanup,dates");
  chain->excludes(steps);
  // Read as text: CLI11 would take "-1" for an unsigned number and wrap it around.
  app.add_option_function<std::string>(
         "--max-document-bytes",
         [&o](const std::string& s) { o.max_document_bytes = static_cast<size_t>(std::stoull(s)); },
         "Larger documents become an error record (default 256 MiB, or the config's; at most 4 GiB - 1)")
      ->check([](const std::string& s) -> std::string {
        const bool digits = !s.empty() && s.size() <= 10 && s.find_first_not_of("0123456789") == std::string::npos;
        if (!digits || std::stoull(s) == 0 || std::stoull(s) > kMaxDocumentBytesLimit)
          return "must be a number of bytes from 1 to " + std::to_string(kMaxDocumentBytesLimit) + ", not " + s;
        return {};
      });
  app.add_flag("--explain", o.explain, "List every edit a step made in the record (as a step's explain = true)");
}

namespace {
std::vector<std::string> split_steps(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    std::string part = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    auto b = part.find_first_not_of(" \t"), e = part.find_last_not_of(" \t");
    if (b != std::string::npos) out.push_back(part.substr(b, e - b + 1));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}
}  // namespace

std::filesystem::path default_chain_file() {
  std::error_code ec;
  const std::filesystem::path exe = boost::dll::program_location(ec);
  return (exe.parent_path() / TEXTCHAIN_DEFAULT_CHAIN_RELPATH).lexically_normal();
}

void configure_host(Host& host, const ChainOptions& o) {
  for (const auto& d : o.plugin_dirs) host.add_plugin_dir(d);
}

void check_config_file(const std::string& file) {
  // The TOML reader would take a folder for an empty file and say little about a missing one.
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0)
    throw ConfigError(file, 0, 0, std::string("cannot read the config file: ") + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) throw ConfigError(file, 0, 0, "cannot read the config file: it is a folder");
  if (::access(file.c_str(), R_OK) != 0)
    throw ConfigError(file, 0, 0, std::string("cannot read the config file: ") + std::strerror(errno));
}

Chain open_chain(Host& host, const ChainOptions& o) {
  if (!o.config.empty()) check_config_file(o.config);
  configure_host(host, o);
  Chain chain;
  std::vector<std::string> steps = split_steps(o.steps);
  if (!o.steps.empty() && steps.empty()) throw ConfigError("--steps", 0, 0, "no plugin names given");
  if (!o.config.empty()) {
    chain = steps.empty() ? host.load_chain(o.config, o.chain) : host.load_chain_with_steps(o.config, steps);
  } else if (!steps.empty()) {
    chain = host.make_chain(steps);
  } else {
    if (!o.chain.empty()) throw ConfigError("--chain", 0, 0, "--chain needs --config");
    chain = host.load_chain(default_chain_file());
  }
  if (o.explain) chain.set_explain(true);
  if (o.max_document_bytes) {
    ChainLimits l = chain.limits();
    l.max_document_bytes = o.max_document_bytes;
    chain.set_limits(l);
  }
  return chain;
}

int open_chain_or_report(Host& host, const ChainOptions& o, Chain& chain) {
  try {
    chain = open_chain(host, o);
  } catch (const ConfigError& e) {
    return report_config_error(e);
  } catch (const PluginError& e) {
    return report_config_error(e);
  }
  return kExitOk;
}

void add_date_option(CLI::App& app, std::string& date) {
  app.add_option("--date", date,
                 "Document date (YYYY-MM-DD, or a date-time such as 2025-09-26T14:30 whose time plugins read as "
                 "reference_time) for records that have none")
      ->check([](const std::string& s) {
        std::string_view date;
        std::string time;
        return io::split_iso_date_time(s, date, time) ? std::string() : "not a YYYY-MM-DD date or date-time: " + s;
      });
}

int report_config_error(const std::exception& e) {
  std::cerr << "textchain: " << e.what() << "\n";
  return kExitConfig;
}

}  // namespace textchain::cli
