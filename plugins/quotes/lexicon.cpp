#include "lexicon.hpp"

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

size_t hash_folded(std::string_view w) noexcept {  // FNV-1a of the folded bytes, its high bits folded in
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < w.size(); ++i) h = (h ^ static_cast<unsigned char>(fold(w.data(), i))) * 1099511628211ull;
  return static_cast<size_t>(h ^ (h >> 32));
}

// The sketch's bit for a word: its length and its first and last bytes, folded (of a folded word, the same).
size_t sketch_bit(std::string_view w) noexcept {
  const auto first = static_cast<unsigned char>(fold(w.data(), 0));
  const auto last = static_cast<unsigned char>(fold(w.data(), w.size() - 1));
  return (first * 131u + last * 31u + w.size() * 7u) & 4095u;
}

bool equal_folded(std::string_view lower, std::string_view w) noexcept {
  if (lower.size() != w.size()) return false;
  for (size_t i = 0; i < w.size(); ++i)
    if (lower[i] != fold(w.data(), i)) return false;
  return true;
}

uint8_t bit_of(std::string_view file, std::string_view tag) {
  struct Tag {
    std::string_view file, name;
    uint8_t bit;
  };
  static constexpr Tag kTags[] = {
      {"cue_verbs", "participle", Lexicons::kParticiple}, {"cue_verbs", "continuing", Lexicons::kContinuing},
      {"cue_verbs", "bare", Lexicons::kBare},             {"cue_verbs", "naming", Lexicons::kNaming},
      {"cue_verbs", "as_only", Lexicons::kAsOnly},
      {"titles", "title", Lexicons::kTitle},              {"titles", "role", Lexicons::kRole},
      {"titles", "speaks_for", Lexicons::kSpeaksFor},     {"titles", "male", Lexicons::kMale},
      {"titles", "female", Lexicons::kFemale},            {"titles", "honorific", Lexicons::kHonorific},            {"given_names", "male", Lexicons::kMale},
      {"given_names", "female", Lexicons::kFemale},       {"organisation_nouns", "name", Lexicons::kOrgName},
      {"organisation_nouns", "noun", Lexicons::kOrgNoun}, {"organisation_nouns", "business", Lexicons::kBusiness},
      {"organisation_nouns", "public", Lexicons::kPublic}};
  for (const auto& t : kTags)
    if (t.file == file && t.name == tag) return t.bit;
  throw std::logic_error("lexicon " + std::string(file) + ": unknown tag " + std::string(tag));
}

void load(WordTable& table, std::string_view file) {
  for (const auto& e : parse_lexicon(builtin_lexicon(file))) {
    uint8_t tags = Lexicons::kPresent;
    for (auto t : e.tags) tags |= bit_of(file, t);
    table.add(e.word, tags);
  }
}

}  // namespace

void WordTable::add(std::string_view word, uint8_t tags) {
  if (word.empty() || word.size() > kMaxWord) return;
  if (4 * (count_ + 1) > slots_.size()) grow();
  std::string low(word);
  for (size_t i = 0; i < word.size(); ++i) low[i] = fold(word.data(), i);
  const size_t mask = slots_.size() - 1;
  const size_t hash = hash_folded(low);
  size_t h = hash & mask;
  while (!slots_[h].word.empty() && slots_[h].word != low) h = (h + 1) & mask;
  if (slots_[h].word.empty()) {
    slots_[h].word = std::move(low);
    keys_[h] = static_cast<uint32_t>(hash) | 1u;
    ++count_;
    lengths_ |= uint64_t{1} << word.size();
    const size_t bit = sketch_bit(slots_[h].word);
    sketch_[bit / 64] |= uint64_t{1} << (bit % 64);
    if (word.size() > max_len_) max_len_ = word.size();
  }
  slots_[h].tags |= tags | Lexicons::kPresent;
}

void WordTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
  keys_.assign(slots_.size(), 0);
  const size_t mask = slots_.size() - 1;
  for (auto& s : old) {
    if (s.word.empty()) continue;
    const size_t hash = hash_folded(s.word);
    size_t h = hash & mask;
    while (!slots_[h].word.empty()) h = (h + 1) & mask;
    keys_[h] = static_cast<uint32_t>(hash) | 1u;
    slots_[h] = std::move(s);
  }
}

const WordTable::Slot* WordTable::find(std::string_view word) const noexcept {
  if (word.empty() || word.size() > max_len_ || !(lengths_ >> word.size() & 1u)) return nullptr;
  const size_t bit = sketch_bit(word);
  if (!(sketch_[bit / 64] >> (bit % 64) & 1u)) return nullptr;
  const size_t mask = slots_.size() - 1;
  const size_t hash = hash_folded(word);
  const uint32_t key = static_cast<uint32_t>(hash) | 1u;
  for (size_t h = hash & mask;; h = (h + 1) & mask) {
    if (keys_[h] == 0) return nullptr;
    if (keys_[h] == key && equal_folded(slots_[h].word, word)) return &slots_[h];
  }
}

uint8_t WordTable::tags(std::string_view word) const noexcept {
  const Slot* s = find(word);
  return s ? s->tags : 0;
}

std::vector<LexiconEntry> parse_lexicon(std::string_view text) {
  std::vector<LexiconEntry> out;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    std::vector<std::string_view> fields;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
      const size_t b = i;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
      if (i > b) fields.push_back(line.substr(b, i - b));
    }
    if (fields.empty()) continue;
    out.push_back({fields[0], {fields.begin() + 1, fields.end()}});
  }
  return out;
}

std::string_view builtin_lexicon(std::string_view name) {
  if (name == "cue_verbs") return kLexicon_cue_verbs;
  if (name == "cue_nouns") return kLexicon_cue_nouns;
  if (name == "titles") return kLexicon_titles;
  if (name == "given_names") return kLexicon_given_names;
  if (name == "organisation_nouns") return kLexicon_organisation_nouns;
  return {};
}

Lexicons::Lexicons(const LexiconExtras& x) {
  load(cue_verbs_, "cue_verbs");
  load(cue_nouns_, "cue_nouns");
  load(titles_, "titles");
  load(given_names_, "given_names");
  load(orgs_, "organisation_nouns");
  for (const auto& w : x.cue_verbs) {
    const bool ing = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
    cue_verbs_.add(w, ing ? kParticiple : 0);
  }
  for (const auto& w : x.cue_nouns) cue_nouns_.add(w, 0);
  for (const auto& w : x.titles) titles_.add(w, kTitle | kRole);
  for (const auto& w : x.organisation_nouns) orgs_.add(w, kOrgName | kOrgNoun);
  for (const auto& w : x.given_names) {
    const std::string_view s = w;
    const size_t colon = s.find(':');
    const std::string_view g = colon == std::string_view::npos ? std::string_view{} : s.substr(colon + 1);
    given_names_.add(s.substr(0, colon), g == "male" ? kMale : g == "female" ? kFemale : 0);
  }
}

const Lexicons& Lexicons::builtin() {
  static const Lexicons lex;
  return lex;
}

}  // namespace textchain::quotes
