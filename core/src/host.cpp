// textchain::Host and the small value types of the public header.
#include <textchain/host.hpp>

#include "chain/chain_runner.hpp"
#include "config/chain_config.hpp"
#include "document/iso_date.hpp"
#include "document/iso_date_time.hpp"
#include "plugin/plugin_registry.hpp"

#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace textchain {

const char* version() noexcept { return TEXTCHAIN_VERSION; }

bool is_document_date(std::string_view date) noexcept { return document::is_iso_date(date); }

bool set_document_date(DocumentInput& input, std::string_view date) {
  std::string_view day;
  std::string time;
  if (!document::split_iso_date_time(date, day, time)) return false;
  input.date.assign(day);
  input.reference_time = std::move(time);
  return true;
}

const AttributeValue* Annotation::find(std::string_view key) const noexcept {
  for (const auto& a : attributes)
    if (a.key == key) return &a.value;
  return nullptr;
}

std::string_view Annotation::get_string(std::string_view key) const noexcept {
  const AttributeValue* v = find(key);
  if (!v) return {};
  const std::string* s = std::get_if<std::string>(v);
  return s ? std::string_view(*s) : std::string_view();
}

bool Result::ok() const noexcept {
  for (const auto& d : diagnostics)
    if (d.level == Diagnostic::Level::error) return false;
  return true;
}

std::string_view Result::span_text(const Annotation& a) const noexcept {
  if (a.begin > original_text.size() || a.end < a.begin) return {};
  return std::string_view(original_text).substr(a.begin, a.end - a.begin);
}

namespace {
std::string format_config_error(const std::string& file, int line, int column, const std::string& message) {
  // Appends rather than chained operator+ (GCC 12 warns falsely on the latter: -Wrestrict, PR 105651).
  std::string out = file;
  if (line > 0) {
    out.append(":").append(std::to_string(line));
    if (column > 0) out.append(":").append(std::to_string(column));
  }
  out.append(": ").append(message);
  return out;
}
}  // namespace

ConfigError::ConfigError(std::string file, int line, int column, const std::string& message)
    : std::runtime_error(format_config_error(file, line, column, message)),
      file_(std::move(file)),
      line_(line),
      column_(column),
      message_(message) {}

struct Host::Impl {
  // Shared with every Chain made from it (see Chain::Impl): a chain may outlive its host.
  std::shared_ptr<plugin::PluginRegistry> registry_ptr = std::make_shared<plugin::PluginRegistry>();
  plugin::PluginRegistry& registry = *registry_ptr;
};

Host::Host() : impl_(std::make_unique<Impl>()) {}
Host::~Host() = default;

void Host::add_plugin_dir(const fs::path& dir) { impl_->registry.add_dir(dir); }
void Host::set_use_default_dirs(bool use) { impl_->registry.set_use_default_dirs(use); }
void Host::add_static_plugin(tc_plugin_entry_fn entry) { impl_->registry.add_static(entry); }
const PluginInfo& Host::load_plugin_file(const fs::path& file) { return impl_->registry.load_file(file).info; }

std::vector<PluginInfo> Host::plugins(std::vector<std::string>* problems) {
  std::vector<PluginInfo> out;
  for (const auto* lp : impl_->registry.all()) out.push_back(lp->info);
  if (problems) *problems = impl_->registry.problems();
  return out;
}

const PluginInfo& Host::plugin(std::string_view name) { return impl_->registry.find(name).info; }
std::vector<std::string> Host::problems() const { return impl_->registry.problems(); }
std::vector<fs::path> Host::search_path() const { return impl_->registry.search_path(); }

namespace {
std::string read_config(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ConfigError(file.string(), 0, 0, "cannot read the config file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
fs::path base_dir(const fs::path& file) { return file.has_parent_path() ? file.parent_path() : fs::path("."); }
}  // namespace

Chain Host::load_chain(const fs::path& config_file, std::string_view chain_name) {
  return ChainAccess::build(config::load_chain_plan(read_config(config_file), config_file.string(), base_dir(config_file),
                                       chain_name, impl_->registry), impl_->registry_ptr);
}

Chain Host::load_chain_with_steps(const fs::path& config_file, const std::vector<std::string>& steps) {
  return ChainAccess::build(config::load_chain_plan(read_config(config_file), config_file.string(), base_dir(config_file), {},
                                       impl_->registry, nullptr, steps), impl_->registry_ptr);
}

Chain Host::load_chain_from_string(std::string_view toml, std::string_view source_name, std::string_view chain_name) {
  return ChainAccess::build(config::load_chain_plan(toml, std::string(source_name), fs::current_path(), chain_name, impl_->registry), impl_->registry_ptr);
}

Chain Host::make_chain(const std::vector<std::string>& steps) {
  return ChainAccess::build(config::plan_from_names(steps, impl_->registry), impl_->registry_ptr);
}

}  // namespace textchain
