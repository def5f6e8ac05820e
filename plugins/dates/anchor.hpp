// Where relative expressions are anchored: the `document_date` option, else the record's date, else a
// dateline at the start of the text. Never the clock: the output is a function of text and anchor.
#ifndef TEXTCHAIN_DATES_ANCHOR_HPP
#define TEXTCHAIN_DATES_ANCHOR_HPP

#include "calendar.hpp"

#include <string_view>

namespace textchain::dates {

// `fixed` is the option's parsed value (unknown when "auto"). `record_date` is the record's date
// ("YYYY-MM-DD", maybe with a time; empty when none).
Anchor choose_anchor(const Anchor& fixed, std::string_view record_date, std::string_view text) noexcept;

// A dateline in the first lines of `text`: "date 2025-09-26", "2025-09-26", "WASHINGTON, September 26, 2025",
// "September 26, 2025 —". A dateline without a year ("UNITED NATIONS, September 26.") gives no anchor.
Anchor find_dateline(std::string_view text) noexcept;

}  // namespace textchain::dates

#endif
