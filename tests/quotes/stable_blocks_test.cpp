// StableBlocks keeps what it stores where it was put while more is added, in blocks that double from the first
// size up to a cap (the later blocks of a document of many names are mappings of their own, freed at once).
#include "stable_blocks.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace textchain::quotes {
namespace {

struct Item {
  uint32_t a, b, c, d, e;  // 20 bytes, as the resolver's names
};

TEST(StableBlocks, ItemsStayWhereTheyWereWhileBlocksDoubleUpToTheCap) {
  StableBlocks<Item, 256> blocks;
  std::vector<const Item*> where;
  const uint32_t n = 1000000;
  for (uint32_t k = 0; k < n; ++k) where.push_back(blocks.push_back({k, k + 1, k + 2, k + 3, k + 4}));
  for (uint32_t k = 0; k < n; k += 997) {
    ASSERT_EQ(where[k]->a, k);
    ASSERT_EQ(where[k]->e, k + 4);
  }
  const size_t cap = StableBlocks<Item, 256>::kMaxBlockBytes / sizeof(Item);
  ASSERT_GT(blocks.block_count(), 4u);
  EXPECT_EQ(blocks.block_capacity(0), 256u);
  EXPECT_EQ(blocks.block_capacity(1), 512u);
  EXPECT_EQ(blocks.block_capacity(2), 1024u);
  for (size_t k = 0; k < blocks.block_count(); ++k) EXPECT_LE(blocks.block_capacity(k), cap) << k;
  EXPECT_EQ(blocks.block_capacity(blocks.block_count() - 1), cap);
}

TEST(StableBlocks, ItemsAppendedTogetherShareOneBlockWhateverTheirNumber) {
  StableBlocks<Item, 4> blocks;
  std::vector<Item> many(100, Item{7, 0, 0, 0, 0});
  blocks.push_back({1, 0, 0, 0, 0});
  Item* at = blocks.append(many.data(), many.size());
  for (size_t k = 0; k < many.size(); ++k) ASSERT_EQ(at[k].a, 7u);
  EXPECT_EQ(blocks.block_capacity(1), 100u);  // more than the next doubling (8): exactly what it holds
  blocks.clear();
  EXPECT_EQ(blocks.block_count(), 1u);  // the first block's memory is kept for the next document
}

}  // namespace
}  // namespace textchain::quotes
