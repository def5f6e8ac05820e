// `textchain check FILE`: validate a chain configuration without reading any document.
#include "chain_options.hpp"
#include "commands.hpp"

#include <iostream>
#include <memory>

namespace textchain::cli {
namespace {
struct CheckOptions {
  ChainOptions chain;
  std::string file;
};

int check(const CheckOptions& o) {
  Host host;
  ChainOptions co = o.chain;
  co.config = o.file;
  try {
    Chain chain = open_chain(host, co);
    std::string steps;
    for (const auto& s : chain.steps()) steps += (steps.empty() ? "" : " → ") + s;
    std::cout << o.file << ": ok (" << steps << ")\n";
    // `check` is one of the two commands that open every plugin library found (the other: plugins list).
    std::vector<std::string> problems;
    host.plugins(&problems);
    for (const auto& p : problems)
      std::cerr << "textchain: " << (p.find(": warning: ") == std::string::npos ? "warning: " : "") << p << "\n";
  } catch (const ConfigError& e) {
    return report_config_error(e);
  } catch (const PluginError& e) {
    return report_config_error(e);
  }
  return kExitOk;
}
}  // namespace

Command register_check(CLI::App& app) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", "Validate a chain configuration (exit 78 when it is invalid)");
  // Not CLI::ExistingFile: a missing or unreadable file is a config error (78), not a usage error.
  cmd->add_option("file", o->file, "The TOML configuration")->required();
  cmd->add_option("--config", o->file, "Same as FILE");
  cmd->add_option("--chain", o->chain.chain, "Check this chain (all chains are validated anyway)");
  cmd->add_option("--plugin-dir", o->chain.plugin_dirs, "Also search this directory for plugins")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  return [o] { return check(*o); };
}

}  // namespace textchain::cli
