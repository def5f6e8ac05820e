// What `textchain run --isolate` and `textchain bench --isolate` run in their worker processes, around
// the library's Supervisor (src/isolation/supervisor.hpp): the chain the command line names, what a
// plugin writes to stdout forwarded with the plugin named (plugin_stdout.hpp), a library's exit() noted
// instead of ending the run (record_output.hpp), and the host's warnings printed by the first worker only.
#ifndef TEXTCHAIN_CLI_ISOLATION_COMMAND_WORKERS_HPP
#define TEXTCHAIN_CLI_ISOLATION_COMMAND_WORKERS_HPP

#include "chain_options.hpp"
#include "isolation/worker.hpp"
#include "plugin_stdout.hpp"

#include <string>

namespace textchain::cli::isolation {

// `plugin_stdout` may be null (bench: nothing is forwarded, a plugin's stdout goes to stderr).
textchain::isolation::WorkerHooks command_worker_hooks(const ChainOptions& chain, PluginStdout* plugin_stdout);

// The exit status when no worker process can be started (fork or pipe failed): EX_OSERR.
constexpr int kExitNoWorker = 71;

// Prints a worker's message on stderr after "textchain: ".
void print_warning(const std::string& message);

}  // namespace textchain::cli::isolation

#endif
