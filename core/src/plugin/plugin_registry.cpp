#include "plugin/plugin_registry.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

#include <algorithm>
#include <cstdlib>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace textchain::plugin {

void PluginRegistry::add_dir(const fs::path& dir) {
  fs::path d = dir.lexically_normal();
  if (std::find(dirs_.begin(), dirs_.end(), d) == dirs_.end()) dirs_.push_back(d);
  scanned_ = false;
}

void PluginRegistry::add_loaded(LoadedPlugin lp) {
  auto it = plugins_.find(lp.info.name);
  if (it != plugins_.end()) {
    throw PluginError(lp.info.path + ": refused: a plugin named '" + lp.info.name + "' was already loaded from " +
                      it->second.info.path);
  }
  std::string name = lp.info.name;
  plugins_.emplace(std::move(name), std::move(lp));
}

void PluginRegistry::add_static(tc_plugin_entry_fn entry) {
  if (!entry) throw PluginError("static plugin: null entry point");
  add_loaded(check_descriptor(entry(), "(static)"));
}

const LoadedPlugin& PluginRegistry::load_file(const fs::path& file) {
  LoadedPlugin lp = load_plugin_library(file);
  std::string name = lp.info.name;
  add_loaded(std::move(lp));
  files_seen_.insert(fs::weakly_canonical(file));
  return plugins_.at(name);
}

std::vector<fs::path> PluginRegistry::default_dirs() {
  std::vector<fs::path> out;
  std::error_code ec;
  // Beside the host library: <prefix>/lib/libtextchain.so -> <prefix>/lib/textchain/plugins.
  fs::path lib = boost::dll::this_line_location(ec);
  if (!ec && !lib.empty()) out.push_back((lib.parent_path() / "textchain" / "plugins").lexically_normal());
  // Beside the program: <prefix>/bin/textchain -> <prefix>/lib/textchain/plugins.
  fs::path exe = boost::dll::program_location(ec);
  if (!ec && !exe.empty()) {
    fs::path d = (exe.parent_path() / ".." / TEXTCHAIN_PLUGIN_RELDIR).lexically_normal();
    if (std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
  }
  return out;
}

std::vector<fs::path> PluginRegistry::search_path() const {
  std::vector<fs::path> out = dirs_;
  auto add = [&](const fs::path& p) {
    fs::path d = p.lexically_normal();
    if (std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
  };
  if (use_default_dirs_) {
    if (const char* env = std::getenv("TEXTCHAIN_PLUGIN_PATH")) {
      std::string_view s(env);
      while (!s.empty()) {
        size_t colon = s.find(':');
        if (colon != 0) add(fs::path(std::string(s.substr(0, colon))));
        if (colon == std::string_view::npos) break;
        s.remove_prefix(colon + 1);
      }
    }
    for (const auto& d : default_dirs()) add(d);
  }
  return out;
}

const LoadedPlugin* PluginRegistry::load_candidate(const fs::path& file, const fs::path& dir,
                                                   std::string_view expected_name) {
  std::error_code ec;
  fs::path canon = fs::weakly_canonical(file, ec);
  if (!files_seen_.insert(canon).second) return nullptr;
  // A plugin runs with the host's rights: a file others can replace is a way in.
  struct stat st {};
  if (::stat(file.c_str(), &st) == 0 && (st.st_mode & (S_IWGRP | S_IWOTH)))
    problems_.push_back(file.string() + ": warning: writable by group or others; anyone who can replace it runs code in this process");
  struct stat dst {};
  // Sticky bits do not help: they stop deleting others' files, not adding a new textchain_x.so.
  if (::stat(dir.c_str(), &dst) == 0 && (dst.st_mode & (S_IWGRP | S_IWOTH)))
    problems_.push_back(dir.string() + ": warning: plugin directory writable by group or others");
  try {
    LoadedPlugin lp = load_plugin_library(file);
    // The file name is the plugin's name: lookup by name opens only that file, so they must agree.
    const std::string from_file = plugin_name_of_file(file);
    if (lp.info.name != from_file)
      throw PluginError(file.string() + ": refused: its descriptor names the plugin '" + lp.info.name +
                        "', its file name says '" + from_file + "'; rename the file " +
                        plugin_file_name(lp.info.name) + " or fix the descriptor's name");
    if (!expected_name.empty() && lp.info.name != expected_name) return nullptr;
    std::string name = lp.info.name;
    add_loaded(std::move(lp));
    return &plugins_.at(name);
  } catch (const PluginError& e) {
    problems_.push_back(e.what());
  }
  return nullptr;
}

namespace {
std::vector<fs::path> plugin_files_in(const fs::path& dir) {
  std::error_code ec;
  std::vector<fs::path> files;
  if (!fs::is_directory(dir, ec)) return files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file(ec) && looks_like_plugin_file(entry.path())) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}
}  // namespace

void PluginRegistry::scan() {
  if (scanned_) return;
  scanned_ = true;
  for (const fs::path& dir : search_path())
    for (const fs::path& file : plugin_files_in(dir)) load_candidate(file, dir, {});
}

std::vector<std::string> PluginRegistry::known_names() const {
  std::vector<std::string> out;
  for (const auto& [name, lp] : plugins_) out.push_back(name);
  for (const fs::path& dir : search_path())
    for (const fs::path& file : plugin_files_in(dir)) {
      std::string name = plugin_name_of_file(file);
      if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
    }
  return out;
}

std::vector<const LoadedPlugin*> PluginRegistry::all() {
  scan();
  std::vector<const LoadedPlugin*> out;
  for (const auto& [name, lp] : plugins_) out.push_back(&lp);
  return out;
}

const LoadedPlugin* PluginRegistry::try_find(std::string_view name) {
  auto it = plugins_.find(name);
  if (it != plugins_.end()) return &it->second;
  const std::string file_name = plugin_file_name(name);
  for (const fs::path& dir : search_path()) {
    std::error_code ec;
    const fs::path file = dir / file_name;
    if (!fs::is_regular_file(file, ec)) continue;
    if (const LoadedPlugin* lp = load_candidate(file, dir, name)) return lp;
  }
  return nullptr;
}

const LoadedPlugin& PluginRegistry::find(std::string_view name) {
  if (const LoadedPlugin* lp = try_find(name)) return *lp;
  std::string msg = "plugin '" + std::string(name) + "' not found. Searched:";
  for (const fs::path& d : search_path()) {
    std::error_code ec;
    msg += "\n  " + d.string() + (fs::is_directory(d, ec) ? "" : " (missing)");
  }
  msg += "\nPlugins there:";
  const std::vector<std::string> names = known_names();
  if (names.empty()) msg += " none";
  for (const auto& n : names) {
    auto it = plugins_.find(n);
    msg += "\n  " + n + (it == plugins_.end() ? "" : " " + it->second.info.version + " (" + it->second.info.path + ")");
  }
  for (const auto& p : problems_) msg += "\nRefused: " + p;
  throw PluginError(msg);
}

}  // namespace textchain::plugin
