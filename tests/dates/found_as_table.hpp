// The form the dates conformance tests write their cases in: an invented sentence, how many expressions the
// default tagger should find in it (dated Friday 2025-09-26), and what `found_as` should print for them.
#ifndef TEXTCHAIN_TESTS_DATES_FOUND_AS_TABLE_HPP
#define TEXTCHAIN_TESTS_DATES_FOUND_AS_TABLE_HPP

#include "dev_sets.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <span>

namespace textchain::dates::dev {

struct FoundCase {
  const char* sentence;
  size_t count;
  const char* expected;  // found_as's form; "" when nothing is found
};

// Every row checked, each failure naming its sentence.
inline void expect_found(std::span<const FoundCase> cases) {
  for (const FoundCase& c : cases) EXPECT_EQ(found_as(c.sentence, c.count), c.expected) << c.sentence;
}

}  // namespace textchain::dates::dev

#endif
