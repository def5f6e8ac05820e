// ABI evolution (issue 13, point 1): a 1.0 plugin runs under this host, a plugin newer than the host is
// refused naming both versions, and every struct that crosses is read within the size it declares.
#include "test_host.hpp"

#include "document/doc_state.hpp"
#include "plugin/plugin_library.hpp"

#include <textchain/sdk.hpp>

#include <gtest/gtest.h>

#include <cstring>

TEXTCHAIN_DECLARE_STATIC_PLUGIN(hostile);

namespace {
std::string lib(const char* dir, const char* name) { return std::string(dir) + "/textchain_" + name + ".so"; }
}  // namespace

TEST(Abi, PluginBuiltAgainstTheFrozen10HeaderLoadsAndRuns) {
  auto host = test_host();
  const textchain::PluginInfo& info = host->plugin("legacy");
  EXPECT_EQ(info.abi_major, 1u);
  EXPECT_EQ(info.abi_minor, 0u);
  EXPECT_EQ(info.build, "unknown (built before ABI 1.1)");
  ASSERT_EQ(info.options.size(), 2u);
  EXPECT_EQ(info.options[1].name, "min_length");
  // Its descriptor really is 1.0's, shorter than this host's.
  auto lp = textchain::plugin::load_plugin_library(lib(TEST_PLUGIN_DIR, "legacy"));
  EXPECT_EQ(lp.descriptor->struct_size, TC_PLUGIN_DESCRIPTOR_SIZE_1_0);
  EXPECT_LT(lp.descriptor->struct_size, sizeof(tc_plugin_descriptor));

  // After acronyms, so that it reads earlier annotations through annotation_at (guard bytes checked).
  auto chain = host->load_chain_from_string(
      "[chains.t]\nsteps = [\"acronyms\", { plugin = \"legacy\", options = { label = \"old\", min_length = 3 } }]\n",
      "t.toml");
  textchain::Result r = chain.process("NATO and the UN met.");
  for (const auto& d : r.diagnostics) ADD_FAILURE() << d.plugin << ": " << d.message;
  std::vector<std::string> words;
  for (const auto& a : r.annotations)
    if (a.type == "legacy_word") {
      words.emplace_back(r.span_text(a));
      EXPECT_EQ(a.get_string("label"), "old");
    }
  EXPECT_EQ(words, (std::vector<std::string>{"NATO", "and", "the", "met"}));
}

TEST(Abi, APluginNewerThanTheHostIsRefusedNamingBothVersions) {
  // This host speaking only 1.0, as every 1.0 host would, meets a plugin built with today's SDK (1.1).
  const tc_plugin_descriptor* d = textchain_plugin_entry_hostile();
  ASSERT_EQ(d->abi_minor, 1u);
  try {
    textchain::plugin::check_descriptor(d, "textchain_hostile.so", {1, 0});
    FAIL() << "a 1.1 plugin was accepted by a 1.0 host";
  } catch (const textchain::PluginError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("built for plugin ABI 1.1"), std::string::npos) << msg;
    EXPECT_NE(msg.find("newer than this host's 1.0"), std::string::npos) << msg;
  }
  // The same descriptor under this host is fine.
  EXPECT_NO_THROW(textchain::plugin::check_descriptor(d, "textchain_hostile.so"));
}

TEST(Abi, ADescriptorShorterThanItsOwnMinorIsRefused) {
  tc_plugin_descriptor d = *textchain_plugin_entry_hostile();
  d.struct_size = static_cast<uint32_t>(TC_PLUGIN_DESCRIPTOR_SIZE_1_0);  // claims 1.1 with 1.0's size
  try {
    textchain::plugin::check_descriptor(&d, "short");
    FAIL();
  } catch (const textchain::PluginError& e) {
    EXPECT_NE(std::string(e.what()).find("smaller than ABI 1.1's"), std::string::npos) << e.what();
  }
}

// Option rows from a later minor version, larger than today's tc_option_def: read with the stride.
TEST(Abi, OptionRowsAreReadWithTheDeclaredStride) {
  struct FutureRow {
    tc_option_def def;
    const char* added_later[3];
  };
  static const FutureRow rows[] = {
      {{"first", TC_OPTION_INT, 0, "1", nullptr, "one"}, {"x", "y", "z"}},
      {{"second", TC_OPTION_BOOL, 0, "true", nullptr, "two"}, {"x", "y", "z"}},
  };
  tc_plugin_descriptor d = *textchain_plugin_entry_hostile();
  d.options = &rows[0].def;
  d.option_count = 2;
  d.option_stride = sizeof(FutureRow);
  auto lp = textchain::plugin::check_descriptor(&d, "future");
  ASSERT_EQ(lp.info.options.size(), 2u);
  EXPECT_EQ(lp.info.options[1].name, "second");
  EXPECT_EQ(lp.info.options[1].default_value, "true");
  EXPECT_EQ(lp.options[1].help, std::string("two"));

  d.option_stride = TC_OPTION_DEF_SIZE_1_0 - 8;
  EXPECT_THROW(textchain::plugin::check_descriptor(&d, "bad stride"), textchain::PluginError);
}

TEST(Abi, AnnotationViewsAreWrittenWithinTheSizeAsked) {
  const tc_host_api* api = textchain::document::host_api();
  ASSERT_TRUE(TC_HAS_FIELD(tc_host_api, annotation_get, api->struct_size));
  tc_doc doc;
  doc.input = "Warsaw, Tuesday";
  doc.step_plugin = "test";
  tc_annotation_in in{};
  in.struct_size = static_cast<uint32_t>(TC_ANNOTATION_IN_SIZE_1_0);  // a 1.0 plugin's annotation
  in.type = {"place", 5};
  in.begin = 0;
  in.end = 6;
  uint64_t id = 99;
  ASSERT_EQ(api->add_annotation(&doc, &in, &id), 0);
  EXPECT_EQ(id, 0u);

  struct {
    tc_annotation_view view;
    unsigned char guard[32];
  } buf;
  std::memset(&buf, 0xA5, sizeof buf);
  ASSERT_EQ(api->annotation_get(&doc, 0, &buf.view, sizeof buf.view), 0);
  EXPECT_EQ(buf.view.end, 6u);
  for (unsigned char g : buf.guard) ASSERT_EQ(g, 0xA5);
  EXPECT_EQ(api->annotation_get(&doc, 0, &buf.view, TC_ANNOTATION_VIEW_SIZE_1_0 - 1), -1);
  EXPECT_EQ(api->annotation_get(&doc, 1, &buf.view, sizeof buf.view), -1);

  in.struct_size = static_cast<uint32_t>(TC_ANNOTATION_IN_SIZE_1_0 - 8);
  EXPECT_EQ(api->add_annotation(&doc, &in, &id), -1);
}
