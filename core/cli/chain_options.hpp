// The options every chain-running subcommand shares: --config, --chain, --steps, --date, -j, limits.
#ifndef TEXTCHAIN_CLI_CHAIN_OPTIONS_HPP
#define TEXTCHAIN_CLI_CHAIN_OPTIONS_HPP

#include <textchain/host.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace textchain::cli {

// Exit statuses (docs/record-stream.md): 0 all documents processed, 1 some had errors, 2 usage, 78 config
// error; the ones of the output side (70, 74, 141, 128 + a stop signal) are in record_output.hpp.
constexpr int kExitOk = 0;
constexpr int kExitDocumentErrors = 1;
constexpr int kExitUsage = 2;
constexpr int kExitConfig = 78;

// The largest --max-document-bytes: token offsets are 32-bit in the plugin ABI.
constexpr uint64_t kMaxDocumentBytesLimit = 0xFFFFFFFFull;

struct ChainOptions {
  std::string config;
  std::string chain;
  std::string steps;  // comma-separated
  std::vector<std::string> plugin_dirs;
  size_t max_document_bytes = 0;  // 0: config's or the default
  bool explain = false;           // --explain: every step lists its edits
};

// share/textchain/default-chain.toml beside the command: the chain run without --config or --steps.
std::filesystem::path default_chain_file();

void add_config_option(CLI::App& app, ChainOptions& o);
void add_chain_options(CLI::App& app, ChainOptions& o);

// Sets up the host's search path from the options (and the config's plugin_dirs).
void configure_host(Host& host, const ChainOptions& o);
// Throws ConfigError naming `file` when it is missing, a folder or unreadable.
void check_config_file(const std::string& file);
// Builds the chain the options name. Throws ConfigError / PluginError.
Chain open_chain(Host& host, const ChainOptions& o);

// Prints a config or plugin error on stderr and returns kExitConfig.
int report_config_error(const std::exception& e);
// open_chain into `chain`; 0, or kExitConfig after printing the error.
int open_chain_or_report(Host& host, const ChainOptions& o, Chain& chain);

// --date YYYY-MM-DD or an ISO 8601 date-time (as a record's "date"), checked.
void add_date_option(CLI::App& app, std::string& date);

}  // namespace textchain::cli

#endif
