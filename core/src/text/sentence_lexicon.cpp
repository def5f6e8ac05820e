// Word lists for the sentence splitter, kept as data so that adding a word is a one-line change.
#include "text/sentence_lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace textchain::text {
namespace {

// Case-sensitive: "Gen." is a title, "gen." is not. The lists are short and consulted only at periods,
// so a linear scan is enough.
constexpr std::array<std::string_view, 56> kNeverFinal = {
    "Adm",  "Amb",  "Apr",  "Aug",   "Brig", "Capt", "Cmdr", "Col",  "Cpl",  "Dec",  "Dept", "Dr",
    "Feb",  "Fr",   "Ft",   "Gen",   "Gov",  "Hon",  "Jan",  "Jul",  "Jun",  "Lt",   "Maj",  "Mar",
    "Messrs", "Mme", "Mr",  "Mrs",   "Ms",   "Msgr", "Mt",   "Mx",   "Nov",  "Oct",  "Pres", "Prof",
    "Pvt",  "Rep",  "Reps", "Rev",   "Sen",  "Sens", "Sep",  "Sept", "Sgt",  "Sr",   "St",   "Supt",
    "approx", "cf", "e.g",  "i.e",   "v",    "viz",  "vs",   "Gens",
};
constexpr std::array<std::string_view, 13> kMaybeFinal = {
    "Ave", "Blvd", "Bros", "Co", "Corp", "Inc", "Jr", "Ltd", "Plc", "a.m", "etc", "p.m", "Rd",
};
constexpr std::array<std::string_view, 6> kBeforeNumber = {"Art", "Fig", "No", "Nos", "Vol", "nos"};

constexpr std::array<std::string_view, 32> kFunctionWords = {
    "a",   "about", "after", "against", "an",  "and",  "as",   "at",    "between", "but", "by",
    "for", "from",  "in",    "into",    "of",  "on",   "or",   "over",  "than",    "that", "the",
    "their", "to",  "toward", "towards", "under", "which", "who", "with",  "within",  "without",
};

template <size_t N>
bool contains(const std::array<std::string_view, N>& a, std::string_view w) {
  return std::find(a.begin(), a.end(), w) != a.end();
}

// "U.S", "U.K", "e.g", "D.C": single letters joined by periods (the tokenizer keeps them one word).
bool is_dotted_initials(std::string_view w) {
  if (w.size() < 3) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const bool letter_pos = (i % 2) == 0;
    const char c = w[i];
    const bool ascii_letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (letter_pos ? !ascii_letter : c != '.') return false;
  }
  return w.size() % 2 == 1;
}

// The tokenizer asks about every word before a period (for TC_TOKEN_ABBREVIATION), and nearly all of
// them are ordinary words: a bit per (length, first byte, last byte) bucket of the three lists above turns
// those away before the linear scans (and, through may_be_abbreviation(), before the call).
constexpr std::array<uint64_t, detail::kListedFilterBits / 64> make_listed_filter() {
  std::array<uint64_t, detail::kListedFilterBits / 64> bits{};
  auto add = [&bits](std::string_view w) {
    // may_be_abbreviation() turns longer words away unseen: a longer entry would never be found, so it
    // stops the build here (a throw is not a constant expression).
    if (w.empty() || w.size() > detail::kMaxListedBytes) throw "an abbreviation longer than kMaxListedBytes";
    bits[detail::listed_bucket(w) / 64] |= uint64_t{1} << (detail::listed_bucket(w) % 64);
  };
  for (std::string_view w : kNeverFinal) add(w);
  for (std::string_view w : kMaybeFinal) add(w);
  for (std::string_view w : kBeforeNumber) add(w);
  return bits;
}

}  // namespace

namespace detail {
constexpr std::array<uint64_t, kListedFilterBits / 64> kListedFilter = make_listed_filter();
}  // namespace detail

Abbreviation abbreviation_kind(std::string_view word) {
  if (word.empty() || word.size() > detail::kMaxListedBytes) return Abbreviation::kNone;
  const size_t b = detail::listed_bucket(word);
  if ((detail::kListedFilter[b / 64] >> (b % 64)) & 1u) {
    if (contains(kNeverFinal, word)) return Abbreviation::kNeverFinal;
    if (contains(kMaybeFinal, word)) return Abbreviation::kMaybeFinal;
    if (contains(kBeforeNumber, word)) return Abbreviation::kBeforeNumber;
  }
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return Abbreviation::kNeverFinal;  // initial "J."
  if (is_dotted_initials(word)) return Abbreviation::kNeverFinal;
  return Abbreviation::kNone;
}

bool is_function_word(std::string_view word) {
  return word.size() <= 8 && contains(kFunctionWords, word);
}

}  // namespace textchain::text
