#include "boilerplate.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "boilerplate_patterns_data.hpp"
#include "line_index.hpp"
#include "word_list.hpp"

namespace textchain::cleanup {

namespace {


char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// The first (up to) eight bytes of `s`, lowercased, packed little end first; the bytes past `s` are 0.
// Computed for every line: on a little-endian machine the eight bytes are read at once and lowercased
// together (a byte of 'A'..'Z' gets 0x20; the additions stay inside each byte, whose high bit is cleared
// first, and bytes from 0x80 are left alone).
uint64_t lowered_head(std::string_view s) noexcept {
  const size_t k = s.size() < 8 ? s.size() : 8;
  if constexpr (std::endian::native == std::endian::little) {
    uint64_t x = 0;
    std::memcpy(&x, s.data(), k);
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x80 * kOnes;
    const uint64_t low7 = x & ~kHigh;
    const uint64_t from_a = low7 + (0x80 - 'A') * kOnes;      // high bit set where the byte is >= 'A'
    const uint64_t past_z = low7 + (0x80 - 'Z' - 1) * kOnes;  // high bit set where the byte is > 'Z'
    const uint64_t upper = from_a & ~past_z & ~x & kHigh;
    return x | (upper >> 2);
  } else {
    uint64_t h = 0;
    for (size_t i = 0; i < k; ++i) h |= static_cast<uint64_t>(static_cast<unsigned char>(lower(s[i]))) << (8 * i);
    return h;
  }
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

const BoilerplatePatterns& BoilerplatePatterns::builtin() {
  static const BoilerplatePatterns patterns = [] {
    BoilerplatePatterns p;
    p.parse(kBuiltinBoilerplatePatterns);
    return p;
  }();
  return patterns;
}

void BoilerplatePatterns::parse(std::string_view data) {
  // Indexed once, after the last pattern: add() indexes after each one, which for the built-in list
  // sorted it some eighty times at start-up (1.4 million instructions by callgrind, about what
  // cleaning 120 short news articles costs). Sorting is stable, so the order is the one add() would leave.
  struct IndexAtEnd {
    BoilerplatePatterns& p;
    ~IndexAtEnd() { p.index(); }
  } index_at_end{*this};
  size_t line_no = 0;
  while (!data.empty()) {
    ++line_no;
    const size_t nl = data.find('\n');
    std::string_view line = trim(data.substr(0, nl));
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    const size_t sp = line.find(' ');
    const std::string_view kind = line.substr(0, sp);
    const std::string_view text = sp == std::string_view::npos ? std::string_view() : trim(line.substr(sp + 1));
    if (text.empty())
      throw std::invalid_argument("boilerplate pattern " + std::to_string(line_no) + ": no text after '" +
                                  std::string(kind) + "'");
    if (kind == "line") append(Kind::line, text);
    else if (kind == "prefix") append(Kind::prefix, text);
    else if (kind == "suffix") append(Kind::suffix, text);
    else
      throw std::invalid_argument("boilerplate pattern " + std::to_string(line_no) + ": unknown kind '" +
                                  std::string(kind) + "' (expected line, prefix or suffix)");
  }
}

void BoilerplatePatterns::add(Kind kind, std::string_view text) {
  append(kind, text);
  index();
}

void BoilerplatePatterns::append(Kind kind, std::string_view text) {
  const size_t k = text.size() < 8 ? text.size() : 8;
  const uint64_t mask = k == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * k)) - 1;
  const uint64_t head = lowered_head(text);
  patterns_.push_back({head, mask, kind, std::string(text)});
  if (kind == Kind::suffix) {
    last_[static_cast<unsigned char>(text.back())] = true;
    return;
  }
  const auto mark = [this](uint64_t pair) {
    const unsigned slot = pair_slot(pair);
    pairs_[slot / 64] |= uint64_t{1} << (slot % 64);
  };
  if (k >= 4) {
    const unsigned slot = quad_slot(head);
    quads_[slot / 64] |= uint64_t{1} << (slot % 64);
  } else {
    for (uint64_t& bits : quads_) bits = ~uint64_t{0};
  }
  if (k >= 2) {
    mark(head & 0xFFFF);
  } else if (k == 0) {
    for (uint64_t& bits : pairs_) bits = ~uint64_t{0};
  } else {
    for (uint64_t second = 0; second < 256; ++second) mark((head & 0xFF) | second << 8);
  }
}

void BoilerplatePatterns::index() {
  const auto key = [](const Pattern& p) -> unsigned {
    return p.kind == Kind::suffix ? 256u : static_cast<unsigned char>(lower(p.text.front()));
  };
  std::stable_sort(patterns_.begin(), patterns_.end(), [&](const Pattern& a, const Pattern& b) { return key(a) < key(b); });
  size_t i = 0;
  for (unsigned c = 0; c <= 256; ++c) {
    bucket_[c] = static_cast<unsigned short>(i);
    while (i < patterns_.size() && key(patterns_[i]) == c) ++i;
  }
  bucket_[257] = static_cast<unsigned short>(patterns_.size());
}

bool BoilerplatePatterns::matches_short(std::string_view content) const noexcept {
  const auto first = static_cast<unsigned char>(lower(content.front()));
  const uint64_t head = lowered_head(content);
  for (size_t i = may_start(head) ? bucket_[first] : bucket_[first + 1]; i < bucket_[first + 1]; ++i) {
    const Pattern& p = patterns_[i];
    if ((head & p.mask) != p.head) continue;
    if (p.kind == Kind::line) {
      if (iequals(content, p.text)) return true;
    } else if (content.size() > p.text.size() && iequals(content.substr(0, p.text.size()), p.text)) {
      return true;
    }
  }
  if (!last_[static_cast<unsigned char>(content.back())]) return false;
  for (size_t i = bucket_[256]; i < bucket_[257]; ++i) {
    const Pattern& p = patterns_[i];
    if (content.size() > p.text.size() + 1 && content[content.size() - p.text.size() - 1] == ' ' &&
        content.substr(content.size() - p.text.size()) == p.text)
      return true;
  }
  return false;
}

namespace {

// The lists below are written lowercase and a line is lowered (its ASCII letters, as iequals compares)
// before the look-up: a hashed look-up in a WordList, where comparing the line with each listed line in
// turn cost every short line of a text (most headlines and datelines) some eighty comparisons.
// `c` lowered into `buf`; empty when it is longer than `buf`, and so than every listed line.
template <size_t N>
std::string_view lowered(std::string_view c, std::array<char, N>& buf) {
  if (c.size() > N) return {};
  for (size_t i = 0; i < c.size(); ++i) buf[i] = lower(c[i]);
  return {buf.data(), c.size()};
}

// A line that opens a site's navigation menu.
bool menu_header(std::string_view c) {
  static constexpr std::string_view kWords[] = {"menu", "main menu", "min menu", "navigation", "sections"};
  static constexpr WordList kList(kWords);
  std::array<char, 10> buf;
  return c.size() <= 10 && kList.contains(lowered(c, buf));
}

// A line that opens a block of links to other stories: the headline-like lines after it go with it.
bool teaser_header(std::string_view c) {
  if (c.size() > 26) return false;  // longer than the longest header: most lines stop here
  while (!c.empty() && c.back() == ':') c.remove_suffix(1);
  static constexpr std::string_view kWords[] = {
      "related stories", "related story", "related articles", "related content", "related topics",
      "related", "recommended for you", "recommended stories", "recommended", "more on this story",
      "more stories", "more from this section", "most read", "most popular", "most viewed",
      "top stories", "you may also like", "you might also like", "also read", "read also",
      "read next", "up next", "editor's picks", "trending now", "latest stories", "more like this"};
  static constexpr WordList kList(kWords);
  std::array<char, 26> buf;
  return kList.contains(lowered(c, buf));
}

// Navigation and sharing words that make up a whole line of a menu or a share bar.
bool nav_word(std::string_view c) {
  static constexpr std::string_view kWords[] = {
      "home", "news", "world", "business", "politics", "economy", "markets", "sport", "sports",
      "technology", "tech", "science", "health", "entertainment", "culture", "arts", "opinion",
      "lifestyle", "travel", "video", "videos", "photos", "podcasts", "live", "latest", "weather",
      "search", "login", "log in", "sign in", "register", "subscribe", "newsletter", "newsletters",
      "contact", "contact us", "about", "about us", "facebook", "twitter", "x", "instagram",
      "youtube", "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "tiktok", "email",
      "e-mail", "print", "share", "copy link", "rss", "more", "close", "local", "national",
      "international", "europe", "asia", "africa", "americas", "middle east", "environment",
      "climate", "education", "society", "style", "food", "media", "money", "jobs", "regions"};
  static constexpr WordList kList(kWords);
  std::array<char, 24> buf;
  return kList.contains(lowered(c, buf));
}

// A short line that could be a menu item: one or two capitalized words, no sentence punctuation.
bool nav_like(std::string_view c) {
  if (c.size() > 24 || !(c.front() >= 'A' && c.front() <= 'Z')) return false;
  size_t words = 1;
  for (size_t i = 0; i < c.size(); ++i) {
    const char ch = c[i];
    if (ch == ' ') {
      ++words;
      if (i + 1 < c.size() && !(c[i + 1] >= 'A' && c[i + 1] <= 'Z') && c[i + 1] != '&') return false;
    } else if (ch == '.' || ch == ',' || ch == ':' || ch == ';' || ch == '!' || ch == '?' || ch == '"') {
      return false;
    }
  }
  return words <= 2;
}

// A headline in a teaser block: not too long, starts like a title, does not end like a sentence.
bool headline_like(std::string_view c) {
  if (c.size() > 160) return false;
  const auto f = static_cast<unsigned char>(c.front());
  if (!((f >= 'A' && f <= 'Z') || (f >= '0' && f <= '9') || f == '"' || f == '\'' || f >= 0xC0)) return false;
  size_t e = c.size();
  while (e > 0 && (c[e - 1] == '"' || c[e - 1] == '\'' || c[e - 1] == ')')) --e;
  return e > 0 && c[e - 1] != '.' && c[e - 1] != ':' && c[e - 1] != ';' && c[e - 1] != ',';
}

// "Home > World > Europe", "Home | News | Politics": a trail of short segments. Three segments or more,
// or two when the first is "Home"; every segment at most four words and none ending a sentence.
bool breadcrumb(std::string_view c) {
  if (c.size() > 150) return false;
#if defined(__SSE2__)
  // Most lines are prose: the scan below gives up at the fourth space that opens no separator (a first
  // segment of five words). When the first 32 bytes hold four spaces and none is followed by a byte a
  // separator starts with ('>', '|', '/', or the lead byte of '»' or '›'), that is where it would stop:
  // one look at 32 bytes instead of a test per byte.
  if (c.size() >= 32) {
    const auto* s = reinterpret_cast<const __m128i*>(c.data());
    const __m128i lo = _mm_loadu_si128(s), hi = _mm_loadu_si128(s + 1);
    const auto mask = [&](auto&& test) {
      return static_cast<uint32_t>(_mm_movemask_epi8(test(lo))) | static_cast<uint32_t>(_mm_movemask_epi8(test(hi))) << 16;
    };
    const uint32_t spaces = mask([](__m128i v) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')); });
    const uint32_t starts = mask([](__m128i v) {
      const __m128i a = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('>')), _mm_cmpeq_epi8(v, _mm_set1_epi8('|')));
      const __m128i b = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('/')), _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC2))));
      return _mm_or_si128(_mm_or_si128(a, b), _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2))));
    });
    uint32_t fourth = spaces & (spaces - 1);
    fourth &= fourth - 1;
    fourth &= fourth - 1;
    fourth &= -fourth;  // the fourth space alone, 0 when there are fewer
    // (the byte after it must be inside the 32: a fourth space at byte 31 takes the scan)
    if (fourth != 0 && fourth < (uint32_t{1} << 31) && ((starts >> 1) & spaces & (2 * fourth - 1)) == 0) return false;
  }
  // Nor is a line with no space before a byte a separator starts with ('>', '|', '/', or the lead byte of
  // '»' or '›'): it has no separator, one segment. Checked 16 bytes at a time, the last ones from a
  // padded copy, where the scan below tested each byte of a short line (headlines, datelines, fragments).
  {
    const auto* s = reinterpret_cast<const unsigned char*>(c.data());
    const size_t n = c.size();
    const auto space_then_start = [](const unsigned char* at) {
      const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 1));
      const __m128i x = _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('>')), _mm_cmpeq_epi8(b, _mm_set1_epi8('|')));
      const __m128i y = _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('/')), _mm_cmpeq_epi8(b, _mm_set1_epi8(static_cast<char>(0xC2))));
      const __m128i starts = _mm_or_si128(_mm_or_si128(x, y), _mm_cmpeq_epi8(b, _mm_set1_epi8(static_cast<char>(0xE2))));
      return _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8(' ')), starts)) != 0;
    };
    size_t i = 0;
    bool any = false;
    for (; !any && i + 17 <= n; i += 16) any = space_then_start(s + i);
    if (!any && i + 1 < n) {
      unsigned char tail[32] = {};  // (NUL after the line's end: no separator byte)
      std::memcpy(tail, s + i, n - i);
      any = space_then_start(tail);
    }
    if (!any) return false;
  }
#endif
  size_t segments = 1, words = 1, seg_begin = 0;
  bool home = false;
  for (size_t i = 0; i < c.size(); ++i) {
    if (c[i] != ' ') continue;  // separators and word counts start at a space: the other bytes cost one test
    size_t sep = 0;
    if (i + 2 < c.size() && (c[i + 1] == '>' || c[i + 1] == '|' || c[i + 1] == '/') && c[i + 2] == ' ')
      sep = 3;
    else if (i + 4 < c.size() && c.substr(i + 1, 2) == "\xC2\xBB" && c[i + 3] == ' ')
      sep = 4;  // »
    else if (i + 5 < c.size() && c.substr(i + 1, 3) == "\xE2\x80\xBA" && c[i + 4] == ' ')
      sep = 5;  // ›
    if (sep) {
      const std::string_view seg = c.substr(seg_begin, i - seg_begin);
      if (seg.empty() || seg.back() == '.' || seg.back() == '?' || seg.back() == '!') return false;
      if (segments == 1) home = iequals(seg, "Home");
      ++segments;
      words = 1;
      i += sep - 1;
      seg_begin = i + 1;
      continue;
    }
    if (++words > 4) return false;
  }
  const std::string_view last = c.substr(seg_begin);
  if (last.empty() || last.back() == '.' || last.back() == '?' || last.back() == '!') return false;
  return segments >= 3 || (segments == 2 && home);
}

// Two lines that say the same thing up to case, spacing and punctuation: a headline printed twice.
bool same_words(std::string_view a, std::string_view b) {
  const auto alnum = [](char ch) { return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || static_cast<unsigned char>(ch) >= 0x80; };
  size_t i = 0, j = 0, words = 0;
  for (;;) {
    while (i < a.size() && !alnum(a[i])) ++i;
    while (j < b.size() && !alnum(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size() && words >= 4;
    if (lower(a[i]) != lower(b[j])) return false;
    // Words of `a`: a letter after a non-letter starts one. Short lines ("Yes.", a refrain) may repeat.
    if (i == 0 || !alnum(a[i - 1])) ++words;
    ++i;
    ++j;
  }
}

// Deletes groups of lines: the lines and the breaks after them (for a group that ends the text, the
// breaks before them, keeping the text's final line break).
class Deleter {
 public:
  Deleter(std::string_view text, Edits& out) : text_(text), out_(out) {}
  void keep(const Line& l) {
    if (group_begin_ != none) {
      out_.push_back({group_begin_, l.begin, {}, rule::boilerplate});
      group_begin_ = none;
    }
    previous_content_end_ = l.content_end;
  }
  void drop(const Line& l) {
    if (group_begin_ == none) group_begin_ = l.begin;
  }
  // A line repeating the line kept before it: deleted with the breaks before it, so the breaks after
  // it (the paragraph break that followed the first copy) stay.
  void drop_repeat(const Line& l) {
    if (group_begin_ != none || previous_content_end_ == none) return drop(l);
    out_.push_back({previous_content_end_, l.content_end, {}, rule::boilerplate});
    previous_content_end_ = l.content_end;
  }
  void finish() {
    if (group_begin_ == none) return;
    if (previous_content_end_ == none) {
      out_.push_back({group_begin_, text_.size(), {}, rule::boilerplate});
      return;
    }
    std::string tail;
    if (text_.ends_with("\r\n")) tail = "\r\n";
    else if (text_.ends_with('\n')) tail = "\n";
    out_.push_back({previous_content_end_, text_.size(), std::move(tail), rule::boilerplate});
  }

 private:
  static constexpr size_t none = static_cast<size_t>(-1);
  std::string_view text_;
  Edits& out_;
  size_t previous_content_end_ = none;
  size_t group_begin_ = none;
};

}  // namespace

void find_boilerplate(std::string_view text, const LineIndex& lines, Edits& out) {
  Deleter d(text, out);
  enum class Block { none, menu, teaser } block = Block::none;
  // Lines whose fate depends on what follows: short capitalized lines inside a menu (items only when a
  // known navigation word comes after them) and navigation words outside one (a run of two or more).
  constexpr size_t kMaxPending = 8;
  size_t pending[kMaxPending];  // their indices in `lines` (an array of Lines was zeroed for every text)
  size_t n_pending = 0;
  std::string_view previous;  // content of the last line kept
  size_t kept = 0;            // lines kept so far (pending ones aside)
  const Line* const all = lines.data();
  const size_t count = lines.size();
  const auto resolve = [&](bool drop) {
    for (size_t i = 0; i < n_pending; ++i) {
      const Line& p = all[pending[i]];
      if (drop) {
        d.drop(p);
      } else {
        d.keep(p);
        previous = text.substr(p.content_begin, p.content_end - p.content_begin);
      }
    }
    n_pending = 0;
  };
  for (size_t k = 0; k < count; ++k) {
    const Line& l = all[k];
    if (l.blank()) continue;
    const std::string_view content = text.substr(l.content_begin, l.content_end - l.content_begin);
    const bool nav = content.size() <= 24 && nav_word(content);
    if (block == Block::menu && (nav || nav_like(content)) && n_pending < kMaxPending) {
      pending[n_pending++] = k;
      if (nav) resolve(true);
      continue;
    }
    if (block == Block::none && nav && l.boilerplate) {
      // A sharing line the list knows ("Copy link") makes the navigation words before it a run.
      resolve(true);
      d.drop(l);
      continue;
    }
    if (block == Block::none && nav && n_pending < kMaxPending) {
      pending[n_pending++] = k;
      continue;
    }
    // The line ends any run of pending lines: a run of navigation words outside a menu goes when it
    // has two lines or more. (Most lines find none pending: no call.)
    if (n_pending != 0) resolve(block == Block::none && n_pending >= 2);
    if (block == Block::teaser && headline_like(content) && !l.boilerplate) {
      d.drop(l);
      continue;
    }
    block = Block::none;
    // (The length test before the call: longer than the longest teaser header, as most lines are.)
    if (l.boilerplate || breadcrumb(content) || (content.size() <= 26 && teaser_header(content))) {
      if (menu_header(content)) block = Block::menu;
      else if (teaser_header(content)) block = Block::teaser;
      d.drop(l);
      continue;
    }
    // Only a headline near the top, where pages print the title twice (page title, then article
    // title); a repeated sentence may be deliberate (a refrain, an emphatic "No. No.").
    if (kept <= 3 && !previous.empty() && headline_like(previous) && same_words(previous, content)) {
      d.drop_repeat(l);
      continue;
    }
    d.keep(l);
    previous = content;
    ++kept;
  }
  resolve(block == Block::none && n_pending >= 2);
  d.finish();
}

}  // namespace textchain::cleanup
