// Loading plugin libraries and checking their descriptors: the host's half of the ABI contract.
#ifndef TEXTCHAIN_PLUGIN_PLUGIN_LIBRARY_HPP
#define TEXTCHAIN_PLUGIN_PLUGIN_LIBRARY_HPP

#include <textchain/abi.h>
#include <textchain/host.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace textchain::plugin {

struct LoadedPlugin {
  const tc_plugin_descriptor* descriptor = nullptr;
  // The option rows, copied out of the plugin's table with its stride: fields a plugin's ABI version
  // does not have are zero. The host reads options only from here, never through descriptor->options.
  std::vector<tc_option_def> options;
  PluginInfo info;
};

// The ABI version a host speaks. Always {TC_ABI_MAJOR, TC_ABI_MINOR}, except in tests that check how an
// older host refuses a newer plugin.
struct HostAbi {
  unsigned major = TC_ABI_MAJOR;
  unsigned minor = TC_ABI_MINOR;
};

// Checks a descriptor handed over by `where` (a file name or "static plugin"): ABI version first, then
// size, name, functions and option table. Throws PluginError saying what was found and what was expected.
LoadedPlugin check_descriptor(const tc_plugin_descriptor* d, const std::string& where, HostAbi host = {});

// The descriptor size an ABI 1.`minor` plugin must at least declare.
size_t min_descriptor_size(unsigned minor) noexcept;

// Loads a library with Boost.DLL (rtld_now | rtld_local), finds the one entry symbol and checks the
// descriptor. The library is never unloaded. Throws PluginError naming the file.
LoadedPlugin load_plugin_library(const std::filesystem::path& file);

// The platform's file name pattern for plugin modules: "textchain_" + name + ".so".
bool looks_like_plugin_file(const std::filesystem::path& file);
std::string plugin_file_name(std::string_view plugin_name);
// "dates" for ".../textchain_dates.so"; empty when the file does not look like a plugin.
std::string plugin_name_of_file(const std::filesystem::path& file);

}  // namespace textchain::plugin

#endif
