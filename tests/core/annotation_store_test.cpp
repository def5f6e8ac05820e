// The host's compact annotation storage (issue 19, memory): every value a plugin can hand over comes back
// as it went in, views stay valid while more annotations are added, a refused annotation leaves nothing
// behind, and the record written from the store (streamed in pieces) is the record written from Result.
#include <gtest/gtest.h>

#include <boost/json/value.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "chain/chain_runner.hpp"
#include "document/annotation_store.hpp"
#include "io/input_reader.hpp"
#include "io/record_writer.hpp"

namespace {

using textchain::AttributeValue;
using textchain::document::AnnotationStore;
using textchain::document::ByteArena;
using textchain::document::NameTable;

const AttributeValue& value_of(const textchain::Annotation& a, std::string_view key) {
  const AttributeValue* v = a.find(key);
  if (!v) throw std::runtime_error("no attribute " + std::string(key));
  return *v;
}

TEST(AnnotationStore, EveryValueTypeComesBackAsItWentIn) {
  AnnotationStore store;
  const uint32_t plugin = store.names().intern("maker");
  const std::string long_string(100000, 'x');  // beyond the shared short values and a standard block
  const tc_str list[] = {{"one", 3}, {nullptr, 0}, {"th\0ree", 6}};
  store.begin("thing", plugin, 3, 17);
  store.add_null("n");
  store.add_bool("yes", true);
  store.add_bool("no", false);
  store.add_int("min", std::numeric_limits<int64_t>::min());
  store.add_int("max", std::numeric_limits<int64_t>::max());
  store.add_offset("at", UINT32_MAX);
  store.add_double("pi", 3.25);
  store.add_double("nan", std::nan(""));
  store.add_double("negzero", -0.0);
  store.add_string("empty", "");
  store.add_string("short", "Ana Ruiz");
  store.add_string("long", long_string);
  store.add_string_list("list", list, 3);
  store.add_string_list("nolist", nullptr, 0);
  store.commit();
  store.begin("other", plugin, 0, 0);
  store.add_link("speaker", 0);
  store.add_link("", 0);
  store.commit();

  ASSERT_EQ(store.size(), 2u);
  const textchain::Annotation a = store.to_annotation(0);
  EXPECT_EQ(a.id, 0u);
  EXPECT_EQ(a.type, "thing");
  EXPECT_EQ(a.plugin, "maker");
  EXPECT_EQ(a.begin, 3u);
  EXPECT_EQ(a.end, 17u);
  ASSERT_EQ(a.attributes.size(), 14u);
  EXPECT_EQ(a.attributes[0].key, "n");  // in the order added
  EXPECT_TRUE(std::holds_alternative<std::nullptr_t>(value_of(a, "n")));
  EXPECT_EQ(std::get<bool>(value_of(a, "yes")), true);
  EXPECT_EQ(std::get<bool>(value_of(a, "no")), false);
  EXPECT_EQ(std::get<int64_t>(value_of(a, "min")), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(std::get<int64_t>(value_of(a, "max")), std::numeric_limits<int64_t>::max());
  EXPECT_EQ(std::get<int64_t>(value_of(a, "at")), int64_t{UINT32_MAX});
  EXPECT_EQ(std::get<double>(value_of(a, "pi")), 3.25);
  EXPECT_TRUE(std::isnan(std::get<double>(value_of(a, "nan"))));
  EXPECT_TRUE(std::signbit(std::get<double>(value_of(a, "negzero"))));
  EXPECT_EQ(std::get<std::string>(value_of(a, "empty")), "");
  EXPECT_EQ(std::get<std::string>(value_of(a, "short")), "Ana Ruiz");
  EXPECT_EQ(std::get<std::string>(value_of(a, "long")), long_string);
  EXPECT_EQ(std::get<std::vector<std::string>>(value_of(a, "list")),
            (std::vector<std::string>{"one", "", std::string("th\0ree", 6)}));
  EXPECT_TRUE(std::get<std::vector<std::string>>(value_of(a, "nolist")).empty());
  EXPECT_TRUE(a.links.empty());
  // The store's own reading: an OFFSET keeps its type (plugins see it mapped forward).
  EXPECT_EQ(store.value(store.attributes(0)[5]).type, static_cast<uint32_t>(TC_VALUE_OFFSET));

  const textchain::Annotation b = store.to_annotation(1);
  EXPECT_EQ(b.id, 1u);
  EXPECT_TRUE(b.attributes.empty());
  ASSERT_EQ(b.links.size(), 2u);
  EXPECT_EQ(b.links[0].role, "speaker");
  EXPECT_EQ(b.links[0].target, 0u);
  EXPECT_EQ(b.links[1].role, "");
}

// An INT is kept in the attribute when it fits in 32 bits and beside it when not: both come back as they
// went in, at the edges too, and an abandoned annotation's wide values do not shift the next one's.
TEST(AnnotationStore, IntsNarrowAndWideComeBackAsTheyWentIn) {
  AnnotationStore store;
  const uint32_t plugin = store.names().intern("p");
  const int64_t values[] = {0, -1, INT32_MIN, INT32_MAX, int64_t{INT32_MAX} + 1, int64_t{INT32_MIN} - 1,
                            int64_t{UINT32_MAX}, -int64_t{UINT32_MAX}};
  store.begin("refused", plugin, 0, 1);
  store.add_int("w", int64_t{1} << 40);
  store.add_double("d", 1.5);
  store.abandon();
  store.begin("kept", plugin, 0, 1);
  for (const int64_t v : values) store.add_int("v", v);
  store.add_double("d", -2.5);
  store.commit();
  ASSERT_EQ(store.size(), 1u);
  const auto attrs = store.attributes(0);
  ASSERT_EQ(attrs.size(), std::size(values) + 1);
  for (size_t i = 0; i < std::size(values); ++i) {
    const auto v = store.value(attrs[i]);
    EXPECT_EQ(v.type, static_cast<uint32_t>(TC_VALUE_INT)) << i;
    EXPECT_EQ(v.i, values[i]) << i;
  }
  EXPECT_EQ(store.value(attrs.back()).d, -2.5);
}

// A PodArray past MappedRoom::kMappedBytes moves to pages of its own and is remapped as it grows: what it
// held comes along, through a move too.
TEST(AnnotationStore, APodArrayKeepsItsElementsAsItGrowsPastMalloc) {
  textchain::document::PodArray<uint64_t> a;
  const size_t n = 3 * textchain::document::MappedRoom::kMappedBytes / sizeof(uint64_t);
  for (size_t i = 0; i < n; ++i) a.push_back(i * 7);
  ASSERT_EQ(a.size(), n);
  EXPECT_GE(a.capacity() * sizeof(uint64_t), 3 * textchain::document::MappedRoom::kMappedBytes);
  textchain::document::PodArray<uint64_t> b(std::move(a));
  EXPECT_TRUE(a.empty());
  ASSERT_EQ(b.size(), n);
  size_t wrong = 0;
  for (size_t i = 0; i < n; ++i) wrong += b[i] != i * 7;
  EXPECT_EQ(wrong, 0u);
  a = std::move(b);  // the emptied one takes the mapped room back; b's is not freed twice
  EXPECT_EQ(a.size(), n);
  EXPECT_EQ(a[n - 1], (n - 1) * 7);
  a.push_back(1);
  b.push_back(2);
  EXPECT_EQ(b[0], 2u);
}

// Links are kept apart from the records, each with its annotation's index: every annotation gets its own
// links back, none or several, the last one's too, and an abandoned annotation's are gone.
TEST(AnnotationStore, EachAnnotationGetsItsOwnLinksBack) {
  AnnotationStore store;
  const uint32_t plugin = store.names().intern("p");
  const size_t counts[] = {1, 0, 3, 0, 2};
  for (size_t i = 0; i < std::size(counts); ++i) {
    store.begin("a", plugin, 0, 0);
    for (size_t k = 0; k < counts[i]; ++k) store.add_link("r" + std::to_string(k), 10 * i + k);
    store.commit();
    store.begin("refused", plugin, 0, 0);
    store.add_link("x", 99);
    store.abandon();
  }
  ASSERT_EQ(store.size(), std::size(counts));
  for (size_t i = 0; i < std::size(counts); ++i) {
    const auto links = store.links(i);
    ASSERT_EQ(links.size(), counts[i]) << i;
    for (size_t k = 0; k < counts[i]; ++k) {
      EXPECT_EQ(links[k].target, 10 * i + k);
      EXPECT_EQ(store.names()[links[k].role], "r" + std::to_string(k));
    }
  }
}

// Issue 19 (memory): a dense document's annotations (two offsets and two short repeated strings each, as a
// quote's) cost about 16 bytes a record and 8 an attribute, the vectors' room grown by half included: at
// 16 bytes an attribute and doubled vectors they cost twice that.
TEST(AnnotationStore, DenseAnnotationsCostFewBytesEach) {
  AnnotationStore store;
  const uint32_t plugin = store.names().intern("quotes");
  const char* const speakers[] = {"Ana Ruiz", "Omar Haddad", "Grace Nakamura"};
  constexpr uint32_t kCount = 20000;
  for (uint32_t i = 0; i < kCount; ++i) {
    store.begin("quote", plugin, 10 * i, 10 * i + 8);
    store.add_offset("speaker_begin", 10 * i + 1);
    store.add_offset("speaker_end", 10 * i + 3);
    store.add_string("speaker", speakers[i % 3]);
    store.add_string("cue", "said");
    store.commit();
  }
  ASSERT_EQ(store.size(), kCount);
  EXPECT_EQ(store.value(store.attributes(kCount - 1)[0]).i, 10 * int64_t{kCount - 1} + 1);
  EXPECT_EQ(store.value(store.attributes(kCount - 1)[2]).s, speakers[(kCount - 1) % 3]);
  EXPECT_LT(store.capacity_bytes(), size_t{kCount} * (16 + 4 * 8) * 3 / 2 + 8192);
}

// A record keeps its type's and its plugin's ids in 16 bits: an id of 65,535 or more (a plugin naming its
// types after the text) is kept aside, and every annotation must still give back its own names, through an
// abandoned annotation, a move and a clear.
TEST(AnnotationStore, NameIdsPast16BitsComeBackWhole) {
  AnnotationStore store;
  const uint32_t small = store.names().intern("p");
  for (uint32_t k = 0; k < 70000; ++k) store.names().intern("n" + std::to_string(k));
  const uint32_t wide = store.names().intern("wide plugin");
  ASSERT_GT(wide, 65535u);
  struct Case {
    std::string type;
    uint32_t plugin;
  };
  const std::vector<Case> cases = {{"date", small},    {"n65534", small}, {"n65535", wide},
                                   {"n69999", small},  {"quote", wide},   {"n10", small},
                                   {"n66000", wide}};
  for (size_t i = 0; i < cases.size(); ++i) {
    store.begin(cases[i].type, cases[i].plugin, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1));
    store.add_int("k", static_cast<int64_t>(i));
    store.commit();
    store.begin("n67000", wide, 0, 0);  // refused: leaves nothing behind
    store.abandon();
  }
  AnnotationStore moved = std::move(store);
  ASSERT_EQ(moved.size(), cases.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    EXPECT_EQ(moved.type(i), cases[i].type) << i;
    EXPECT_EQ(moved.plugin_id(i), cases[i].plugin) << i;
    EXPECT_EQ(moved.type_id(i), moved.names().intern(cases[i].type)) << i;
    EXPECT_EQ(moved.begin(i), i);
    EXPECT_EQ(moved.value(moved.attributes(i)[0]).i, static_cast<int64_t>(i));
  }
  moved.clear();
  const uint32_t p = moved.names().intern("p");
  moved.begin("date", p, 0, 1);
  moved.commit();
  ASSERT_EQ(moved.size(), 1u);
  EXPECT_EQ(moved.type(0), "date");
  EXPECT_EQ(moved.plugin(0), "p");
}

TEST(AnnotationStore, AnAbandonedAnnotationLeavesNothingBehind) {
  AnnotationStore store;
  const uint32_t plugin = store.names().intern("p");
  store.begin("kept", plugin, 0, 1);
  store.add_int("k", 1);
  store.commit();
  store.begin("refused", plugin, 0, 1);
  store.add_int("half", 2);
  store.add_link("r", 0);
  store.abandon();
  // One begun and never committed or abandoned is dropped by the next begin().
  store.begin("refused too", plugin, 0, 1);
  store.add_string("half", "x");
  store.begin("next", plugin, 1, 2);
  store.add_int("n", 3);
  store.commit();
  ASSERT_EQ(store.size(), 2u);
  ASSERT_EQ(store.attributes(0).size(), 1u);
  EXPECT_EQ(store.names()[store.attributes(0)[0].key], "k");
  ASSERT_EQ(store.attributes(1).size(), 1u);
  EXPECT_EQ(store.names()[store.attributes(1)[0].key], "n");
  EXPECT_EQ(store.value(store.attributes(1)[0]).i, 3);
  EXPECT_TRUE(store.links(0).empty());
  EXPECT_TRUE(store.links(1).empty());
  EXPECT_EQ(store.type(1), "next");
}

TEST(AnnotationStore, StringsStayWhereTheyAreWhileMoreAreAdded) {
  // Plugins hold views (pointers into the store) while they add annotations in the same step.
  AnnotationStore store;
  const uint32_t plugin = store.names().intern("p");
  store.begin("first", plugin, 0, 0);
  store.add_string("s", std::string(200, 'a'));
  const tc_str list[] = {{"kept", 4}};
  store.add_string_list("l", list, 1);
  store.commit();
  const std::string_view s = store.value(store.attributes(0)[0]).s;
  const tc_str* l = store.value(store.attributes(0)[1]).list.data();
  for (int i = 0; i < 50000; ++i) {
    store.begin("more", plugin, 0, 0);
    store.add_string("s", std::to_string(i) + std::string(60, 'b'));
    store.add_string("short", "shared");
    store.commit();
  }
  EXPECT_EQ(store.value(store.attributes(0)[0]).s.data(), s.data());
  EXPECT_EQ(s, std::string(200, 'a'));
  EXPECT_EQ(std::string_view(l[0].data, l[0].size), "kept");
  // A short value repeated nearby is stored once (the table of recent values grows, emptied, as the store
  // does: compare the last two).
  EXPECT_EQ(store.value(store.attributes(49999)[1]).s.data(), store.value(store.attributes(50000)[1]).s.data());
  EXPECT_EQ(store.value(store.attributes(50000)[1]).s, "shared");
}

TEST(AnnotationStore, NamesAreInternedOnceAndArenaAlignsWhatItHandsOut) {
  NameTable names;
  const uint32_t a = names.intern("date");
  EXPECT_EQ(names.intern("quote"), a + 1);
  EXPECT_EQ(names.intern(std::string("date")), a);
  EXPECT_EQ(names[a], "date");
  ByteArena arena;
  for (size_t size : {1u, 3u, 40000u, 7u, 16u}) {
    void* p = arena.allocate(size, alignof(tc_attr));
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % alignof(tc_attr), 0u) << size;
  }
}

// The host checks a type's bytes only when it is not the last type begun: that holds the type begun last
// (after an abandoned annotation too), byte for byte, and nothing once the store is emptied or moved from.
TEST(AnnotationStore, IsLastTypeIsTheTypeBegunLastByteForByte) {
  AnnotationStore s;
  EXPECT_FALSE(s.is_last_type("date"));
  EXPECT_FALSE(s.is_last_type(""));
  const uint32_t plugin = s.names().intern("dates");
  s.add_string("value", "x");  // outside an annotation: not a type
  s.begin("date", plugin, 0, 1);
  s.commit();
  EXPECT_TRUE(s.is_last_type(std::string("date")));
  for (const char* other : {"dat", "dates", "datE", "Date", "", "value"}) EXPECT_FALSE(s.is_last_type(other)) << other;
  s.begin("date", plugin, 1, 2);  // the same type again: the same id
  s.commit();
  EXPECT_EQ(s.type(0), "date");
  EXPECT_EQ(s.type_id(1), s.type_id(0));
  s.begin("quote", plugin, 2, 3);
  s.abandon();
  EXPECT_TRUE(s.is_last_type("quote"));
  EXPECT_FALSE(s.is_last_type("date"));
  s.begin("date", plugin, 3, 4);
  s.commit();
  EXPECT_EQ(s.type(2), "date");
  EXPECT_EQ(s.type_id(2), s.type_id(0));
  AnnotationStore moved = std::move(s);
  EXPECT_TRUE(moved.is_last_type("date"));
  EXPECT_FALSE(s.is_last_type("date"));
  moved.clear_keeping_names();
  EXPECT_FALSE(moved.is_last_type("date"));
  moved.begin("date", plugin, 0, 1);
  moved.commit();
  EXPECT_TRUE(moved.is_last_type("date"));
  moved.clear();
  EXPECT_FALSE(moved.is_last_type("date"));
}

// intern() first tries the name that followed the previous one last time: a repeating order, a broken
// one and a table past the few names searched in a row all give each name its one id.
TEST(AnnotationStore, InterningInAnyOrderGivesEachNameOneId) {
  NameTable names;
  std::vector<std::string> words;
  for (int i = 0; i < 40; ++i) words.push_back("w" + std::to_string(i));
  std::vector<uint32_t> ids;
  for (const auto& w : words) ids.push_back(names.intern(w));
  for (int round = 0; round < 3; ++round)
    for (size_t i = 0; i < words.size(); ++i) {
      const size_t k = round == 1 ? (i * 7) % words.size() : i;  // the second round breaks the order
      EXPECT_EQ(names.intern(words[k]), ids[k]) << words[k];
    }
  EXPECT_EQ(names.intern("w3"), ids[3]);
  EXPECT_EQ(names.intern("w3"), ids[3]);  // a name following itself
  EXPECT_EQ(names.intern("new"), 40u);
  EXPECT_EQ(names.size(), 41u);
  NameTable moved = std::move(names);
  EXPECT_EQ(moved.intern("w4"), ids[4]);
  EXPECT_EQ(names.intern("w4"), 0u);  // the moved-from table starts again
  EXPECT_EQ(names.intern("w5"), 1u);
}

// Names and short string values are compared in overlapping words, not byte by byte: names of every length
// up to past 16 bytes that differ in one byte only, first, middle or last, each get their own id, in the
// order that tries the hinted id first and in the searched one; short values that differ so are each
// stored, and a value right after the same value is shared.
TEST(AnnotationStore, NamesAndValuesDifferingInOneByteStayApart) {
  for (size_t n = 1; n <= 20; ++n) {
    const std::string base(n, 'k');
    std::vector<std::string> names = {base};
    for (size_t at : {size_t{0}, n / 2, n - 1}) {
      std::string other = base;
      other[at] = 'q';
      if (std::find(names.begin(), names.end(), other) == names.end()) names.push_back(other);
    }
    NameTable table;
    for (int round = 0; round < 3; ++round)
      for (size_t i = 0; i < names.size(); ++i) EXPECT_EQ(table.intern(names[i]), i) << names[i];
    EXPECT_EQ(table.size(), names.size());

    AnnotationStore store;
    store.begin("t", store.names().intern("p"), 0, 0);
    for (const std::string& v : names) store.add_string("v", v);
    store.add_string("v", names.back());
    store.commit();
    const auto attrs = store.attributes(0);
    ASSERT_EQ(attrs.size(), names.size() + 1);
    for (size_t i = 0; i < names.size(); ++i) EXPECT_EQ(store.value(attrs[i]).s, names[i]) << n;
    EXPECT_EQ(store.value(attrs.back()).s, names.back());
    EXPECT_EQ(store.value(attrs.back()).s.data(), store.value(attrs[names.size() - 1]).s.data()) << "stored once";
  }
}

// A table moved over one that had many names (whose cache of recent ids was in use) keeps none of that
// cache: names added to it past the few searched in a row each get their own id.
TEST(AnnotationStore, ATableMovedOverALargerOneForgetsItsRecentIds) {
  NameTable large, small;
  for (int i = 0; i < 40; ++i) large.intern("old" + std::to_string(i));
  small.intern("a");
  small.intern("b");
  large = std::move(small);
  ASSERT_EQ(large.size(), 2u);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(large.intern("new" + std::to_string(i)), static_cast<uint32_t>(i + 2));
  for (int i = 0; i < 40; ++i) EXPECT_EQ(large.intern("new" + std::to_string(i)), static_cast<uint32_t>(i + 2));
  EXPECT_EQ(large.intern("old5"), 42u) << "a name of the table moved over is new";
  EXPECT_EQ(large.intern("a"), 0u);
}

// A moved-from store (and its arena and name table) is a valid empty store: annotations added to it
// afterwards come back as they went in, and the moved-to store keeps what it took.
TEST(AnnotationStore, AMovedFromStoreIsEmptyAndUsable) {
  AnnotationStore source;
  const auto fill = [](AnnotationStore& s, size_t count, std::string_view tag) {
    const uint32_t plugin = s.names().intern("maker");
    for (size_t i = 0; i < count; ++i) {
      s.begin("thing", plugin, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1));
      s.add_string("short", std::string(tag) + std::to_string(i % 7));        // shared short values
      s.add_string("long", std::string(300, 'a' + static_cast<char>(i % 26)));  // the arena
      s.add_int("k" + std::to_string(i % 40), static_cast<int64_t>(i));         // past the few names
      s.commit();
    }
  };
  const auto check = [](const AnnotationStore& s, size_t count, std::string_view tag) {
    ASSERT_EQ(s.size(), count);
    for (size_t i = 0; i < count; ++i) {
      const textchain::Annotation a = s.to_annotation(i);
      EXPECT_EQ(a.type, "thing");
      EXPECT_EQ(a.begin, i);
      EXPECT_EQ(std::get<std::string>(value_of(a, "short")), std::string(tag) + std::to_string(i % 7));
      EXPECT_EQ(std::get<std::string>(value_of(a, "long")), std::string(300, 'a' + static_cast<char>(i % 26)));
      EXPECT_EQ(std::get<int64_t>(value_of(a, "k" + std::to_string(i % 40))), static_cast<int64_t>(i));
    }
  };
  fill(source, 500, "first");
  source.begin("open", 0, 0, 0);  // left open: the move must not carry it into the reused source
  AnnotationStore moved(std::move(source));
  check(moved, 500, "first");
  EXPECT_TRUE(source.empty());
  EXPECT_EQ(source.names().size(), 0u);
  fill(source, 300, "second");
  check(source, 300, "second");
  check(moved, 500, "first");

  AnnotationStore assigned;
  fill(assigned, 10, "third");
  assigned = std::move(source);
  check(assigned, 300, "second");
  EXPECT_TRUE(source.empty());
  fill(source, 200, "fourth");
  check(source, 200, "fourth");
  check(assigned, 300, "second");
  check(moved, 500, "first");
}

// clear() keeps a store's memory for the next document (a worker reuses one store from document to
// document): nothing of what it held before is read back, and names, ids and shared short values start
// again as in a new store.
TEST(AnnotationStore, AClearedStoreHoldsNothingOfItsLastDocument) {
  AnnotationStore store;
  const uint32_t maker = store.names().intern("maker");
  for (uint32_t i = 0; i < 60; ++i) {
    store.begin("thing", maker, i, i + 1);
    store.add_string("short", "kept value " + std::to_string(i % 5));  // shared short values
    store.add_int("k" + std::to_string(i), i);                        // past the few names searched in a row
    store.add_link("next", i + 1);
    store.commit();
  }
  store.begin("open", maker, 0, 0);  // left open: clear() must not commit it later
  store.clear();
  EXPECT_TRUE(store.empty());
  EXPECT_EQ(store.names().size(), 0u);
  EXPECT_GT(store.capacity_bytes(), 0u) << "the room is kept";

  EXPECT_EQ(store.names().intern("other"), 0u) << "ids start again from 0";
  store.begin("word", 0, 5, 9);
  store.add_string("short", "kept value 1");  // a value the last document stored: copied anew
  store.commit();
  store.commit();  // nothing open: adds nothing
  ASSERT_EQ(store.size(), 1u);
  const textchain::Annotation a = store.to_annotation(0);
  EXPECT_EQ(a.type, "word");
  EXPECT_EQ(a.plugin, "other");
  EXPECT_EQ(a.begin, 5u);
  ASSERT_EQ(a.attributes.size(), 1u);
  EXPECT_EQ(std::get<std::string>(value_of(a, "short")), "kept value 1");
  EXPECT_TRUE(a.links.empty());
  EXPECT_EQ(store.names().size(), 3u);  // other, word, short
  EXPECT_EQ(store.names().intern("k3"), 3u) << "a name of the last document is new again";
}

// clear_keeping_names() empties a store but keeps its names with their ids (a chain's next document
// mostly uses the same), up to AnnotationStore::kKeptNames of them; past that it forgets them as clear()
// does, and no id of the forgotten table names anything afterwards.
TEST(AnnotationStore, ClearKeepingNamesKeepsFewNamesAndForgetsMany) {
  AnnotationStore store;
  const uint32_t maker = store.names().intern("maker");
  store.begin("thing", maker, 0, 1);
  store.add_string("short", "v");
  store.commit();
  store.clear_keeping_names();
  EXPECT_TRUE(store.empty());
  ASSERT_EQ(store.names().size(), 3u);
  EXPECT_EQ(store.names().intern("maker"), maker) << "a kept name keeps its id";
  store.begin("other", maker, 2, 3);  // a new name after the kept ones
  store.add_string("short", "w");
  store.commit();
  ASSERT_EQ(store.size(), 1u);
  EXPECT_EQ(store.to_annotation(0).type, "other");
  EXPECT_EQ(store.to_annotation(0).attributes[0].key, "short");
  EXPECT_EQ(store.names().size(), 4u);

  for (size_t k = 0; k <= AnnotationStore::kKeptNames; ++k) store.names().intern("k" + std::to_string(k));
  store.clear_keeping_names();
  EXPECT_EQ(store.names().size(), 0u) << "more names than a store keeps are forgotten";
  const uint32_t writer = store.names().intern("writer");
  EXPECT_EQ(writer, 0u);
  store.begin("short", writer, 0, 1);  // names of the forgotten table, in another order
  store.add_string("thing", "x");
  store.commit();
  ASSERT_EQ(store.size(), 1u);
  const textchain::Annotation a = store.to_annotation(0);
  EXPECT_EQ(a.type, "short");
  EXPECT_EQ(a.plugin, "writer");
  ASSERT_EQ(a.attributes.size(), 1u);
  EXPECT_EQ(a.attributes[0].key, "thing");
  EXPECT_EQ(store.names().size(), 3u);
}

// A cleared arena hands out its one kept block again from its start; one of several blocks is freed as
// reset() frees them.
TEST(AnnotationStore, AClearedArenaHandsOutItsBlockAgain) {
  ByteArena arena;
  const std::string_view first = arena.copy("first document");
  const char* const at = first.data();
  arena.clear();
  EXPECT_EQ(arena.copy("second").data(), at);
  EXPECT_EQ(std::string_view(at, 6), "second");
  for (int i = 0; i < 50; ++i) arena.copy(std::string(100, 'x'));  // several blocks
  const size_t held = arena.capacity_bytes();
  EXPECT_GT(held, 1000u);
  arena.clear();
  EXPECT_EQ(arena.capacity_bytes(), 0u);
  EXPECT_EQ(arena.copy("third"), "third");
}

// The same document twice, as a ProcessedDocument (annotations in the store) and as a Result.
textchain::ProcessedDocument sample_document(size_t annotations) {
  textchain::ProcessedDocument doc;
  doc.result.id = "d";
  doc.result.original_text = "Ana Ruiz said on \"Tuesday\": caf\xc3\xa9\n";
  doc.result.text = std::string("Ana Ruiz said on \"Tuesday\": cafe\n");
  doc.result.diagnostics.push_back({textchain::Diagnostic::Level::warning, "quotes", "a warning"});
  doc.result.edits.push_back({"cleanup", "accent", 28, 33, "caf\xc3\xa9", "cafe"});
  AnnotationStore& s = doc.annotations;
  const uint32_t plugin = s.names().intern("dates");
  for (size_t i = 0; i < annotations; ++i) {
    s.begin(i % 2 ? "quote" : "date", plugin, static_cast<uint32_t>(i % 17), static_cast<uint32_t>(i % 17 + 9));
    s.add_string("value", "XXXX-WXX-2");
    s.add_int("n", static_cast<int64_t>(i) - 5);
    s.add_offset("speaker_begin", 0);
    s.add_double("score", i == 1 ? std::numeric_limits<double>::infinity() : 0.5 * static_cast<double>(i));
    s.add_bool("b", i % 3 == 0);
    s.add_null("z");
    s.add_string("bad", "\xff\xfe");  // made valid UTF-8 where written
    s.add_int("wide", (int64_t{1} << 40) + static_cast<int64_t>(i));  // the writer's paths by attribute type
    s.add_string("empty", "");
    const tc_str list[] = {{"a\"b", 3}, {"\n", 1}};
    s.add_string_list("l", list, 2);
    if (i) s.add_link("speaker", i - 1);
    s.commit();
  }
  return doc;
}

TEST(AnnotationStore, RecordFromTheStoreIsTheRecordFromResult) {
  textchain::io::InputDocument in;
  in.id = boost::json::value(boost::json::string("d"));
  in.extra.push_back({"source", "{\"a\": 1.0}"});
  for (size_t n : {size_t{0}, size_t{3}, size_t{20000}}) {  // 20000: a record of several pieces
    const std::string expected = textchain::io::jsonl_record(in, std::make_unique<textchain::Result>(sample_document(n).to_result()).get());
    std::string streamed;
    size_t pieces = 0;
    textchain::io::write_jsonl_record(in, sample_document(n), [&](std::string_view piece) {
      ++pieces;
      streamed.append(piece);
    });
    EXPECT_EQ(streamed, expected) << n << " annotations";
    if (n == 20000) {
      EXPECT_GT(pieces, 1u);
    }
    EXPECT_EQ(streamed.find('\n'), streamed.size() - 1);
  }
}

// A text with an escape every few hundred bytes still leaves in pieces of about a megabyte (the writer's
// piece size): each escape used to restart the count and the whole text piled up in one piece.
// The writer keeps each name's JSON string from one record to the next (found by the name's bytes, by its
// id within a record): the same id naming other bytes in the next document's store (a name escaped differently, a longer or
// shorter one) is written as itself, and a name met again is written as before.
TEST(AnnotationStore, RecordsOfStoresWhoseIdsNameOtherNamesEachWriteTheirOwn) {
  textchain::io::InputDocument in;
  in.id = boost::json::value(boost::json::string("d"));
  const auto record_of = [&](std::vector<std::string> names) {
    textchain::ProcessedDocument doc;
    doc.result.original_text = "some words here";
    AnnotationStore& s = doc.annotations;
    const uint32_t plugin = s.names().intern(names[0]);
    s.begin(names[1], plugin, 0, 4);
    s.add_string(names[2], "v");
    s.add_null(names[3]);
    s.commit();
    return textchain::io::jsonl_record(in, doc);
  };
  const std::string first = record_of({"maker", "kind", "key\\one", "k2"});
  EXPECT_NE(first.find(R"("type":"kind","begin":0,"end":4,"text":"some","plugin":"maker","key\\one":"v","k2":null)"),
            std::string::npos) << first;
  // The same ids (0 to 3) now name other bytes: one as long as before, one longer, one with a quote.
  const std::string second = record_of({"taker", "kind of", "key\"two", "k3"});
  EXPECT_NE(second.find(R"("type":"kind of","begin":0,"end":4,"text":"some","plugin":"taker","key\"two":"v","k3":null)"),
            std::string::npos) << second;
  EXPECT_EQ(record_of({"maker", "kind", "key\\one", "k2"}), first);
}

// The kept names are found by their bytes in a table of a few hundred slots: more names than slots in one
// record (names sharing a slot replace each other there), and the same names numbered in the other order in
// the next record, each write as the record from the public Result (names without ids) writes them.
TEST(AnnotationStore, RecordsWithMoreNamesThanTheWriterKeepsWriteEachName) {
  textchain::io::InputDocument in;
  in.id = boost::json::value(boost::json::string("d"));
  const auto store_of = [](bool reversed) {
    textchain::ProcessedDocument doc;
    doc.result.original_text = "some words here";
    AnnotationStore& s = doc.annotations;
    const uint32_t plugin = s.names().intern("maker");
    for (size_t a = 0; a < 3; ++a) {
      s.begin(a % 2 ? "quote" : "date", plugin, 0, 4);
      for (size_t k = 0; k < 600; ++k) {
        const size_t key = reversed ? 599 - k : k;
        s.add_int("attribute_key_" + std::to_string(key % 7) + "_" + std::to_string(key), static_cast<int64_t>(key));
      }
      s.commit();
    }
    return doc;
  };
  for (bool reversed : {false, true, false}) {
    const std::string expected =
        textchain::io::jsonl_record(in, std::make_unique<textchain::Result>(store_of(reversed).to_result()).get());
    const std::string written = textchain::io::jsonl_record(in, store_of(reversed));
    ASSERT_NE(expected.find("\"attribute_key_3_598\":598"), std::string::npos);
    EXPECT_EQ(written, expected) << (reversed ? "reversed" : "in order");
  }
}

TEST(AnnotationStore, TextWithFrequentEscapesIsStreamedInPieces) {
  constexpr size_t kPieceBytes = size_t{1} << 20;
  textchain::io::InputDocument in;
  in.id = boost::json::value(boost::json::string("d"));
  textchain::ProcessedDocument doc = sample_document(2);
  std::string text;
  while (text.size() < 5 * kPieceBytes) text += std::string(300, 'a') + "\n\"\t";
  doc.result.text = text;
  const std::string expected = textchain::io::jsonl_record(in, doc);  // the record written whole
  std::string streamed;
  size_t pieces = 0, largest = 0;
  textchain::io::write_jsonl_record(in, doc, [&](std::string_view piece) {
    ++pieces;
    largest = std::max(largest, piece.size());
    streamed.append(piece);
  });
  EXPECT_EQ(streamed, expected);
  EXPECT_GE(pieces, 5u);
  EXPECT_LE(largest, kPieceBytes + 64);  // at most one 8-byte stride of escapes past the piece size
}

}  // namespace
