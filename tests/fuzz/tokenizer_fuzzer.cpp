// The tokenizer and the sentence splitter on arbitrary bytes (valid UTF-8 or not).
//
// Properties: tokens tile the text with known kinds; the ASCII fast path gives exactly the segmentation
// of the general rules; sentences are ordered, disjoint, inside the text, trimmed of white space, and
// cover every token that is not white space; the compact form's splitter finds the same sentences.
#include "fuzz_check.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace {
bool is_space_kind(uint16_t k) { return k == TC_TOKEN_SPACE || k == TC_TOKEN_LINEBREAK; }
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static std::vector<tc_token> tokens, general;
  static std::vector<tc_sentence> sentences, from_compact;
  static textchain::text::CompactTokens compact;

  textchain::text::tokenize(text, tokens);
  size_t pos = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const tc_token& t = tokens[i];
    FUZZ_CHECK(t.begin == pos, "token %zu begins at %u, previous ended at %zu", i, t.begin, pos);
    FUZZ_CHECK(t.end > t.begin, "token %zu is empty or reversed: [%u, %u)", i, t.begin, t.end);
    FUZZ_CHECK(t.kind >= TC_TOKEN_WORD && t.kind <= TC_TOKEN_SYMBOL, "token %zu has kind %u", i, t.kind);
    pos = t.end;
  }
  FUZZ_CHECK(pos == size, "tokens end at %zu of %zu bytes", pos, size);

  textchain::text::detail::tokenize_general_only(text, general);
  FUZZ_CHECK(general.size() == tokens.size(), "fast path: %zu tokens, general rules: %zu", tokens.size(),
             general.size());
  for (size_t i = 0; i < tokens.size(); ++i)
    FUZZ_CHECK(general[i].begin == tokens[i].begin && general[i].end == tokens[i].end &&
                   general[i].kind == tokens[i].kind,
               "token %zu: fast path [%u, %u) kind %u, general rules [%u, %u) kind %u", i, tokens[i].begin,
               tokens[i].end, tokens[i].kind, general[i].begin, general[i].end, general[i].kind);

  textchain::text::split_sentences(text, tokens, sentences);
  size_t prev_end = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const tc_sentence& s = sentences[i];
    FUZZ_CHECK(s.begin < s.end && s.end <= size, "sentence %zu is [%u, %u) in %zu bytes", i, s.begin, s.end, size);
    FUZZ_CHECK(s.begin >= prev_end, "sentence %zu begins at %u before the previous end %zu", i, s.begin, prev_end);
    prev_end = s.end;
  }
  textchain::text::to_compact(tokens, compact);
  textchain::text::split_sentences(text, compact, from_compact);
  FUZZ_CHECK(from_compact.size() == sentences.size(), "%zu sentences from the compact tokens, %zu from the 12-byte ones",
             from_compact.size(), sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i)
    FUZZ_CHECK(from_compact[i].begin == sentences[i].begin && from_compact[i].end == sentences[i].end,
               "sentence %zu: [%u, %u) from the compact tokens, [%u, %u) from the 12-byte ones", i, from_compact[i].begin,
               from_compact[i].end, sentences[i].begin, sentences[i].end);
  // Every non-space token lies inside one sentence; no sentence starts or ends with a space token.
  size_t si = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const tc_token& t = tokens[i];
    while (si < sentences.size() && sentences[si].end <= t.begin) ++si;
    const bool inside = si < sentences.size() && sentences[si].begin <= t.begin && t.end <= sentences[si].end;
    if (!is_space_kind(t.kind)) {
      FUZZ_CHECK(inside, "token %zu [%u, %u) kind %u is in no sentence", i, t.begin, t.end, t.kind);
    } else if (inside) {
      FUZZ_CHECK(t.begin != sentences[si].begin && t.end != sentences[si].end,
                 "sentence %zu [%u, %u) starts or ends with white space token %zu", si, sentences[si].begin,
                 sentences[si].end, i);
    }
  }
  return 0;
}
