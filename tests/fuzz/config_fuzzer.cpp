// The TOML chain configuration loader on arbitrary text, with the test plugins (acronyms, and hostile,
// whose options choose how it misbehaves), then one document through every chain that loads.
//
// Properties: a configuration either loads or is refused with a ConfigError or PluginError (never
// another exception, never a crash); a chain that loads processes a document without throwing, and its
// annotations lie inside the text.
#include "fuzz_check.hpp"

#include <textchain/host.hpp>

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

namespace {
textchain::Host& host() {
  static textchain::Host* h = [] {
    auto* host = new textchain::Host();
    host->set_use_default_dirs(false);
    host->add_plugin_dir(TEST_PLUGIN_DIR);
    return host;
  }();
  return *h;
}

// plugin_dirs would let an input make the host load any library on the machine; the loader's handling
// of directories is tested elsewhere, so such inputs are skipped (also when spelled with escapes).
bool names_plugin_dirs(std::string_view s) {
  return s.find("dirs") != std::string_view::npos || s.find("\\u") != std::string_view::npos ||
         s.find("\\U") != std::string_view::npos;
}

constexpr std::string_view kText = "date 2025-09-26\nThe UN and NATO met in Kyiv. \xC3\xA9t\xC3\xA9 \"It's fine,\" she said.";
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view toml(reinterpret_cast<const char*>(data), size);
  if (names_plugin_dirs(toml)) return 0;
  textchain::Chain chain;
  try {
    chain = host().load_chain_from_string(toml, "fuzz.toml");
  } catch (const textchain::ConfigError& e) {
    FUZZ_CHECK(e.what()[0] != '\0', "a ConfigError without a message");
    return 0;
  } catch (const textchain::PluginError& e) {
    return 0;
  } catch (const std::exception& e) {
    FUZZ_CHECK(false, "load_chain_from_string threw %s", e.what());
  }
  for (std::string_view id : {"1", "7"}) {
    textchain::Result r;
    try {
      r = chain.process(kText, {std::string(id), "2025-09-26"});
    } catch (const std::exception& e) {
      FUZZ_CHECK(false, "Chain::process threw %s", e.what());
    }
    for (const auto& a : r.annotations)
      FUZZ_CHECK(a.begin <= a.end && a.end <= r.original_text.size(), "annotation %s [%zu, %zu) outside %zu bytes",
                 a.type.c_str(), a.begin, a.end, r.original_text.size());
  }
  return 0;
}
