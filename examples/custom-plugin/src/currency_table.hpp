// What names a currency in English news, mapped to its ISO 4217 code. Every returned view has static
// storage duration; an empty view means "not a currency".
#ifndef MONEY_CURRENCY_TABLE_HPP
#define MONEY_CURRENCY_TABLE_HPP

#include <string_view>

namespace money {

// A sign written before (or after) the figure: "€", "£", "¥", "₽", "₹"... "$" is not here: what a bare
// dollar means depends on the newsroom, so the finder asks the plugin's `dollar` option.
std::string_view symbol_currency(std::string_view symbol) noexcept;

// The letters glued before a "$": "US" in "US$", "A" in "A$", "HK" in "HK$".
std::string_view dollar_prefix_currency(std::string_view letters) noexcept;

// An ISO code written as a word ("USD", "EUR"), or a code-like abbreviation news uses before a figure
// ("Rs" for rupees). Case-sensitive: "eur" is not a currency.
std::string_view code_currency(std::string_view word) noexcept;

// A currency noun after the figure ("roubles", "euros", "yen"), refined by the word before it when that
// word names the country ("Canadian dollars"). `modifier` may be empty. `scaled` says whether a scale
// word ("million") came with the figure: some nouns ("pounds", "won") are money only then.
// `plain_dollar` is what "dollars" means without a modifier. Case-insensitive; "francs" alone is too
// ambiguous (Swiss? CFA?) to be reported.
std::string_view noun_currency(std::string_view noun, std::string_view modifier, bool scaled,
                               std::string_view plain_dollar) noexcept;

// Whether `word` can sit between the figure and a currency noun as a country adjective ("U.S.",
// "Canadian"), so that the finder may step over it.
bool is_currency_modifier(std::string_view word) noexcept;

// ASCII case-insensitive equality (currency words and scale words are ASCII).
bool ascii_iequals(std::string_view a, std::string_view b) noexcept;

}  // namespace money

#endif
