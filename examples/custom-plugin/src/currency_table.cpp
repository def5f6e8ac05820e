#include "currency_table.hpp"

#include <array>
#include <utility>

namespace money {
namespace {

using Entry = std::pair<std::string_view, std::string_view>;

// Small linear tables: a few dozen entries, consulted only next to a figure, so a hash map would cost
// more to build than it saves.
constexpr std::array kSymbols{
    Entry{"€", "EUR"}, Entry{"£", "GBP"}, Entry{"¥", "JPY"}, Entry{"₽", "RUB"}, Entry{"₹", "INR"},
    Entry{"₴", "UAH"}, Entry{"₩", "KRW"}, Entry{"₺", "TRY"}, Entry{"₪", "ILS"}, Entry{"₦", "NGN"},
};

constexpr std::array kDollarPrefixes{
    Entry{"US", "USD"}, Entry{"U.S.", "USD"}, Entry{"A", "AUD"}, Entry{"AU", "AUD"}, Entry{"C", "CAD"},
    Entry{"CA", "CAD"}, Entry{"HK", "HKD"}, Entry{"NZ", "NZD"}, Entry{"S", "SGD"}, Entry{"NT", "TWD"},
    Entry{"R", "BRL"}, Entry{"MX", "MXN"},
};

constexpr std::array kCodes{
    Entry{"USD", "USD"}, Entry{"EUR", "EUR"}, Entry{"GBP", "GBP"}, Entry{"RUB", "RUB"}, Entry{"JPY", "JPY"},
    Entry{"CNY", "CNY"}, Entry{"RMB", "CNY"}, Entry{"INR", "INR"}, Entry{"UAH", "UAH"}, Entry{"CHF", "CHF"},
    Entry{"CAD", "CAD"}, Entry{"AUD", "AUD"}, Entry{"HKD", "HKD"}, Entry{"SGD", "SGD"}, Entry{"BRL", "BRL"},
    Entry{"TRY", "TRY"}, Entry{"KRW", "KRW"}, Entry{"SEK", "SEK"}, Entry{"NOK", "NOK"}, Entry{"PLN", "PLN"},
    Entry{"Rs", "INR"},
};

// Singular and plural both listed: stemming would accept "euroses".
constexpr std::array kNouns{
    Entry{"euro", "EUR"},     Entry{"euros", "EUR"},     Entry{"rouble", "RUB"},    Entry{"roubles", "RUB"},
    Entry{"ruble", "RUB"},    Entry{"rubles", "RUB"},    Entry{"yen", "JPY"},       Entry{"yuan", "CNY"},
    Entry{"renminbi", "CNY"}, Entry{"rupee", "INR"},     Entry{"rupees", "INR"},    Entry{"hryvnia", "UAH"},
    Entry{"hryvnias", "UAH"}, Entry{"hryvnas", "UAH"},   Entry{"lira", "TRY"},      Entry{"liras", "TRY"},
    Entry{"zloty", "PLN"},    Entry{"zlotys", "PLN"},    Entry{"shekel", "ILS"},    Entry{"shekels", "ILS"},
    Entry{"naira", "NGN"},
};

// Nouns that are money only in big amounts: "lost 20 pounds" is weight and "in 2019 won" is a verb, but
// "27 million pounds" and "5 billion won" are money.
constexpr std::array kScaledNouns{
    Entry{"pound", "GBP"}, Entry{"pounds", "GBP"}, Entry{"won", "KRW"},
};

// A country adjective turns "dollars" (or "francs", "pounds") into one currency.
struct Modified {
  std::string_view modifier;
  std::string_view noun_stem;  // "dollar" matches "dollar" and "dollars"
  std::string_view iso;
};
constexpr std::array kModified{
    Modified{"US", "dollar", "USD"},         Modified{"U.S.", "dollar", "USD"},
    Modified{"U.S", "dollar", "USD"},        Modified{"American", "dollar", "USD"},
    Modified{"Canadian", "dollar", "CAD"},   Modified{"Australian", "dollar", "AUD"},
    Modified{"Singapore", "dollar", "SGD"},  Modified{"Taiwan", "dollar", "TWD"},
    Modified{"Swiss", "franc", "CHF"},       Modified{"British", "pound", "GBP"},
    Modified{"Egyptian", "pound", "EGP"},
};

constexpr char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// "dollar" or "dollars", case-insensitive.
bool is_noun_form(std::string_view word, std::string_view stem) noexcept {
  if (iequals(word, stem)) return true;
  return word.size() == stem.size() + 1 && lower(word.back()) == 's' && iequals(word.substr(0, stem.size()), stem);
}

template <class Table>
std::string_view lookup(const Table& table, std::string_view key) noexcept {
  for (const auto& [k, iso] : table)
    if (k == key) return iso;
  return {};
}

}  // namespace

bool ascii_iequals(std::string_view a, std::string_view b) noexcept { return iequals(a, b); }

std::string_view symbol_currency(std::string_view symbol) noexcept { return lookup(kSymbols, symbol); }

std::string_view dollar_prefix_currency(std::string_view letters) noexcept {
  return lookup(kDollarPrefixes, letters);
}

std::string_view code_currency(std::string_view word) noexcept { return lookup(kCodes, word); }

std::string_view noun_currency(std::string_view noun, std::string_view modifier, bool scaled,
                               std::string_view plain_dollar) noexcept {
  if (!modifier.empty())
    for (const Modified& m : kModified)
      if (m.modifier == modifier && is_noun_form(noun, m.noun_stem)) return m.iso;
  if (is_noun_form(noun, "dollar")) return plain_dollar;
  for (const auto& [k, iso] : kNouns)
    if (iequals(noun, k)) return iso;
  if (scaled)
    for (const auto& [k, iso] : kScaledNouns)
      if (iequals(noun, k)) return iso;
  return code_currency(noun);
}

bool is_currency_modifier(std::string_view word) noexcept {
  for (const Modified& m : kModified)
    if (m.modifier == word) return true;
  return false;
}

}  // namespace money
