// Reading and validating a chain configuration (TOML). The schema is docs/architecture.md's "Chains and
// configuration"; every error is a ConfigError naming file, line and column.
#ifndef TEXTCHAIN_CONFIG_CHAIN_CONFIG_HPP
#define TEXTCHAIN_CONFIG_CHAIN_CONFIG_HPP

#include "plugin/option_values.hpp"
#include "plugin/plugin_registry.hpp"

#include <textchain/host.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace textchain::config {

struct StepPlan {
  const plugin::LoadedPlugin* plugin = nullptr;
  plugin::OptionValues options;
  std::string source;  // "file:line:col" of the step, for errors at instantiation
  int line = 0, column = 0;  // of the step in the file; 0 when it came from elsewhere (names, defaults)
  bool explain = false;      // the step's `explain` key: list its edits in the result
};

struct ChainPlan {
  std::vector<StepPlan> steps;
  ChainLimits limits;
};

// The [isolation] table: how `textchain run` runs the chain (worker processes, core/cli/isolation/) when
// its command line does not say. Unset: the file does not set it.
//
//   [isolation]
//   enabled = true          # --isolate
//   document_timeout = 30   # --document-timeout, seconds per started MiB of a document
//   worker_memory = 4096    # --worker-memory, MiB (0: no limit)
struct IsolationSettings {
  std::optional<bool> enabled;
  std::optional<double> document_timeout_s;
  std::optional<uint64_t> memory_limit_mb;
};

struct ConfigFile {
  std::string source_name;  // the file name as given
  std::filesystem::path base_dir;
  std::vector<std::filesystem::path> plugin_dirs;
  std::string default_chain;
  std::vector<std::string> chain_names;
  std::optional<size_t> max_document_bytes;
  IsolationSettings isolation;
};

// Parses `toml` (from `source_name`, relative paths resolved against `base_dir`), adds its plugin_dirs to
// `registry`, validates every chain and every [plugins.X] table, and returns the plan of the chain
// `chain_name` (empty: default_chain, else the only chain; a file with no chain is an error). With
// `steps_override`, the chain is those plugins instead, with the file's [plugins.X] options.
ChainPlan load_chain_plan(std::string_view toml, const std::string& source_name, const std::filesystem::path& base_dir,
                          std::string_view chain_name, plugin::PluginRegistry& registry, ConfigFile* info = nullptr,
                          const std::vector<std::string>& steps_override = {});

// The [isolation] table of the config `toml`, checked as load_chain_plan() checks it (the one reader of the
// table), without reading anything else: `textchain run` must know it before any plugin is loaded.
// Throws ConfigError.
IsolationSettings load_isolation_settings(std::string_view toml, const std::string& source_name);

// Throws ConfigError at the first key or table name of more dotted parts than the config allows (64):
// toml++ builds one nested table per part, recursively, so call this before it parses any config text.
void check_key_nesting(std::string_view toml, const std::string& source_name);

// A plan of plugin names with default options (and `defaults` from a config's [plugins.X], if any).
ChainPlan plan_from_names(const std::vector<std::string>& names, plugin::PluginRegistry& registry);

// Like spaCy's analyze_pipes: every annotation type a step needs must be provided by an earlier step.
// Throws ConfigError at the step (file:line:col when known), suggesting the step to run first.
void check_needs(const std::string& file, const std::string& chain_name, const std::vector<StepPlan>& steps);

}  // namespace textchain::config

#endif
