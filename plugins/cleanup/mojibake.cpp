// The mojibake model. Text goes wrong one way: the UTF-8 bytes of a character are decoded with a
// single-byte code page, one character per byte, and the result is stored as UTF-8; that may happen again
// (with the same or another code page), up to three times in practice. Undoing it means mapping each
// character back to the byte the code page gave it and decoding those bytes as UTF-8.
//
// The search: a repair starts where a character some code page decodes from a UTF-8 lead byte
// (0xC2..0xF4) is followed by one that code page decodes from a continuation byte (0x80..0xBF). For each
// such code page the longest run of valid UTF-8 sequences from there is decoded; its result may be
// decoded again through any code page, as long as it is mojibake in its entirety. Every chain found is a
// candidate; none is taken unless the cost model says its result reads clearly better than the original.
//
// The cost model counts what text does not do: a symbol glued to a letter ("Ã©", "√©"), a capital after a
// small letter inside a word ("cafÃ©"), letters of two scripts inside one word ("Рё" decoded into a Latin
// word), C1 control characters, a combining mark on no letter. A candidate's gain is the original span's
// cost minus the result's, minus a prior for the less common code pages. Gain >= 1 repairs; gain 0
// (e.g. "Ð’" for "В", which is also a capital and a quote mark) repairs only on a line that has a sure
// repair through the same family of code pages; results with characters no text uses are never taken.
#include "mojibake.hpp"

#include <algorithm>
#include <climits>
#include <cstring>
#include <vector>

#include "char_class.hpp"
#include "mojibake_tables_data.hpp"
#include "utf8.hpp"

namespace textchain::cleanup {

namespace {

namespace md = mojibake_data;

constexpr int kMaxLevels = 3;
constexpr size_t kMaxRun = 1024;  // characters of a run considered at once: a long line of mis-decoded CJK is one run

const md::HighChar* high_char(char32_t cp) noexcept {
  if (cp < md::kHighIndexLimit) {
    const uint16_t i = md::kHighIndex[cp];
    return i ? &md::kHighChars[i - 1] : nullptr;
  }
  if (cp > 0xFFFF) return nullptr;
  const md::HighChar* end = md::kHighChars + md::kHighCharCount;
  const md::HighChar* it =
      std::lower_bound(md::kHighChars, end, cp, [](const md::HighChar& h, char32_t c) { return h.cp < c; });
  return it != end && it->cp == cp ? it : nullptr;
}

uint16_t cont_mask(char32_t cp) noexcept {
  const md::HighChar* h = high_char(cp);
  return h ? h->cont : 0;
}

// Windows-1252, Latin-1 and ISO-8859-15 are one family: they agree on almost every character.
int family_of(int codec) noexcept { return codec <= 2 ? 0 : codec; }

size_t sequence_length(unsigned char b) noexcept {
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

struct Sequence {
  char32_t cp = 0;
  size_t size = 0;  // 0: invalid
};

// One valid, shortest-form UTF-8 sequence at `p`. A surrogate pair written as two three-byte sequences
// (CESU-8, what Java and MySQL's old "utf8" produce for emoji) is taken as the one character it encodes.
Sequence decode_sequence(const unsigned char* p, size_t avail) noexcept {
  const size_t n = sequence_length(p[0]);
  if (n == 0 || n > avail) return {};
  for (size_t i = 1; i < n; ++i)
    if ((p[i] & 0xC0) != 0x80) return {};
  char32_t cp;
  if (n == 2) return {static_cast<char32_t>(((p[0] & 0x1F) << 6) | (p[1] & 0x3F)), 2};
  if (n == 3) {
    cp = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (cp < 0x800 || (cp >= 0xDC00 && cp <= 0xDFFF)) return {};
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (avail < 6 || p[3] != 0xED || (p[4] & 0xF0) != 0xB0 || (p[5] & 0xC0) != 0x80) return {};
      const char32_t low = 0xD000 | ((p[4] & 0x3F) << 6) | (p[5] & 0x3F);
      return {0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00), 6};
    }
    return {cp, 3};
  }
  cp = ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  if (cp < 0x10000 || cp > 0x10FFFF) return {};
  return {cp, 4};
}

// Decodes the longest prefix of `bytes` made of valid sequences into `out`; returns the bytes used.
size_t decode_prefix(const unsigned char* bytes, size_t n, std::string& out) {
  out.clear();
  size_t i = 0;
  while (i < n) {
    const Sequence s = decode_sequence(bytes + i, n - i);
    if (s.size == 0) break;
    utf8::append(out, s.cp);
    i += s.size;
  }
  return i;
}

// ---- The cost model -------------------------------------------------------------------------------

bool closing_punct(char32_t cp) noexcept {
  return cp == 0x2019 || cp == 0x201D || cp == 0xBB || cp == 0x203A || cp == 0x2026;
}

CharInfo info_or_space(char32_t cp) noexcept { return cp == 0 ? CharInfo{CharClass::space, 0} : char_info(cp); }

// The cost of `b` following `a` (itself after `a2`); 0 stands for the edge of the text.
int pair_cost(char32_t a2, char32_t a, char32_t b) noexcept {
  const CharInfo A = info_or_space(a), B = info_or_space(b);
  const bool la = A.letter(), lb = B.letter();
  int c = 0;
  // Letters of two scripts inside one word: "lՎtė" is "l’été" read through MacRoman.
  if (la && lb && A.script != 0 && B.script != 0 && A.script != B.script) c += 2;
  // A symbol glued to a letter: "Ã©", "Â£", "√©", "â€™", "╨£".
  if ((la && B.cls == CharClass::symbol) || (A.cls == CharClass::symbol && lb)) c += 1;
  // Two symbols in a row ("€™", "√©"); emoji sequences excepted.
  if (A.cls == CharClass::symbol && B.cls == CharClass::symbol && a >= 0x80 && b >= 0x80 && a < 0x1F000 &&
      b < 0x1F000)
    c += 1;
  // A capital with a diacritic or of another script after a small letter: "cafÃ©", "РїСЂ".
  if (A.cls == CharClass::lower && B.cls == CharClass::upper && b >= 0x80) c += 1;
  // An accented Latin capital followed by an accented small letter: "Ãœber", "Ãš".
  if (A.cls == CharClass::upper && B.cls == CharClass::lower && a >= 0x80 && b >= 0x80 && A.script == B.script &&
      A.script == char_info('a').script)
    c += 1;
  // A small letter after two capitals: "IRMû" is not a word, "IRMÃ»" is one and a closing quote.
  if (A.cls == CharClass::upper && B.cls == CharClass::lower && b >= 0x80 && info_or_space(a2).cls == CharClass::upper)
    c += 1;
  // An accented capital followed by punctuation that does not close anything: "Ã–", "Ã“", or by a
  // no-break space, which news puts after words, not after a lone capital letter: "Â\u00A0".
  if (A.cls == CharClass::upper && a >= 0x80 &&
      ((B.cls == CharClass::punct && b >= 0x80 && !closing_punct(b)) || b == 0xA0))
    c += 1;
  // Low-9 quotation marks open a quotation; they never end a word ("Ã„" is "Ä").
  if (la && (b == 0x201E || b == 0x201A)) c += 1;
  // A combining mark must sit on a letter of its script.
  if (B.cls == CharClass::mark && A.cls != CharClass::mark && !(la && (B.script == 0 || B.script == A.script)))
    c += 2;
  return c;
}

int char_cost(char32_t cp) noexcept {
  const CharInfo i = char_info(cp);
  if (i.cls == CharClass::control || i.cls == CharClass::implausible || i.script == kRareScript) return 3;
  return 0;
}

// Characters a real decoding never yields: controls (a C1 control is a code page's byte, not text),
// unassigned and private-use code points, letters of scripts nobody writes news in.
bool acceptable_result(std::string_view s) noexcept {
  for (size_t p = 0; p < s.size();) {
    const utf8::CodePoint c = utf8::decode(s, p);
    const CharInfo i = char_info(c.cp);
    if (i.cls == CharClass::control || i.cls == CharClass::implausible || i.script == kRareScript) return false;
    p += c.size;
  }
  return true;
}

struct Context {
  char32_t before2 = 0, before = 0, after = 0;
};

// The span's cost in its context: pairs that touch it, and its own characters.
int badness(std::string_view span, const Context& cx) noexcept {
  char32_t a2 = cx.before2, a = cx.before;
  int cost = 0;
  for (size_t p = 0; p < span.size();) {
    const utf8::CodePoint c = utf8::decode(span, p);
    cost += pair_cost(a2, a, c.cp) + char_cost(c.cp);
    a2 = a;
    a = c.cp;
    p += c.size;
  }
  return cost + pair_cost(a2, a, cx.after);
}

size_t count_chars(std::string_view s) noexcept {
  size_t n = 0;
  for (unsigned char b : s) n += (b & 0xC0) != 0x80;
  return n;
}

// ---- The search -----------------------------------------------------------------------------------

struct RunChar {
  size_t begin;
  const md::HighChar* high;
};

struct Candidate {
  size_t end = 0;  // byte offset in the text
  int gain = INT_MIN;
  int levels = 0;
  int codec = -1;
  std::string text;
};

// Maps every character of `s` to its byte in `codec` and decodes the bytes entirely; false when some
// character has no byte or the bytes are not valid UTF-8 throughout.
bool decode_layer(std::string_view s, int codec, std::vector<unsigned char>& bytes, std::string& out) {
  bytes.clear();
  for (size_t p = 0; p < s.size();) {
    const utf8::CodePoint c = utf8::decode(s, p);
    const md::HighChar* h = high_char(c.cp);
    if (!h || h->bytes[codec] == 0) return false;
    bytes.push_back(h->bytes[codec]);
    p += c.size;
  }
  return !bytes.empty() && decode_prefix(bytes.data(), bytes.size(), out) == bytes.size();
}

class Finder {
 public:
  explicit Finder(std::string_view text) : text_(text) {}

  // The best accepted repair of a span starting at `pos`, a character that `lead` code pages decode from
  // a lead byte. False when no candidate reads better than the text.
  bool best_repair(size_t pos, uint16_t lead, Candidate& best) {
    collect_run(pos);
    const Context left = context_before(pos);
    best = Candidate{};
    std::string original;
    for (int codec = 0; codec < md::kCodecCount; ++codec) {
      if (!(lead & (1u << codec))) continue;
      bytes_.clear();
      for (const RunChar& r : run_) {
        const unsigned char b = r.high->bytes[codec];
        if (b == 0) break;
        bytes_.push_back(b);
      }
      const size_t used = decode_prefix(bytes_.data(), bytes_.size(), layer_[0]);
      if (used == 0) continue;
      const size_t end = used < run_.size() ? run_[used].begin : run_end_;
      Context cx = left;
      cx.after = end < text_.size() ? utf8::decode(text_, end).cp : 0;
      const std::string_view span = text_.substr(pos, end - pos);
      const int original_cost = badness(span, cx);
      const size_t chars = count_chars(layer_[0]);
      consider(cx, original_cost, chars, layer_[0], 1, codec, codec, end, best);
      // Deeper layers: the result is itself mojibake in its entirety.
      for (int second = 0; second < md::kCodecCount; ++second) {
        if (!decode_layer(layer_[0], second, scratch_bytes_, layer_[1])) continue;
        consider(cx, original_cost, chars, layer_[1], 2, codec, second, end, best);
        for (int third = 0; third < md::kCodecCount; ++third)
          if (decode_layer(layer_[1], third, scratch_bytes_, layer_[2]))
            consider(cx, original_cost, chars, layer_[2], 3, codec, third, end, best);
      }
    }
    return best.gain >= 0;
  }

 private:
  void consider(const Context& cx, int original_cost, size_t first_level_chars, const std::string& result, int levels,
                int first, int last, size_t end, Candidate& best) {
    if (!acceptable_result(result)) return;
    int gain = original_cost - badness(result, cx) - md::kCodecs[first].prior - (levels > 1 ? md::kCodecs[last].prior : 0);
    // Two or more characters decoded from valid multi-byte sequences are hard to get by chance.
    // Two or more characters decoded from valid multi-byte sequences at the first level are hard to get
    // by chance: a result that reads as clean text then gets a point.
    if (first_level_chars >= 2 && badness(result, cx) == 0) ++gain;
    // On a tie the longer span wins, then the deeper decoding: a result that is itself mojibake from end
    // to end ("Ã…" from "Ãƒâ€¦") was encoded once more, text almost never is.
    const bool better = gain > best.gain || (gain == best.gain && end > best.end) ||
                        (gain == best.gain && end == best.end && levels > best.levels);
    if (!better) return;
    best.gain = gain;
    best.end = end;
    best.levels = levels;
    best.codec = first;
    best.text = result;
  }

  void collect_run(size_t pos) {
    run_.clear();
    size_t q = pos;
    while (q < text_.size() && run_.size() < kMaxRun) {
      const utf8::CodePoint c = utf8::decode(text_, q);
      const md::HighChar* h = c.cp >= 0x80 ? high_char(c.cp) : nullptr;
      if (!h) break;
      run_.push_back({q, h});
      q += c.size;
    }
    run_end_ = q;
  }

  Context context_before(size_t pos) const {
    Context cx;
    if (pos == 0) return cx;
    const size_t p1 = utf8::previous(text_, pos);
    cx.before = utf8::decode(text_, p1).cp;
    if (p1 > 0) cx.before2 = utf8::decode(text_, utf8::previous(text_, p1)).cp;
    return cx;
  }

  std::string_view text_;
  std::vector<RunChar> run_;
  size_t run_end_ = 0;
  std::vector<unsigned char> bytes_, scratch_bytes_;
  std::string layer_[kMaxLevels];
};

// Offset of the first byte >= 0x80 at or after `pos`, eight bytes at a time.
size_t next_non_ascii(std::string_view text, size_t pos) noexcept {
  const char* p = text.data();
  const size_t n = text.size();
  while (pos + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + pos, 8);
    if (w & 0x8080808080808080ull) break;
    pos += 8;
  }
  while (pos < n && static_cast<unsigned char>(p[pos]) < 0x80) ++pos;
  return pos;
}

struct Pending {
  Edit edit;
  int family;
};

bool same_line(std::string_view text, size_t a, size_t b) noexcept {
  const size_t lo = std::min(a, b), hi = std::max(a, b);
  return std::memchr(text.data() + lo, '\n', hi - lo) == nullptr;
}

}  // namespace

int mojibake_codec_count() noexcept { return md::kCodecCount; }

const char* mojibake_codec_name(int codec) noexcept {
  return codec >= 0 && codec < md::kCodecCount ? md::kCodecs[codec].name : "";
}

int mojibake_byte(char32_t cp, int codec) noexcept {
  if (codec < 0 || codec >= md::kCodecCount) return -1;
  const md::HighChar* h = cp >= 0x80 ? high_char(cp) : nullptr;
  return h && h->bytes[codec] ? h->bytes[codec] : -1;
}

void find_mojibake(std::string_view text, Edits& out) {
  const size_t n = text.size();
  const size_t first = out.size();
  std::vector<Pending> sure_at, weak;  // family of each sure repair, for the weak ones on its line
  Finder finder(text);
  Candidate best;
  size_t pos = 0;
  while ((pos = next_non_ascii(text, pos)) < n) {
    const utf8::CodePoint c = utf8::decode(text, pos);
    const size_t next = pos + c.size;
    const md::HighChar* h = high_char(c.cp);
    const uint16_t lead = h ? h->lead : 0;
    if (lead == 0) {
      // A C1 control left alone by the repairs: Windows-1252 text read as Latin-1, "\x93quoted\x94". Web
      // browsers read these bytes as Windows-1252 too; the five bytes it leaves undefined stay.
      if (c.cp >= 0x80 && c.cp <= 0x9F && md::kCodecs[0].high[c.cp - 0x80] != c.cp) {
        std::string r;
        utf8::append(r, md::kCodecs[0].high[c.cp - 0x80]);
        out.push_back({pos, next, std::move(r), rule::mojibake});
        sure_at.push_back({out.back(), 0});
      }
      pos = next;
      continue;
    }
    const utf8::CodePoint d = utf8::decode(text, next);
    if (d.size == 0) break;
    if (d.cp == ' ' && (c.cp == 0xC3 || c.cp == 0xC2)) {
      // Partly lost bytes: a program that took byte 0xA0 (no-break space) for a space turned "Ã\xA0"
      // (à) into "Ã " and "Â\xA0" (a no-break space) into "Â ". A lone Ã or Â after a small letter or a
      // digit is never text ("voilÃ ", "100Â km"); after a space or punctuation it is repaired only on a
      // line with sure repairs. After a capital it is Portuguese ("IRMÃ E") and stays.
      const utf8::CodePoint before = pos > 0 ? utf8::decode(text, utf8::previous(text, pos)) : utf8::CodePoint{};
      const CharInfo bi = info_or_space(before.cp);
      const bool after_small = bi.cls == CharClass::lower || (c.cp == 0xC2 && bi.cls == CharClass::digit);
      if (after_small || !(bi.letter() || bi.cls == CharClass::digit)) {
        // "Ã  la" (the lost byte and the space after it) gives "à la"; "voilÃ que" (spaces collapsed)
        // "voilà que"; "Â " was a no-break space.
        const bool doubled = next + 1 < n && text[next + 1] == ' ';
        Edit e{pos, c.cp == 0xC2 || doubled ? next + 1 : next, c.cp == 0xC2 ? "\u00A0" : "à", rule::mojibake};
        if (after_small) {
          sure_at.push_back({e, 0});
          pos = e.end;
          out.push_back(std::move(e));
          continue;
        }
        if (doubled || c.cp == 0xC2) weak.push_back({std::move(e), 0});
      }
      pos = next;
      continue;
    }
    const uint16_t both = lead & cont_mask(d.cp);
    if (both == 0 || !finder.best_repair(pos, both, best)) {
      pos = next;
      continue;
    }
    Edit e{pos, best.end, std::move(best.text), rule::mojibake};
    if (best.gain >= 1) {
      sure_at.push_back({e, family_of(best.codec)});
      out.push_back(std::move(e));
    } else {
      weak.push_back({std::move(e), family_of(best.codec)});
    }
    pos = best.end;
  }
  if (weak.empty()) return;
  const size_t middle = out.size();
  for (Pending& w : weak) {
    const bool confirmed = std::any_of(sure_at.begin(), sure_at.end(), [&](const Pending& s) {
      return s.family == w.family && same_line(text, s.edit.begin, w.edit.begin);
    });
    if (confirmed) out.push_back(std::move(w.edit));
  }
  std::inplace_merge(out.begin() + static_cast<std::ptrdiff_t>(first), out.begin() + static_cast<std::ptrdiff_t>(middle),
                     out.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
}

}  // namespace textchain::cleanup
