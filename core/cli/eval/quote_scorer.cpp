#include "eval/quote_scorer.hpp"

#include <textchain/utf8.hpp>

#include <algorithm>
#include <iterator>
#include <unordered_map>

namespace textchain::eval {
namespace {

// Words dropped from a name wherever they stand (the documented rule): honorifics and articles. Job
// titles ("President", "Senator") stay: the rule keeps them, so "President Obama" does not match
// "Barack Obama" while "Obama" does.
constexpr std::string_view kDroppedWords[] = {"mr",   "mrs",  "ms",   "miss", "mx",       "dr", "prof",
                                              "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
                                              "the",  "a",    "an"};
// A name that is one of these alone refers to someone only through context: it never matches.
constexpr std::string_view kPronouns[] = {"i",    "me",   "my",   "we",     "us",      "our",     "you",
                                          "your", "he",   "him",  "his",    "she",     "her",     "hers",
                                          "it",   "its",  "they", "them",   "their",   "himself", "herself",
                                          "itself", "themselves"};

template <size_t N>
bool one_of(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Decodes the code point at `i` and moves past it (U+FFFD and one byte for an ill-formed sequence).
char32_t decode(std::string_view s, size_t& i) {
  const textchain::utf8::CodePoint d = textchain::utf8::decode(s, i);
  i += d.size;
  return d.cp;
}

bool is_space(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Punctuation, removed from names: ASCII's, Latin-1's, General Punctuation (dashes, curly quotes, bullets)
// and the CJK and full-width forms (folded to ASCII before this is asked).
bool is_punctuation(char32_t c) {
  if (c < 0x80) return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  return c == 0xA1 || c == 0xA7 || c == 0xAB || c == 0xB6 || c == 0xB7 || c == 0xBB || c == 0xBF ||
         (c >= 0x2010 && c <= 0x205E) || (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011);
}

// Compatibility folding and casefolding of the code point `c`, written as `bytes`, into `out`. Every code
// point the folding changes becomes one below U+0800, so the result is written in one or two bytes.
void fold(char32_t c, std::string_view bytes, std::string& out) {
  const char32_t in = c;
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII
  if (c >= 0xFB00 && c <= 0xFB06) {             // Latin ligatures
    static constexpr std::string_view kLig[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    out += kLig[c - 0xFB00];
    return;
  }
  if (c >= 'A' && c <= 'Z') c += 0x20;
  else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 0x20;  // Latin-1 capitals
  else if (c == 0xDF) { out += "ss"; return; }
  else if (c == 0x130) c = 'i';                                  // İ (the dot is dropped)
  else if (c == 0x178) c = 0xFF;                                 // Ÿ
  else if (c == 0x17F) c = 's';                                  // long s
  else if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) c |= 1;  // Latin Extended-A: capital even
  else if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) c += (c & 1);  // ... capital odd
  else if ((c >= 0x391 && c <= 0x3A9) && c != 0x3A2) c += 0x20;  // Greek
  else if (c == 0x3C2) c = 0x3C3;                                // final sigma
  else if (c >= 0x410 && c <= 0x42F) c += 0x20;                  // Cyrillic
  else if (c >= 0x400 && c <= 0x40F) c += 0x50;
  if (c == in) {
    out += bytes;
  } else if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// The normalised word list of a name.
std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> words;
  std::string w;
  auto close = [&] {
    // Possessive 's ("Trump's"), then the punctuation left inside the word ("U.S.", "Jones'").
    if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] == '\'') w.resize(w.size() - 2);
    std::string kept;
    for (size_t i = 0; i < w.size();) {
      const size_t b = i;
      if (!is_punctuation(decode(w, i))) kept.append(w, b, i - b);
    }
    if (!kept.empty() && !one_of(kept, kDroppedWords)) words.push_back(std::move(kept));
    w.clear();
  };
  for (size_t i = 0; i < name.size();) {
    const size_t b = i;
    char32_t c = decode(name, i);
    if (is_space(c)) {
      close();
      continue;
    }
    if (c == 0x2019 || c == 0x2BC) {  // the typographic apostrophe of "Trump’s"
      w.push_back('\'');
      continue;
    }
    fold(c, name.substr(b, i - b), w);
  }
  close();
  // One-letter middle initials ("George W. Bush").
  if (words.size() > 2) {
    const std::string last = std::move(words.back());
    words.pop_back();
    words.erase(std::remove_if(words.begin() + 1, words.end(),
                               [](const std::string& w) {
                                 size_t i = 0;
                                 decode(w, i);
                                 return i == w.size();
                               }),
                words.end());
    words.push_back(last);
  }
  return words;
}

bool counts_kind(std::string_view kind, bool count_indirect) {
  return kind == "direct" || kind == "partial" || kind == "unmarked" || (count_indirect && kind == "indirect");
}

std::string span_text(const std::string& text, size_t b, size_t e) {
  if (text.empty() || b >= text.size() || e <= b) return {};
  return text.substr(b, std::min(e, text.size()) - b);
}

std::string join(const std::vector<std::string>& names) {
  if (names.empty()) return "(none)";
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += " | ";
    out += n;
  }
  return out;
}

bool speaker_right(const GoldQuote& g, const SystemQuote& s) {
  const bool has = s.speaker && !normalize_speaker_name(*s.speaker).empty();
  if (g.speakers.empty()) return !has;
  if (!has) return false;
  for (const auto& a : g.speakers)
    if (speaker_name_matches(*s.speaker, a)) return true;
  return false;
}

}  // namespace

std::string normalize_speaker_name(std::string_view name) {
  std::string out;
  for (const auto& w : name_words(name)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

bool speaker_name_matches(std::string_view system_name, std::string_view accepted) {
  const std::vector<std::string> s = name_words(system_name), a = name_words(accepted);
  if (s.empty() || a.empty()) return false;
  if ((s.size() == 1 && one_of(s[0], kPronouns)) || (a.size() == 1 && one_of(a[0], kPronouns))) return false;
  if (s == a) return true;
  const auto& shorter = s.size() < a.size() ? s : a;
  const auto& longer = s.size() < a.size() ? a : s;
  if (shorter.size() == longer.size() || shorter.back() != longer.back()) return false;
  // A suffix is a subsequence ending in the same last word: one test covers both.
  size_t k = 0;
  for (const auto& w : longer)
    if (k < shorter.size() && w == shorter[k]) ++k;
  return k == shorter.size();
}

double overlap_of_longer(size_t b1, size_t e1, size_t b2, size_t e2) noexcept {
  if (e1 <= b1 || e2 <= b2) return 0.0;
  const size_t lo = std::max(b1, b2), hi = std::min(e1, e2);
  if (hi <= lo) return 0.0;
  return double(hi - lo) / double(std::max(e1 - b1, e2 - b2));
}

QuoteScores score_quotes(const std::vector<GoldQuoteDoc>& gold, const std::vector<SystemQuoteDoc>& system,
                         const QuoteScoreOptions& options) {
  bool count_indirect = false;
  if (options.count_indirect) {
    count_indirect = *options.count_indirect;
  } else {
    for (const auto& d : system)
      for (const auto& q : d.quotes)
        if (q.kind == "indirect") count_indirect = true;
  }

  std::unordered_map<std::string_view, const SystemQuoteDoc*> by_id;
  for (const auto& d : system) by_id.emplace(d.id, &d);
  static const std::vector<SystemQuote> kNone;

  QuoteScores sc;
  for (const auto& g : gold) {
    auto it = by_id.find(g.id);
    const std::vector<SystemQuote>& sys = it == by_id.end() ? kNone : it->second->quotes;

    // Gold that takes part in matching: everything but scare quotes (scare spans only neutralize).
    std::vector<size_t> gi;
    for (size_t i = 0; i < g.quotes.size(); ++i)
      if (g.quotes[i].kind != "scare") gi.push_back(i);
    auto counted = [&](const GoldQuote& q) { return q.required && counts_kind(q.kind, count_indirect); };

    struct Pair {
      double overlap;
      size_t g, s;
    };
    std::vector<Pair> pairs;
    for (size_t k : gi)
      for (size_t s = 0; s < sys.size(); ++s) {
        double o = overlap_of_longer(g.quotes[k].begin, g.quotes[k].end, sys[s].begin, sys[s].end);
        if (o >= options.min_overlap) pairs.push_back({o, k, s});
      }
    // Best overlap first; ties go to counted gold, then to document order, so results are reproducible.
    std::stable_sort(pairs.begin(), pairs.end(), [&](const Pair& a, const Pair& b) {
      if (a.overlap != b.overlap) return a.overlap > b.overlap;
      return counted(g.quotes[a.g]) && !counted(g.quotes[b.g]);
    });
    std::vector<int> gold_to_sys(g.quotes.size(), -1), sys_to_gold(sys.size(), -1);
    for (const auto& p : pairs) {
      if (gold_to_sys[p.g] >= 0 || sys_to_gold[p.s] >= 0) continue;
      gold_to_sys[p.g] = static_cast<int>(p.s);
      sys_to_gold[p.s] = static_cast<int>(p.g);
    }

    for (size_t k : gi) {
      const GoldQuote& q = g.quotes[k];
      if (!counted(q)) continue;
      ++sc.gold;
      if (gold_to_sys[k] < 0) {
        sc.errors.push_back({QuoteError::What::miss, g.id, q.begin, q.end, span_text(g.text, q.begin, q.end),
                             join(q.speakers), ""});
        continue;
      }
      const SystemQuote& s = sys[static_cast<size_t>(gold_to_sys[k])];
      ++sc.matched;
      ++sc.system;
      if (speaker_right(q, s)) {
        ++sc.speaker_right;
      } else {
        sc.errors.push_back({QuoteError::What::wrong_speaker, g.id, q.begin, q.end,
                             span_text(g.text, q.begin, q.end), join(q.speakers), s.speaker.value_or("(null)")});
      }
    }

    for (size_t s = 0; s < sys.size(); ++s) {
      const SystemQuote& q = sys[s];
      if (sys_to_gold[s] >= 0) {
        if (!counted(g.quotes[static_cast<size_t>(sys_to_gold[s])])) ++sc.ignored;
        continue;
      }
      bool neutral_zone = false;
      for (const auto& gq : g.quotes)
        if (gq.kind == "scare" && overlap_of_longer(gq.begin, gq.end, q.begin, q.end) > 0) neutral_zone = true;
      for (const auto& n : g.not_quotes)
        if (overlap_of_longer(n.begin, n.end, q.begin, q.end) > 0) neutral_zone = true;
      const bool named = q.speaker && !normalize_speaker_name(*q.speaker).empty();
      if (neutral_zone && !named) {
        ++sc.ignored;
        continue;
      }
      ++sc.system;
      ++sc.false_positives;
      sc.errors.push_back({QuoteError::What::false_positive, g.id, q.begin, q.end, span_text(g.text, q.begin, q.end),
                           "", q.speaker.value_or("(null)")});
    }
  }
  return sc;
}

}  // namespace textchain::eval
