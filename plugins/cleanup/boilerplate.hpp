// The `boilerplate` rule: navigation and link lines ("Min menu", "Read more: …", "See more: … PHOTOS"),
// matched against a pattern list kept as data (boilerplate_patterns.txt, compiled in; users add more
// through the `boilerplate_patterns` option, in the same syntax).
#ifndef TEXTCHAIN_CLEANUP_BOILERPLATE_HPP
#define TEXTCHAIN_CLEANUP_BOILERPLATE_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "edit.hpp"

namespace textchain::cleanup {

class LineIndex;

class BoilerplatePatterns {
 public:
  enum class Kind { line, prefix, suffix };

  // The built-in list.
  static const BoilerplatePatterns& builtin();

  // Adds the patterns of `data` (the syntax of boilerplate_patterns.txt). Throws std::invalid_argument
  // on a line it does not understand.
  void parse(std::string_view data);
  void add(Kind kind, std::string_view text);

  // True when a line with this content (already trimmed) is boilerplate. Inline for the test that turns
  // down most lines of news, paragraphs longer than any boilerplate line, without a call.
  static constexpr size_t kMaxLine = 300;
  bool matches(std::string_view content) const noexcept {
    if (content.empty() || content.size() > kMaxLine) return false;
    // Quick rejects before matches_short's call and its eight-byte head: no line or prefix pattern starts
    // with the line's first two bytes (lowercased), or, past those, with its first four; and no suffix
    // pattern ends with its last byte. Most lines of news start and end like no pattern.
    if (content.size() >= 2) {
      const auto lower = [](char c) -> uint64_t {
        const auto b = static_cast<unsigned char>(c);
        return (b >= 'A' && b <= 'Z') ? b + 0x20u : b;
      };
      const uint64_t two = lower(content[0]) | lower(content[1]) << 8;
      bool may = may_start(two);
      // Most lines of news start with "The": "th" starts some patterns, its first four bytes none.
      if (may && content.size() >= 4) may = may_start4(two | lower(content[2]) << 16 | lower(content[3]) << 24);
      if (!may && !last_[static_cast<unsigned char>(content.back())]) return false;
    }
    return matches_short(content);
  }
  size_t size() const noexcept { return patterns_.size(); }

 private:
  struct Pattern {
    // The first (up to) eight bytes of a line or prefix pattern, lowercased, and the mask of those bytes:
    // a line is compared in full only with the patterns whose head its own lowercased head matches.
    uint64_t head = 0, mask = 0;
    Kind kind;
    std::string text;
  };
  // Sorted by the lowercased first byte of line and prefix patterns, suffix patterns last: a line is
  // compared only with the patterns that start like it (the list is long, every line is checked).
  std::vector<Pattern> patterns_;
  unsigned short bucket_[258] = {};  // patterns_[bucket_[c], bucket_[c + 1]) start with byte c; 256: suffixes
  bool last_[256] = {};              // last bytes of suffix patterns: a quick reject
  // The lowercased first two bytes of the line and prefix patterns, hashed into 4096 bits: a line whose
  // own first two bytes are in no slot starts like no pattern, so the bucket of its first byte (a dozen
  // patterns for common letters, each a head compare) is not walked. A one-byte pattern fills every slot
  // of its first byte. Most lines of news start with a word no pattern starts with.
  static constexpr unsigned kPairBits = 12;
  uint64_t pairs_[(1u << kPairBits) / 64] = {};
  static unsigned pair_slot(uint64_t head) noexcept {
    return static_cast<unsigned>((static_cast<uint32_t>(head & 0xFFFF) * 2654435761u) >> (32 - kPairBits));
  }
  bool may_start(uint64_t head) const noexcept {
    const unsigned slot = pair_slot(head);
    return (pairs_[slot / 64] >> (slot % 64)) & 1;
  }
  // The same for the lowercased first four bytes, of a line of four bytes or more: a pattern of fewer
  // fills every slot.
  uint64_t quads_[(1u << kPairBits) / 64] = {};
  static unsigned quad_slot(uint64_t head) noexcept {
    return static_cast<unsigned>((static_cast<uint32_t>(head & 0xFFFFFFFF) * 2654435761u) >> (32 - kPairBits));
  }
  bool may_start4(uint64_t head) const noexcept {
    const unsigned slot = quad_slot(head);
    return (quads_[slot / 64] >> (slot % 64)) & 1;
  }
  void append(Kind kind, std::string_view text);  // without index()
  bool matches_short(std::string_view content) const noexcept;  // 1 to kMaxLine bytes
  void index();
};

// Appends, sorted, one deletion per group of boilerplate lines: the lines and the breaks after them
// (before them, for a group that ends the text). `lines`: the lines of `text`, split with the patterns
// (LineIndex::split), which mark the lines they match.
void find_boilerplate(std::string_view text, const LineIndex& lines, Edits& out);

}  // namespace textchain::cleanup

#endif
