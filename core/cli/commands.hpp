// The subcommands of `textchain`. Each registers itself on the app and returns the exit status when run.
#ifndef TEXTCHAIN_CLI_COMMANDS_HPP
#define TEXTCHAIN_CLI_COMMANDS_HPP

#include <CLI/CLI.hpp>

#include <functional>

namespace textchain::cli {

using Command = std::function<int()>;

Command register_run(CLI::App& app);
Command register_plugins(CLI::App& app);
Command register_check(CLI::App& app);
Command register_tokenize(CLI::App& app);
Command register_bench(CLI::App& app);
Command register_eval(CLI::App& app);

}  // namespace textchain::cli

#endif
