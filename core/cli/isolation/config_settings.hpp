// The [isolation] table of a chain config, what `textchain run` does when its command line does not say:
//
//   [isolation]
//   enabled = true          # --isolate
//   document_timeout = 30   # --document-timeout, seconds per started MiB of a document
//   worker_memory = 4096    # --worker-memory, MiB (0: no limit)
//
// The host validates the table wherever the config is loaded (src/config/chain_config.cpp).
#ifndef TEXTCHAIN_CLI_ISOLATION_CONFIG_SETTINGS_HPP
#define TEXTCHAIN_CLI_ISOLATION_CONFIG_SETTINGS_HPP

#include <cstdint>
#include <optional>
#include <string>

namespace textchain::cli::isolation {

struct ConfigSettings {
  std::optional<bool> enabled;
  std::optional<double> document_timeout_s;
  std::optional<uint64_t> memory_limit_mb;
};

// What `config_file` sets. A file that cannot be read or parsed sets nothing: loading the chain reports it.
ConfigSettings read_config_settings(const std::string& config_file);

}  // namespace textchain::cli::isolation

#endif
