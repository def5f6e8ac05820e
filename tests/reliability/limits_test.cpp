// max_document_bytes, from the flag and from the config: a larger document becomes an error record (never
// an out-of-memory death), smaller ones in the same run are processed, and the default is sane.
#include "command_runner.hpp"

#include <textchain/host.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace {
using namespace reliability;

struct Inputs {
  TempDir tmp;
  std::string big, small, jsonl, config_small, config_large;
  Inputs() {
    big = (tmp / "big.txt").string();
    small = (tmp / "small.txt").string();
    jsonl = (tmp / "docs.jsonl").string();
    write_file(big, "NATO " + std::string(3000, 'x'));
    write_file(small, "NATO and the UN.");
    // A record a bit over 1000 bytes of text (caught by the chain), one far over (caught by the reader,
    // before it is parsed), and a small one.
    write_file(jsonl, "{\"id\": \"over\", \"text\": \"" + std::string(1500, 'y') + "\"}\n" +
                          "{\"id\": \"far-over\", \"text\": \"" + std::string(20000, 'z') + "\"}\n" +
                          "{\"id\": \"fits\", \"text\": \"NATO\"}\n");
    const std::string head = "plugin_dirs = ['" + test_plugin_dir() + "']\n";
    const std::string chain = "[chains.t]\nsteps = [\"acronyms\"]\n";
    config_small = (tmp / "small.toml").string();
    config_large = (tmp / "large.toml").string();
    write_file(config_small, head + "max_document_bytes = 1000\n" + chain);
    write_file(config_large, head + "max_document_bytes = 100000\n" + chain);
  }
};

void expect_too_large(const boost::json::value& rec) {
  ASSERT_TRUE(rec.is_object()) << rec;
  EXPECT_NE(messages(rec).find("max_document_bytes"), std::string::npos) << rec;
  EXPECT_TRUE(rec.as_object().at("annotations").as_array().empty()) << rec;
}

void expect_processed(const boost::json::value& rec) {
  ASSERT_TRUE(rec.is_object()) << rec;
  EXPECT_EQ(messages(rec), "") << rec;
  EXPECT_FALSE(rec.as_object().at("annotations").as_array().empty()) << rec;
}
}  // namespace

TEST(MaxDocumentBytes, FlagTurnsALargerTextFileIntoAnErrorRecord) {
  Inputs in;
  Finished r = run_textchain({"run", "--plugin-dir", test_plugin_dir(), "--steps", "acronyms",
                              "--max-document-bytes", "1000", in.big, in.small});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto recs = parse_records(r.out);
  ASSERT_EQ(recs.size(), 2u) << r.out;
  expect_too_large(recs[0]);
  expect_processed(recs[1]);
}

TEST(MaxDocumentBytes, ConfigTurnsALargerTextFileIntoAnErrorRecord) {
  Inputs in;
  Finished r = run_textchain({"run", "--config", in.config_small, in.big, in.small});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto recs = parse_records(r.out);
  ASSERT_EQ(recs.size(), 2u) << r.out;
  expect_too_large(recs[0]);
  expect_processed(recs[1]);
}

TEST(MaxDocumentBytes, FlagOverridesConfig) {
  Inputs in;
  Finished tighter = run_textchain({"run", "--config", in.config_large, "--max-document-bytes", "1000", in.big});
  auto recs = parse_records(tighter.out);
  ASSERT_EQ(recs.size(), 1u) << tighter.out << tighter.err;
  expect_too_large(recs[0]);

  Finished looser = run_textchain({"run", "--config", in.config_small, "--max-document-bytes", "100000", in.big});
  EXPECT_EQ(looser.exit_code, 0) << looser.err;
  recs = parse_records(looser.out);
  ASSERT_EQ(recs.size(), 1u) << looser.out << looser.err;
  expect_processed(recs[0]);
}

TEST(MaxDocumentBytes, JsonLinesRecordsOverTheLimitBecomeErrorRecordsInPlace) {
  Inputs in;
  Finished r = run_textchain({"run", "--config", in.config_small, "-j", "2", in.jsonl});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto recs = parse_records(r.out);
  ASSERT_EQ(recs.size(), 3u) << r.out;
  expect_too_large(recs[0]);
  EXPECT_EQ(recs[0].as_object().at("id"), "over");
  expect_too_large(recs[1]);
  const auto& far = recs[1].as_object();
  // Refused before parsing, so its id is unknown: the record names the line instead.
  EXPECT_TRUE(far.at("id") == "far-over" || (far.at("id").is_null() && far.at("line") == 2)) << recs[1];
  expect_processed(recs[2]);
  EXPECT_EQ(recs[2].as_object().at("id"), "fits");
}

TEST(MaxDocumentBytes, StandardInputOverTheLimitBecomesAnErrorRecord) {
  Inputs in;
  Finished r = run_textchain({"run", "--config", in.config_small, "-"}, in.big);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto recs = parse_records(r.out);
  ASSERT_EQ(recs.size(), 1u) << r.out;
  expect_too_large(recs[0]);
}

TEST(MaxDocumentBytes, NonPositiveOrHugeLimitsAreConfigErrors) {
  TempDir tmp;
  for (std::string value : {"0", "-5", "\"big\"", "99999999999999"}) {
    write_file(tmp / "c.toml", "max_document_bytes = " + value + "\n[chains.t]\nsteps = []\n");
    Finished r = run_textchain({"check", (tmp / "c.toml").string()});
    EXPECT_EQ(r.exit_code, 78) << value << ": " << r.err;
    EXPECT_NE(r.err.find("max_document_bytes"), std::string::npos) << value << ": " << r.err;
  }
}

// BUG (core): the JSON Lines reader reads a whole line (std::getline) before comparing its size with the
// limit, so one line of many gigabytes without a newline is an out-of-memory death, not an error record.
// Fix in io::InputReader::read_jsonl_line: read with a bounded loop (e.g. std::istream::getline into a
// buffer, or get() chunks) and once max_document_bytes + 4096 bytes are buffered, stop storing, skip to the
// next '\n' (ignore(max, '\n')) and emit the "line of N bytes exceeds max_document_bytes" record.
TEST(MaxDocumentBytes, AnOverlongJsonLineIsNotHeldInMemory) {
  TempDir tmp;
  const auto file = tmp / "long.jsonl";
  {
    std::ofstream f(file, std::ios::binary);
    f << "{\"id\": \"long\", \"text\": \"";
    const std::string chunk(1 << 20, 'w');
    for (int i = 0; i < 400; ++i) f << chunk;  // 400 MB
    f << "\"}\n{\"id\": \"next\", \"text\": \"NATO\"}\n";
  }
  Finished r = run_textchain({"run", "--plugin-dir", test_plugin_dir(), "--steps", "acronyms",
                              "--max-document-bytes", "1000", file.string()});
  auto recs = parse_records(r.out);
  ASSERT_EQ(recs.size(), 2u) << r.err;
  expect_too_large(recs[0]);
  expect_processed(recs[1]);
  // Well under the 400 MB of the line (sanitizer builds included).
  EXPECT_LT(r.max_rss_kb, 200 * 1024) << "peak memory " << r.max_rss_kb / 1024 << " MB";
}

TEST(MaxDocumentBytes, DefaultIsSane) {
  textchain::Host host;
  host.set_use_default_dirs(false);
  host.add_plugin_dir(test_plugin_dir());
  textchain::Chain chain = host.make_chain({"acronyms"});
  // Large enough for any real article, small enough that a runaway input cannot exhaust memory.
  EXPECT_GE(chain.limits().max_document_bytes, 16u * 1024u * 1024u);
  EXPECT_LE(chain.limits().max_document_bytes, 1024u * 1024u * 1024u);
  textchain::ChainLimits tight;
  tight.max_document_bytes = 8;
  chain.set_limits(tight);
  textchain::Result r = chain.process("NATO and more than eight bytes", {"x", ""});
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.annotations.empty());
}
