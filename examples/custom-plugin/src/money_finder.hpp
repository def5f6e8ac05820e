// Finding amounts of money in a document's tokens: a figure with a currency before it ("$27", "€1.5
// billion", "US$ 7.2 bn") or after it ("27 million roubles", "1,200 USD", "5 million Canadian dollars").
// A figure with no currency on either side is not money.
#ifndef MONEY_MONEY_FINDER_HPP
#define MONEY_MONEY_FINDER_HPP

#include <textchain/abi.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace money {

struct Amount {
  size_t begin = 0;  // byte span in the text, currency and scale included
  size_t end = 0;
  std::string_view currency;  // ISO 4217; static storage or the finder's own string
  double value = 0.0;         // the figure times its scale: "€1.5 billion" is 1.5e9
};

class MoneyFinder {
 public:
  // `plain_dollar`: the ISO code a bare "$" or "dollars" stands for.
  explicit MoneyFinder(std::string plain_dollar) : plain_dollar_(std::move(plain_dollar)) {}

  // Appends every amount of `text` to `out`, in text order, without overlaps. `tokens` are the host's
  // tokens of `text`. Reads only; safe to call from several threads at once.
  void find(std::string_view text, std::span<const tc_token> tokens, std::vector<Amount>& out) const;

 private:
  std::string plain_dollar_;
};

}  // namespace money

#endif
