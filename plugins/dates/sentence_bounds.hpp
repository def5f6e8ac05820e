// Where the sentence around an offset starts, from the host's sentence splitter (issue 13: a plugin finds
// no sentences of its own). The tense look-back (Grammar::tense_around) stops there, so an abbreviation
// the splitter knows ("Mr.", "Sen.", "U.S.") does not cut a sentence short.
#ifndef TEXTCHAIN_DATES_SENTENCE_BOUNDS_HPP
#define TEXTCHAIN_DATES_SENTENCE_BOUNDS_HPP

#include <textchain/abi.h>

#include <cstddef>
#include <cstdint>
#include <span>

namespace textchain::dates {

class SentenceBounds {
 public:
  // Fetches the sentences when first needed: the plugin asks the host only for documents with a
  // weekday or month to resolve, so a text without one costs no sentence split.
  using Fetch = std::span<const tc_sentence> (*)(const void* context);

  // No sentences: the engine run standalone without a splitter (Grammar's standalone fallback applies).
  SentenceBounds() noexcept = default;
  explicit SentenceBounds(std::span<const tc_sentence> sentences) noexcept : sentences_(sentences), fetched_(true) {}
  SentenceBounds(Fetch fetch, const void* context) noexcept : fetch_(fetch), context_(context) {}

  // Whether host sentences are available (false: the engine runs without a splitter).
  bool available() const noexcept { return fetched_ || fetch_ != nullptr; }

  // The sentence holding `offset` (or the last one that begins before it; {0, 0} when none).
  tc_sentence sentence_at(uint32_t offset) const noexcept;

 private:
  mutable std::span<const tc_sentence> sentences_;
  Fetch fetch_ = nullptr;
  const void* context_ = nullptr;
  mutable size_t cursor_ = 0;  // the sentence sentence_at answered with last
  mutable bool fetched_ = false;
};

}  // namespace textchain::dates

#endif
