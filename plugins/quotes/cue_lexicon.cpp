#include "cue_lexicon.hpp"

#include "ascii_case.hpp"

namespace textchain::quotes {

CueKind CueLexicon::lookup(std::string_view word) const noexcept {
  if (iequals(word, "according")) return CueKind::according;
  if (!listed(word)) return CueKind::none;
  return words_.tags(word) & Lexicons::kParticiple ? CueKind::participle : CueKind::verb;
}

}  // namespace textchain::quotes
