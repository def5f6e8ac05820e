#include "lexicon.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>

namespace textchain::quotes {
namespace {

#include "lexicon_data.inc"  // generated from lexicon/*.txt by CMakeLists.txt: kLexicon_<name>

char fold(const char* p, size_t i) noexcept {
  const auto u = static_cast<unsigned char>(p[i]);
  if (u >= 'A' && u <= 'Z') return static_cast<char>(u + 0x20);
  // Latin-1 capitals (C3 80..9E, but C3 97 is the multiplication sign) fold like ASCII: "Álvaro".
  if (i > 0 && static_cast<unsigned char>(p[i - 1]) == 0xC3 && u >= 0x80 && u <= 0x9E && u != 0x97)
    return static_cast<char>(u + 0x20);
  return static_cast<char>(u);
}

using Chunks = uint64_t[WordTable::kChunks];

constexpr uint64_t kOnes = 0x0101010101010101ull;

// The `n` bytes at `p` (1..8) as the low bytes of a 64-bit word, the others zero; loads no byte past them. Two
// loads that overlap in the middle (the bytes they share are the same), not one per bit of `n`: every word
// looked up that passes a table's sketch is loaded so.
uint64_t load_short(const char* p, size_t n) noexcept {
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | uint64_t{hi} << (8 * (n - 4));
  }
  if (n >= 2) {
    uint16_t lo, hi;
    std::memcpy(&lo, p, 2);
    std::memcpy(&hi, p + n - 2, 2);
    return lo | uint64_t{hi} << (8 * (n - 2));
  }
  return static_cast<unsigned char>(p[0]);
}

// Eight ASCII bytes (none 0x80 or more) with 'A'..'Z' lowered: a byte in that range gains the 0x20 bit, and
// adding to one byte carries into no other.
constexpr uint64_t fold_ascii(uint64_t x) noexcept {
  const uint64_t upper = (x + kOnes * (0x80 - 'A')) & ~(x + kOnes * (0x80 - 'Z' - 1)) & (kOnes * 0x80);
  return x | (upper >> 2);
}

// `w` (1..kMaxWord bytes) folded into `out`, zero-padded. An ASCII word folds eight bytes at a time: a byte
// from 'A' to 'Z' gains the 0x20 bit (no byte is 0x80 or more, so adding to one carries into no other); a word
// with any other byte folds byte by byte.
inline void fold_into(std::string_view w, Chunks& out) noexcept {
  static_assert(std::endian::native == std::endian::little, "chunks hold a word's bytes in memory order");
  const size_t n = w.size(), full = n / 8, chunks = (n + 7) / 8;
  for (size_t c = 0; c < full; ++c) std::memcpy(&out[c], w.data() + 8 * c, 8);
  if (full < chunks) out[full] = load_short(w.data() + 8 * full, n % 8);
  uint64_t high = 0;
  for (size_t c = 0; c < chunks; ++c) high |= out[c];
  if (high & (kOnes * 0x80)) {
    auto* bytes = reinterpret_cast<unsigned char*>(out);
    for (size_t i = 0; i < n; ++i) bytes[i] = static_cast<unsigned char>(fold(w.data(), i));
    return;
  }
  for (size_t c = 0; c < chunks; ++c) out[c] = fold_ascii(out[c]);
}

uint64_t hash_chunks(const uint64_t* w, size_t n) noexcept {
  uint64_t h = n * 0x9E3779B97F4A7C15ull;
  for (size_t c = 0, chunks = (n + 7) / 8; c < chunks; ++c) h = (h ^ w[c]) * 0xff51afd7ed558ccdull;
  return h ^ (h >> 29);
}

uint8_t bit_of(std::string_view file, std::string_view tag) {
  struct Tag {
    std::string_view file, name;
    uint8_t bit;
  };
  static constexpr Tag kTags[] = {
      {"cue_verbs", "participle", Lexicons::kParticiple}, {"cue_verbs", "continuing", Lexicons::kContinuing},
      {"cue_verbs", "bare", Lexicons::kBare},             {"cue_verbs", "naming", Lexicons::kNaming},
      {"cue_verbs", "as_only", Lexicons::kAsOnly},         {"cue_verbs", "listener", Lexicons::kListener},
      {"titles", "title", Lexicons::kTitle},              {"titles", "role", Lexicons::kRole},
      {"titles", "speaks_for", Lexicons::kSpeaksFor},     {"titles", "male", Lexicons::kMale},
      {"titles", "female", Lexicons::kFemale},            {"titles", "honorific", Lexicons::kHonorific},            {"given_names", "male", Lexicons::kMale},
      {"given_names", "female", Lexicons::kFemale},       {"organisation_nouns", "name", Lexicons::kOrgName},
      {"organisation_nouns", "noun", Lexicons::kOrgNoun}, {"organisation_nouns", "business", Lexicons::kBusiness},
      {"organisation_nouns", "public", Lexicons::kPublic}, {"word_nouns", "verb", Lexicons::kWordVerb},
      {"word_nouns", "participle", Lexicons::kWordParticiple}};
  for (const auto& t : kTags)
    if (t.file == file && t.name == tag) return t.bit;
  throw std::logic_error("lexicon " + std::string(file) + ": unknown tag " + std::string(tag));
}

// `w`, a word added by the option `option`, checked: one word the tables can hold.
std::string_view checked_word(std::string_view option, std::string_view w) {
  auto fail = [&](const char* why) {
    throw std::invalid_argument(std::string(option) + ": \"" + std::string(w) + "\" " + why);
  };
  if (w.empty()) fail("is empty (each entry is one word)");
  if (w.find_first_of(" \t\r\n") != std::string_view::npos) fail("holds white space (each entry is one word)");
  if (w.size() > WordTable::kMaxWord) fail("is longer than 40 bytes");
  return w;
}

// Calls f(fields, count) for each line of `text` that holds a field (at most kMaxFields are kept: a line of
// the files holds a word and a few tags), comments and blank lines skipped. Reads the text in place, with no
// allocation: the built-in lists are read so at every start-up (issue 19).
constexpr size_t kMaxFields = 16;
template <class F>
void for_each_line(std::string_view text, F&& f) {
  std::string_view fields[kMaxFields];
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    size_t count = 0, i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
      const size_t b = i;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
      if (i > b) {
        if (count == kMaxFields)
          throw std::logic_error("lexicon line with more than " + std::to_string(kMaxFields) + " fields: " + std::string(line));
        fields[count++] = line.substr(b, i - b);
      }
    }
    if (count > 0) f(fields, count);
  }
}

void load(WordTable& table, std::string_view file) {
  const std::string_view text = builtin_lexicon(file);
  // The file's tag names are resolved once each (bit_of reads every file's), and its words read first, so that
  // the table is sized once to hold them all.
  struct Tag {
    std::string_view name;
    uint8_t bit;
  };
  Tag tags[8];
  size_t tag_count = 0;
  std::vector<std::pair<std::string_view, uint8_t>> words;
  words.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  for_each_line(text, [&](const std::string_view* fields, size_t count) {
    uint8_t bits = Lexicons::kPresent;
    for (size_t f = 1; f < count; ++f) {
      size_t t = 0;
      while (t < tag_count && tags[t].name != fields[f]) ++t;
      if (t == tag_count) {
        if (tag_count == std::size(tags)) throw std::logic_error("lexicon " + std::string(file) + ": too many tags");
        tags[tag_count++] = {fields[f], bit_of(file, fields[f])};
      }
      bits |= tags[t].bit;
    }
    words.emplace_back(fields[0], bits);
  });
  table.reserve(words.size());
  for (const auto& [word, bits] : words) table.add(word, bits);
}

}  // namespace

void WordTable::add(std::string_view word, uint8_t tags) {
  if (word.empty() || word.size() > kMaxWord) return;
  if (4 * (count_ + 1) > slots_.size()) grow(slots_.empty() ? 64 : 2 * slots_.size());
  const size_t n = word.size();
  Chunks w;
  fold_into(word, w);
  const uint64_t hash = hash_chunks(w, n);
  Slot& slot = slots_[slot_of(w, n, hash)];
  if (slot.key == 0) {
    slot.key = static_cast<uint32_t>(hash) | 1u;
    slot.at = static_cast<uint32_t>(words_.size());
    slot.length = static_cast<uint8_t>(n);
    words_.insert(words_.end(), w, w + (n + 7) / 8);
    ++count_;
    lengths_ |= uint64_t{1} << n;
    const auto* bytes = reinterpret_cast<const unsigned char*>(w);
    const size_t bit = sketch_bit(bytes[0], bytes[n - 1], n);
    sketch_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  slot.tags |= tags | Lexicons::kPresent;
}

void WordTable::reserve(size_t words) {
  size_t slots = slots_.empty() ? 64 : slots_.size();
  while (4 * words > slots) slots *= 2;
  if (slots != slots_.size()) grow(slots);
  words_.reserve(words * 2);  // most words take one or two chunks
}

void WordTable::grow(size_t slots) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(slots, Slot{});
  mask_ = slots_.size() - 1;
  const size_t mask = mask_;
  for (const Slot& s : old) {
    if (s.key == 0) continue;
    size_t h = hash_chunks(&words_[s.at], s.length) & mask;
    while (slots_[h].key != 0) h = (h + 1) & mask;
    slots_[h] = s;
  }
}

size_t WordTable::slot_of(const uint64_t* w, size_t n, uint64_t hash) const noexcept {
  const size_t mask = slots_.size() - 1;
  const uint32_t key = static_cast<uint32_t>(hash) | 1u;
  const size_t chunks = (n + 7) / 8;
  for (size_t h = hash & mask;; h = (h + 1) & mask) {
    const Slot& s = slots_[h];
    if (s.key == 0) return h;
    if (s.key != key || s.length != n) continue;
    const uint64_t* stored = &words_[s.at];
    size_t c = 0;
    while (c < chunks && stored[c] == w[c]) ++c;
    if (c == chunks) return h;
  }
}

uint8_t WordTable::tags_of_length(std::string_view word) const noexcept {
  const size_t n = word.size();
  if (!sketched(static_cast<unsigned char>(fold(word.data(), 0)), static_cast<unsigned char>(fold(word.data(), n - 1)), n))
    return 0;
  return tags_of_sketched(word);
}

template <class Same>
[[gnu::always_inline]] inline uint8_t WordTable::probe(uint64_t hash, size_t n, Same same) const noexcept {
  const size_t mask = mask_;
  const Slot* slots = slots_.data();
  const uint64_t* words = words_.data();
  const uint32_t key = static_cast<uint32_t>(hash) | 1u;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots[i];
    if (slot.key == 0) return slot.tags;
    if (slot.key == key && slot.length == n && same(words + slot.at)) return slot.tags;
  }
}

uint8_t WordTable::tags_of_sketched(std::string_view word) const noexcept {
  const size_t n = word.size();
  if (n <= 8) {
    // Most words looked up fit one chunk: loaded, folded, hashed and compared as one 64-bit word, with the
    // same fold, hash and probe as tags_of_folded (an ASCII word only; another folds byte by byte there). This
    // path calls nothing, so it saves no registers: the others go to tags_of_folded.
    const uint64_t x = load_short(word.data(), n);
    if (!(x & (kOnes * 0x80))) {
      const uint64_t w = fold_ascii(x);
      const uint64_t h = (n * 0x9E3779B97F4A7C15ull ^ w) * 0xff51afd7ed558ccdull;
      return probe(h ^ (h >> 29), n, [w](const uint64_t* stored) { return stored[0] == w; });
    }
  }
  return tags_of_folded(word);
}

uint8_t WordTable::tags_of_folded(std::string_view word) const noexcept {
  const size_t n = word.size();
  if (n > 8 && n <= 16) {
    // A word of two chunks ("spokeswoman", "administration"), ASCII: folded, hashed and compared as two 64-bit
    // words, as fold_into, hash_chunks and slot_of do below, without storing them.
    uint64_t x0;
    std::memcpy(&x0, word.data(), 8);
    const uint64_t x1 = load_short(word.data() + 8, n - 8);
    if (!((x0 | x1) & (kOnes * 0x80))) {
      const uint64_t w0 = fold_ascii(x0), w1 = fold_ascii(x1);
      uint64_t h = (n * 0x9E3779B97F4A7C15ull ^ w0) * 0xff51afd7ed558ccdull;
      h = (h ^ w1) * 0xff51afd7ed558ccdull;
      return probe(h ^ (h >> 29), n, [w0, w1](const uint64_t* stored) { return stored[0] == w0 && stored[1] == w1; });
    }
  }
  Chunks w;  // only a word that passes the sketch is folded whole; chunks past its own are left unset
  fold_into(word, w);
  return slots_[slot_of(w, n, hash_chunks(w, n))].tags;
}

std::vector<LexiconEntry> parse_lexicon(std::string_view text) {
  std::vector<LexiconEntry> out;
  for_each_line(text, [&](const std::string_view* fields, size_t count) {
    out.push_back({fields[0], {fields + 1, fields + count}});
  });
  return out;
}

std::string_view builtin_lexicon(std::string_view name) {
  if (name == "cue_verbs") return kLexicon_cue_verbs;
  if (name == "cue_nouns") return kLexicon_cue_nouns;
  if (name == "speech_nouns") return kLexicon_speech_nouns;
  if (name == "titles") return kLexicon_titles;
  if (name == "given_names") return kLexicon_given_names;
  if (name == "organisation_nouns") return kLexicon_organisation_nouns;
  if (name == "work_nouns") return kLexicon_work_nouns;
  if (name == "word_nouns") return kLexicon_word_nouns;
  return {};
}

Lexicons::Lexicons(const LexiconExtras& x) {
  load(cue_verbs_, "cue_verbs");
  load(cue_nouns_, "cue_nouns");
  load(speech_nouns_, "speech_nouns");
  load(titles_, "titles");
  load(given_names_, "given_names");
  load(orgs_, "organisation_nouns");
  load(work_nouns_, "work_nouns");
  load(word_nouns_, "word_nouns");
  for (const auto& w : x.cue_verbs) {
    const bool ing = checked_word("cue_verbs", w).size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
    cue_verbs_.add(w, ing ? kParticiple : 0);
  }
  for (const auto& w : x.cue_nouns) cue_nouns_.add(checked_word("cue_nouns", w), 0);
  for (const auto& w : x.speech_nouns) speech_nouns_.add(checked_word("speech_nouns", w), 0);
  for (const auto& w : x.titles) titles_.add(checked_word("titles", w), kTitle | kRole);
  for (const auto& w : x.organisation_nouns) orgs_.add(checked_word("organisation_nouns", w), kOrgName | kOrgNoun);
  for (const auto& w : x.work_nouns) work_nouns_.add(checked_word("work_nouns", w), 0);
  for (const auto& w : x.word_nouns) word_nouns_.add(checked_word("word_nouns", w), 0);
  for (const auto& w : x.given_names) {
    const std::string_view s = w;
    const size_t colon = s.find(':');
    const std::string_view g = colon == std::string_view::npos ? std::string_view{} : s.substr(colon + 1);
    if (colon != std::string_view::npos && g != "male" && g != "female")
      throw std::invalid_argument("given_names: \"" + w + "\": the gender after ':' must be male or female");
    given_names_.add(checked_word("given_names", s.substr(0, colon)), g == "male" ? kMale : g == "female" ? kFemale : 0);
  }
  titles_.for_each([&](std::string_view w, uint8_t tags) {
    if (tags & kTitle) title_org_.add(w, 1);
  });
  orgs_.for_each([&](std::string_view w, uint8_t tags) {
    if (tags & kOrgName) title_org_.add(w, 2);
  });
}

namespace {
const std::shared_ptr<const Lexicons>& builtin_shared() {
  static const std::shared_ptr<const Lexicons> lex = std::make_shared<const Lexicons>();
  return lex;
}
}  // namespace

const Lexicons& Lexicons::builtin() { return *builtin_shared(); }

std::shared_ptr<const Lexicons> Lexicons::with(const LexiconExtras& x) {
  const bool adds = !x.cue_verbs.empty() || !x.cue_nouns.empty() || !x.speech_nouns.empty() || !x.titles.empty() ||
                    !x.given_names.empty() || !x.organisation_nouns.empty() || !x.work_nouns.empty() ||
                    !x.word_nouns.empty();
  return adds ? std::make_shared<const Lexicons>(x) : builtin_shared();
}

}  // namespace textchain::quotes
