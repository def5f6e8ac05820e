// Token flags (ABI 1.1, issue 13 point 8): case and shape from the host's Unicode tables, read through the
// SDK's helpers exactly as a plugin reads them.
#include "document/doc_state.hpp"

#include <textchain/sdk.hpp>

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace {
// Word and number tokens of `text`, by their text.
std::map<std::string, tc_token> words_of(const std::string& text) {
  tc_doc doc;
  doc.input = text;
  textchain::Document d(&doc, textchain::document::host_api());
  EXPECT_TRUE(d.has_token_flags());
  std::map<std::string, tc_token> out;
  for (const tc_token& t : d.tokens())
    if (t.kind == TC_TOKEN_WORD || t.kind == TC_TOKEN_NUMBER) out.emplace(std::string(d.slice(t)), t);
  return out;
}
}  // namespace

TEST(TokenFlags, PolishNamesAreTitleCase) {
  // Latin Extended-A capitals at odd code points (Ł U+0141, Ż U+017B): a parity rule gets them wrong.
  auto w = words_of("Łukasz Żukowski said, and Ľudovít Ňuková agreed with Ĺubo Ŀuis.");
  for (const char* name : {"Łukasz", "Żukowski", "Ľudovít", "Ňuková", "Ĺubo", "Ŀuis"}) {
    ASSERT_TRUE(w.count(name)) << name;
    const tc_token& t = w.at(name);
    EXPECT_TRUE(textchain::is_capitalized(t)) << name;
    EXPECT_TRUE(textchain::is_title_case(t)) << name;
    EXPECT_FALSE(textchain::is_all_capitals(t)) << name;
    EXPECT_FALSE(textchain::is_lower_case(t)) << name;
    EXPECT_TRUE(textchain::has_letter(t)) << name;
    EXPECT_FALSE(textchain::is_ascii(t)) << name;
  }
  EXPECT_TRUE(textchain::is_lower_case(w.at("said")));
  EXPECT_FALSE(textchain::is_capitalized(w.at("said")));
  EXPECT_TRUE(textchain::is_ascii(w.at("said")));
  EXPECT_EQ(w.at("said").flags, TC_TOKEN_LOWER_CASE | TC_TOKEN_HAS_LETTER);
}

TEST(TokenFlags, CapitalsMixedCaseAndDigits) {
  auto w = words_of("NATO met ŁÓDŹ officials; iPhone sales rose 3rd time in 2025 for McCain and I.");
  EXPECT_TRUE(textchain::is_all_capitals(w.at("NATO")));
  EXPECT_TRUE(textchain::is_capitalized(w.at("NATO")));
  EXPECT_FALSE(textchain::is_title_case(w.at("NATO")));
  EXPECT_TRUE(textchain::is_all_capitals(w.at("ŁÓDŹ")));
  EXPECT_TRUE(textchain::is_all_capitals(w.at("I")));
  const tc_token& iphone = w.at("iPhone");
  EXPECT_FALSE(textchain::is_capitalized(iphone));
  EXPECT_FALSE(textchain::is_lower_case(iphone));
  EXPECT_FALSE(textchain::is_title_case(iphone));
  EXPECT_TRUE(textchain::is_capitalized(w.at("McCain")));
  EXPECT_FALSE(textchain::is_title_case(w.at("McCain")));
  EXPECT_TRUE(textchain::has_digit(w.at("3rd")));
  EXPECT_TRUE(textchain::is_lower_case(w.at("3rd")));
  EXPECT_EQ(w.at("2025").flags, TC_TOKEN_HAS_DIGIT);
}

TEST(TokenFlags, AbbreviationPeriods) {
  auto w = words_of("Mr. Smith and J. Ł. Nowak of the U.S. Senate left. No. 5 won. No. Then they voted.");
  EXPECT_TRUE(textchain::is_abbreviation(w.at("Mr")));
  EXPECT_TRUE(textchain::is_abbreviation(w.at("J")));
  EXPECT_TRUE(textchain::is_abbreviation(w.at("Ł")));
  EXPECT_TRUE(textchain::is_abbreviation(w.at("U.S")));
  EXPECT_FALSE(textchain::is_abbreviation(w.at("left")));
  EXPECT_FALSE(textchain::is_abbreviation(w.at("won")));
  EXPECT_FALSE(textchain::is_abbreviation(w.at("Smith")));
}

TEST(TokenFlags, NoOtherKindHasFlags) {
  tc_doc doc;
  doc.input = "«Tak» — 3,5 % 😀 \n";
  textchain::Document d(&doc, textchain::document::host_api());
  for (const tc_token& t : d.tokens()) {
    if (t.kind == TC_TOKEN_WORD || t.kind == TC_TOKEN_NUMBER) continue;
    EXPECT_EQ(t.flags, 0) << d.slice(t);
  }
}
