// The plugin end to end through textchain::Host and its static twin: options from the table, the
// record's date, and annotations at original offsets with the attributes the writers need.
#include <textchain/host.hpp>
#include <textchain/sdk.hpp>

#include <gtest/gtest.h>

TEXTCHAIN_DECLARE_STATIC_PLUGIN(dates);

namespace {
textchain::Chain make_chain(textchain::Host& host, const char* toml) {
  host.set_use_default_dirs(false);
  host.add_static_plugin(textchain_plugin_entry_dates);
  return host.load_chain_from_string(toml);
}
}  // namespace

TEST(DatesPlugin, AnnotatesWithTimexAttributes) {
  textchain::Host host;
  auto chain = make_chain(host, "[chains.d]\nsteps = [\"dates\"]\n");
  const std::string text = "Lavrov will speak on Saturday. The meeting lasted over 50 minutes.";
  const auto r = chain.process(text, {.id = "1", .date = "2025-09-26"});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.annotations.size(), 2u);
  const auto& sat = r.annotations[0];
  EXPECT_EQ(sat.type, "date");
  EXPECT_EQ(r.span_text(sat), "Saturday");
  EXPECT_EQ(sat.get_string("timex_type"), "DATE");
  EXPECT_EQ(sat.get_string("value"), "2025-09-27");
  EXPECT_EQ(sat.find("mod"), nullptr);
  const auto& dur = r.annotations[1];
  EXPECT_EQ(r.span_text(dur), "50 minutes");
  EXPECT_EQ(dur.get_string("value"), "PT50M");
  EXPECT_EQ(dur.get_string("mod"), "MORE_THAN");
}

TEST(DatesPlugin, DocumentDateOptionAndTypes) {
  textchain::Host host;
  auto chain = make_chain(host,
                          "[chains.d]\nsteps = [ { plugin = \"dates\", options = { document_date = \"2025-02-26\", "
                          "types = [\"DATE\"] } } ]\n");
  const auto r = chain.process("He arrived yesterday and stayed 3 days.", {.id = "1", .date = "2025-09-26"});
  ASSERT_EQ(r.annotations.size(), 1u);
  EXPECT_EQ(r.annotations[0].get_string("value"), "2025-02-25");
}

TEST(DatesPlugin, BadDocumentDateOptionIsAConfigError) {
  textchain::Host host;
  EXPECT_ANY_THROW({
    auto chain = make_chain(host,
                            "[chains.d]\nsteps = [ { plugin = \"dates\", options = { document_date = \"soon\" } } ]\n");
    (void)chain.process("x", {});
  });
}
