#include "test_host.hpp"

#include "chain/chain_runner.hpp"

#include <gtest/gtest.h>

#include <thread>

using textchain::Diagnostic;
using textchain::Result;

namespace {
textchain::Chain chain_of(textchain::Host& host, std::string_view steps_toml) {
  return host.load_chain_from_string("[chains.t]\nsteps = " + std::string(steps_toml) + "\n", "t.toml");
}

std::string errors_of(const Result& r) {
  std::string s;
  for (const auto& d : r.diagnostics)
    if (d.level == Diagnostic::Level::error) s += d.plugin + ": " + d.message + "\n";
  return s;
}

std::vector<std::string> acronyms(const Result& r) {
  std::vector<std::string> out;
  for (const auto& a : r.annotations)
    if (a.type == "acronym") out.emplace_back(r.span_text(a));
  return out;
}
}  // namespace

TEST(Chain, RunsACPluginOverTokens) {
  auto host = test_host();
  auto chain = chain_of(*host, "[\"acronyms\"]");
  Result r = chain.process("The UN met NATO in Kyiv.", {"d1", ""});
  EXPECT_TRUE(r.ok()) << errors_of(r);
  EXPECT_EQ(acronyms(r), (std::vector<std::string>{"UN", "NATO"}));
  EXPECT_EQ(r.annotations[0].begin, 4u);
  EXPECT_EQ(r.annotations[0].plugin, "acronyms");
  EXPECT_FALSE(r.text.has_value()) << "nothing rewrote the text";
}

TEST(Chain, AnnotationsAfterARewriteMapToTheOriginalBytes) {
  auto host = test_host();
  auto chain = chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"upper\" } }, \"acronyms\"]");
  Result r = chain.process("ask UN and EU now", {"d", ""});
  EXPECT_TRUE(r.ok()) << errors_of(r);
  ASSERT_TRUE(r.text.has_value());
  EXPECT_EQ(*r.text, "Ask UN And EU Now");
  EXPECT_EQ(acronyms(r), (std::vector<std::string>{"UN", "EU"}));
}

TEST(Chain, InvalidUtf8IsRepairedAndOffsetsStayInputOffsets) {
  auto host = test_host();
  auto chain = chain_of(*host, "[\"acronyms\"]");
  std::string input = "\x80\x80 NATO \xC3";
  Result r = chain.process(input, {"d", ""});
  ASSERT_EQ(r.annotations.size(), 1u);
  EXPECT_EQ(r.annotations[0].begin, 3u);
  EXPECT_EQ(r.annotations[0].end, 7u);
  EXPECT_EQ(r.original_text, input);
  bool warned = false;
  for (const auto& d : r.diagnostics) warned |= d.message.find("invalid UTF-8") != std::string::npos;
  EXPECT_TRUE(warned);
  EXPECT_TRUE(r.ok());
}

TEST(Chain, AThrowingPluginFailsOnlyThatDocumentAndLaterStepsRun) {
  auto host = test_host();
  auto chain = chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"throw\", every = 2 } }, \"acronyms\"]");
  Result bad = chain.process("NATO", {"4", ""});
  Result good = chain.process("NATO", {"5", ""});
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(errors_of(bad).find("hostile: thrown on purpose in 4"), std::string::npos) << errors_of(bad);
  EXPECT_EQ(acronyms(bad).size(), 1u) << "later steps still run";
  EXPECT_TRUE(good.ok()) << errors_of(good);
}

TEST(Chain, NonStdExceptionsAndReportedErrorsAreCaught) {
  auto host = test_host();
  Result r1 = chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"throw-int\" } }]").process("x");
  EXPECT_NE(errors_of(r1).find("unknown exception"), std::string::npos);
  Result r2 = chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"error\" } }]").process("x");
  EXPECT_NE(errors_of(r2).find("hostile: reported on purpose"), std::string::npos);
}

TEST(Chain, BadValuesFromAPluginAreRefusedWithClearErrors) {
  auto host = test_host();
  struct Case {
    const char* mode;
    const char* expect;
  } cases[] = {{"outside", "outside the text"},
               {"reversed", "< begin"},
               {"bad-type", "is not [a-z0-9_.-]+"},
               {"overlapping-edits", "edits overlap"},
               {"split-utf8", "splits a UTF-8 character"},
               {"edit-outside", "outside the text"}};
  for (const Case& c : cases) {
    auto chain = chain_of(*host, std::string("[{ plugin = \"hostile\", options = { mode = \"") + c.mode + "\" } }]");
    Result r = chain.process("h\xC3\xA9llo world", {"d", ""});
    EXPECT_FALSE(r.ok()) << c.mode;
    EXPECT_NE(errors_of(r).find(c.expect), std::string::npos) << c.mode << ": " << errors_of(r);
    EXPECT_FALSE(r.text.has_value()) << c.mode << ": no bad edit may be applied";
    for (const auto& a : r.annotations) EXPECT_LE(a.end, r.original_text.size());
  }
}

TEST(Chain, MaxDocumentBytesMakesAnErrorResult) {
  auto host = test_host();
  auto chain = chain_of(*host, "[\"acronyms\"]");
  textchain::ChainLimits limits;
  limits.max_document_bytes = 10;
  chain.set_limits(limits);
  Result r = chain.process("THIS TEXT IS TOO LONG", {"big", ""});
  EXPECT_FALSE(r.ok());
  EXPECT_NE(errors_of(r).find("exceeds max_document_bytes"), std::string::npos);
  EXPECT_TRUE(r.annotations.empty());
}

TEST(Chain, EmptyDocument) {
  auto host = test_host();
  Result r = chain_of(*host, "[\"acronyms\", \"hostile\"]").process("");
  EXPECT_TRUE(r.ok()) << errors_of(r);
}

TEST(Chain, ExplainListsEveryEditAtOriginalOffsets) {
  auto host = test_host();
  // Without explain, edits are applied but not listed.
  Result quiet = chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"upper\" } }]").process("ab cd");
  EXPECT_EQ(*quiet.text, "Ab Cd");
  EXPECT_TRUE(quiet.edits.empty());
  // With it, each edit is listed with its rule and the span it replaced in the input as given: the invalid
  // byte in front is repaired to 3 bytes first, yet "c" is still reported at input offset 4.
  Result r = chain_of(*host, "[{ plugin = \"hostile\", explain = true, options = { mode = \"upper\" } }]")
                 .process("\x80" "ab cd", {"d", ""});
  ASSERT_EQ(r.edits.size(), 2u);
  EXPECT_EQ(r.edits[0].rule, "upper");
  EXPECT_EQ(r.edits[0].plugin, "hostile");
  EXPECT_EQ(r.edits[0].original_begin, 1u);
  EXPECT_EQ(r.edits[0].original, "a");
  EXPECT_EQ(r.edits[0].replacement, "A");
  EXPECT_EQ(r.edits[1].original_begin, 4u);
  EXPECT_EQ(r.edits[1].original_end, 5u);
  EXPECT_EQ(r.edits[1].original, "c");
}

// Ownership (issue 13, point 3): the chain keeps alive what it uses. Under AddressSanitizer (the CI's
// sanitizer stage) this read freed memory when the chain pointed into the destroyed Host's registry.
TEST(Chain, OutlivesTheHostThatMadeIt) {
  textchain::Chain chain;
  {
    auto host = test_host();
    chain = chain_of(*host, "[\"acronyms\", { plugin = \"hostile\", options = { mode = \"upper\" } }]");
  }
  EXPECT_EQ(chain.steps(), (std::vector<std::string>{"acronyms", "hostile"}));
  Result r = chain.process("the NATO summit");
  EXPECT_EQ(errors_of(r), "");
  EXPECT_EQ(acronyms(r), std::vector<std::string>{"NATO"});
  ASSERT_TRUE(r.text.has_value());
  EXPECT_EQ(*r.text, "The NATO Summit");
}

// Issue 13, point 4: a step reads earlier steps' annotations in the coordinates of the text it sees,
// after a rewrite that moved them, offset attributes included.
TEST(Chain, ALaterStepReadsEarlierAnnotationsAcrossARewrite) {
  auto host = test_host();
  auto chain = chain_of(*host,
                        "[\"acronyms\", { plugin = \"hostile\", options = { mode = \"shift\" } },"
                        " { plugin = \"reader\", options = { prefix = \"=\", count = true } }]");
  Result r = chain.process("the NATO summit");
  EXPECT_EQ(errors_of(r), "");
  ASSERT_TRUE(r.text.has_value());
  EXPECT_EQ(*r.text, ">>> the NATO summit");
  std::vector<std::string> echoed, spans, words;
  for (const auto& a : r.annotations) {
    if (a.type != "echo") continue;
    echoed.emplace_back(a.get_string("seen"));  // what the reader sliced from the text it saw
    spans.emplace_back(r.span_text(a));         // the result's offsets are into the original input
    if (const auto* w = a.find("word_begin")) {
      words.emplace_back(a.get_string("word"));
      // The offset attribute went forward into the reader's text and back into the input's.
      EXPECT_EQ(std::get<int64_t>(*w), 9);
    }
    ASSERT_EQ(a.links.size(), 1u);
    EXPECT_LT(a.links[0].target, a.id);
    EXPECT_NE(a.find("n"), nullptr);
  }
  EXPECT_EQ(echoed, (std::vector<std::string>{"=NATO", "=summit"}));
  EXPECT_EQ(spans, (std::vector<std::string>{"NATO", "summit"}));
  EXPECT_EQ(words, std::vector<std::string>{"summit"});
}

// Issue 13, point 7: edit recording is a setting of the step (and of the whole chain, --explain), not a
// plugin option any plugin might happen to declare.
TEST(Chain, ExplainIsAStepSettingNotAPluginOption) {
  auto host = test_host();
  try {
    chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"upper\", explain = true } }]");
    FAIL() << "explain accepted as a plugin option";
  } catch (const textchain::ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("'explain' is not a plugin option but a setting of the step"),
              std::string::npos) << e.what();
  }
  auto chain = chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"upper\" } }]");
  EXPECT_TRUE(chain.process("ab").edits.empty());
  chain.set_explain(true);
  Result r = chain.process("ab");
  ASSERT_EQ(r.edits.size(), 1u);
  EXPECT_EQ(r.edits[0].rule, "upper");
}

// A thread reuses the buffers of its last small document (tokens, sentences, annotation store) for the
// next one: the next document's steps see only its own tokens, and its record only its own annotations,
// whether it is shorter or longer than the one before, and whether the one before's result was the
// public Result or the compact store.
TEST(Chain, BuffersReusedFromTheLastDocumentLeakNothingIntoTheNext) {
  auto host = test_host();
  auto chain = chain_of(*host, "[\"acronyms\"]");
  using textchain::ChainAccess;
  {
    const textchain::ProcessedDocument first =
        ChainAccess::run_compact(chain, "The UN, NATO, EU, IMF and WHO met the OSCE.", {"d1", ""});
    ASSERT_EQ(first.annotations.size(), 6u);
  }
  {
    const textchain::ProcessedDocument second = ChainAccess::run_compact(chain, "Only FIFA.", {"d2", ""});
    ASSERT_EQ(second.annotations.size(), 1u);
    EXPECT_EQ(second.result.original_text.substr(second.annotations.begin(0), 4), "FIFA");
    EXPECT_EQ(second.annotations.begin(0), 5u);
  }
  {
    const textchain::ProcessedDocument none = ChainAccess::run_compact(chain, "no capitals here", {"d3", ""});
    EXPECT_EQ(none.annotations.size(), 0u);
    // The names of the documents before may stay (ids of the names a chain keeps adding), but name no
    // annotation of this one.
    EXPECT_LE(none.annotations.names().size(), textchain::document::AnnotationStore::kKeptNames);
  }
  Result longer = chain.process("Words first, then the ECB, the ECHR, and finally UNESCO spoke.", {"d4", ""});
  EXPECT_EQ(acronyms(longer), (std::vector<std::string>{"ECB", "ECHR", "UNESCO"}));
  Result after = chain.process("An ILO note.", {"d5", ""});
  EXPECT_EQ(acronyms(after), (std::vector<std::string>{"ILO"}));
  ASSERT_EQ(after.annotations.size(), 1u);
  EXPECT_EQ(after.annotations[0].id, 0u);
}

// `run --jsonl` runs document after document into one ProcessedDocument (run_compact_into): each comes out
// as run_compact() makes it in a new one, with nothing of the document before (annotations, the rewritten
// text, diagnostics; names may stay, each annotation still naming its own), and release() frees its text.
TEST(Chain, DocumentsRunIntoOneProcessedDocumentComeOutAsInNewOnes) {
  auto host = test_host();
  auto chain = chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"upper\" } }, \"acronyms\"]");
  using textchain::ChainAccess;
  const std::vector<std::string> texts = {"The UN, NATO, EU, IMF and WHO met the OSCE.", "Only FIFA.", "no capitals here",
                                          "ask UN and EU now", ""};
  textchain::ProcessedDocument reused;
  for (const std::string& text : texts) {
    ChainAccess::run_compact_into(reused, chain, text, {"r", ""});
    const textchain::ProcessedDocument fresh = ChainAccess::run_compact(chain, text, {"r", ""});
    EXPECT_EQ(reused.result.original_text, fresh.result.original_text);
    EXPECT_EQ(reused.result.text, fresh.result.text) << text;
    EXPECT_EQ(reused.result.edits.size(), fresh.result.edits.size()) << text;
    EXPECT_EQ(reused.result.diagnostics.size(), fresh.result.diagnostics.size()) << text;
    ASSERT_EQ(reused.annotations.size(), fresh.annotations.size()) << text;
    for (size_t i = 0; i < fresh.annotations.size(); ++i) {
      EXPECT_EQ(reused.annotations.begin(i), fresh.annotations.begin(i));
      ASSERT_EQ(reused.annotations.attributes(i).size(), fresh.annotations.attributes(i).size());
      for (size_t k = 0; k < fresh.annotations.attributes(i).size(); ++k)
        EXPECT_EQ(reused.annotations.names()[reused.annotations.attributes(i)[k].key],
                  fresh.annotations.names()[fresh.annotations.attributes(i)[k].key]);
      EXPECT_EQ(reused.annotations.type(i), fresh.annotations.type(i));
      EXPECT_EQ(reused.annotations.plugin(i), fresh.annotations.plugin(i));
    }
    ChainAccess::release(reused);
    EXPECT_EQ(reused.result.original_text.capacity(), std::string().capacity()) << "the text is freed";
    EXPECT_FALSE(reused.result.text.has_value());
  }
}

// A reused store keeps its names from one document to the next, and forgets them once a document brought
// more than it keeps: the next document's annotations then name their own type, plugin and keys, never
// those of an id the forgotten table gave (the id a step interned its name under is not kept either).
TEST(Chain, NamesKeptFromDocumentToDocumentNeverNameAnotherAnnotation) {
  auto host = test_host();
  auto chain = chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"many-keys\", every = 2 } }, \"acronyms\"]");
  using textchain::ChainAccess;
  textchain::ProcessedDocument reused;
  const auto check = [&](const char* id, const char* text, size_t markers) {
    ChainAccess::run_compact_into(reused, chain, text, {id, ""});
    const textchain::ProcessedDocument fresh = ChainAccess::run_compact(chain, text, {id, ""});
    ASSERT_EQ(reused.annotations.size(), fresh.annotations.size()) << id;
    size_t seen_markers = 0;
    for (size_t i = 0; i < fresh.annotations.size(); ++i) {
      const textchain::Annotation got = reused.annotations.to_annotation(i);
      const textchain::Annotation want = fresh.annotations.to_annotation(i);
      EXPECT_EQ(got.type, want.type) << id;
      EXPECT_EQ(got.plugin, want.plugin) << id;
      EXPECT_EQ(got.plugin, got.type == "acronym" ? "acronyms" : "hostile") << id;
      seen_markers += got.type == "marker";
      ASSERT_EQ(got.attributes.size(), want.attributes.size()) << id;
      for (size_t k = 0; k < want.attributes.size(); ++k) EXPECT_EQ(got.attributes[k].key, want.attributes[k].key);
    }
    EXPECT_EQ(seen_markers, markers) << id;
    ChainAccess::release(reused);
  };
  check("1", "ask UN now", 0);          // names kept: seen, hostile, acronym, acronyms
  check("3", "then NATO and EU", 0);    // the same names, their ids kept
  check("2", "the IMF too", 1);         // 70 keys more: past what a store keeps
  check("5", "only WHO", 0);            // names forgotten: interned anew
  check("4", "OSCE and UNESCO", 1);
  check("7", "last ILO", 0);
}

// release(out, spare) hands a document's text to `spare`, emptied, for the next document to be read into
// (its room, not a new allocation); a text larger than a thread keeps is freed as release(out) frees it.
TEST(Chain, ReleaseHandsASmallTextBackAndFreesALargeOne) {
  auto host = test_host();
  auto chain = chain_of(*host, "[\"acronyms\"]");
  using textchain::ChainAccess;
  textchain::ProcessedDocument processed;
  std::string text = "ask UN and EU now, and the rest of a sentence long enough to be on the heap";
  const char* const room = text.data();
  ChainAccess::run_compact_into(processed, chain, std::move(text), {"s", ""});
  std::string spare;
  ChainAccess::release(processed, spare);
  EXPECT_TRUE(spare.empty());
  EXPECT_EQ(spare.data(), room) << "the text's room is handed back";
  EXPECT_EQ(processed.result.original_text.capacity(), std::string().capacity());
  ChainAccess::run_compact_into(processed, chain, std::string(400 * 1024, 'a'), {"l", ""});
  std::string large_spare;
  ChainAccess::release(processed, large_spare);
  EXPECT_EQ(large_spare.capacity(), std::string().capacity()) << "a large text is freed";
  EXPECT_EQ(processed.result.original_text.capacity(), std::string().capacity());
}

// A step's name enters the document's name table when the step adds its first annotation: a step that
// adds none leaves no name there, and each annotation still names the step that added it.
TEST(Chain, AStepNamesItsAnnotationsAndOnlyAnnotatingStepsAreNamed) {
  auto host = test_host();
  auto chain = chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"upper\" } }, \"acronyms\"]");
  // On a thread of its own: a thread's reused store keeps the names of its earlier documents (other tests'
  // chains, in a run of the whole binary), and this test is about the names one document adds.
  std::thread([&] {
    const textchain::ProcessedDocument done =
        textchain::ChainAccess::run_compact(chain, "ask UN and EU now", {"d", ""});
    ASSERT_EQ(done.annotations.size(), 2u);
    EXPECT_EQ(done.annotations.plugin(0), "acronyms");
    EXPECT_EQ(done.annotations.plugin(1), "acronyms");
    for (uint32_t i = 0; i < done.annotations.names().size(); ++i)
      EXPECT_NE(done.annotations.names()[i], "hostile") << "the step added no annotation";
    const textchain::ProcessedDocument none = textchain::ChainAccess::run_compact(chain, "no capitals", {"e", ""});
    EXPECT_EQ(none.annotations.size(), 0u);
    for (uint32_t i = 0; i < none.annotations.names().size(); ++i)
      EXPECT_NE(none.annotations.names()[i], "hostile") << "the step added no annotation";
  }).join();
}

namespace {
// The document's result, as a line to compare: its text, annotations (type, plugin, span) and messages.
std::string summary(const textchain::ProcessedDocument& d) {
  std::string s = d.result.text.value_or("(not rewritten)") + "|";
  for (size_t i = 0; i < d.annotations.size(); ++i)
    s += std::string(d.annotations.type(i)) + "/" + std::string(d.annotations.plugin(i)) + "@" +
         std::to_string(d.annotations.begin(i)) + " ";
  for (const auto& m : d.result.diagnostics) s += "|" + m.plugin + ": " + m.message;
  return s;
}
}  // namespace

// Step-major batches (each step over every document before the next step) give each document the result it
// gets alone: the rewrite of one step read by the next, one document's failure its own.
TEST(Chain, ABatchRunStepMajorGivesEachDocumentItsOwnResult) {
  auto host = test_host();
  auto chain = chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"upper\" } }, "
                               "{ plugin = \"hostile\", options = { mode = \"throw\", every = 2 } }, \"acronyms\"]");
  using textchain::ChainAccess;
  const std::vector<std::string> texts = {"ask UN and EU now", "Only FIFA came.", "", "the WHO and the IMF met",
                                          "no capitals here"};
  std::vector<textchain::ProcessedDocument> outs(texts.size());
  std::vector<ChainAccess::BatchDocument> batch(texts.size());
  for (size_t k = 0; k < texts.size(); ++k) {
    batch[k].out = &outs[k];
    batch[k].text = texts[k];
    batch[k].input = {std::to_string(k + 1), ""};
  }
  ASSERT_EQ(ChainAccess::run_compact_batch(chain, batch.data(), batch.size()), texts.size());
  for (size_t k = 0; k < texts.size(); ++k) {
    EXPECT_FALSE(batch[k].error) << k;
    const textchain::ProcessedDocument alone = ChainAccess::run_compact(chain, texts[k], {std::to_string(k + 1), ""});
    EXPECT_EQ(summary(outs[k]), summary(alone)) << texts[k];
    EXPECT_EQ(outs[k].result.original_text, texts[k]);
  }
  ASSERT_EQ(outs[0].annotations.size(), 3u) << summary(outs[0]);
  EXPECT_EQ(outs[0].annotations.type(2), "acronym") << "the acronyms of the rewritten text: " << summary(outs[0]);
  EXPECT_FALSE(outs[1].result.ok()) << "document 2 is the one the second step throws on";
  EXPECT_TRUE(outs[2].result.ok());
}

namespace {
int g_stop_checks = 0;
int stop_at_sixth_check() { return ++g_stop_checks >= 6 ? 15 : 0; }
}  // namespace

// A stop cuts the batch at the document in progress: the documents that ran the current step finish the
// chain, the rest run no further step, and the count says how many finished.
TEST(Chain, AStopCutsABatchAtTheDocumentInProgress) {
  auto host = test_host();
  // Three steps: a stop signal stays raised, and the documents kept must still run the step after the cut.
  auto chain = chain_of(*host, "[{ plugin = \"hostile\", options = { mode = \"upper\" } }, \"acronyms\", \"acronyms\"]");
  using textchain::ChainAccess;
  const std::vector<std::string> texts = {"ask UN now", "ask EU now", "ask IMF now", "ask WHO now"};
  std::vector<textchain::ProcessedDocument> outs(texts.size());
  std::vector<ChainAccess::BatchDocument> batch(texts.size());
  for (size_t k = 0; k < texts.size(); ++k) {
    batch[k].out = &outs[k];
    batch[k].text = texts[k];
    batch[k].input = {"s" + std::to_string(k), ""};
  }
  // Checks 1-4: the first step's four documents; 5: the second step's first; 6 stops before its second.
  g_stop_checks = 0;
  ASSERT_EQ(ChainAccess::run_compact_batch(chain, batch.data(), batch.size(), stop_at_sixth_check), 1u);
  ASSERT_EQ(outs[0].annotations.size(), 2u);  // one per acronyms step
  EXPECT_EQ(outs[0].annotations.type(0), "acronym");
  EXPECT_EQ(outs[0].result.text.value_or(""), "Ask UN Now");
}
