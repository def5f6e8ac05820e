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
  // This host speaking only 1.0 or 1.1, as every such host would, meets a plugin built with today's SDK (1.2).
  const tc_plugin_descriptor* d = textchain_plugin_entry_hostile();
  ASSERT_EQ(d->abi_minor, 2u);
  for (const unsigned old_minor : {0u, 1u}) {
    try {
      textchain::plugin::check_descriptor(d, "textchain_hostile.so", {1, old_minor});
      FAIL() << "a 1.2 plugin was accepted by a 1." << old_minor << " host";
    } catch (const textchain::PluginError& e) {
      const std::string msg = e.what();
      EXPECT_NE(msg.find("built for plugin ABI 1.2"), std::string::npos) << msg;
      EXPECT_NE(msg.find("newer than this host's 1." + std::to_string(old_minor)), std::string::npos) << msg;
    }
  }
  // The same descriptor under this host is fine.
  EXPECT_NO_THROW(textchain::plugin::check_descriptor(d, "textchain_hostile.so"));
}

TEST(Abi, ADescriptorShorterThanItsOwnMinorIsRefused) {
  tc_plugin_descriptor d = *textchain_plugin_entry_hostile();
  d.struct_size = static_cast<uint32_t>(TC_PLUGIN_DESCRIPTOR_SIZE_1_0);  // claims 1.2 with 1.0's size
  try {
    textchain::plugin::check_descriptor(&d, "short");
    FAIL();
  } catch (const textchain::PluginError& e) {
    EXPECT_NE(std::string(e.what()).find("smaller than ABI 1.2's"), std::string::npos) << e.what();
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

// ---- ABI 1.2: the compact token form ----

namespace {
// The spans of the annotations of `type` made by `plugin`, as text.
std::vector<std::string> spans_of(const textchain::Result& r, std::string_view plugin, std::string_view type) {
  std::vector<std::string> out;
  for (const auto& a : r.annotations)
    if (a.plugin == plugin && a.type == type) out.emplace_back(r.span_text(a));
  return out;
}
}  // namespace

// A 1.0 and a 1.1 plugin (built against the frozen headers) read the 12-byte array as before; a 1.2 plugin
// reads the compact form; all three find the same words, long ones included, after a rewrite too.
TEST(Abi, OldPluginsAndACompactPluginSeeTheSameWords) {
  auto host = test_host();
  EXPECT_EQ(host->plugin("legacy").abi_minor, 0u);
  EXPECT_EQ(host->plugin("legacy").token_forms, TC_READS_TOKENS);
  EXPECT_EQ(host->plugin("legacy11").abi_minor, 1u);
  EXPECT_EQ(host->plugin("legacy11").token_forms, TC_READS_TOKENS);
  EXPECT_EQ(host->plugin("compact").abi_minor, 2u);
  EXPECT_EQ(host->plugin("compact").token_forms, TC_READS_COMPACT_TOKENS);
  const std::string text = "The council met on Tuesday.\n\n  \xE2\x80\x9CWe agree,\xE2\x80\x9D said \xC5\x81ukasz " +
                           std::string(70000, 'z') + " U.S. officials\tin 2026.";
  for (const char* steps : {"[\"compact\", \"legacy\", \"legacy11\"]", "[\"legacy\", \"legacy11\", \"compact\"]",
                            "[\"compact\"]", "[\"legacy11\"]"}) {
    auto chain = host->load_chain_from_string(std::string("[chains.t]\nsteps = ") + steps + "\n", "t.toml");
    const textchain::Result r = chain.process(text);
    for (const auto& d : r.diagnostics) ADD_FAILURE() << steps << ": " << d.plugin << ": " << d.message;
    const auto compact = spans_of(r, "compact", "compact_word");
    const auto old10 = spans_of(r, "legacy", "legacy_word");
    const auto old11 = spans_of(r, "legacy11", "legacy_word");
    if (std::string_view(steps).find("compact") != std::string_view::npos) {
      ASSERT_EQ(compact.size(), 13u) << steps;
      EXPECT_EQ(compact[8], "\xC5\x81ukasz");
      EXPECT_EQ(compact[9].size(), 70000u);
      EXPECT_EQ(compact[10], "U.S");
    }
    if (std::string_view(steps).find("\"legacy\"") != std::string_view::npos) {
      EXPECT_EQ(old10, compact) << steps;
    }
    if (std::string_view(steps).find("legacy11") != std::string_view::npos && !compact.empty()) {
      EXPECT_EQ(old11, compact) << steps;
    }
    if (std::string_view(steps) == "[\"legacy11\"]") {
      EXPECT_EQ(old11.size(), 13u);
    }
  }
}

// The host makes the 12-byte array only when a step asks for it through `tokens`: a step that reads the
// compact form alone leaves it unmade, and either form read later in the same version is the same.
TEST(Abi, CompactTokensDoNotMakeTheFullArray) {
  const tc_host_api* api = textchain::document::host_api();
  ASSERT_EQ(api->abi_minor, 2u);
  ASSERT_TRUE(TC_HAS_FIELD(tc_host_api, compact_tokens, api->struct_size));
  for (const bool full_first : {false, true}) {
    tc_doc doc;
    doc.input = "Mr. Smith said on Monday: \"We will.\"\r\n\r\nDone.";
    doc.full_tokens_first = full_first;  // what a chain with a TC_READS_TOKENS step sets
    size_t n = 0, n_long = 7;
    const tc_token_long* longs = reinterpret_cast<const tc_token_long*>(&n);
    const tc_token_compact* c = api->compact_tokens(&doc, &n, &longs, &n_long);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(longs, nullptr);
    EXPECT_EQ(n_long, 0u);
    EXPECT_EQ(doc.tokens_valid, full_first) << full_first;
    if (!full_first) {
      EXPECT_EQ(doc.tokens.capacity(), 0u);
    }
    const std::vector<tc_token_compact> before(c, c + n);
    size_t nf = 0;
    const tc_token* f = api->tokens(&doc, &nf);
    std::vector<tc_token> words;
    for (size_t i = 0; i < nf; ++i)
      if (f[i].kind != TC_TOKEN_SPACE && f[i].kind != TC_TOKEN_LINEBREAK) words.push_back(f[i]);
    ASSERT_EQ(words.size(), before.size());
    ASSERT_EQ(before.size(), 14u);
    for (size_t i = 0; i < words.size(); ++i) {
      EXPECT_EQ(words[i].begin, before[i].begin);
      EXPECT_EQ(words[i].end, before[i].begin + before[i].length);
      EXPECT_EQ(words[i].kind, before[i].kind);
      EXPECT_EQ(words[i].flags, before[i].flags);
    }
    // Still the same array (computed once per version).
    EXPECT_EQ(api->compact_tokens(&doc, &n, nullptr, nullptr), c);
  }
}

// Sentences are the host's to compute: in a chain where no step reads the 12-byte array they come from the
// compact form, which leaves that array unmade (before ABI 1.2's splitter over the compact form, reading
// sentences made it), and they are the same sentences as from the array.
TEST(Abi, SentencesAloneDoNotMakeTheFullArray) {
  const tc_host_api* api = textchain::document::host_api();
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> found;
  for (const bool full_first : {false, true}) {
    tc_doc doc;
    doc.input = "Mr. Smith said on Monday: \"We will.\"\r\n\r\nDone. A heading\nThen the text \xE2\x80\xA8goes on.";
    doc.full_tokens_first = full_first;  // what a chain with a TC_READS_TOKENS step sets
    size_t n = 0;
    const tc_sentence* s = api->sentences(&doc, &n);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(doc.tokens_valid, full_first) << full_first;
    if (!full_first) {
      EXPECT_EQ(doc.tokens.capacity(), 0u);
    }
    found.emplace_back();
    for (size_t i = 0; i < n; ++i) found.back().emplace_back(s[i].begin, s[i].end);
  }
  ASSERT_EQ(found[0].size(), 4u);
  EXPECT_EQ(found[0], found[1]);
}

// A 1.2 descriptor without room for token_forms, or with a bit 1.2 does not define, is refused when a
// chain names it, with a message that says what is wrong.
TEST(Abi, BadOrAbsentTokenFormsAreRefusedAtChainBuild) {
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_plugin_dir(BAD_PLUGIN_DIR);
  const std::pair<const char*, const char*> cases[] = {
      {"notokenforms", "is smaller than ABI 1.2's"},
      {"badtokenforms", "token_forms 0x4 has bits ABI 1.2 does not define"}};
  for (const auto& [name, why] : cases) {
    try {
      host.load_chain_from_string(std::string("[chains.t]\nsteps = [\"") + name + "\"]\n", "t.toml");
      ADD_FAILURE() << name << " was accepted";
    } catch (const std::exception& e) {
      const std::string msg = e.what();
      EXPECT_NE(msg.find(std::string("textchain_") + name + ".so"), std::string::npos) << msg;
      EXPECT_NE(msg.find(why), std::string::npos) << msg;
    }
  }
}
