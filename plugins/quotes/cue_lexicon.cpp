#include "cue_lexicon.hpp"

#include "ascii_case.hpp"

namespace textchain::quotes {

CueKind CueLexicon::lookup(std::string_view word) const noexcept {
  if (iequals(word, "according")) return CueKind::according;
  const uint8_t tags = words_.tags(word);  // listed(), with the one lookup
  if (tags == 0 || (tags & Lexicons::kAsOnly)) return CueKind::none;
  return tags & Lexicons::kParticiple ? CueKind::participle : CueKind::verb;
}

}  // namespace textchain::quotes
