// The lexicons' options through the host: each kind of word list is extended from a chain's TOML, and a
// value the tables could never match (several words, an empty entry, an unknown gender) is refused by name.
#include <textchain/host.hpp>
#include <textchain/sdk.hpp>

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

TEXTCHAIN_DECLARE_STATIC_PLUGIN(quotes);

namespace {

// `text` through a chain of the quotes step with `options` (a TOML inline table's body, may be empty).
textchain::Result run_with(const std::string& options, const std::string& text) {
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_static_plugin(textchain_plugin_entry_quotes);
  textchain::Chain chain =
      host.load_chain_from_string("[chains.c]\nsteps = [{ plugin = \"quotes\", options = { " + options + " } }]\n");
  return chain.process(text);
}

// The message of the error loading a chain with `options` gives, or "" when it loads.
std::string load_error(const std::string& options) {
  try {
    run_with(options, "A sentence.");
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(QuotesLexiconOptions, SpeechNounsFromTheChainAttributeTheClauseAfterThat) {
  // "quip" is no built-in speech noun: the partial quotation in the clause after "Tom Hale's quip that" is
  // nobody's until the option names it.
  const std::string text =
      "The council met on Tuesday.\n\nTom Hale's quip that the plan was \"a total giveaway to the donors\" drew laughs.\n";
  const textchain::Result plain = run_with("", text);
  ASSERT_TRUE(plain.ok());
  ASSERT_EQ(plain.annotations.size(), 1u);
  EXPECT_NE(plain.annotations[0].get_string("speaker"), "Tom Hale");
  const textchain::Result extended = run_with("speech_nouns = [\"quip\"]", text);
  ASSERT_TRUE(extended.ok());
  ASSERT_EQ(extended.annotations.size(), 1u);
  EXPECT_EQ(extended.annotations[0].get_string("speaker"), "Tom Hale");
  EXPECT_EQ(extended.annotations[0].get_string("cue"), "quip");
}

TEST(QuotesLexiconOptions, WorkNounsFromTheChainMakeATitleNoQuotation) {
  // "mixtape" is no built-in work noun: the title-case phrase in marks after it is reported as a partial
  // quotation until the option makes it a work's title.
  const std::string text = "Her mixtape \"Summer In The Valley\" sold out within a week at the shop.\n";
  const textchain::Result plain = run_with("", text);
  ASSERT_TRUE(plain.ok());
  ASSERT_EQ(plain.annotations.size(), 1u);
  const textchain::Result extended = run_with("work_nouns = [\"Mixtape\"]", text);
  ASSERT_TRUE(extended.ok());
  EXPECT_EQ(extended.annotations.size(), 0u);
}

TEST(QuotesLexiconOptions, WordNounsFromTheChainMakeTheUsersWords) {
  // "mantra" is no built-in word noun: the words in marks after "used the mantra" are nobody's until the option
  // names it; then they are the verb's subject's.
  const std::string text = "Ann Vail has used the mantra \"fair shares\" at every stop of her tour.\n";
  const textchain::Result plain = run_with("", text);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain.annotations.size(), 0u);
  const textchain::Result extended = run_with("word_nouns = [\"Mantra\"]", text);
  ASSERT_TRUE(extended.ok());
  ASSERT_EQ(extended.annotations.size(), 1u);
  EXPECT_EQ(extended.annotations[0].get_string("speaker"), "Ann Vail");
  EXPECT_EQ(extended.annotations[0].get_string("cue"), "used");
}

TEST(QuotesLexiconOptions, AWordTheTablesCouldNeverMatchIsRefusedByName) {
  for (const char* option : {"cue_verbs", "cue_nouns", "speech_nouns", "titles", "given_names", "organisation_nouns",
                             "work_nouns", "word_nouns"}) {
    const std::string two_words = load_error(std::string(option) + " = [\"press release\"]");
    EXPECT_NE(two_words.find(option), std::string::npos) << two_words;
    EXPECT_NE(two_words.find("press release"), std::string::npos) << two_words;
    EXPECT_NE(two_words.find("one word"), std::string::npos) << two_words;
    const std::string empty = load_error(std::string(option) + " = [\"\"]");
    EXPECT_NE(empty.find(option), std::string::npos) << empty;
    EXPECT_NE(load_error(std::string(option) + " = [\"" + std::string(41, 'x') + "\"]").find("longer than"),
              std::string::npos)
        << option;
    EXPECT_EQ(load_error(std::string(option) + " = [\"zorblatt\"]"), "") << option;
  }
  const std::string gender = load_error("given_names = [\"Zorblatt:robot\"]");
  EXPECT_NE(gender.find("given_names"), std::string::npos) << gender;
  EXPECT_NE(gender.find("male or female"), std::string::npos) << gender;
  EXPECT_EQ(load_error("given_names = [\"Zorblatt:female\"]"), "");
  EXPECT_NE(load_error("work_nouns = \"mixtape\"").find("work_nouns"), std::string::npos);  // not a list
}
