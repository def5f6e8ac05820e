// The offset map under random sequences of rewrites, as a chain of rewriting steps makes them.
//
// The input is read as a small program: an initial text, then rounds of edits (positions, lengths and
// replacements drawn from the input). Each round is applied with OffsetMap::apply; a round that is not
// sorted and disjoint must be refused with std::invalid_argument, never applied. After every round the
// map must reproduce the text it built, keep copied bytes where they were, and map every span of the new
// text to a span of the old one (begin <= end, inside the old text), monotonically; spans of the final
// text mapped back through every round must stay inside the original.
#include "document/offset_map.hpp"
#include "fuzz_check.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

using textchain::document::OffsetMap;
using textchain::document::TextEdit;

namespace {
struct Reader {
  const uint8_t* p;
  size_t n;
  bool empty() const { return n == 0; }
  uint8_t byte() {
    if (!n) return 0;
    --n;
    return *p++;
  }
  std::string bytes(size_t k) {
    k = std::min(k, n);
    std::string s(reinterpret_cast<const char*>(p), k);
    p += k;
    n -= k;
    return s;
  }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Reader in{data, size};
  std::string text = in.bytes(in.byte());
  const std::string original = text;
  std::vector<OffsetMap> maps;

  while (!in.empty() && maps.size() < 16) {
    const uint8_t header = in.byte();
    const bool keep_order = (header & 0x80) == 0;  // mostly well-formed rounds, sometimes arbitrary ones
    const size_t count = header & 0x0F;
    std::vector<TextEdit> edits;
    size_t pos = 0;
    for (size_t i = 0; i < count && !in.empty(); ++i) {
      TextEdit e;
      if (keep_order) {
        e.begin = pos + in.byte() % 8;
        e.end = e.begin + in.byte() % 8;
        e.begin = std::min(e.begin, text.size());
        e.end = std::min(e.end, text.size());
      } else {
        e.begin = in.byte();
        e.end = in.byte();
      }
      e.replacement = in.bytes(in.byte() % 6);
      pos = e.end;
      edits.push_back(std::move(e));
    }
    bool valid = true;
    size_t prev = 0;
    for (const TextEdit& e : edits) {
      valid = valid && e.begin >= prev && e.end >= e.begin && e.end <= text.size();
      prev = e.end;
    }

    std::string new_text;
    OffsetMap map;
    try {
      map = OffsetMap::apply(text, edits, new_text);
    } catch (const std::invalid_argument&) {
      FUZZ_CHECK(!valid, "a sorted, disjoint round of %zu edits was refused", edits.size());
      continue;
    }
    FUZZ_CHECK(valid, "a round with overlapping, unsorted or outside edits was applied");

    // The new text is the old one with the replacements spliced in.
    std::string expected;
    size_t at = 0;
    for (const TextEdit& e : edits) {
      expected.append(text, at, e.begin - at);
      expected += e.replacement;
      at = e.end;
    }
    expected.append(text, at, std::string::npos);
    FUZZ_CHECK(new_text == expected, "apply built a different text");
    FUZZ_CHECK(map.old_size() == text.size() && map.new_size() == new_text.size(), "sizes disagree");

    size_t last_begin = 0, last_end = 0;
    for (size_t p = 0; p <= new_text.size(); ++p) {
      const size_t ob = map.to_old_begin(p), oe = map.to_old_end(p);
      FUZZ_CHECK(ob <= text.size() && oe <= text.size(), "new %zu maps outside the old text", p);
      FUZZ_CHECK(ob >= last_begin && oe >= last_end, "mapping of new %zu is not monotonic", p);
      last_begin = ob;
      last_end = oe;
      // Empty spans are exempt: a begin right after a deletion maps past it while an end maps before it
      // (the host collapses such spans to their begin).
      for (size_t q = p + 1; q <= new_text.size() && q <= p + 8; ++q)
        FUZZ_CHECK(map.to_old_begin(p) <= map.to_old_end(q), "span [%zu, %zu) maps to [%zu, %zu)", p, q,
                   map.to_old_begin(p), map.to_old_end(q));
    }
    // Bytes outside every edit are copies: they map to the same byte, and back.
    at = 0;
    auto check_copied = [&](size_t old_b, size_t old_e) {
      for (size_t o = old_b; o < old_e; ++o) {
        const size_t n = map.to_new_begin(o);
        FUZZ_CHECK(n < new_text.size() && new_text[n] == text[o], "copied old byte %zu maps to new %zu", o, n);
        FUZZ_CHECK(map.to_old_begin(n) == o, "copied byte: old %zu -> new %zu -> old %zu", o, n, map.to_old_begin(n));
        FUZZ_CHECK(map.to_new_end(o + 1) == n + 1, "end after copied old byte %zu maps to %zu", o,
                   map.to_new_end(o + 1));
      }
    };
    for (const TextEdit& e : edits) {
      check_copied(at, e.begin);
      at = e.end;
    }
    check_copied(at, text.size());
    for (size_t o = 0; o <= text.size(); ++o) {
      FUZZ_CHECK(map.to_new_begin(o) <= new_text.size() && map.to_new_end(o) <= new_text.size(),
                 "old %zu maps outside the new text", o);
    }

    maps.push_back(std::move(map));
    text = std::move(new_text);
  }

  // Spans of the final text, mapped back through every round, stay ordered spans of the original.
  for (size_t b = 0; b <= text.size(); b += 1 + b / 8) {
    for (size_t e = b; e <= text.size(); e += 1 + (e - b)) {
      size_t ob = b, oe = e;
      bool empty = b == e;
      for (auto it = maps.rbegin(); it != maps.rend(); ++it) {
        const size_t nb = it->to_old_begin(ob);
        size_t ne = it->to_old_end(oe);
        if (nb > ne) {
          // Only a span that is (or became, over an insertion) empty may cross a deletion reversed; the
          // host collapses it to its begin, as here.
          FUZZ_CHECK(empty, "span [%zu, %zu) of the final text maps to [%zu, %zu)", b, e, nb, ne);
          ne = nb;
        }
        ob = nb;
        oe = ne;
        empty = empty || ob == oe;
      }
      FUZZ_CHECK(ob <= oe && oe <= original.size(), "span [%zu, %zu) maps to [%zu, %zu) of %zu bytes", b, e, ob,
                 oe, original.size());
    }
  }
  return 0;
}
