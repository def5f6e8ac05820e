#include "plugin/plugin_library.hpp"

#include "plugin/option_values.hpp"

#include <boost/dll/shared_library.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <vector>

namespace textchain::plugin {
namespace {

// Libraries are never unloaded while the process runs: no object, deleter or exception may outlive its
// code. The list is deliberately leaked.
std::vector<boost::dll::shared_library>& loaded_libraries() {
  static auto* libs = new std::vector<boost::dll::shared_library>();
  return *libs;
}
std::mutex& library_mutex() {
  static auto* m = new std::mutex();
  return *m;
}

bool valid_plugin_name(const char* name) {
  if (!name || !*name) return false;
  std::string_view n(name);
  if (n.size() > 64 || !(n[0] >= 'a' && n[0] <= 'z')) return false;
  for (char c : n)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  return true;
}

const char* type_name(uint32_t t) {
  switch (t) {
    case TC_OPTION_BOOL: return "bool";
    case TC_OPTION_INT: return "int";
    case TC_OPTION_DOUBLE: return "double";
    case TC_OPTION_STRING: return "string";
    case TC_OPTION_ENUM: return "enum";
    case TC_OPTION_STRING_LIST: return "string_list";
    default: return nullptr;
  }
}

std::vector<std::string> split_choices(const char* choices) {
  std::vector<std::string> out;
  if (!choices) return out;
  std::string_view s(choices);
  while (!s.empty()) {
    size_t bar = s.find('|');
    out.emplace_back(s.substr(0, bar));
    if (bar == std::string_view::npos) break;
    s.remove_prefix(bar + 1);
  }
  return out;
}

}  // namespace

size_t min_descriptor_size(unsigned minor) noexcept {
  if (minor == 0) return TC_PLUGIN_DESCRIPTOR_SIZE_1_0;
  if (minor == 1) return offsetof(tc_plugin_descriptor, build) + sizeof(uint32_t);
  return offsetof(tc_plugin_descriptor, token_forms) + sizeof(uint32_t);  // 1.2
}

LoadedPlugin check_descriptor(const tc_plugin_descriptor* d, const std::string& where, HostAbi host) {
  auto fail = [&](const std::string& why) -> PluginError { return PluginError(where + ": " + why); };
  if (!d) throw fail("the entry point returned no descriptor");
  // The first three fields are the same in every ABI version: read them before anything else.
  const std::string theirs = std::to_string(d->abi_major) + "." + std::to_string(d->abi_minor);
  const std::string ours = std::to_string(host.major) + "." + std::to_string(host.minor);
  if (d->abi_major != host.major)
    throw fail("built for plugin ABI " + theirs + ", this host speaks ABI " + ours +
               " (the major version must be equal): rebuild the plugin against this SDK");
  if (d->abi_minor > host.minor)
    throw fail("built for plugin ABI " + theirs + ", newer than this host's " + ours +
               ": upgrade textchain or rebuild the plugin against this SDK");
  // A plugin of an older minor version has a shorter descriptor: what it lacks reads as zero below.
  const size_t need = min_descriptor_size(d->abi_minor);
  if (d->struct_size < need)
    throw fail("descriptor size " + std::to_string(d->struct_size) + " is smaller than ABI " + theirs + "'s " +
               std::to_string(need) + " bytes");
  const bool has_stride = TC_HAS_FIELD(tc_plugin_descriptor, option_stride, d->struct_size);
  const size_t stride = has_stride && d->option_stride ? d->option_stride : TC_OPTION_DEF_SIZE_1_0;
  if (stride < TC_OPTION_DEF_SIZE_1_0)
    throw fail("option_stride " + std::to_string(stride) + " is smaller than ABI 1.0's tc_option_def (" +
               std::to_string(TC_OPTION_DEF_SIZE_1_0) + " bytes)");
  const uint32_t build = TC_HAS_FIELD(tc_plugin_descriptor, build, d->struct_size) ? d->build : 0u;
  // Before 1.2 a plugin could only read the 12-byte array; from 1.2 it says which forms it reads.
  const uint32_t token_forms = d->abi_minor >= 2 ? d->token_forms : TC_READS_TOKENS;
  constexpr uint32_t kKnownForms = TC_READS_TOKENS | TC_READS_COMPACT_TOKENS;
  if (token_forms & ~kKnownForms) {
    char bits[16];
    std::snprintf(bits, sizeof bits, "0x%x", token_forms);
    throw fail(std::string("token_forms ") + bits + " has bits ABI " + theirs +
               " does not define (TC_READS_TOKENS 0x1, TC_READS_COMPACT_TOKENS 0x2): rebuild the plugin against this SDK");
  }
  if (!valid_plugin_name(d->name))
    throw fail("plugin name '" + std::string(d->name ? d->name : "(null)") +
               "' is not a lowercase identifier ([a-z][a-z0-9_-]*, at most 64 characters)");
  if (!d->create || !d->process || !d->destroy)
    throw fail("plugin '" + std::string(d->name) + "' lacks create, process or destroy");
  if (d->option_count && !d->options) throw fail("option_count is set but options is null");
  if (d->provided_count && !d->provided_types) throw fail("provided_count is set but provided_types is null");
  if (d->required_count && !d->required_types) throw fail("required_count is set but required_types is null");

  LoadedPlugin lp;
  lp.descriptor = d;
  PluginInfo& info = lp.info;
  info.name = d->name;
  info.version = d->version ? d->version : "";
  info.description = d->description ? d->description : "";
  info.license = d->license ? d->license : "";
  info.path = where;
  info.abi_major = d->abi_major;
  info.abi_minor = d->abi_minor;
  info.thread_safe = (d->flags & TC_PLUGIN_THREAD_SAFE) != 0;
  info.rewrites_text = (d->flags & TC_PLUGIN_REWRITES_TEXT) != 0;
  info.build = !(build & TC_BUILD_KNOWN)          ? "unknown (built before ABI 1.1)"
               : (build & TC_BUILD_OPTIMIZED)     ? ((build & TC_BUILD_ASSERTIONS) ? "optimized, assertions on" : "optimized")
                                                  : "unoptimized";
  info.optimized = (build & TC_BUILD_KNOWN) && (build & TC_BUILD_OPTIMIZED);
  info.token_forms = token_forms;
  for (size_t i = 0; i < d->provided_count; ++i)
    if (d->provided_types[i]) info.provides.emplace_back(d->provided_types[i]);
  for (size_t i = 0; i < d->required_count; ++i)
    if (d->required_types[i]) info.needs.emplace_back(d->required_types[i]);
  const auto* rows = reinterpret_cast<const unsigned char*>(d->options);
  for (size_t i = 0; i < d->option_count; ++i) {
    tc_option_def o{};
    std::memcpy(&o, rows + i * stride, std::min(stride, sizeof o));
    const char* tn = type_name(o.type);
    if (!o.name || !*o.name) throw fail("option " + std::to_string(i) + " has no name");
    if (!tn) throw fail("option '" + std::string(o.name) + "' has unknown type " + std::to_string(o.type));
    OptionInfo oi;
    oi.name = o.name;
    oi.type = tn;
    oi.default_value = o.default_value ? o.default_value : "";
    oi.choices = split_choices(o.choices);
    oi.required = (o.flags & TC_OPTION_REQUIRED) != 0;
    oi.deprecated = (o.flags & TC_OPTION_DEPRECATED) != 0;
    oi.help = o.help ? o.help : "";
    if (o.type == TC_OPTION_ENUM && oi.choices.empty())
      throw fail("enum option '" + oi.name + "' declares no choices");
    if (o.default_value) {
      std::string why;
      if (!parse_default(o, nullptr, &why)) throw fail("option '" + oi.name + "': bad default: " + why);
    }
    info.options.push_back(std::move(oi));
    lp.options.push_back(o);
  }
  return lp;
}

LoadedPlugin load_plugin_library(const std::filesystem::path& file) {
  std::string where = file.string();
  boost::dll::shared_library lib;
  try {
    lib.load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    throw PluginError(where + ": cannot be loaded as a shared library: " + e.what());
  }
  if (!lib.has(TC_PLUGIN_ENTRY_SYMBOL))
    throw PluginError(where + ": not a textchain plugin (no exported symbol '" TC_PLUGIN_ENTRY_SYMBOL
                              "'; build it with TEXTCHAIN_PLUGIN(...) from <textchain/sdk.hpp>)");
  auto entry = lib.get<const tc_plugin_descriptor*()>(TC_PLUGIN_ENTRY_SYMBOL);
  LoadedPlugin lp = check_descriptor(entry(), where);
  std::lock_guard<std::mutex> lock(library_mutex());
  loaded_libraries().push_back(std::move(lib));
  return lp;
}

namespace {
#if defined(__APPLE__)
constexpr std::string_view kModuleSuffix = ".dylib";
#elif defined(_WIN32)
constexpr std::string_view kModuleSuffix = ".dll";
#else
constexpr std::string_view kModuleSuffix = ".so";
#endif
constexpr std::string_view kModulePrefix = "textchain_";
}  // namespace

bool looks_like_plugin_file(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  return name.size() > kModulePrefix.size() + kModuleSuffix.size() && name.rfind(kModulePrefix, 0) == 0 &&
         name.compare(name.size() - kModuleSuffix.size(), kModuleSuffix.size(), kModuleSuffix) == 0;
}

std::string plugin_file_name(std::string_view plugin_name) {
  return std::string(kModulePrefix).append(plugin_name).append(kModuleSuffix);
}

std::string plugin_name_of_file(const std::filesystem::path& file) {
  if (!looks_like_plugin_file(file)) return {};
  const std::string name = file.filename().string();
  return name.substr(kModulePrefix.size(), name.size() - kModulePrefix.size() - kModuleSuffix.size());
}

}  // namespace textchain::plugin
