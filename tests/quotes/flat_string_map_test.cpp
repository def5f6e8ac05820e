// FlatStringMap: the resolver's per-document word maps (surname -> fullest name, acronym -> its spelled-out
// name), checked against std::unordered_map on random words, growth and clearing included.
#include "flat_string_map.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

using textchain::quotes::FlatStringMap;

TEST(FlatStringMap, EmplaceKeepsTheFirstValueAndFindsIt) {
  FlatStringMap<int> m;
  EXPECT_EQ(m.find("Hale"), nullptr);
  auto [v, fresh] = m.emplace("Hale", 1);
  ASSERT_TRUE(fresh);
  EXPECT_EQ(*v, 1);
  auto [w, again] = m.emplace("Hale", 2);
  EXPECT_FALSE(again);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(*w, 1);
  *w = 3;  // the pointer is the stored value
  ASSERT_NE(m.find("Hale"), nullptr);
  EXPECT_EQ(*m.find("Hale"), 3);
  EXPECT_EQ(m.find("Hal"), nullptr);
  EXPECT_EQ(m.find("Hales"), nullptr);
  EXPECT_EQ(m.find(""), nullptr);
  m.emplace("", 4);  // an empty word is a key like any other
  ASSERT_NE(m.find(""), nullptr);
  EXPECT_EQ(*m.find(""), 4);
  EXPECT_EQ(m.size(), 2u);
  m.clear();
  EXPECT_EQ(m.size(), 0u);
  EXPECT_EQ(m.find("Hale"), nullptr);
  EXPECT_EQ(m.find(""), nullptr);
}

TEST(FlatStringMap, AgreesWithUnorderedMapOnRandomWords) {
  std::mt19937 rng(20261205);
  for (int round = 0; round < 40; ++round) {
    // Words of 0 to 20 bytes over a small alphabet: many shared prefixes, lengths across the 8-byte chunks.
    std::vector<std::string> words;
    const size_t vocabulary = 1 + rng() % 300;
    for (size_t i = 0; i < vocabulary; ++i) {
      std::string w(rng() % 21, 'a');
      for (char& c : w) c = static_cast<char>("AbcZ\xc5\x81-'"[rng() % 8]);
      words.push_back(w);
    }
    FlatStringMap<size_t> flat;
    std::unordered_map<std::string_view, size_t> ref;
    for (int op = 0; op < 2000; ++op) {
      const std::string_view w = words[rng() % words.size()];
      const unsigned what = rng() % 100;
      if (what < 45) {
        const size_t value = rng();
        auto [v, fresh] = flat.emplace(w, value);
        auto [it, ref_fresh] = ref.emplace(w, value);
        ASSERT_EQ(fresh, ref_fresh) << w;
        ASSERT_EQ(*v, it->second) << w;
        if (what < 10) *v = it->second = value + 1;  // written through the pointer
      } else if (what < 99) {
        size_t* v = flat.find(w);
        auto it = ref.find(w);
        ASSERT_EQ(v != nullptr, it != ref.end()) << w;
        if (v) {
          ASSERT_EQ(*v, it->second) << w;
        }
      } else {
        flat.clear();
        ref.clear();
      }
      ASSERT_EQ(flat.size(), ref.size());
    }
    for (const std::string& w : words) {  // every word at the end, present or not
      size_t* v = flat.find(w);
      auto it = ref.find(w);
      ASSERT_EQ(v != nullptr, it != ref.end()) << w;
      if (v) {
        EXPECT_EQ(*v, it->second) << w;
      }
    }
  }
}

}  // namespace
