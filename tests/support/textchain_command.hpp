// Runs the built `textchain` command for tests that check its output. The including test's target defines
// TEXTCHAIN_EXE (the command) and TEXTCHAIN_PLUGIN_DIR (where its plugins are built).
#ifndef TEXTCHAIN_TESTS_SUPPORT_TEXTCHAIN_COMMAND_HPP
#define TEXTCHAIN_TESTS_SUPPORT_TEXTCHAIN_COMMAND_HPP

#include <cstdio>
#include <filesystem>
#include <string>

#include <sys/wait.h>

namespace textchain_test {

struct CommandRun {
  int status = -1;  // the exit code, or -1 when the command did not exit normally
  std::string out;  // standard output; standard error is dropped
};

// `args` is appended to the command line as written (quote paths with spaces yourself).
inline CommandRun run(const std::string& args) {
  const std::string cmd = std::string("'") + TEXTCHAIN_EXE + "' " + args + " 2>/dev/null";
  CommandRun r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

// Whether plugin `name` was built (a build may leave one out).
inline bool have_plugin(const char* name) {
  return std::filesystem::exists(std::filesystem::path(TEXTCHAIN_PLUGIN_DIR) /
                                 (std::string("textchain_") + name + ".so"));
}

}  // namespace textchain_test

#endif
