// textchain: run plugin chains over documents. See `textchain --help` and docs/architecture.md.
#include "chain_options.hpp"
#include "commands.hpp"
#include "record_output.hpp"

#include <textchain/abi.h>
#include <textchain/host.hpp>

#include <iostream>
#include <map>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char** argv) {
  using namespace textchain::cli;
#ifdef __GLIBC__
  // Buffers of a megabyte or more in pages of their own, returned to the system when freed. Left to itself,
  // glibc raises this threshold (up to 32 MiB) each time such a block is freed, and from then on a large
  // document's big buffers (a plugin's index, a vector's old room as it grows) come from the heap and stay
  // resident after they are freed, under whatever is allocated next: on peak_memory.py's dense 100 MB
  // document that was 37 MB of the peak (issue 19). Fixing the value also fixes the heap's trim threshold.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
  CLI::App app{"textchain: run chains of text-processing plugins over documents"};
  app.require_subcommand(1);
  app.set_version_flag("--version",
                       std::string("textchain ") + textchain::version() + " (plugin ABI " +
                           std::to_string(TC_ABI_MAJOR) + "." + std::to_string(TC_ABI_MINOR) + ")");
  std::map<CLI::App*, Command> commands;
  auto add = [&](Command (*reg)(CLI::App&)) {
    size_t before = app.get_subcommands({}).size();
    Command c = reg(app);
    auto subs = app.get_subcommands({});
    for (size_t i = before; i < subs.size(); ++i) commands[subs[i]] = c;
  };
  add(register_run);
  add(register_plugins);
  add(register_check);
  add(register_tokenize);
  add(register_bench);
  add(register_eval);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    // --help and --version are successes; everything else is a usage error.
    return rc == 0 ? kExitOk : kExitUsage;
  }
  int status = kExitUsage;
  for (auto* sub : app.get_subcommands())
    if (commands.count(sub)) {
      // `run` registers its records; the other subcommands have none to save.
      guard_library_exit(nullptr, "while textchain ran");
      // Every subcommand's output is checked: a listing or a verdict that was not written is no success.
      status = stdout_exit_status(commands[sub]());
      break;
    }
  end_library_exit_guard();
  return status;
}
