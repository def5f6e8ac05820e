// The mojibake model. Text goes wrong one way: the UTF-8 bytes of a character are decoded with a
// single-byte code page, one character per byte, and the result is stored as UTF-8; that may happen again
// (with the same or another code page), up to three times in practice. Undoing it means mapping each
// character back to the byte the code page gave it and decoding those bytes as UTF-8.
//
// The search: a repair starts where a character some code page decodes from a UTF-8 lead byte
// (0xC2..0xF4) is followed by one that code page decodes from a continuation byte (0x80..0xBF). For each
// such code page the longest run of valid UTF-8 sequences from there is decoded; its result may be
// decoded again through any code page, as long as it is mojibake in its entirety. Every chain found is a
// candidate, judged by the cost model (mojibake_cost.hpp): its gain is the span's cost minus the result's,
// minus a prior for the less common code pages.
//
// The decision: a candidate with gain >= 1 whose result reads clean in its context is sure. Each line's
// spans vote for the code pages that repair them best; a second pass then prefers, on every line that had
// a sure repair, the code page most of its spans voted for (between equals, the one whose readings are
// one alphabet's: line_codec): there gain 0 is enough and the prior is not paid ("Ð’" is "В" on a line
// of Windows-1252 mojibake, and a capital and a quote mark elsewhere).
// Results with characters no text uses are never taken. Clean text makes one pass and allocates nothing.
#include "mojibake.hpp"

#include <algorithm>
#include <climits>
#include <cstring>
#include <optional>
#include <vector>
#include <textchain/utf8.hpp>

#include "avx2.hpp"

#include "char_class.hpp"
#include "languages.hpp"
#include "lines.hpp"
#include "mojibake_cost.hpp"
#include "mojibake_tables_data.hpp"

namespace textchain::cleanup {

namespace {

namespace md = mojibake_data;

constexpr int kMaxLevels = 3;
constexpr size_t kMaxRun = 1 << 16;  // characters of a run considered at once: a long line of mis-decoded CJK is one run

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

// No code page decodes a byte >= 0x80 to ASCII: an ASCII character continues no sequence (cont_mask 0),
// which Scan::run's step over a lone non-ASCII character relies on.
constexpr bool no_ascii_high_chars() {
  for (char32_t cp = 0; cp < 0x80; ++cp)
    if (md::kHighIndex[cp] != 0) return false;
  return true;
}
static_assert(no_ascii_high_chars());

uint16_t cont_mask(char32_t cp) noexcept {
  const md::HighChar* h = high_char(cp);
  return h ? h->cont : 0;
}

// Windows-1252, Latin-1 and ISO-8859-15 are one family: they agree on almost every character.
int family_of(int codec) noexcept { return codec <= 2 ? 0 : codec; }

// One valid, shortest-form UTF-8 sequence at `p` (size 0: none). A surrogate pair written as two
// three-byte sequences (CESU-8, what Java and MySQL's old "utf8" produce for emoji), which UTF-8 forbids,
// is taken as the one character it encodes: ED A0..AF xx is the high half, ED B0..BF xx the low half.
utf8::CodePoint decode_sequence(const unsigned char* p, size_t avail) noexcept {
  const utf8::CodePoint c = utf8::decode_strict(p, avail);
  if (c.size != 0) return c;
  if (avail >= 6 && p[0] == 0xED && (p[1] & 0xF0) == 0xA0 && (p[2] & 0xC0) == 0x80 && p[3] == 0xED &&
      (p[4] & 0xF0) == 0xB0 && (p[5] & 0xC0) == 0x80) {
    const char32_t high = static_cast<char32_t>(((p[1] & 0x0F) << 6) | (p[2] & 0x3F));  // 10 bits each
    const char32_t low = static_cast<char32_t>(((p[4] & 0x0F) << 6) | (p[5] & 0x3F));
    return {0x10000 + (high << 10) + low, 6};
  }
  return {};
}

// Decodes the longest prefix of `bytes` made of valid sequences into `out`; returns the bytes used.
size_t decode_prefix(const unsigned char* bytes, size_t n, std::string& out) {
  out.clear();
  size_t i = 0;
  while (i < n) {
    const utf8::CodePoint s = decode_sequence(bytes + i, n - i);
    if (s.size == 0) break;
    utf8::append(out, s.cp);
    i += s.size;
  }
  return i;
}

bool lone_foreign_letter(std::string_view s) noexcept {
  const utf8::CodePoint c = utf8::decode(s, 0);
  return c.size == s.size() && c.cp >= 0x530 && c.cp < 0x800 && char_info(c.cp).letter();
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
  bool preferred = false;  // read with the code page of the line's other repairs
  int levels = 0;
  int inner = -1;  // code page of the deepest level, -1 for one level
  int result_cost = 0;
  std::string text;
};

// Maps every character of `s` to its byte in `codec` and decodes the bytes entirely; false when some
// character has no byte or the bytes are not valid UTF-8 throughout.
bool decode_layer(std::string_view s, int codec, std::vector<unsigned char>& bytes, std::string& out) {
  // Most code pages fail at once: the first character must come from a lead byte, the second from a
  // continuation byte.
  const utf8::CodePoint c0 = utf8::decode(s, 0);
  const md::HighChar* h0 = high_char(c0.cp);
  if (!h0 || !(h0->lead & (1u << codec)) || !(cont_mask(utf8::decode(s, c0.size).cp) & (1u << codec))) return false;
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

int inner_prior(int first, int inner) noexcept { return family_of(first) == family_of(inner) ? 0 : md::kCodecs[inner].prior; }

class Finder {
 public:
  explicit Finder(std::string_view text) : text_(text) {}

  // The best repair of a span starting at `pos`, a character that `lead` code pages decode from a lead
  // byte; `preferred` is the code page the line's other repairs agree on (-1: none). Fills `gains` with
  // how much better the best result through each code page reads, before priors (INT_MIN: none). False
  // when no candidate is good enough.
  bool best_repair(size_t pos, uint16_t lead, int preferred, int preferred_inner, Candidate& best,
                   int (&gains)[md::kCodecCount]) {
    const CostContext left = context_before(pos);
    preferred_ = preferred;
    preferred_inner_ = preferred_inner;
    gains_ = gains;
    // The run is read a little at a time: most spans are a few characters, and a long run of characters
    // that are not mojibake must not be read again from every position in it.
    long_run_ = false;
    examined_end_ = pos;
    for (size_t limit = 32;; limit *= 4) {
      collect_run(pos, limit);
      best = Candidate{};
      std::fill(std::begin(gains), std::end(gains), INT_MIN);
      if (!try_code_pages(pos, lead, left, best) || run_.size() < limit || limit >= kMaxRun) break;
      long_run_ = true;
    }
    // Gain 0 is enough on a line whose other repairs were read with the same code page: "Ð’" is "В"
    // there, and a capital and a quote mark elsewhere.
    // Otherwise the result must read as clean text in its context as well as better than the span: in
    // "Ω≈ç√∫˜µ≤≥÷" (a row of a Mac keyboard) "√∫" is MacRoman mojibake of "ú", and "çú˜" no better.
    return (best.gain >= 1 && best.result_cost == 0) || (best.preferred && best.gain >= 0);
  }

  // Per code page, the languages whose alphabets have the letters of its best result in `gains` (set
  // where that gain is not INT_MIN).
  const LanguageSet (&writers() const noexcept)[md::kCodecCount] { return writers_; }

  // Where a search should go on after best_repair refused: past the span it weighed when that span was
  // long (read past its first 32 characters): "ВІВІВІ…" reads as "²²²…", its suffixes would be refused
  // the same way, and weighing them from every position would be quadratic. Otherwise `next`.
  size_t resume_after_refusal(size_t next) const noexcept {
    return long_run_ && examined_end_ > next ? examined_end_ : next;
  }

 private:
  // Every chain from `pos` through the code pages in `lead`; true when some first level used the whole
  // run read so far (a longer run may give a longer span).
  bool try_code_pages(size_t pos, uint16_t lead, const CostContext& left, Candidate& best) {
    bool reached_end = false;
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
      reached_end |= used + 4 > run_.size();  // within a sequence of the end: the run may go on
      const size_t end = used < run_.size() ? run_[used].begin : run_end_;
      examined_end_ = std::max(examined_end_, end);
      CostContext cx = left;
      // Where the run was cut short, what follows is more of the run: judged as the edge of the text.
      const bool cut = end == run_end_ && run_end_ < text_.size() && run_.size() == run_limit_;
      cx.after = end < text_.size() && !cut ? utf8::decode(text_, end).cp : 0;
      const std::string_view span = text_.substr(pos, end - pos);
      const int original_cost = span_cost(span, cx);
      const size_t chars = count_chars(layer_[0]);
      const CharInfo left_info = char_info_or_space(left.before);
      const bool all_box = !left_info.letter() && left_info.cls != CharClass::digit &&
                           std::all_of(run_.begin(), run_.begin() + static_cast<std::ptrdiff_t>(used),
                                       [](const RunChar& r) { return r.high->cp >= 0x2500 && r.high->cp <= 0x259F; });
      consider(cx, original_cost, chars, layer_[0], 1, codec, -1, all_box, end, best);
      // Deeper layers: the result is itself mojibake in its entirety.
      for (int second = 0; second < md::kCodecCount; ++second) {
        if (!decode_layer(layer_[0], second, scratch_bytes_, layer_[1])) continue;
        consider(cx, original_cost, chars, layer_[1], 2, codec, second, all_box, end, best);
        for (int third = 0; third < md::kCodecCount; ++third)
          if (decode_layer(layer_[1], third, scratch_bytes_, layer_[2]))
            consider(cx, original_cost, chars, layer_[2], 3, codec, third, all_box, end, best);
      }
    }
    return reached_end;
  }

  // `inner`: the code page of the deepest level (-1: one level). Its prior is paid when it is of another
  // family than the first level's ("её" is also Windows-1252 → KOI8-R mojibake of "ţ"), unless the line's
  // other chains went through it too.
  void consider(const CostContext& cx, int original_cost, size_t first_level_chars, const std::string& result, int levels,
                int first, int inner, bool all_box, size_t end, Candidate& best) {
    if (!readable_result(result)) return;
    const int result_cost = span_cost(result, cx);
    int raw = original_cost - result_cost;
    // Two or more characters decoded from valid multi-byte sequences at the first level are hard to get
    // by chance: a result that reads as clean text then gets a point, if the span looked odd at all
    // (capitals "ЕЄВІ" are clean Ukrainian, and valid Windows-1251 mojibake by chance).
    if (first_level_chars >= 2 && result_cost == 0 && original_cost >= 1) ++raw;
    // Box drawing next to box drawing is what ASCII art is made of ("├┤a┼┐a"): a span of nothing else, not
    // glued to a letter or digit on its left ("k├╢nnen" is "können"), is repaired only on a line whose
    // other repairs went through the same code page.
    const bool preferred = first == preferred_;
    if (all_box && !preferred) raw = std::min(raw, 0);
    // One letter of Armenian, Hebrew, Arabic (the two-byte scripts past Cyrillic) from two characters is
    // as likely an accented capital and a quote mark ("Õ«"): repaired only on a line that says so.
    if (!preferred && lone_foreign_letter(result)) raw = std::min(raw, 0);
    if (result_cost == 0 && raw > gains_[first]) {
      gains_[first] = raw;
      writers_[first] = LanguageSet::all();
      writers_[first].keep_writers_of(result);
    }
    // A less common code page pays its prior, unless the line's other repairs were read with it too.
    const int paid_inner = inner < 0 || inner == preferred_inner_ ? 0 : inner_prior(first, inner);
    const int gain = (preferred ? raw : raw - md::kCodecs[first].prior) - paid_inner;
    // On a tie the line's code page wins, then the longer span, then the deeper decoding: a result that is
    // itself mojibake from end to end ("Ã…" from "Ãƒâ€¦") was encoded once more, text almost never is.
    bool better = gain > best.gain;
    if (gain == best.gain) {
      if (preferred != best.preferred) better = preferred;
      else better = end > best.end || (end == best.end && levels > best.levels);
    }
    if (!better) return;
    best.gain = gain;
    best.preferred = preferred;
    best.end = end;
    best.levels = levels;
    best.inner = inner;
    best.result_cost = result_cost;
    best.text = result;
  }

  void collect_run(size_t pos, size_t limit) {
    run_.clear();
    run_limit_ = limit;
    size_t q = pos;
    while (q < text_.size() && run_.size() < limit) {
      const utf8::CodePoint c = composed_char_at(text_, q);
      const md::HighChar* h = c.cp >= 0x80 ? high_char(c.cp) : nullptr;
      if (!h) break;
      run_.push_back({q, h});
      q += c.size;
    }
    run_end_ = q;
  }

  CostContext context_before(size_t pos) const {
    CostContext cx;
    if (pos == 0) return cx;
    const size_t p1 = utf8::previous(text_, pos);
    cx.before = utf8::decode(text_, p1).cp;
    if (p1 > 0) cx.before2 = utf8::decode(text_, utf8::previous(text_, p1)).cp;
    return cx;
  }

  std::string_view text_;
  int preferred_ = -1, preferred_inner_ = -1;
  bool long_run_ = false;
  size_t examined_end_ = 0;
  int* gains_ = nullptr;
  LanguageSet writers_[md::kCodecCount];
  std::vector<RunChar> run_;
  size_t run_end_ = 0, run_limit_ = 0;
  std::vector<unsigned char> bytes_, scratch_bytes_;
  std::string layer_[kMaxLevels];
};

}  // namespace

// Offset of the first byte >= 0x80 at or after `pos`. With SSE2 (the high bits are the sign bits movemask
// collects): the next 16 bytes first, where text of other scripts stops at once, then 64 bytes a step
// with one test, then 16 bytes a step to the byte; without, 32 bytes a step in words. Kept out of line:
// inlined into the scan, its position lived on the stack, and clean text is nearly all this loop.
[[gnu::noinline]] size_t next_non_ascii_sse2(std::string_view text, size_t pos) noexcept {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const auto* const base = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* p = base + pos;
  const unsigned char* const end = base + text.size();
#if defined(__SSE2__)
  const auto load = [](const unsigned char* at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)); };
  const auto high_at = [&](const unsigned char* at) { return static_cast<unsigned>(_mm_movemask_epi8(load(at))); };
  if (end - p >= 16) {
    if (const unsigned m = high_at(p)) return static_cast<size_t>(p - base) + static_cast<size_t>(__builtin_ctz(m));
    p += 16;
  }
  while (end - p >= 64) {
    const __m128i any = _mm_or_si128(_mm_or_si128(load(p), load(p + 16)), _mm_or_si128(load(p + 32), load(p + 48)));
    if (_mm_movemask_epi8(any) != 0) break;
    p += 64;
  }
  for (; end - p >= 16; p += 16)
    if (const unsigned m = high_at(p)) return static_cast<size_t>(p - base) + static_cast<size_t>(__builtin_ctz(m));
#endif
  while (end - p >= 32) {
    uint64_t a, b, c, d;
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + 8, 8);
    std::memcpy(&c, p + 16, 8);
    std::memcpy(&d, p + 24, 8);
    if ((a | b | c | d) & kHigh) break;
    p += 32;
  }
  while (end - p >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    if (w & kHigh) break;
    p += 8;
  }
  while (p < end && *p < 0x80) ++p;
  return static_cast<size_t>(p - base);
}

#if defined(TEXTCHAIN_CLEANUP_AVX2)
// next_non_ascii_sse2 with 32-byte loads, for the processors that have AVX2: the next 32 bytes first, then
// 64 bytes a step with one test (two loads where the 16-byte form made four), then 32 bytes a step to the
// byte; the last 31 bytes or fewer as next_non_ascii_sse2 reads them.
// The high bits of the 32 bytes at `at`; whether the 64 bytes at `at` have one.
static __attribute__((target("avx2"))) inline unsigned high_bits32(const unsigned char* at) noexcept {
  return static_cast<unsigned>(_mm256_movemask_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(at))));
}
static __attribute__((target("avx2"))) inline bool any_high64(const unsigned char* at) noexcept {
  const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at));
  const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at + 32));
  return _mm256_movemask_epi8(_mm256_or_si256(a, b)) != 0;
}

static __attribute__((target("avx2"))) size_t next_non_ascii_avx2(std::string_view text, size_t pos) noexcept {
  const auto* const base = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* p = base + pos;
  const unsigned char* const end = base + text.size();
  const auto found = [&](const unsigned char* at, unsigned m) { return static_cast<size_t>(at - base) + static_cast<size_t>(__builtin_ctz(m)); };
  if (end - p >= 32) {
    if (const unsigned m = high_bits32(p)) return found(p, m);
    p += 32;
  }
  while (end - p >= 64 && !any_high64(p)) p += 64;
  for (; end - p >= 32; p += 32)
    if (const unsigned m = high_bits32(p)) return found(p, m);
  return next_non_ascii_sse2(text, static_cast<size_t>(p - base));
}
#endif

namespace {

// The search for this processor, chosen once.
using NextNonAscii = size_t (*)(std::string_view, size_t) noexcept;
NextNonAscii pick_next_non_ascii() noexcept {
#if defined(TEXTCHAIN_CLEANUP_AVX2)
  if (runs_avx2()) return next_non_ascii_avx2;
#endif
  return next_non_ascii_sse2;
}
const NextNonAscii next_non_ascii_here = pick_next_non_ascii();

// Which code page each line's mojibake was read with: the one that explains most of its sure repairs.
struct LineVote {
  size_t line_begin = 0;
  bool sure = false;
  int votes[md::kCodecCount] = {};
  int weak[md::kCodecCount] = {};  // spans a code page repairs well but not surely
  int inner[md::kCodecCount] = {};  // sure repairs through two or three levels, by the deepest code page
  LanguageSet writers[md::kCodecCount];  // per code page, the alphabets that have all its voted results' letters
  int codec = -1;  // the code page the line was read with (line_codec), set after the first pass
};

// The code page most of the line's spans voted for. Between code pages with as many votes whose readings
// both have letters, the one whose readings of the line's spans are letters of one alphabet, and of the
// most spoken languages: ISO-8859-2 and Windows-1250 agree on most letters but read "ĂĄ" as "á" and "å",
// "Ăą" as "ñ" and "ù", and "mĂĄs aĂąejo" is Spanish "más añejo" in one and "mås aùejo", no alphabet's,
// in the other. Otherwise the earlier code page in the table, the commoner.
int line_codec(const LineVote& v) noexcept {
  int best = -1;
  uint64_t best_speakers = 0;
  for (int k = 0; k < md::kCodecCount; ++k) {
    if (v.votes[k] == 0) continue;
    if (best < 0 || v.votes[k] > v.votes[best]) {
      best = k;
      best_speakers = 0;  // computed only if another code page ties
    } else if (v.votes[k] == v.votes[best] && v.writers[k].judged() && v.writers[best].judged()) {
      if (best_speakers == 0) best_speakers = v.writers[best].speakers();
      const uint64_t speakers = v.writers[k].speakers();
      if (speakers > best_speakers) {
        best = k;
        best_speakers = speakers;
      }
    }
  }
  return best;
}

// One pass over the text. The first pass (no `lines`) finds the sure repairs and counts, per line, the code
// pages that explain them; the second prefers on each line the code page of the first pass.
class Scan {
 public:
  Scan(std::string_view text, const std::vector<LineVote>* preferred) : text_(text), preferred_(preferred) {}

  // `from`: no byte before it is from 0x80 (nothing there to look at).
  void run(Edits& out, std::vector<LineVote>* votes, size_t from) {
    const size_t n = text_.size();
    size_t pos = from;
    const size_t first = out.size();
    Candidate best;
    int gains[md::kCodecCount];
    const auto* const bytes = reinterpret_cast<const unsigned char*>(text_.data());
    while ((pos = next_non_ascii_here(text_, pos)) < n) {
      utf8::CodePoint c = utf8::decode(text_, pos);
      // Most non-ASCII characters of clean text stand alone: a curly quote or a dash before a letter
      // ("’s", "—and"). Before an ASCII byte other than a space (and not a letter that a combining mark
      // after it composes with), every step below ends with pos = next: no repair starts with one
      // character (an ASCII byte continues no UTF-8 sequence in any code page), and only C1 controls and
      // combining marks are looked at alone. Stepped over without the look-ups.
      if (const size_t after = pos + c.size;
          after < n && c.cp >= 0xA0 && (c.cp < 0x300 || c.cp > 0x36F) && bytes[after] < 0x80 && bytes[after] != ' ' &&
          (after + 1 >= n || (bytes[after + 1] & 0xFE) != 0xCC)) {
        pos = after;
        continue;
      }
      // (Never before the end of the last repair.)
      if (c.cp >= 0x300 && c.cp <= 0x36F && pos > (out.size() > first ? out.back().end : 0)) {
        // A combining mark: with the letter before it, it may be a decomposed lead character.
        const utf8::CodePoint composed = composed_char_at(text_, pos - 1);
        if (composed.size > 1) {
          --pos;
          c = composed;
        }
      }
      const size_t next = pos + c.size;
      const md::HighChar* h = high_char(c.cp);
      const uint16_t lead = h ? h->lead : 0;
      if (lead == 0) {
        // A C1 control left alone by the repairs: Windows-1252 text read as Latin-1, "\x93quoted\x94". Web
        // browsers read these bytes as Windows-1252 too; the five bytes it leaves undefined stay.
        // After a combining mark or a character of a UTF-8 lead byte (Â..ß) the control is rather part of
        // mojibake that could not be undone ("Ã\x83Â§" with its Ã written decomposed): left alone.
        if (c.cp >= 0x80 && c.cp <= 0x9F && md::kCodecs[0].high[c.cp - 0x80] != c.cp && !after_broken_lead(pos)) {
          std::string r;
          utf8::append(r, md::kCodecs[0].high[c.cp - 0x80]);
          out.push_back({pos, next, std::move(r), rule::mojibake});
        }
        pos = next;
        continue;
      }
      const utf8::CodePoint d = composed_char_at(text_, next);
      if (d.size == 0) break;
      if (c.cp == 0xE2 && d.cp == 0x20AC) {
        // "â€" is E2 80 read as Windows-1252: three-byte punctuation whose last byte a strict decoder
        // dropped, or replaced by U+FFFD, because Windows-1252 leaves it undefined (0x81, 0x8D, 0x8F, 0x90,
        // 0x9D). Before a space, punctuation or the end of a line it was 0x9D, the closing quote ”: the
        // others are invisible format characters and a hyphen. "â€" is no word in any language.
        size_t end = next + d.size;
        if (const utf8::CodePoint r = utf8::decode(text_, end); r.cp == 0xFFFD) end += r.size;
        if (lost_closing_quote(end)) {
          out.push_back({pos, end, "\u201D", rule::mojibake});
          pos = end;
          continue;
        }
      }
      if (d.cp == ' ' && (c.cp == 0xC2 || c.cp == 0xC3 || c.cp == 0xC5 || c.cp == 0xCE || c.cp == 0xD0)) {
        pos = lost_no_break_space(pos, c.cp, next, out);
        continue;
      }
      const uint16_t both = lead & cont_mask(d.cp);
      if (both == 0) {
        pos = next;
        continue;
      }
      move_to_line_of(pos);
      Finder& finder = finder_ ? *finder_ : finder_.emplace(text_);
      const bool accepted = finder.best_repair(pos, both, preferred_codec(), preferred_inner(), best, gains);
      if (votes) vote(*votes, gains, finder.writers(), accepted, best.inner);
      if (!accepted) {
        pos = finder.resume_after_refusal(next);
        continue;
      }
      out.push_back({pos, best.end, std::move(best.text), rule::mojibake});
      pos = best.end;
    }
  }

 private:
  bool lost_closing_quote(size_t after) const {
    if (after >= text_.size()) return true;
    const auto b = static_cast<unsigned char>(text_[after]);
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '.' || b == ',' || b == ';' || b == ':' || b == '!' ||
           b == '?' || b == ')';
  }

  bool after_broken_lead(size_t pos) const {
    if (pos == 0) return false;
    const char32_t before = utf8::decode(text_, utf8::previous(text_, pos)).cp;
    return (before >= 0xC2 && before <= 0xDF) || char_info(before).cls == CharClass::mark;
  }

  // Partly lost bytes: a program that took byte 0xA0 (no-break space) for a space turned the mojibake of
  // the characters whose UTF-8 ends in 0xA0 into a letter and a space: "Ã " (à), "Â " (a no-break space),
  // "Å " (Š), "Î " (Π), "Ð " (Р), the leads ftfy restores too. As ftfy does, the space is taken for the
  // lost byte. A lone Ã or Â after a small letter or a digit is never text ("voilÃ ", "100Â km"); other
  // cases need a line whose other repairs are Windows-1252/Latin-1 mojibake, and after a capital Ã two
  // spaces besides: "IRMÃ E" is Portuguese.
  size_t lost_no_break_space(size_t pos, char32_t cp, size_t next, Edits& out) {
    const char32_t before = pos > 0 ? utf8::decode(text_, utf8::previous(text_, pos)).cp : 0;
    const CharInfo bi = char_info_or_space(before);
    // Nor is a lone Ã or Â between punctuation, or before the two spaces a lost byte and a space leave
    // ("vis-Ã -vis", "Ã  la carte"); "Ã is a letter" may be about the letter.
    const bool doubled = next + 1 < text_.size() && text_[next + 1] == ' ';
    const bool word_start = !bi.letter() && bi.cls != CharClass::digit && bi.cls != CharClass::mark;
    const bool then_no_letter = next + 1 >= text_.size() || !char_info_or_space(utf8::decode(text_, next + 1).cp).letter();
    const bool sure = ((cp == 0xC3 || cp == 0xC2) &&
                       (bi.cls == CharClass::lower || (word_start && (doubled || then_no_letter)))) ||
                      (cp == 0xC2 && bi.cls == CharClass::digit);
    move_to_line_of(pos);
    const int preferred = preferred_codec();
    const bool confirmed = preferred >= 0 && family_of(preferred) == 0 && bi.cls != CharClass::caseless &&
                           (cp != 0xC3 || bi.cls != CharClass::upper || doubled);
    if (!sure && !confirmed) return next;
    const unsigned char bytes[2] = {static_cast<unsigned char>(cp), 0xA0};
    std::string r;
    utf8::append(r, decode_sequence(bytes, 2).cp);
    out.push_back({pos, next + 1, std::move(r), rule::mojibake});
    return next + 1;
  }

  // Every span that some code page repairs well votes for the code pages that repair it best; a line
  // gets a code page only when one of its repairs was sure without one, or two were nearly so.
  void vote(std::vector<LineVote>& votes, const int (&gains)[md::kCodecCount],
            const LanguageSet (&writers)[md::kCodecCount], bool accepted, int inner) const {
    const int top = *std::max_element(std::begin(gains), std::end(gains));
    if (top < 1 && !accepted) return;
    if (votes.empty() || votes.back().line_begin != line_begin_) {
      votes.emplace_back();
      votes.back().line_begin = line_begin_;
      std::fill(std::begin(votes.back().writers), std::end(votes.back().writers), LanguageSet::all());
    }
    LineVote& v = votes.back();
    v.sure |= accepted;
    if (accepted && inner >= 0) ++v.inner[inner];
    for (int k = 0; k < md::kCodecCount; ++k) {
      v.votes[k] += top >= 1 && gains[k] == top;
      if (top >= 1 && gains[k] == top) v.writers[k].intersect(writers[k]);
      // Two spans that only a less common code page reads well: the line was read with it.
      v.weak[k] += !accepted && top >= 1 && gains[k] == top;
      v.sure |= v.weak[k] >= 2;
    }
  }

  // The line of `pos`, found only where a repair is weighed: clean text never pays for it.
  void move_to_line_of(size_t pos) {
    if (pos < line_end_) return;
    const char* base = text_.data();
    const void* before = memrchr(base + line_end_, '\n', pos - line_end_);
    line_begin_ = before ? static_cast<size_t>(static_cast<const char*>(before) - base) + 1 : line_end_;
    line_end_ = next_newline(text_, pos);
    while (next_vote_ < (preferred_ ? preferred_->size() : 0) && (*preferred_)[next_vote_].line_begin < line_begin_)
      ++next_vote_;
  }

  const LineVote* line_vote() const {
    if (!preferred_ || next_vote_ >= preferred_->size() || (*preferred_)[next_vote_].line_begin != line_begin_) return nullptr;
    const LineVote& v = (*preferred_)[next_vote_];
    return v.sure ? &v : nullptr;
  }

  static int most_voted(const int (&votes)[md::kCodecCount]) {
    int best = -1;
    for (int k = 0; k < md::kCodecCount; ++k)
      if (votes[k] > 0 && (best < 0 || votes[k] > votes[best])) best = k;
    return best;
  }

  int preferred_codec() const {
    const LineVote* v = line_vote();
    return v ? v->codec : -1;
  }

  int preferred_inner() const {
    const LineVote* v = line_vote();
    return v ? most_voted(v->inner) : -1;
  }

  std::string_view text_;
  const std::vector<LineVote>* preferred_;
  // Made at the first span worth weighing: its buffers and per-code-page sets cost clean text (most
  // documents, whose few non-ASCII characters are punctuation) some hundred instructions a call.
  std::optional<Finder> finder_;
  size_t line_begin_ = 0, line_end_ = 0;
  size_t next_vote_ = 0;
};

}  // namespace

size_t next_non_ascii(std::string_view text, size_t pos) noexcept { return next_non_ascii_here(text, pos); }

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
  // Text with no byte from 0x80 (most news in English) has nothing to repair: it costs one scan, and
  // neither the scan's set-up nor its code is touched (the code, cold in a chain of steps, cost more
  // than the instructions).
  const size_t from = next_non_ascii_here(text, 0);
  if (from == text.size()) return;
  const size_t first = out.size();
  std::vector<LineVote> votes;
  Scan(text, nullptr).run(out, &votes, from);
  if (std::none_of(votes.begin(), votes.end(), [](const LineVote& v) { return v.sure; }))
    return;  // clean text, or only C1 controls and lost bytes: one pass is all
  // Lines with sure repairs: again, now knowing which code page each line was read with.
  for (LineVote& v : votes) v.codec = line_codec(v);
  out.resize(first);
  Scan(text, &votes).run(out, nullptr, from);
}

}  // namespace textchain::cleanup
