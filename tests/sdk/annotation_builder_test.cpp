// AnnotationBuilder without a host: a stand-in add_annotation copies what the builder hands over, so the
// tests see exactly the tc_annotation_in a host would read. The builder keeps its first attributes, links
// and string bytes in itself and moves them to the heap beyond that; both sides of each limit are checked.
#include <textchain/sdk.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

struct Received {
  std::string type;
  size_t begin = 0, end = 0;
  std::vector<std::pair<std::string, std::string>> strings;  // key, value (string attributes)
  std::vector<std::pair<std::string, int64_t>> numbers;      // key, value (integer and offset attributes)
  std::vector<std::pair<std::string, uint64_t>> links;
  std::vector<std::string> nulls;                              // keys of null attributes
  std::vector<const char*> value_data;                         // where each string value's bytes were
  bool refuse = false;
};

std::string str(tc_str s) { return std::string(s.data, s.size); }

int add_annotation(tc_doc* doc, const tc_annotation_in* in, uint64_t* id) {
  auto* r = reinterpret_cast<Received*>(doc);
  if (r->refuse) return -1;
  r->type = str(in->type);
  r->begin = in->begin;
  r->end = in->end;
  for (size_t i = 0; i < in->attr_count; ++i) {
    const tc_attr& a = in->attrs[i];
    if (a.value.type == TC_VALUE_STRING) {
      r->strings.emplace_back(str(a.key), str(a.value.s));
      r->value_data.push_back(a.value.s.data);
    } else if (a.value.type == TC_VALUE_NULL)
      r->nulls.push_back(str(a.key));
    else
      r->numbers.emplace_back(str(a.key), a.value.i);
  }
  for (size_t i = 0; i < in->link_count; ++i) r->links.emplace_back(str(in->links[i].role), in->links[i].target);
  *id = 7;
  return 0;
}

tc_host_api host_api() {
  tc_host_api api{};
  api.struct_size = sizeof(tc_host_api);
  api.abi_major = TC_ABI_MAJOR;
  api.add_annotation = add_annotation;
  return api;
}

// Builds an annotation with `attrs` string attributes of `value_bytes` bytes each and `links` links, each
// key, value and role made from a temporary that is gone before add().
Received build(size_t attrs, size_t value_bytes, size_t links) {
  Received r;
  const tc_host_api api = host_api();
  textchain::Document doc(reinterpret_cast<tc_doc*>(&r), &api);
  textchain::AnnotationBuilder b = doc.annotate(std::string("quote"), 3, 9);
  for (size_t i = 0; i < attrs; ++i)
    b.attr(std::string("key") + std::to_string(i), std::string(value_bytes, static_cast<char>('a' + i % 26)));
  b.attr("count", attrs).attr_offset("at", 5);
  for (size_t i = 0; i < links; ++i) b.link(std::string("role") + std::to_string(i), 100 + i);
  EXPECT_EQ(b.add(), 7u);
  return r;
}

void expect_built(const Received& r, size_t attrs, size_t value_bytes, size_t links) {
  EXPECT_EQ(r.type, "quote");
  EXPECT_EQ(r.begin, 3u);
  EXPECT_EQ(r.end, 9u);
  ASSERT_EQ(r.strings.size(), attrs);
  for (size_t i = 0; i < attrs; ++i) {
    EXPECT_EQ(r.strings[i].first, "key" + std::to_string(i));
    EXPECT_EQ(r.strings[i].second, std::string(value_bytes, static_cast<char>('a' + i % 26)));
  }
  ASSERT_EQ(r.numbers.size(), 2u);
  EXPECT_EQ(r.numbers[0], (std::pair<std::string, int64_t>{"count", static_cast<int64_t>(attrs)}));
  EXPECT_EQ(r.numbers[1], (std::pair<std::string, int64_t>{"at", 5}));
  ASSERT_EQ(r.links.size(), links);
  for (size_t i = 0; i < links; ++i) EXPECT_EQ(r.links[i], (std::pair<std::string, uint64_t>{"role" + std::to_string(i), 100 + i}));
}

TEST(AnnotationBuilder, HandsOverEveryAttributeAndLinkInOrderOnBothSidesOfItsInPlaceLimits) {
  // 14 + 2 = 16 attributes fit in place, 15 + 2 do not; 4 links fit, 5 do not; 512 bytes of strings fit
  // (with 14 short values), 40 values of 100 bytes do not.
  for (size_t attrs : {0u, 1u, 14u, 15u, 40u})
    for (size_t bytes : {0u, 3u, 100u})
      for (size_t links : {0u, 4u, 5u, 9u}) {
        SCOPED_TRACE(testing::Message() << attrs << " attributes of " << bytes << " bytes, " << links << " links");
        expect_built(build(attrs, bytes, links), attrs, bytes, links);
      }
}

TEST(AnnotationBuilder, ACopiedBuilderHandsOverItsOwnCopyOfEveryString) {
  Received r;
  const tc_host_api api = host_api();
  textchain::Document doc(reinterpret_cast<tc_doc*>(&r), &api);
  textchain::AnnotationBuilder a = doc.annotate("date", 1, 2);
  for (int i = 0; i < 20; ++i) a.attr("k" + std::to_string(i), std::string(40, 'x'));  // on the heap by now
  textchain::AnnotationBuilder copy = a;
  a.attr("only_in_a", "y");
  copy.add();
  ASSERT_EQ(r.strings.size(), 20u);
  EXPECT_EQ(r.strings.back(), (std::pair<std::string, std::string>{"k19", std::string(40, 'x')}));
}

TEST(AnnotationBuilder, ARefusalThrowsRefused) {
  Received r;
  r.refuse = true;
  const tc_host_api api = host_api();
  textchain::Document doc(reinterpret_cast<tc_doc*>(&r), &api);
  EXPECT_THROW(doc.annotate("date", 1, 2).attr("value", "2025").add(), textchain::Refused);
}

// Document::add_annotation hands the host the caller's own bytes, in order, with each value's type.
TEST(DocumentAddAnnotation, HandsOverTheCallersBytesWithoutCopying) {
  Received r;
  const tc_host_api api = host_api();
  textchain::Document doc(reinterpret_cast<tc_doc*>(&r), &api);
  const std::string text = "Smith said it";
  const std::string_view speaker = std::string_view(text).substr(0, 5);
  const tc_attr attrs[] = {textchain::string_attr("speaker", speaker), textchain::offset_attr("speaker_begin", 0),
                           textchain::int_attr("count", -3), textchain::null_attr("cue")};
  EXPECT_EQ(doc.add_annotation("quote", 6, 13, attrs), 7u);
  EXPECT_EQ(r.type, "quote");
  EXPECT_EQ(r.begin, 6u);
  EXPECT_EQ(r.end, 13u);
  ASSERT_EQ(r.strings.size(), 1u);
  EXPECT_EQ(r.strings[0], (std::pair<std::string, std::string>{"speaker", "Smith"}));
  EXPECT_EQ(r.value_data[0], text.data());  // the caller's bytes, not a copy
  ASSERT_EQ(r.numbers.size(), 2u);
  EXPECT_EQ(r.numbers[0], (std::pair<std::string, int64_t>{"speaker_begin", 0}));
  EXPECT_EQ(r.numbers[1], (std::pair<std::string, int64_t>{"count", -3}));
  EXPECT_EQ(r.nulls, std::vector<std::string>{"cue"});
  EXPECT_TRUE(r.links.empty());
}

TEST(DocumentAddAnnotation, ARefusalThrowsRefused) {
  Received r;
  r.refuse = true;
  const tc_host_api api = host_api();
  textchain::Document doc(reinterpret_cast<tc_doc*>(&r), &api);
  const tc_attr attrs[] = {textchain::string_attr("value", "2025")};
  EXPECT_THROW(doc.add_annotation("date", 1, 2, attrs), textchain::Refused);
}

}  // namespace
