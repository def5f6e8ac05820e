// The `money` plugin: finds amounts of money ("$27", "€1.5 billion", "27 million roubles", "US$ 7.2 bn")
// and annotates each with its ISO 4217 currency and its value as a number.
//
// This file is all a plugin needs to be a plugin: a class built from its options, a `process` method,
// and the TEXTCHAIN_PLUGIN line. The finding itself lives in money_finder.cpp, which knows nothing of
// the host and is tested on its own.
#include "money_finder.hpp"

#include <textchain/sdk.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

bool is_iso_code(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

class Money {
 public:
  // Runs once per chain step (per thread for plugins that are not thread-safe). A throw here becomes
  // a config error naming this plugin: check options now, not on every document.
  explicit Money(const textchain::Options& options)
      : finder_(options.get_string("dollar")),
        currencies_(options.get_list("currencies")),
        min_value_(options.get_double("min_value")) {
    if (!is_iso_code(options.get_string("dollar")))
      throw std::invalid_argument("dollar must be an ISO 4217 code such as \"USD\", not \"" +
                                  options.get_string("dollar") + "\"");
    for (const std::string& c : currencies_)
      if (!is_iso_code(c)) throw std::invalid_argument("currencies: \"" + c + "\" is not an ISO 4217 code");
  }

  // May run on several threads at once (declared thread_safe below): it changes no member.
  void process(textchain::Document& doc) const {
    std::vector<money::Amount> amounts;
    finder_.find(doc.text(), doc.tokens(), amounts);
    for (const money::Amount& a : amounts) {
      if (a.value < min_value_ || !wanted(a.currency)) continue;
      doc.annotate("money", a.begin, a.end).attr("currency", a.currency).attr("value", a.value).add();
    }
  }

 private:
  bool wanted(std::string_view currency) const {
    return currencies_.empty() || std::find(currencies_.begin(), currencies_.end(), currency) != currencies_.end();
  }

  money::MoneyFinder finder_;
  std::vector<std::string> currencies_;
  double min_value_;
};

}  // namespace

TEXTCHAIN_PLUGIN(Money,
  .name = "money",
  .version = "1.0.0",
  .description = "Finds amounts of money ($27, €1.5 billion, 27 million roubles) with currency and value",
  .license = "MIT",
  .options = {
    textchain::option::string_list("currencies", "[]",
                                   "ISO 4217 codes to report, e.g. [\"USD\", \"EUR\"]; empty: every currency"),
    textchain::option::number("min_value", "0", "smallest value reported, in units of its currency"),
    textchain::option::string("dollar", "USD", "ISO 4217 code a bare \"$\" or \"dollars\" stands for"),
  },
  .provides = {"money"},
  .thread_safe = true)
