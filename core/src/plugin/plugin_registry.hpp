// Where plugins are found: directories searched in order, plus plugins linked into the program.
#ifndef TEXTCHAIN_PLUGIN_PLUGIN_REGISTRY_HPP
#define TEXTCHAIN_PLUGIN_PLUGIN_REGISTRY_HPP

#include "plugin/plugin_library.hpp"

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace textchain::plugin {

class PluginRegistry {
 public:
  void add_dir(const std::filesystem::path& dir);
  void set_use_default_dirs(bool use) { use_default_dirs_ = use; }
  void add_static(tc_plugin_entry_fn entry);
  const LoadedPlugin& load_file(const std::filesystem::path& file);

  // The directories searched, in order.
  std::vector<std::filesystem::path> search_path() const;
  // Loads every library of every directory once (for `plugins list` and `check` only: it runs every
  // library's initializers); problems (refused libraries, writable files) are kept.
  void scan();
  const std::vector<std::string>& problems() const { return problems_; }
  std::vector<const LoadedPlugin*> all();
  // One plugin by name: a static one, one already loaded, or the first textchain_<name>.so in search
  // order, whose descriptor must say `name`. Opens no other library. Throws PluginError listing the
  // directories searched and the plugin files found there.
  const LoadedPlugin& find(std::string_view name);
  const LoadedPlugin* try_find(std::string_view name);
  // Names of the plugins known without loading anything more: loaded ones and plugin files' names.
  std::vector<std::string> known_names() const;

  // The built-in directory: lib/textchain/plugins beside the host library (build and install trees).
  static std::vector<std::filesystem::path> default_dirs();

 private:
  void add_loaded(LoadedPlugin lp);
  // Loads `file` (not yet seen) and adds it; its problems (permissions, refusal) go to problems_.
  // `expected_name`: the name its file name promises (empty: any). Returns null when refused.
  const LoadedPlugin* load_candidate(const std::filesystem::path& file, const std::filesystem::path& dir,
                                     std::string_view expected_name);
  std::vector<std::filesystem::path> dirs_;
  bool use_default_dirs_ = true;
  bool scanned_ = false;
  std::map<std::string, LoadedPlugin, std::less<>> plugins_;
  std::set<std::filesystem::path> files_seen_;
  std::vector<std::string> problems_;
};

}  // namespace textchain::plugin

#endif
