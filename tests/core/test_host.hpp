// A host that sees only the test plugins (never the installed or built-in ones).
#ifndef TEXTCHAIN_TESTS_CORE_TEST_HOST_HPP
#define TEXTCHAIN_TESTS_CORE_TEST_HOST_HPP

#include <textchain/host.hpp>

#include <memory>

inline std::unique_ptr<textchain::Host> test_host() {
  auto host = std::make_unique<textchain::Host>();
  host->set_use_default_dirs(false);
  host->add_plugin_dir(TEST_PLUGIN_DIR);
  return host;
}

#endif
