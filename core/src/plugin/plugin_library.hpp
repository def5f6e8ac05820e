// Loading plugin libraries and checking their descriptors: the host's half of the ABI contract.
#ifndef TEXTCHAIN_PLUGIN_PLUGIN_LIBRARY_HPP
#define TEXTCHAIN_PLUGIN_PLUGIN_LIBRARY_HPP

#include <textchain/abi.h>
#include <textchain/host.hpp>

#include <filesystem>
#include <string>

namespace textchain::plugin {

struct LoadedPlugin {
  const tc_plugin_descriptor* descriptor = nullptr;
  PluginInfo info;
};

// Checks a descriptor handed over by `where` (a file name or "static plugin"): ABI version first, then
// size, name, functions and option table. Throws PluginError saying what was found and what was expected.
LoadedPlugin check_descriptor(const tc_plugin_descriptor* d, const std::string& where);

// Loads a library with Boost.DLL (rtld_now | rtld_local), finds the one entry symbol and checks the
// descriptor. The library is never unloaded. Throws PluginError naming the file.
LoadedPlugin load_plugin_library(const std::filesystem::path& file);

// The platform's file name pattern for plugin modules: "textchain_" + name + ".so".
bool looks_like_plugin_file(const std::filesystem::path& file);

}  // namespace textchain::plugin

#endif
