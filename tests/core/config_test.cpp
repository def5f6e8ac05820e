#include "test_host.hpp"

#include <gtest/gtest.h>

using textchain::ConfigError;

namespace {
// Loads `toml` and returns the ConfigError it raises (fails the test if none).
ConfigError config_error(std::string_view toml, std::string_view chain = {}) {
  auto host = test_host();
  try {
    host->load_chain_from_string(toml, "test.toml", chain);
  } catch (const ConfigError& e) {
    return e;
  }
  ADD_FAILURE() << "no ConfigError for:\n" << toml;
  return ConfigError("", 0, 0, "");
}
}  // namespace

TEST(Config, ValidChainWithOptionsAndDefaults) {
  auto host = test_host();
  auto chain = host->load_chain_from_string(R"(
default_chain = "main"
[plugins.acronyms]
min_length = 3
[chains.main]
steps = ["acronyms", { plugin = "hostile", options = { mode = "none" } }]
[chains.other]
steps = ["hostile"]
)",
                                            "test.toml");
  EXPECT_EQ(chain.steps(), (std::vector<std::string>{"acronyms", "hostile"}));
  auto r = chain.process("The UN and NATO met the EU.");
  size_t acronyms = 0;
  for (const auto& a : r.annotations)
    if (a.type == "acronym") ++acronyms;
  EXPECT_EQ(acronyms, 1u) << "min_length = 3 from [plugins.acronyms] keeps only NATO";
}

TEST(Config, BadTomlNamesLineAndColumn) {
  ConfigError e = config_error("[chains.x]\nsteps = [\"acronyms\"\n");
  EXPECT_EQ(e.file(), "test.toml");
  EXPECT_GE(e.line(), 2);
  EXPECT_NE(std::string(e.what()).find("test.toml:"), std::string::npos);
}

TEST(Config, UnknownPluginListsWhatWasSearched) {
  ConfigError e = config_error("[chains.x]\nsteps = [\"acronym\"]\n");
  EXPECT_EQ(e.line(), 2);
  EXPECT_EQ(e.column(), 10);
  std::string msg = e.what();
  EXPECT_NE(msg.find("unknown plugin 'acronym'"), std::string::npos) << msg;
  EXPECT_NE(msg.find("did you mean 'acronyms'"), std::string::npos) << msg;
  EXPECT_NE(msg.find(TEST_PLUGIN_DIR), std::string::npos) << msg;
  EXPECT_NE(msg.find("hostile"), std::string::npos) << "lists the plugins found: " << msg;
}

TEST(Config, UnknownOptionSuggestsTheClosest) {
  ConfigError e = config_error("[plugins.acronyms]\nmin_lenght = 3\n[chains.x]\nsteps = [\"acronyms\"]\n");
  EXPECT_EQ(e.line(), 2);
  EXPECT_EQ(e.column(), 1);
  std::string msg = e.what();
  EXPECT_NE(msg.find("unknown option 'min_lenght'"), std::string::npos) << msg;
  EXPECT_NE(msg.find("did you mean 'min_length'"), std::string::npos) << msg;
}

TEST(Config, WrongTypeNamesTheExpectedType) {
  ConfigError e = config_error("[chains.x]\nsteps = [{ plugin = \"acronyms\", options = { min_length = \"3\" } }]\n");
  EXPECT_EQ(e.line(), 2);
  EXPECT_NE(std::string(e.what()).find("must be an integer, not a string"), std::string::npos) << e.what();
}

TEST(Config, EnumValueOutsideItsChoices) {
  ConfigError e = config_error("[plugins.hostile]\nmode = \"thorw\"\n[chains.x]\nsteps = [\"hostile\"]\n");
  EXPECT_EQ(e.line(), 2);
  EXPECT_NE(std::string(e.what()).find("did you mean 'throw'"), std::string::npos) << e.what();
}

TEST(Config, UnknownTopLevelKeyAndStepKey) {
  EXPECT_NE(std::string(config_error("plugin_dir = [\"x\"]\n").what()).find("did you mean 'plugin_dirs'"),
            std::string::npos);
  ConfigError e = config_error("[chains.x]\nsteps = [{ plugin = \"hostile\", option = {} }]\n");
  EXPECT_NE(std::string(e.what()).find("did you mean 'options'"), std::string::npos) << e.what();
}

TEST(Config, ChainSelection) {
  EXPECT_NE(std::string(config_error("default_chain = \"nope\"\n[chains.x]\nsteps = [\"hostile\"]\n").what())
                .find("default_chain 'nope' is not defined"),
            std::string::npos);
  EXPECT_NE(std::string(config_error("[chains.news]\nsteps = [\"hostile\"]\n", "nwes").what()).find("did you mean 'news'"),
            std::string::npos);
  EXPECT_NE(std::string(config_error("[chains.x]\nsteps = []\n").what()).find("has no steps"), std::string::npos);
}

TEST(Config, CreateFailureIsAConfigError) {
  ConfigError e = config_error("[chains.x]\nsteps = [{ plugin = \"hostile\", options = { mode = \"create-fails\" } }]\n");
  EXPECT_NE(std::string(e.what()).find("refusing to start"), std::string::npos) << e.what();
  ConfigError c = config_error("[chains.x]\nsteps = [{ plugin = \"acronyms\", options = { min_length = 0 } }]\n");
  EXPECT_NE(std::string(c.what()).find("min_length must be at least 1"), std::string::npos) << c.what();
}

TEST(Config, PluginDirsAreRelativeToTheFile) {
  auto host = std::make_unique<textchain::Host>();
  host->set_use_default_dirs(false);
  std::string toml = "plugin_dirs = [\"" + std::string(TEST_PLUGIN_DIR) + "\"]\n[chains.x]\nsteps = [\"acronyms\"]\n";
  EXPECT_NO_THROW(host->load_chain_from_string(toml, "t.toml"));
}

// Issue 13, point 4: a step whose needs no earlier step provides is a config error at the step.
TEST(Config, AStepBeforeTheStepItNeedsIsAnError) {
  ConfigError e = config_error("[chains.x]\nsteps = [\n  \"reader\",\n  \"acronyms\",\n  { plugin = \"hostile\", options = { mode = \"shift\" } },\n]\n");
  EXPECT_EQ(e.line(), 3);
  EXPECT_EQ(e.column(), 3);
  const std::string msg = e.what();
  EXPECT_NE(msg.find("step 'reader' of chain 'x' needs 'acronym' annotations, which no earlier step provides"),
            std::string::npos) << msg;
  EXPECT_NE(msg.find("did you mean to run 'acronyms' first?"), std::string::npos) << msg;

  ConfigError missing = config_error("[chains.x]\nsteps = [\"acronyms\", \"reader\"]\n");
  EXPECT_NE(std::string(missing.what()).find("needs 'marker'"), std::string::npos) << missing.what();
  EXPECT_NE(std::string(missing.what()).find("add a step that provides it before 'reader'"), std::string::npos);

  auto host = test_host();
  EXPECT_THROW(host->make_chain({"reader", "acronyms", "hostile"}), ConfigError);
  EXPECT_NO_THROW(host->make_chain({"acronyms", "hostile", "reader"}));
}

// Issue 13, point 9: options declared once (OptionTable rows bind members), typed defaults.
TEST(Config, BoundOptionsHaveTypedDefaultsAndFillTheStruct) {
  auto host = test_host();
  const textchain::PluginInfo& info = host->plugin("reader");
  ASSERT_EQ(info.options.size(), 5u);
  EXPECT_EQ(info.options[0].name, "types");
  EXPECT_EQ(info.options[0].type, "string_list");
  EXPECT_EQ(info.options[0].default_value, R"(["acronym", "marker"])");
  EXPECT_EQ(info.options[2].type, "int");
  EXPECT_EQ(info.options[2].default_value, "1");
  EXPECT_EQ(info.options[3].default_value, "false");
  EXPECT_EQ(info.options[4].type, "double");
  EXPECT_EQ(info.options[4].default_value, "0.5");
  EXPECT_EQ(info.options[4].help, "copied into each echo's `weight`");
  // A value that does not fit the member's type (int) is refused when the step is created.
  ConfigError e = config_error(
      "[chains.x]\nsteps = [\"acronyms\", \"hostile\", { plugin = \"reader\", options = { min_length = 9999999999 } }]\n");
  EXPECT_NE(std::string(e.what()).find("'min_length' = 9999999999 is out of range"), std::string::npos) << e.what();
}

// Issue 13, point 5: the host has no built-in chain (the command's default is a TOML file): a file that
// defines no chain, or several without default_chain, says what to do.
TEST(Config, AFileMustSayWhichChain) {
  EXPECT_NE(std::string(config_error("[plugins.acronyms]\nmin_length = 3\n").what()).find("defines no chain"),
            std::string::npos);
  EXPECT_NE(std::string(config_error("[chains.a]\nsteps = [\"acronyms\"]\n[chains.b]\nsteps = [\"hostile\"]\n").what())
                .find("defines several chains (a, b) and no default_chain"),
            std::string::npos);
}
