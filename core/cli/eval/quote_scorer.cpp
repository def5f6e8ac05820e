#include "eval/quote_scorer.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace textchain::eval {
namespace {

// Honorifics and job titles that prefix a name in news ("Mr Howard", "President Obama") but are not part
// of it; the gold lists names without them, and speakers are compared without them.
constexpr std::string_view kTitles[] = {"mr",        "mr.",      "mrs",       "mrs.",     "ms",     "ms.",
                                        "miss",      "dr",       "dr.",       "sir",      "dame",   "prof",
                                        "prof.",     "professor", "president", "minister", "senator", "sen.",
                                        "rep.",      "gov.",     "governor",  "judge",    "justice", "lord",
                                        "lady",      "the"};

bool is_title(std::string_view w) {
  for (auto t : kTitles)
    if (w == t) return true;
  return false;
}

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

std::string last_word(std::string_view normalized) {
  auto pos = normalized.rfind(' ');
  return std::string(pos == std::string_view::npos ? normalized : normalized.substr(pos + 1));
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
  std::string folded;
  folded.reserve(name.size());
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u == '\t' || u == '\n' || u == '\r') c = ' ';
    else if (u < 0x80) c = static_cast<char>(std::tolower(u));
    folded.push_back(c);
  }
  std::string out;
  for (auto w : words_of(folded)) {
    if (is_title(w)) continue;
    // "Jobs," or "Inc." at the end of a name written in running text: punctuation is not part of it.
    while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == ':')) w.remove_suffix(1);
    if (w.empty()) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

bool speaker_name_matches(std::string_view system_name, std::string_view accepted) {
  const std::string s = normalize_speaker_name(system_name);
  const std::string a = normalize_speaker_name(accepted);
  if (s.empty() || a.empty()) return false;
  if (s == a) return true;
  return last_word(s) == last_word(a);
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
