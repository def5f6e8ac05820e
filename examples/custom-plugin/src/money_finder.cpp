#include "money_finder.hpp"

#include "currency_table.hpp"
#include "figure.hpp"

namespace money {
namespace {

// Reading tokens as text, with bounds checks folded in, so the matcher below reads like the grammar.
class TokenReader {
 public:
  TokenReader(std::string_view text, std::span<const tc_token> tokens) : text_(text), tokens_(tokens) {}
  size_t size() const noexcept { return tokens_.size(); }
  const tc_token& at(size_t i) const noexcept { return tokens_[i]; }
  std::string_view str(size_t i) const noexcept { return span(i, i); }
  // The text from token `first` to token `last`, both included.
  std::string_view span(size_t first, size_t last) const noexcept {
    return text_.substr(at(first).begin, at(last).end - at(first).begin);
  }
  bool is(size_t i, tc_token_kind kind) const noexcept { return i < size() && at(i).kind == kind; }
  // One plain space, not a line break: an amount does not continue on the next line or over a gap.
  bool is_gap(size_t i) const noexcept { return is(i, TC_TOKEN_SPACE) && str(i) == " "; }
  bool glued(size_t left, size_t right) const noexcept { return at(left).end == at(right).begin; }
  bool starts_with_digit(size_t i) const noexcept {
    std::string_view s = str(i);
    return !s.empty() && s[0] >= '0' && s[0] <= '9';
  }

 private:
  std::string_view text_;
  std::span<const tc_token> tokens_;
};

struct Side {
  std::string_view currency;
  size_t edge = 0;  // begin (on the left) or end (on the right) of the text it covers
  size_t last = 0;  // on the right: index of the last token taken
};

// "$", "US$", "€", "USD" just before token `i` (glued, or after one space).
Side currency_before(const TokenReader& r, size_t i, std::string_view plain_dollar) {
  if (i == 0) return {};
  size_t k = i - 1;
  if (r.is_gap(k)) {
    if (k == 0) return {};
    --k;
  }
  std::string_view s = r.str(k);
  if (s == "$") {
    if (k > 0 && r.is(k - 1, TC_TOKEN_WORD) && r.glued(k - 1, k))
      if (std::string_view iso = dollar_prefix_currency(r.str(k - 1)); !iso.empty()) return {iso, r.at(k - 1).begin};
    return {plain_dollar, r.at(k).begin};
  }
  if (r.is(k, TC_TOKEN_SYMBOL))
    if (std::string_view iso = symbol_currency(s); !iso.empty()) return {iso, r.at(k).begin};
  // A code before the figure must stand apart: "USD 5", not "USD5" (the tokenizer keeps that one word).
  if (k + 1 < i && r.is(k, TC_TOKEN_WORD))
    if (std::string_view iso = code_currency(s); !iso.empty()) return {iso, r.at(k).begin};
  return {};
}

// " roubles", " USD", " Canadian dollars", " U.S. dollars" after token `i`.
Side currency_after(const TokenReader& r, size_t i, bool scaled, std::string_view plain_dollar) {
  if (!r.is_gap(i + 1) || !r.is(i + 2, TC_TOKEN_WORD)) return {};
  size_t noun = i + 2;
  std::string_view modifier;
  // "U.S." may come as one word or as "U.S" and a glued period, depending on the tokenizer's rules.
  size_t q = i + 2;
  size_t mod_end = r.is(q + 1, TC_TOKEN_PUNCT) && r.glued(q, q + 1) && r.str(q + 1) == "." ? q + 1 : q;
  if (!is_currency_modifier(r.span(q, mod_end))) mod_end = q;
  if (is_currency_modifier(r.span(q, mod_end)) && r.is_gap(mod_end + 1) && r.is(mod_end + 2, TC_TOKEN_WORD)) {
    modifier = r.span(q, mod_end);
    noun = mod_end + 2;
  }
  std::string_view iso = noun_currency(r.str(noun), modifier, scaled, plain_dollar);
  if (iso.empty()) return {};
  return {iso, r.at(noun).end, noun};
}

}  // namespace

void MoneyFinder::find(std::string_view text, std::span<const tc_token> tokens, std::vector<Amount>& out) const {
  TokenReader r(text, tokens);
  for (size_t i = 0; i < r.size(); ++i) {
    // The tokenizer makes "27" a number and "27m" a word; both start a figure.
    if (!(r.is(i, TC_TOKEN_NUMBER) || r.is(i, TC_TOKEN_WORD)) || !r.starts_with_digit(i)) continue;
    std::string_view s = r.str(i);
    std::optional<Figure> figure = read_figure(s);
    if (!figure) continue;
    int exponent = 0;
    if (figure->length < s.size()) {
      exponent = scale_exponent(s.substr(figure->length), /*glued=*/true);
      if (exponent == 0) continue;  // "27th", "3D", "1990s": not a figure of money
    }
    size_t last = i;
    if (exponent == 0 && r.is_gap(i + 1) && r.is(i + 2, TC_TOKEN_WORD))
      if (int e = scale_exponent(r.str(i + 2), /*glued=*/false); e != 0) exponent = e, last = i + 2;

    Side before = currency_before(r, i, plain_dollar_);
    Side after = currency_after(r, last, exponent != 0, plain_dollar_);
    Amount a;
    a.begin = r.at(i).begin;
    a.end = r.at(last).end;
    if (!before.currency.empty()) {
      a.currency = before.currency;
      a.begin = before.edge;
      // "$5 million dollars", "US$ 5 USD": the repeated currency belongs to the amount.
      if (after.currency == before.currency) a.end = after.edge, last = after.last;
    } else if (!after.currency.empty()) {
      a.currency = after.currency;
      a.end = after.edge;
      last = after.last;
    } else {
      continue;
    }
    a.value = figure->value(exponent);
    out.push_back(a);
    i = last;
  }
}

}  // namespace money
