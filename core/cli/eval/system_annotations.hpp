// What a chain found, in the shape the scorers take: `date` annotations as TIMEX items, `quote`
// annotations as system quotes. Offsets stay those of the original input, as the gold's are.
#ifndef TEXTCHAIN_EVAL_SYSTEM_ANNOTATIONS_HPP
#define TEXTCHAIN_EVAL_SYSTEM_ANNOTATIONS_HPP

#include "eval/quote_scorer.hpp"
#include "eval/timex_scorer.hpp"

#include <textchain/host.hpp>

#include <vector>

namespace textchain::eval {

std::vector<TimexItem> system_dates(const Result& result);
SystemQuoteDoc system_quotes(const Result& result, std::string id);

}  // namespace textchain::eval

#endif
