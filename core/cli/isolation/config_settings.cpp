#include "isolation/config_settings.hpp"

#include "config/chain_config.hpp"

#include <toml++/toml.h>

#include <fstream>
#include <sstream>

namespace textchain::cli::isolation {

ConfigSettings read_config_settings(const std::string& config_file) {
  ConfigSettings s;
  std::ifstream in(config_file, std::ios::binary);
  if (!in) return s;
  std::ostringstream text;
  text << in.rdbuf();
  toml::table root;
  try {
    config::check_key_nesting(text.str(), config_file);  // toml++ recurses once per dotted part
    root = toml::parse(text.str(), config_file);
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
