// Interim sentence splitter: ends at . ! ? followed by space and an uppercase letter, and at blank lines.
#include "text/sentence_splitter.hpp"

namespace textchain::text {
void split_sentences(std::string_view text, std::span<const tc_token> tokens, std::vector<tc_sentence>& out) {
  out.clear();
  size_t start = SIZE_MAX, last_end = 0;
  auto close = [&](size_t end) {
    if (start != SIZE_MAX) out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    start = SIZE_MAX;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const tc_token& t = tokens[i];
    if (t.kind == TC_TOKEN_LINEBREAK) {
      if (i + 1 < tokens.size() && tokens[i + 1].kind == TC_TOKEN_LINEBREAK) close(last_end);
      continue;
    }
    if (t.kind == TC_TOKEN_SPACE) continue;
    if (start == SIZE_MAX) start = t.begin;
    last_end = t.end;
    char c = text[t.begin];
    if (t.kind == TC_TOKEN_PUNCT && (c == '.' || c == '!' || c == '?')) {
      size_t j = i + 1;
      while (j < tokens.size() && tokens[j].kind == TC_TOKEN_QUOTE) last_end = tokens[j++].end;
      if (j < tokens.size() && tokens[j].kind == TC_TOKEN_SPACE && j + 1 < tokens.size() &&
          text[tokens[j + 1].begin] >= 'A' && text[tokens[j + 1].begin] <= 'Z') {
        i = j - 1;
        close(last_end);
      }
    }
  }
  close(last_end);
}
}  // namespace textchain::text
