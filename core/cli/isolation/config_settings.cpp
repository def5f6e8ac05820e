#include "isolation/config_settings.hpp"

#include <toml++/toml.h>

namespace textchain::cli::isolation {

ConfigSettings read_config_settings(const std::string& config_file) {
  ConfigSettings s;
  toml::table root;
  try {
    root = toml::parse_file(config_file);
  } catch (const std::exception&) {
    return s;
  }
  const toml::table* t = root["isolation"].as_table();
  if (!t) return s;
  if (auto v = (*t)["enabled"].value_exact<bool>()) s.enabled = *v;
  if (auto v = (*t)["document_timeout"].value<double>(); v && *v > 0) s.document_timeout_s = *v;
  if (auto v = (*t)["worker_memory"].value_exact<int64_t>(); v && *v >= 0) s.memory_limit_mb = static_cast<uint64_t>(*v);
  return s;
}

}  // namespace textchain::cli::isolation
