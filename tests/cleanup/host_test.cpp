// End to end through textchain::Host with the static twins: cleanup rewrites 003, and the annotations
// dates and quotes add afterwards still point at the same words in the original bytes.
#include <gtest/gtest.h>

#include <filesystem>
#include <textchain/host.hpp>
#include <textchain/sdk.hpp>

#include "cleanup_test_support.hpp"

TEXTCHAIN_DECLARE_STATIC_PLUGIN(cleanup);
#ifdef CLEANUP_TEST_WITH_EXTRACTORS
TEXTCHAIN_DECLARE_STATIC_PLUGIN(dates);
TEXTCHAIN_DECLARE_STATIC_PLUGIN(quotes);
#endif

using namespace cleanup_test;

namespace {

void register_plugins(textchain::Host& host) {
  host.set_use_default_dirs(false);
  host.add_static_plugin(textchain_plugin_entry_cleanup);
#ifdef CLEANUP_TEST_WITH_EXTRACTORS
  host.add_static_plugin(textchain_plugin_entry_dates);
  host.add_static_plugin(textchain_plugin_entry_quotes);
#endif
}

// The words of a span: letters and digits only (joins remove line breaks and stray colons).
std::string words(std::string_view s) {
  std::string out;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) out.push_back(c);
  return out;
}

const std::string kSample = "seeds/003_d5d909c3465c03a9.txt";

}  // namespace

TEST(CleanupHost, RewritesLikeTheEngine) {
  textchain::Host host;
  register_plugins(host);
  const textchain::Chain chain = host.make_chain({"cleanup"});
  const std::string input = read_file(data_path(kSample));
  const textchain::Result r = chain.process(input, {.id = "003", .date = "2024-05-29"});
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r.text.has_value());
  EXPECT_EQ(*r.text, clean(input));
  // Clean text: no rewrite at all.
  const std::string clean_doc = read_file(data_path("seeds/002_7b60be5711197f16.txt"));
  const textchain::Result r2 = chain.process(clean_doc, {.id = "002"});
  EXPECT_TRUE(!r2.text.has_value() || *r2.text == clean_doc);
}

TEST(CleanupHost, ExplainListsEveryEditWithItsRule) {
  textchain::Host host;
  register_plugins(host);
  const textchain::Chain chain = host.load_chain_from_string(
      "[chains.x]\nsteps = [ { plugin = \"cleanup\", explain = true } ]\n");
  const std::string input = read_file(data_path(kSample));
  const textchain::Result r = chain.process(input, {.id = "003"});
  ASSERT_TRUE(r.ok());
  const auto edits = textchain::cleanup::propose_edits(input, {});
  ASSERT_EQ(r.edits.size(), edits.size());
  for (size_t i = 0; i < edits.size(); ++i) {
    EXPECT_EQ(r.edits[i].rule, edits[i].rule);
    EXPECT_EQ(r.edits[i].original, input.substr(edits[i].begin, edits[i].end - edits[i].begin));
    EXPECT_EQ(r.edits[i].replacement, edits[i].replacement);
  }
}

TEST(CleanupHost, OptionsSwitchRulesOff) {
  textchain::Host host;
  register_plugins(host);
  const textchain::Chain chain = host.load_chain_from_string(
      "[plugins.cleanup]\njoin_broken_lines = false\nstray_colon = false\ninline_bullet = false\nspacing = false\n"
      "punctuation = false\nboilerplate = false\nmojibake = false\n[chains.x]\nsteps = [\"cleanup\"]\n");
  const std::string input = read_file(data_path(kSample));
  const textchain::Result r = chain.process(input, {.id = "003"});
  EXPECT_TRUE(!r.text.has_value() || *r.text == input);
}

#ifdef CLEANUP_TEST_WITH_EXTRACTORS
TEST(CleanupHost, LaterAnnotationsPointAtTheOriginalWords) {
  textchain::Host host;
  register_plugins(host);
  const std::string input = read_file(data_path(kSample));
  const std::string cleaned = clean(input);
  const textchain::Result with = host.make_chain({"cleanup", "dates", "quotes"}).process(input, {.id = "003", .date = "2024-05-29"});
  const textchain::Result direct = host.make_chain({"dates", "quotes"}).process(cleaned, {.id = "003", .date = "2024-05-29"});
  ASSERT_TRUE(with.ok());
  ASSERT_EQ(with.annotations.size(), direct.annotations.size());
  ASSERT_FALSE(with.annotations.empty());
  size_t dates = 0, quotes = 0;
  for (size_t i = 0; i < with.annotations.size(); ++i) {
    const auto& a = with.annotations[i];
    const auto& b = direct.annotations[i];
    EXPECT_EQ(a.type, b.type);
    ASSERT_LE(a.end, input.size());
    // Read from the original bytes, the span holds the same words the extractor saw in the clean text.
    EXPECT_EQ(words(input.substr(a.begin, a.end - a.begin)), words(cleaned.substr(b.begin, b.end - b.begin)))
        << a.type << " at " << a.begin;
    dates += a.type == "date";
    quotes += a.type == "quote";
  }
  EXPECT_GT(dates, 0u);
  EXPECT_GT(quotes, 0u);
}
#endif

TEST(CleanupHost, LoadsAsASharedLibrary) {
  const std::filesystem::path dir = TEXTCHAIN_PLUGIN_DIR;
  bool found = false;
  for (const char* name : {"textchain_cleanup.so", "textchain_cleanup.dylib", "textchain_cleanup.dll"})
    found = found || std::filesystem::exists(dir / name);
  if (!found) GTEST_SKIP() << "textchain_cleanup module not built in " << dir;
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_plugin_dir(dir);
  const textchain::PluginInfo& info = host.plugin("cleanup");
  EXPECT_TRUE(info.rewrites_text);
  const std::string input = read_file(data_path(kSample));
  const textchain::Result r = host.make_chain({"cleanup"}).process(input, {.id = "003"});
  ASSERT_TRUE(r.text.has_value());
  EXPECT_EQ(*r.text, clean(input));
}
