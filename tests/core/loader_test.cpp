#include "test_host.hpp"

#include <textchain/sdk.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

TEXTCHAIN_DECLARE_STATIC_PLUGIN(hostile);

namespace fs = std::filesystem;
using textchain::PluginError;

namespace {
std::string lib(const char* dir, const char* name) { return (fs::path(dir) / (std::string("textchain_") + name + ".so")).string(); }

std::string load_error(const std::string& file) {
  textchain::Host host;
  host.set_use_default_dirs(false);
  try {
    host.load_plugin_file(file);
  } catch (const PluginError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST(Loader, LoadsAPluginWrittenInC) {
  auto host = test_host();
  const textchain::PluginInfo& p = host->plugin("acronyms");
  EXPECT_EQ(p.version, "1.0.0");
  EXPECT_EQ(p.abi_major, 1u);
  EXPECT_TRUE(p.thread_safe);
  ASSERT_EQ(p.options.size(), 1u);
  EXPECT_EQ(p.options[0].name, "min_length");
  EXPECT_EQ(p.options[0].type, "int");
  EXPECT_EQ(p.options[0].default_value, "2");
  EXPECT_EQ(p.provides, std::vector<std::string>{"acronym"});
}

TEST(Loader, RefusesALibraryWithoutTheEntryPoint) {
  std::string msg = load_error(lib(BAD_PLUGIN_DIR, "notaplugin"));
  EXPECT_NE(msg.find("textchain_notaplugin.so"), std::string::npos) << msg;
  EXPECT_NE(msg.find("not a textchain plugin"), std::string::npos) << msg;
}

TEST(Loader, RefusesAnotherAbiMajor) {
  std::string msg = load_error(lib(BAD_PLUGIN_DIR, "abimajor"));
  EXPECT_NE(msg.find("textchain_abimajor.so"), std::string::npos) << msg;
  EXPECT_NE(msg.find("plugin ABI 2.0"), std::string::npos) << msg;
  EXPECT_NE(msg.find("this host speaks ABI 1." + std::to_string(TC_ABI_MINOR)), std::string::npos) << msg;
}

TEST(Loader, RefusesANewerMinorAndATooSmallDescriptor) {
  EXPECT_NE(load_error(lib(BAD_PLUGIN_DIR, "abiminor")).find("newer than this host"), std::string::npos);
  EXPECT_NE(load_error(lib(BAD_PLUGIN_DIR, "smalldesc")).find("descriptor size 16"), std::string::npos);
}

TEST(Loader, RefusesAFileThatIsNotALibrary) {
  fs::path f = fs::temp_directory_path() / "textchain_garbage.so";
  { std::ofstream(f) << "not an ELF file"; }
  std::string msg = load_error(f.string());
  EXPECT_NE(msg.find("cannot be loaded"), std::string::npos) << msg;
  fs::remove(f);
}

TEST(Loader, ScanningReportsEveryRefusedLibraryByFile) {
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_plugin_dir(BAD_PLUGIN_DIR);
  std::vector<std::string> problems;
  auto plugins = host.plugins(&problems);
  EXPECT_TRUE(plugins.empty());
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  for (const char* f : {"textchain_notaplugin.so", "textchain_abimajor.so", "textchain_abiminor.so", "textchain_smalldesc.so",
                        "textchain_misnamed.so", "textchain_notokenforms.so", "textchain_badtokenforms.so"})
    EXPECT_NE(all.find(f), std::string::npos) << f << " missing from:\n" << all;
}

TEST(Loader, NotFoundListsDirectoriesAndPlugins) {
  auto host = test_host();
  host->add_plugin_dir("/nonexistent/plugins");
  try {
    host->plugin("missing");
    FAIL() << "no error";
  } catch (const PluginError& e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("plugin 'missing' not found"), std::string::npos);
    EXPECT_NE(msg.find(TEST_PLUGIN_DIR), std::string::npos);
    EXPECT_NE(msg.find("/nonexistent/plugins (missing)"), std::string::npos);
    EXPECT_NE(msg.find("\n  acronyms"), std::string::npos) << msg;  // from its file name: nothing loaded
  }
}

TEST(Loader, DuplicateNameIsRefused) {
  auto host = test_host();
  host->add_static_plugin(textchain_plugin_entry_hostile);  // "hostile" linked in, and also in TEST_PLUGIN_DIR
  std::vector<std::string> problems;
  auto plugins = host->plugins(&problems);
  bool refused = false;
  for (const auto& p : problems) refused |= p.find("a plugin named 'hostile' was already loaded") != std::string::npos;
  EXPECT_TRUE(refused);
  EXPECT_EQ(host->plugin("hostile").path, "(static)");
}

// Issue 13, point 6: finding one plugin opens only textchain_<name>.so, and its descriptor must agree.
TEST(Loader, LookupByNameOpensOnlyThatFile) {
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_plugin_dir(BAD_PLUGIN_DIR);  // every library here is refused when opened
  host.add_plugin_dir(TEST_PLUGIN_DIR);
  EXPECT_EQ(host.plugin("acronyms").name, "acronyms");
  EXPECT_TRUE(host.problems().empty()) << host.problems().front();
  auto chain = host.make_chain({"acronyms"});
  EXPECT_TRUE(host.problems().empty());
}

TEST(Loader, ADescriptorNameThatIsNotTheFileNameIsRefused) {
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_plugin_dir(BAD_PLUGIN_DIR);
  try {
    host.plugin("misnamed");
    FAIL() << "a plugin whose descriptor names another plugin was accepted";
  } catch (const PluginError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("textchain_misnamed.so: refused: its descriptor names the plugin 'other', its file name says 'misnamed'"),
              std::string::npos) << msg;
  }
  EXPECT_THROW(host.plugin("other"), PluginError);
}
