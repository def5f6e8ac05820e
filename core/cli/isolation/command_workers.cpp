#include "isolation/command_workers.hpp"

#include "isolation/record_envelope.hpp"
#include "record_output.hpp"

#include <iostream>
#include <stdexcept>

namespace textchain::cli::isolation {
namespace {

void on_library_exit(const char* library, const char*, int status) {
  textchain::isolation::note_library_exit(library, status);
}

}  // namespace

textchain::isolation::WorkerHooks command_worker_hooks(const ChainOptions& chain, PluginStdout* plugin_stdout,
                                                       WorkerOutput output) {
  textchain::isolation::WorkerHooks hooks;
  hooks.make_chain = [chain, plugin_stdout](bool first) {
    static Host host;  // the worker's own; plugin libraries stay loaded for its whole life anyway
    Chain c = open_chain(host, chain);
    // Printed while the plugins were loaded and created: said so now, not blamed on the first step of the
    // worker's first document.
    if (plugin_stdout && plugin_stdout->written())
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
      if (step >= steps.size()) return;
      if (plugin_stdout->pending())
        plugin_stdout->forward("plugin '" + steps[step] + "'", "while processing document " + doc.id);
      // After the last step, bytes pending() cannot see (8 zero bytes first): one lseek per document.
      else if (step + 1 == steps.size() && plugin_stdout->written())
        plugin_stdout->forward("the chain's plugins", "while processing document " + doc.id);
    };
  hooks.ending = [] { end_library_exit_guard(); };
  if (output == WorkerOutput::kJsonlRecords)
    // The bytes an in-process run writes (whole_jsonl_record; `run -j N` appends the same bytes in its threads).
    hooks.make_record = [](const std::function<ProcessedDocument()>& run, const DocumentInput& input,
                           std::string_view envelope) {
      io::InputDocument doc;
      // The supervisor's own bytes, never a plugin's: a bad envelope is a bug; the exception ends the
      // worker (std::terminate), and the document's error record says it crashed.
      if (!read_record_envelope(envelope, input, doc)) throw std::logic_error("a document's envelope could not be read");
      WholeRecord record = whole_jsonl_record(doc, run);
      return textchain::isolation::FinishedRecord{std::move(record.text), record.failed};
    };
  return hooks;
}

void print_warning(const std::string& message) { std::cerr << "textchain: " << message << "\n"; }

}  // namespace textchain::cli::isolation
