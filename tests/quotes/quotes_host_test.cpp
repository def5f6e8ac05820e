// End to end through the host: the static twin registered, a chain run, quote annotations with their
// attributes at original offsets (also when another step is configured with options).
#include <textchain/host.hpp>
#include <textchain/sdk.hpp>

#include <gtest/gtest.h>

TEXTCHAIN_DECLARE_STATIC_PLUGIN(quotes);

namespace {
const textchain::Attribute* attr(const textchain::Annotation& a, std::string_view key) {
  for (const auto& x : a.attributes)
    if (x.key == key) return &x;
  return nullptr;
}
}  // namespace

TEST(QuotesHost, AnnotationsCarryKindSpeakerMentionAndCue) {
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_static_plugin(textchain_plugin_entry_quotes);
  textchain::Chain chain = host.make_chain({"quotes"});
  const std::string text =
      "Spokeswoman Maria Zakharova spoke. \"There was a constructive atmosphere at the talks,\" she noted.";
  textchain::Result r = chain.process(text, {.id = "1", .date = ""});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.annotations.size(), 1u);
  const auto& a = r.annotations[0];
  EXPECT_EQ(a.type, "quote");
  EXPECT_EQ(r.span_text(a), "\"There was a constructive atmosphere at the talks,\"");
  EXPECT_EQ(a.get_string("kind"), "direct");
  EXPECT_EQ(a.get_string("speaker"), "Maria Zakharova");
  EXPECT_EQ(a.get_string("cue"), "noted");
  const auto* b = attr(a, "speaker_begin");
  const auto* e = attr(a, "speaker_end");
  ASSERT_TRUE(b && e);
  ASSERT_TRUE(std::holds_alternative<int64_t>(b->value));
  EXPECT_EQ(text.substr(std::get<int64_t>(b->value), std::get<int64_t>(e->value) - std::get<int64_t>(b->value)), "she");
}

TEST(QuotesHost, NoSpeakerIsNullAndOptionsAreValidated) {
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_static_plugin(textchain_plugin_entry_quotes);
  textchain::Chain chain = host.make_chain({"quotes"});
  textchain::Result r = chain.process("\"We are worried about what happens next in the market,\" said a supplier.");
  ASSERT_EQ(r.annotations.size(), 1u);
  const auto* s = attr(r.annotations[0], "speaker");
  ASSERT_TRUE(s);
  EXPECT_TRUE(std::holds_alternative<std::nullptr_t>(s->value));
  EXPECT_THROW(host.load_chain_from_string("[chains.c]\nsteps = [{ plugin = \"quotes\", options = { min_quote_words = 0 } }]\n"),
               std::exception);
  textchain::Chain custom = host.load_chain_from_string(
      "[chains.c]\nsteps = [{ plugin = \"quotes\", options = { quote_marks = [\"“”\"], cue_verbs = [\"harrumphed\"] } }]\n");
  textchain::Result c = custom.process("“This is not what we agreed upon,” harrumphed Lavrov. \"Straight quotes are off here now.\"");
  ASSERT_EQ(c.annotations.size(), 1u);
  EXPECT_EQ(c.annotations[0].get_string("speaker"), "Lavrov");
}

TEST(QuotesHost, AQuotationInsideAQuotationIsReportedOnlyWhenAskedFor) {
  // The recalled sentence is part of Ann Vail's quotation: by default one annotation, hers; with
  // include_nested the sentence she quotes is a second one, whose speaker the text does not give.
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_static_plugin(textchain_plugin_entry_quotes);
  const std::string text =
      "Headline here.\n\n\"Out of nowhere, he turned to me and said, 'We will not sign this bill before the vote "
      "next month,'\" Ann Vail recalled on Monday.\n";
  textchain::Result plain = host.make_chain({"quotes"}).process(text);
  ASSERT_EQ(plain.annotations.size(), 1u);
  EXPECT_EQ(plain.annotations[0].get_string("speaker"), "Ann Vail");
  EXPECT_EQ(text.substr(plain.annotations[0].begin, 1), "\"");

  textchain::Chain nested = host.load_chain_from_string(
      "[chains.c]\nsteps = [{ plugin = \"quotes\", options = { include_nested = true } }]\n");
  textchain::Result both = nested.process(text);
  ASSERT_EQ(both.annotations.size(), 2u);
  size_t inner = both.annotations[0].begin == plain.annotations[0].begin ? 1 : 0;
  EXPECT_EQ(text.substr(both.annotations[inner].begin, 4), "'We ");
  const auto* s = attr(both.annotations[inner], "speaker");
  ASSERT_TRUE(s);
  EXPECT_TRUE(std::holds_alternative<std::nullptr_t>(s->value));
}
