#include "tagger.hpp"

#include "anchor.hpp"
#include "grammar.hpp"
#include "offset_joiner.hpp"
#include "scanner.hpp"

#include <stdexcept>
#include <utility>

namespace textchain::dates {

Anchor parse_document_date_option(std::string_view s) {
  Anchor a;
  if (s.empty() || s == "auto") return a;
  if (!parse_iso_anchor(s, a))
    throw std::invalid_argument("dates: document_date must be \"auto\" or YYYY-MM-DD, got \"" + std::string(s) + "\"");
  return a;
}

uint8_t parse_types_option(const std::vector<std::string>& types) {
  uint8_t mask = 0;
  for (const std::string& t : types) {
    std::string u;
    for (char c : t) u.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    if (u == "DATE") mask |= 1u << static_cast<int>(TimexType::date);
    else if (u == "TIME") mask |= 1u << static_cast<int>(TimexType::time);
    else if (u == "DURATION") mask |= 1u << static_cast<int>(TimexType::duration);
    else if (u == "SET") mask |= 1u << static_cast<int>(TimexType::set);
    else throw std::invalid_argument("dates: unknown TIMEX3 type \"" + t + "\" in `types` (DATE, TIME, DURATION, SET)");
  }
  return types.empty() ? 0xF : mask;
}

namespace {

// The built-in words at which the tagger, when a word the lexicon does not hold follows, tries nothing
// (Grammar::needs_known_word_after, on a word that may start an expression): what they are to the tagger
// is their lexicon entry alone, which is the same in any case, so each is asked once, in lower case. Each keeps
// the classes of a word the lexicon holds that stop the pass too (Grammar::kinds_stopping_pass).
LeadWords lead_words(const RuleSet& rules) {
  const Normalizer norm(Anchor{}, Prefer::past);
  const Grammar grammar(std::string_view(), norm, GrammarOptions{}, rules, SentenceBounds());
  struct Context {
    const Grammar& grammar;
    LeadWords leads;
  } context{grammar, LeadWords(Grammar::kArticleSets)};
  for_each_builtin_word(
      [](std::string_view word, void* c) {
        Context& x = *static_cast<Context*>(c);
        const Tok t = next_token(word, 0);
        if (t.kind != TokKind::word || t.begin != 0 || t.end != word.size()) return;  // letters only
        if ((Grammar::starts_pattern(t) || x.grammar.rules_may_start(t)) && x.grammar.needs_known_word_after(t))
          x.leads.add(word, x.grammar.kinds_stopping_pass(t));
      },
      &context);
  return context.leads;
}

// lead_words of the built-in rules, worked out once per process: every tagger without a rule file of its own
// (most) would otherwise read the whole lexicon again (issue 19).
const LeadWords& builtin_lead_words() {
  static const LeadWords leads = lead_words(*RuleSet::builtin());
  return leads;
}

}  // namespace

Tagger::Tagger(TaggerOptions options) : opt_(std::move(options)) {
  const RuleSet& rules = opt_.rules ? *opt_.rules : *RuleSet::builtin();
  candidate_shapes_ = Grammar::trigger_shapes();
  candidate_shapes_.add_all(rules.start_shapes());
  every_word_ = rules.may_start_word(std::string_view());
  // With a user's words, an unknown word may be one of them (needs_known_word_after is false for all then).
  if (opt_.scan_passes_leads && !every_word_ && rules.words().empty())
    leads_ = &rules == RuleSet::builtin().get() ? builtin_lead_words() : lead_words(rules);
}

Anchor Tagger::anchor_for(std::string_view text, std::string_view record_date) const noexcept {
  return choose_anchor(opt_.document_date, record_date, text);
}

std::vector<Timex> Tagger::tag(std::string_view text, std::string_view record_date,
                               const SentenceBounds& sentences) const {
  std::vector<Timex> out;
  tag(text, record_date, out, sentences);
  return out;
}

void Tagger::tag(std::string_view text, std::string_view record_date, std::vector<Timex>& out,
                 const SentenceBounds& sentences) const {
  // Offsets are 32-bit; larger texts are tagged in their first 4 GiB only.
  if (text.size() > 0xFFFFFFF0u) text = text.substr(0, 0xFFFFFFF0u);
  tag_anchored(text, anchor_for(text, record_date), out, sentences);
}

void Tagger::tag_anchored(std::string_view text, const Anchor& anchor, std::vector<Timex>& out,
                          const SentenceBounds& sentences) const {
  out.clear();
  if (text.size() > 0xFFFFFFF0u) text = text.substr(0, 0xFFFFFFF0u);
  const Normalizer norm(anchor, opt_.prefer);
  const RuleSet& rules = opt_.rules ? *opt_.rules : *RuleSet::builtin();
  Grammar grammar(text, norm, GrammarOptions{opt_.day_first}, rules, sentences);
  // Expensive work only near triggers: the scan skims tokens (where they lie, nothing else) and reads a
  // token whole, with its lexicon entry, only when it is a number or a word shaped like one that can start
  // an expression (candidate_shapes_). The tokens before a trigger are found again, stepping back from it,
  // only when a pattern looks back; never before `floor`, where the scan resumed after the last match.
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  Skimmer skim(text, candidate_shapes_, every_word_, &leads_);
  TokenReader read(text);
  uint32_t pos = 0, floor = 0;
  for (;;) {
    const TokSpan span = skim.next(pos);
    if (span.kind == TokKind::end) break;
    const Tok t = read.at(span);
    // "the company", "that company": an article, or a word only rules start at, before a word the lexicon
    // does not hold starts nothing, which one look at that word's shape tells without the match.
    if (Grammar::starts_pattern(t) || grammar.rules_may_start(t)) {
      if (grammar.needs_known_word_after(t) && !skim.lead_not_passed(t.end)) {
        if (const TokSpan after = unknown_word(text, t.end); after.kind == TokKind::word) {
          // The scan's next step would pass over that word too, unless its shape is a candidate's (a user's
          // rule may start at a word the lexicon does not hold): passed here, without reading it again.
          const bool candidate =
              every_word_ || candidate_shapes_.may_hold_letters(s + after.begin, after.end - after.begin);
          pos = candidate ? span.end : after.end;
          continue;
        }
      }
      const Lookback before(text, floor, t.begin);
      Window w(text, t);
      Timex found;
      const MatchResult m = grammar.match(w, before, found);
      if (m != MatchResult::none) {
        const uint32_t end = found.end > t.end ? found.end : t.end;
        if (m == MatchResult::timex && (opt_.types & (1u << static_cast<int>(found.type))))
          out.push_back(std::move(found));
        pos = floor = end;
        continue;
      }
    }
    pos = span.end;
  }
  join_offsets(text, out);
}

}  // namespace textchain::dates
