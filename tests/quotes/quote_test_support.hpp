// Helpers shared by the quote tests: run the engine on text with the host's tokenizer and sentence
// splitter, and read gold quotation files (JSON Lines) into the scorer's structs.
#ifndef TEXTCHAIN_TESTS_QUOTES_SUPPORT_HPP
#define TEXTCHAIN_TESTS_QUOTES_SUPPORT_HPP

#include "eval/quote_scorer.hpp"
#include "quote_extractor.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <span>
#include <sstream>
#include <string>
#include <vector>

namespace textchain::quotes::testing {

inline std::vector<FoundQuote> run_engine(std::string_view text, const ExtractOptions& options = {}) {
  std::vector<tc_token> tokens;
  std::vector<tc_sentence> sentences;
  text::tokenize(text, tokens);
  text::split_sentences(text, tokens, sentences);
  QuoteExtractor engine(options);
  return engine.extract(text, tokens, sentences);
}

// The text a found quotation covers, marks included.
inline std::string span_of(std::string_view text, const FoundQuote& q) {
  return std::string(text.substr(q.begin, q.end - q.begin));
}

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::vector<boost::json::object> read_jsonl(const std::filesystem::path& p) {
  std::vector<boost::json::object> out;
  std::ifstream in(p, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    out.push_back(boost::json::parse(line).as_object());
  }
  return out;
}

inline eval::GoldQuoteDoc gold_doc_from_json(const boost::json::object& o) {
  eval::GoldQuoteDoc g;
  g.id = std::string(o.at("id").as_string());
  for (const auto& v : o.at("quotes").as_array()) {
    const auto& q = v.as_object();
    eval::GoldQuote x;
    x.begin = static_cast<size_t>(q.at("begin").to_number<int64_t>());
    x.end = static_cast<size_t>(q.at("end").to_number<int64_t>());
    x.kind = std::string(q.at("kind").as_string());
    for (const auto& s : q.at("speakers").as_array()) x.speakers.emplace_back(s.as_string());
    if (auto* c = q.if_contains("cue"); c && c->is_string()) x.cue = std::string(c->as_string());
    if (auto* r = q.if_contains("required"); r && r->is_bool()) x.required = r->as_bool();
    g.quotes.push_back(std::move(x));
  }
  if (auto* nq = o.if_contains("not_quotes"); nq && nq->is_array())
    for (const auto& v : nq->as_array()) {
      const auto& q = v.as_object();
      g.not_quotes.push_back({static_cast<size_t>(q.at("begin").to_number<int64_t>()),
                              static_cast<size_t>(q.at("end").to_number<int64_t>()), ""});
    }
  return g;
}

inline eval::SystemQuoteDoc system_doc(const std::string& id, const std::vector<FoundQuote>& found) {
  eval::SystemQuoteDoc s;
  s.id = id;
  for (const auto& f : found)
    s.quotes.push_back({f.begin, f.end, std::string(f.kind), f.speaker,
                        f.cue ? std::optional<std::string>(*f.cue) : std::nullopt});
  return s;
}

// The speaker of the quotation at index `i` of the engine's output on `text`: "(null)" when it has none,
// "(missing)" when the engine found fewer quotations.
inline std::string speaker_at(const std::string& text, size_t i) {
  auto found = run_engine(text);
  if (found.size() <= i) return "(missing)";
  return found[i].speaker.value_or("(null)");
}
inline std::string speaker_of(const std::string& text) { return speaker_at(text, 0); }
// The speaker of the one quotation the engine finds in `text`: "(null)" when it has none, "(N quotations)"
// when the engine finds none or more than one (so a test asking for a speaker also asks for exactly one).
inline std::string sole_speaker(std::string_view text, const ExtractOptions& options = {}) {
  const auto found = run_engine(text, options);
  if (found.size() != 1) return "(" + std::to_string(found.size()) + " quotations)";
  return found[0].speaker.value_or("(null)");
}
// The one quotation the engine finds in `text` as "span|speaker" (marks included, "(null)" for no speaker), or
// "(N quotations)" when it finds none or more than one.
inline std::string sole_quote(std::string_view text, const ExtractOptions& options = {}) {
  const auto found = run_engine(text, options);
  if (found.size() != 1) return "(" + std::to_string(found.size()) + " quotations)";
  return span_of(text, found[0]) + "|" + found[0].speaker.value_or("(null)");
}

// A table of texts with one quotation each and the speaker the engine should give it ("(null)" for none).
struct SpeakerCase {
  const char* text;
  const char* speaker;
};
// Every row checked: exactly one quotation, with that speaker; a failure names its text.
inline void expect_speakers(std::span<const SpeakerCase> cases) {
  for (const SpeakerCase& c : cases) EXPECT_EQ(sole_speaker(c.text), c.speaker) << c.text;
}

// A conformance table's row (quotes_conformance*_test.cpp): a text and, for each quotation the engine must
// report, its span (marks included), the canonical speaker (kNullSpeaker: none), the mention the attribution
// used (the text at speaker_begin..speaker_end) and `speaker_method`. No quotations: the marks are none.
constexpr const char* kNullSpeaker = "(null)";
struct WantQuote {
  std::string span, speaker, mention, how;  // speaker kNullSpeaker: mention and how then empty
};
struct ConformanceRow {
  const char* name;
  std::string text;
  std::vector<WantQuote> quotes;
};
// Exactly the row's quotations, in order, each field as wanted; a failure names the row and what was found.
inline void check_conformance_row(const ConformanceRow& r) {
  SCOPED_TRACE(r.name);
  const auto found = run_engine(r.text);
  std::string got;
  for (const auto& f : found) got += "[" + span_of(r.text, f) + " | " + f.speaker.value_or(kNullSpeaker) + "] ";
  ASSERT_EQ(found.size(), r.quotes.size()) << got;
  for (size_t i = 0; i < found.size(); ++i) {
    const WantQuote& w = r.quotes[i];
    const auto& f = found[i];
    EXPECT_EQ(span_of(r.text, f), w.span) << "#" << i;
    EXPECT_EQ(f.speaker.value_or(kNullSpeaker), w.speaker) << "#" << i;
    if (!f.speaker) continue;
    ASSERT_LE(f.speaker_begin, f.speaker_end) << "#" << i;
    ASSERT_LE(f.speaker_end, r.text.size()) << "#" << i;
    EXPECT_EQ(r.text.substr(f.speaker_begin, f.speaker_end - f.speaker_begin), w.mention) << "#" << i;
    EXPECT_STREQ(f.speaker_method ? f.speaker_method : "", w.how.c_str()) << "#" << i;
  }
}

// Texts with unbalanced marks: the engine never throws, no quotation spans a paragraph break, and in a text
// whose last paragraph ends "<speaker> said." that paragraph's quotation ("…ready,…") is found whole, with its
// speaker: an unclosed mark never swallows what follows it.
inline void expect_unbalanced_marks_keep_the_rest(const std::vector<std::string>& texts, const std::string& speaker) {
  for (const std::string& t : texts) {
    SCOPED_TRACE(t);
    std::vector<FoundQuote> found;
    ASSERT_NO_THROW(found = run_engine(t));
    for (const auto& f : found) EXPECT_EQ(span_of(t, f).find("\n\n"), std::string::npos) << span_of(t, f);
    if (t.find(speaker + " said.") == std::string::npos) continue;
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.back().speaker.value_or(kNullSpeaker), speaker);
    EXPECT_NE(span_of(t, found.back()).find("ready,"), std::string::npos);
  }
}

}  // namespace textchain::quotes::testing

#endif
