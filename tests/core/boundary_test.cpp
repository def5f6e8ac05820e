// Nothing but C crosses the boundary (issue 13, point 2): host functions catch everything and return
// an error value; the SDK's slice clamps; document limits stay within what the tokens can index.
#include "test_host.hpp"

#include "document/doc_state.hpp"

#include <textchain/sdk.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace {
bool has_diagnostic(const tc_doc& doc, std::string_view text) {
  for (const auto& d : doc.diagnostics)
    if (d.message.find(text) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST(Boundary, HostFunctionsTurnExceptionsIntoErrorValues) {
  const tc_host_api* api = textchain::document::host_api();
  tc_doc doc;
  doc.input = "Some text.";
  doc.step_plugin = "careless";
  // A length no string can have: copying it throws std::length_error inside the host.
  const tc_str absurd{doc.input.data(), SIZE_MAX / 2};
  EXPECT_NO_THROW(api->report(&doc, TC_LEVEL_WARNING, absurd));
  EXPECT_TRUE(has_diagnostic(doc, "host function report failed")) << doc.diagnostics.size();
  EXPECT_TRUE(doc.step_reported_error);

  tc_attr attr{};
  attr.key = {"note", 4};
  attr.value.type = TC_VALUE_STRING;
  attr.value.s = absurd;
  tc_annotation_in in{};
  in.struct_size = sizeof in;
  in.type = {"x", 1};
  in.attrs = &attr;
  in.attr_count = 1;
  int rc = 0;
  EXPECT_NO_THROW(rc = api->add_annotation(&doc, &in, nullptr));
  EXPECT_EQ(rc, -1);
  EXPECT_TRUE(doc.annotations->empty());
  EXPECT_NO_THROW(rc = api->propose_edit(&doc, 0, 4, absurd, {"r", 1}));
  EXPECT_EQ(rc, -1);
  EXPECT_NO_THROW(rc = api->set_meta(&doc, "source", absurd));
  EXPECT_EQ(rc, -1);
}

TEST(Boundary, SliceClampsABadOffset) {
  tc_doc doc;
  doc.input = "abc";
  textchain::Document d(&doc, textchain::document::host_api());
  EXPECT_EQ(d.slice(1, 2), "b");
  EXPECT_EQ(d.slice(2, 100), "c");
  EXPECT_EQ(d.slice(50, 100), "");
  EXPECT_EQ(d.slice(2, 1), "");
  tc_token t{7, 9, TC_TOKEN_WORD, 0};
  EXPECT_EQ(d.slice(t), "");
}

TEST(Boundary, DocumentLimitsStayWithinWhatTokenOffsetsIndex) {
  auto host = test_host();
  auto chain = host->make_chain({"acronyms"});
  chain.set_limits({.max_document_bytes = size_t{8} << 30});
  EXPECT_EQ(chain.limits().max_document_bytes, size_t{UINT32_MAX});
  chain.set_limits({.max_document_bytes = 1000});
  EXPECT_EQ(chain.limits().max_document_bytes, 1000u);
}

// A refused annotation is reported once: by the host, naming the reason, not again by the SDK.
TEST(Boundary, ARefusalIsReportedOnce) {
  auto host = test_host();
  auto chain = host->load_chain_from_string(
      "[chains.t]\nsteps = [{ plugin = \"hostile\", options = { mode = \"outside\" } }]\n", "t.toml");
  textchain::Result r = chain.process("short");
  int errors = 0;
  for (const auto& d : r.diagnostics) errors += d.level == textchain::Diagnostic::Level::error;
  EXPECT_EQ(errors, 1);
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_NE(r.diagnostics[0].message.find("outside the text"), std::string::npos) << r.diagnostics[0].message;
}

// The host sorts a step's edits only when the plugin proposed them out of order: edits in any order give
// the same text, and insertions at one point keep the order they were proposed in.
TEST(Boundary, EditsInAnyOrderAreAppliedInTextOrder) {
  const tc_host_api* api = textchain::document::host_api();
  const auto apply = [&](const std::vector<std::pair<size_t, std::string>>& order) {
    tc_doc doc;
    doc.input = "abc def ghi";
    doc.step_plugin = "p";
    for (const auto& [begin, with] : order) {
      const size_t end = with.empty() || with[0] == '+' ? begin : begin + 3;  // '+': an insertion
      EXPECT_EQ(api->propose_edit(&doc, begin, end, {with.data(), with.size()}, {"r", 1}), 0);
    }
    doc.apply_pending_edits();
    EXPECT_TRUE(doc.diagnostics.empty()) << doc.diagnostics.front().message;
    return std::string(doc.current());
  };
  EXPECT_EQ(apply({{0, "ABC"}, {4, "DEF"}, {8, "GHI"}}), "ABC DEF GHI");
  EXPECT_EQ(apply({{8, "GHI"}, {0, "ABC"}, {4, "DEF"}}), "ABC DEF GHI");
  EXPECT_EQ(apply({{8, "GHI"}, {4, "DEF"}, {0, "ABC"}}), "ABC DEF GHI");
  EXPECT_EQ(apply({{11, "+1"}, {0, "ABC"}, {11, "+2"}}), "ABC def ghi+1+2");
  EXPECT_EQ(apply({{11, "+2"}, {11, "+1"}, {4, "DEF"}}), "abc DEF ghi+2+1");
}

// A thread keeps one tc_doc from document to document (chain/document_buffers.hpp): reset() leaves
// nothing of the document before that a step could read (its meta, its rewritten text, its tokens, its
// diagnostics, its pending edits), and frees a buffer larger than it is told to keep.
TEST(Boundary, AResetDocumentStateHoldsNothingOfTheDocumentBefore) {
  const tc_host_api* api = textchain::document::host_api();
  tc_doc doc;
  doc.input = "Ana came on Monday. She left.";
  doc.id = "first";
  doc.date = "2024-01-02";
  doc.step_plugin = "rewriter";
  ASSERT_EQ(api->set_meta(&doc, "lang", {"en", 2}), 0);
  size_t n = 0;
  ASSERT_NE(api->sentences(&doc, &n), nullptr);
  ASSERT_EQ(n, 2u);
  ASSERT_EQ(api->propose_edit(&doc, 0, 3, {"Eva", 3}, {"r", 1}), 0);
  doc.apply_pending_edits();
  ASSERT_EQ(api->propose_edit(&doc, 0, 3, {"Bo", 2}, {"r", 1}), 0);  // left pending
  api->report(&doc, TC_LEVEL_WARNING, {"w", 1});
  doc.tokens.reserve(100000);  // past what is kept below

  doc.reset(1024);
  EXPECT_TRUE(doc.input.empty());
  EXPECT_TRUE(doc.id.empty());
  EXPECT_TRUE(doc.date.empty());
  EXPECT_EQ(doc.version(), 0u);
  EXPECT_TRUE(doc.meta.empty());
  EXPECT_TRUE(doc.pending.empty());
  EXPECT_TRUE(doc.diagnostics.empty());
  EXPECT_TRUE(doc.edits.empty());
  EXPECT_FALSE(doc.step_reported_error);
  EXPECT_EQ(doc.step_plugin_name, tc_doc::kNoName);
  EXPECT_EQ(doc.tokens.capacity(), 0u) << "a buffer over the kept bytes is freed";

  doc.input = "No.";
  EXPECT_EQ(api->meta(&doc, "lang").size, 0u);
  EXPECT_EQ(std::string_view(api->text(&doc).data, api->text(&doc).size), "No.");
  ASSERT_NE(api->tokens(&doc, &n), nullptr);
  EXPECT_EQ(n, 2u) << "tokens of the new text, not the cached ones";
}

// Every reserved key is refused as an attribute's, and keys that only look like one (another length,
// another case, a prefix) are stored; a type of any byte outside [a-z0-9_.-] is refused. The host checks
// these for every annotation, by the key's length first and a table of the type's bytes.
TEST(Boundary, ReservedKeysAndTypeBytesAreCheckedExactly) {
  const tc_host_api* api = textchain::document::host_api();
  const auto add = [&](std::string_view type, std::string_view key) {
    tc_doc doc;
    doc.input = "Some text.";
    doc.step_plugin = "checker";
    tc_attr attr{};
    attr.key = {key.data(), key.size()};
    attr.value.type = TC_VALUE_INT;
    attr.value.i = 1;
    tc_annotation_in in{};
    in.struct_size = sizeof in;
    in.type = {type.data(), type.size()};
    in.begin = 0;
    in.end = 4;
    in.attrs = &attr;
    in.attr_count = 1;
    return api->add_annotation(&doc, &in, nullptr);
  };
  for (std::string_view key : {"type", "begin", "end", "text", "plugin", "links", "id", ""})
    EXPECT_EQ(add("kind", key), -1) << key;
  for (std::string_view key : {"ids", "i", "End", "ends", "texts", "typo", "begins", "linkz", "plugins", "plugi",
                               "x", "kind", "value", "speaker_end"})
    EXPECT_EQ(add("kind", key), 0) << key;
  for (std::string_view type : {"date", "a.b-c_9", "0", "abcdefghijklmnopqrstuvwxyz0123456789_.-"})
    EXPECT_EQ(add(type, "k"), 0) << type;
  for (int c = 0; c < 256; ++c) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    const std::string type = "ab" + std::string(1, static_cast<char>(c));
    EXPECT_EQ(add(type, "k"), allowed ? 0 : -1) << c;
  }
  EXPECT_EQ(add("", "k"), -1);
  EXPECT_EQ(add(std::string(65, 'a'), "k"), -1);
  EXPECT_EQ(add(std::string(64, 'a'), "k"), 0);
}
