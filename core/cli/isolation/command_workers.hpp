// What `textchain run --isolate` and `textchain bench --isolate` run in their worker processes, around
// the library's Supervisor (src/isolation/supervisor.hpp): the chain the command line names, what a
// plugin writes to stdout forwarded with the plugin named (plugin_stdout.hpp), a library's exit() noted
// instead of ending the run (record_output.hpp), the host's warnings printed by the first worker only, and
// for JSON Lines the records themselves, made whole in the workers (record_envelope.hpp).
#ifndef TEXTCHAIN_CLI_ISOLATION_COMMAND_WORKERS_HPP
#define TEXTCHAIN_CLI_ISOLATION_COMMAND_WORKERS_HPP

#include "chain_options.hpp"
#include "isolation/worker.hpp"
#include "plugin_stdout.hpp"

#include <string>

namespace textchain::cli::isolation {

// What the workers send back for each document.
enum class WorkerOutput {
  kResults,      // the Result, which the supervisor formats (--format other than jsonl; bench)
  kJsonlRecords  // the finished JSON Lines record: submit each document with its record_envelope()
};

// `plugin_stdout` may be null (bench: nothing is forwarded, a plugin's stdout goes to stderr).
textchain::isolation::WorkerHooks command_worker_hooks(const ChainOptions& chain, PluginStdout* plugin_stdout,
                                                       WorkerOutput output = WorkerOutput::kResults);

// The exit status when no worker process can be started (fork or pipe failed): EX_OSERR.
constexpr int kExitNoWorker = 71;

// Prints a worker's message on stderr after "textchain: ".
void print_warning(const std::string& message);

}  // namespace textchain::cli::isolation

#endif
