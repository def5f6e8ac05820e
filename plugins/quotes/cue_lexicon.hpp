// Cue words: the reporting verbs and phrases that attach a quotation to its speaker ("said", "told",
// "according to", "saying"). Kept as data, extended by the `cue_verbs` option.
#ifndef TEXTCHAIN_QUOTES_CUE_LEXICON_HPP
#define TEXTCHAIN_QUOTES_CUE_LEXICON_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace textchain::quotes {

enum class CueKind : uint8_t {
  none,
  verb,        // finite: the speaker is its subject ("Lavrov said", "said Lavrov")
  participle,  // "saying", "adding": the speaker is the subject of the clause it hangs on
  according,   // "according to X": the speaker follows
};

class CueLexicon {
 public:
  // The built-in list plus `extra` (words in any case; a word ending in "ing" counts as a participle).
  explicit CueLexicon(const std::vector<std::string>& extra = {});
  // `word` as written; compared case-insensitively (ASCII).
  CueKind lookup(std::string_view word) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, CueKind, Hash, std::equal_to<>> words_;
};

}  // namespace textchain::quotes

#endif
