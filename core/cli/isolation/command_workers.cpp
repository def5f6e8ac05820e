#include "isolation/command_workers.hpp"

#include "record_output.hpp"

#include <iostream>

namespace textchain::cli::isolation {
namespace {

void on_library_exit(const char* library, const char*, int status) {
  textchain::isolation::note_library_exit(library, status);
}

}  // namespace

textchain::isolation::WorkerHooks command_worker_hooks(const ChainOptions& chain, PluginStdout* plugin_stdout) {
  textchain::isolation::WorkerHooks hooks;
  hooks.make_chain = [chain, plugin_stdout](bool first) {
    static Host host;  // the worker's own; plugin libraries stay loaded for its whole life anyway
    Chain c = open_chain(host, chain);
    // Printed while the plugins were loaded and created: said so now, not blamed on the first step of the
    // worker's first document.
    if (plugin_stdout && plugin_stdout->pending())
      plugin_stdout->forward("the chain's plugins", "while the plugins were loaded (in a worker process)");
    if (first)
      for (const auto& p : host.problems())
        std::cerr << "textchain: " << (p.find(": warning: ") == std::string::npos ? "warning: " : "") << p << "\n";
    return c;
  };
  hooks.started = [plugin_stdout] {
    if (plugin_stdout) plugin_stdout->reopen_in_worker();
    guard_library_exit(nullptr, "in a worker process");
    observe_library_exit(on_library_exit);
  };
  if (plugin_stdout)
    hooks.after_step = [plugin_stdout](size_t step, const std::vector<std::string>& steps, const DocumentInput& doc) {
      if (step < steps.size() && plugin_stdout->pending())
        plugin_stdout->forward("plugin '" + steps[step] + "'", "while processing document " + doc.id);
    };
  hooks.ending = [] { end_library_exit_guard(); };
  return hooks;
}

void print_warning(const std::string& message) { std::cerr << "textchain: " << message << "\n"; }

}  // namespace textchain::cli::isolation
