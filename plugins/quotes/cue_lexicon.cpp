#include "cue_lexicon.hpp"

namespace textchain::quotes {
namespace {

// Finite reporting verbs of English news, in the forms news uses (past, present, base).
constexpr std::string_view kVerbs[] = {
    "said", "says", "say", "added", "adds", "noted", "notes", "stated", "states", "told", "tells",
    "explained", "explains", "concluded", "concludes", "emphasized", "emphasised", "emphasizes", "emphasises",
    "stressed", "stresses", "warned", "warns", "asked", "asks", "replied", "replies", "answered", "answers",
    "wrote", "writes", "reported", "reports", "announced", "announces", "declared", "declares", "insisted",
    "insists", "argued", "argues", "claimed", "claims", "commented", "comments", "continued", "continues",
    "admitted", "admits", "acknowledged", "acknowledges", "remarked", "remarks", "observed", "observes",
    "described", "describes", "called", "calls", "quoted", "believes", "believed", "indicated", "indicates",
    "urged", "urges", "agreed", "agrees", "reads", "recalled", "recalls", "remembered", "predicted", "predicts",
    "suggested", "suggests", "confirmed", "confirms", "denied", "denies", "promised", "promises", "tweeted",
    "posted", "cautioned", "cautions", "contended", "contends", "countered", "counters", "complained",
    "complains", "boasted", "joked", "jokes", "exclaimed", "shouted", "responded", "responds", "testified",
    "assured", "assures", "mentioned", "mentions", "maintained", "maintains", "revealed", "reveals",
    "reiterated", "reiterates", "underlined", "underlines", "underscored", "underscores", "highlighted",
    "highlights", "asserted", "asserts", "alleged", "alleges", "vowed", "vows", "pledged", "pledges",
    "proclaimed", "quipped", "conceded", "concedes", "estimated", "estimates", "explain", "add", "note",
    "told", "tell", "write", "announce", "comment", "speaking", "wrote", "opined", "retorted", "affirmed",
    "affirms", "summed", "elaborated", "specified", "clarified", "forecast", "projected", "advised",
    "advises", "thanked", "lamented", "enthused", "enthuses", "recounted", "recounts", "stating",
    "dubbed", "dubs", "labeled", "labelled", "labels", "branded", "brands", "termed", "terms", "decried",
    "decries", "slammed", "slams", "blasted", "blasts", "praised", "praises", "accused", "accuses", "mocked",
    "derided", "touted", "touts", "hailed", "hails", "demanded", "demands", "pleaded"};

// Participles: reporting verbs that hang on another clause's subject.
constexpr std::string_view kParticiples[] = {
    "saying", "adding", "noting", "telling", "explaining", "warning", "asking", "arguing", "claiming",
    "citing", "calling", "describing", "insisting", "stressing", "emphasizing", "emphasising", "writing",
    "concluding", "declaring", "commenting", "quoting", "reiterating", "announcing", "pointing", "urging",
    "stating", "predicting", "suggesting", "confirming", "denying", "promising", "complaining", "recalling",
    "remarking", "observing", "responding", "replying", "answering", "acknowledging", "admitting", "vowing",
    "dubbing", "labeling", "labelling", "branding", "terming", "decrying", "slamming", "blasting", "praising",
    "accusing", "mocking", "touting", "hailing", "demanding"};

std::string_view lower_into(std::string_view w, char* buf, size_t cap) {
  if (w.size() > cap) return {};
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return {buf, w.size()};
}

}  // namespace

CueLexicon::CueLexicon(const std::vector<std::string>& extra) {
  for (auto w : kVerbs) words_.emplace(std::string(w), CueKind::verb);
  for (auto w : kParticiples) words_[std::string(w)] = CueKind::participle;
  words_["according"] = CueKind::according;
  for (const auto& e : extra) {
    std::string low(e);
    for (char& c : low)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (low.empty() || low.size() > 32) continue;
    const bool ing = low.size() > 4 && low.compare(low.size() - 3, 3, "ing") == 0;
    words_[low] = ing ? CueKind::participle : CueKind::verb;
  }
}

CueKind CueLexicon::lookup(std::string_view word) const {
  char buf[32];
  std::string_view low = lower_into(word, buf, sizeof buf);
  if (low.empty()) return CueKind::none;
  auto it = words_.find(low);
  return it == words_.end() ? CueKind::none : it->second;
}

}  // namespace textchain::quotes
