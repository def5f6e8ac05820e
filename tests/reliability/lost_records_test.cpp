// Not one lost record: 10,000 JSON Lines mixing valid documents, broken JSON, invalid UTF-8, empty texts
// and one 100 MB document, through a chain whose first step throws on every 7th document, under -j 2.
// Exactly 10,000 records must come out, in input order, each failure with its error, every success with
// its annotations.
#include "command_runner.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace {
using namespace reliability;

constexpr int kLines = 10000;
constexpr int kHugeLine = 5000;
constexpr size_t kHugeBytes = 100u * 1024u * 1024u;

enum class Kind { valid, broken_json, not_an_object, no_text, invalid_utf8, empty_text, huge };

Kind kind_of(int i) {
  if (i == kHugeLine) return Kind::huge;
  switch (i % 10) {
    case 3:
      return (i / 10) % 3 == 0 ? Kind::not_an_object : (i / 10) % 3 == 1 ? Kind::no_text : Kind::broken_json;
    case 5:
      return Kind::invalid_utf8;
    case 8:
      return Kind::empty_text;
    default:
      return Kind::valid;
  }
}

// A line that does not parse, in one of several ways a broken export produces.
std::string broken_line(int i) {
  switch ((i / 30) % 4) {
    case 0:
      return "{\"id\": " + std::to_string(i) + ", \"text\": \"cut off in the midd";
    case 1:
      return "{\"id\": " + std::to_string(i) + ", \"text\": \"x\"} trailing";
    case 2:
      return "id=" + std::to_string(i) + " text=NATO";
    default:
      return "{\"id\": " + std::to_string(i) + ", \"text\": \"bad \\escape\"}";
  }
}

void write_input(const std::filesystem::path& file) {
  std::ofstream f(file, std::ios::binary);
  for (int i = 1; i <= kLines; ++i) {
    const std::string id = std::to_string(i);
    switch (kind_of(i)) {
      case Kind::valid:
        f << "{\"id\": " << id << ", \"text\": \"Line " << id << ": NATO met the UN in Kyiv.\", \"seq\": " << id
          << (i % 4 == 0 ? ", \"date\": \"2025-09-26\"" : "") << "}\n";
        break;
      case Kind::broken_json:
        f << broken_line(i) << "\n";
        break;
      case Kind::not_an_object:
        f << "[" << id << ", \"NATO\"]\n";
        break;
      case Kind::no_text:
        f << "{\"id\": " << id << ", \"seq\": " << id << "}\n";
        break;
      case Kind::invalid_utf8:
        f << "{\"id\": " << id << ", \"text\": \"bad \xff\xfe bytes then NATO \xc3\", \"seq\": " << id << "}\n";
        break;
      case Kind::empty_text:
        f << "{\"id\": " << id << ", \"text\": \"\", \"seq\": " << id << "}\n";
        break;
      case Kind::huge: {
        f << "{\"id\": " << id << ", \"seq\": " << id << ", \"text\": \"NATO ";
        const std::string chunk = "a long document of plain words and numbers 0123456789, repeated.\\n";
        size_t written = 5;
        while (written + chunk.size() <= kHugeBytes) {
          f << chunk;
          written += chunk.size();
        }
        f << "\"}\n";
        break;
      }
    }
  }
}

int64_t int_field(const boost::json::object& o, std::string_view key) {
  const boost::json::value* v = o.if_contains(key);
  return v && v->is_int64() ? v->as_int64() : -1;
}

bool has_annotation(const boost::json::object& o, std::string_view type, std::string_view plugin,
                    std::string_view text) {
  for (const auto& a : o.at("annotations").as_array()) {
    const auto& ao = a.as_object();
    if (ao.at("type").as_string() == type && ao.at("plugin").as_string() == plugin &&
        (text.empty() || ao.at("text").as_string() == text))
      return true;
  }
  return false;
}
}  // namespace

TEST(NotOneLostRecord, TenThousandMixedLinesUnderTwoJobs) {
  TempDir tmp;
  const auto input = tmp / "mixed.jsonl";
  write_input(input);
  write_file(tmp / "chain.toml",
             "plugin_dirs = ['" + test_plugin_dir() + "']\n"
             "[chains.reliability]\n"
             "steps = [ { plugin = \"hostile\", options = { mode = \"throw\", every = 7 } }, \"acronyms\" ]\n");

  Finished run = run_textchain({"run", "--config", (tmp / "chain.toml").string(), "-j", "2", input.string()});
  ASSERT_EQ(run.signal, 0) << run.err;
  EXPECT_EQ(run.exit_code, 1) << "some documents failed, so the status is 1\n" << run.err.substr(0, 2000);

  ASSERT_FALSE(run.out.empty());
  EXPECT_EQ(run.out.back(), '\n');
  const auto records = parse_records(run.out);
  ASSERT_EQ(records.size(), static_cast<size_t>(kLines)) << "one record per input line, no more, no less";

  int failures = 0, thrown = 0;
  for (int i = 1; i <= kLines; ++i) {
    const auto& rec = records[static_cast<size_t>(i - 1)];
    ASSERT_TRUE(rec.is_object()) << "record " << i << " is not JSON: " << rec;
    const auto& o = rec.as_object();
    ASSERT_TRUE(o.contains("annotations") && o.contains("errors")) << rec;
    const std::string errors = messages(rec);
    const Kind kind = kind_of(i);
    SCOPED_TRACE("line " + std::to_string(i));

    // Input order: a record names its document's id, or for a line that is not a record, its line.
    if (kind == Kind::broken_json || kind == Kind::not_an_object) {
      EXPECT_TRUE(o.at("id").is_null()) << rec;
      EXPECT_EQ(int_field(o, "line"), i) << rec;
      EXPECT_NE(errors.find(":" + std::to_string(i) + ": not"), std::string::npos) << errors;
      EXPECT_TRUE(o.at("annotations").as_array().empty()) << rec;
      ++failures;
      continue;
    }
    ASSERT_EQ(int_field(o, "id"), i) << "records out of order";
    EXPECT_EQ(int_field(o, "seq"), i) << "other fields pass through";
    if (kind == Kind::no_text) {
      EXPECT_NE(errors.find("no \"text\""), std::string::npos) << errors;
      ++failures;
      continue;
    }
    if (i % 7 == 0) {
      EXPECT_NE(errors.find("hostile: thrown on purpose in " + std::to_string(i)), std::string::npos) << errors;
      // The throwing step fails the document, and the steps after it still run.
      if (kind != Kind::empty_text) {
        EXPECT_TRUE(has_annotation(o, "acronym", "acronyms", "NATO")) << rec;
      }
      ++failures;
      ++thrown;
      continue;
    }
    EXPECT_EQ(errors, "") << rec;
    EXPECT_TRUE(has_annotation(o, "seen", "hostile", "")) << rec;
    if (kind != Kind::empty_text) {
      EXPECT_TRUE(has_annotation(o, "acronym", "acronyms", "NATO")) << rec;
    }
    if (kind == Kind::invalid_utf8) {
      EXPECT_NE(messages(rec, "warnings").find("UTF-8"), std::string::npos) << rec;
    }
    if (kind == Kind::huge) {
      EXPECT_EQ(o.at("annotations").as_array().size(), 2u) << "one 'seen', one acronym";
      EXPECT_FALSE(o.contains("rewritten_text")) << "the text is echoed only when a step rewrote it";
      EXPECT_FALSE(o.contains("text")) << "a record never carries a top-level \"text\"";
    }
  }
  // The mix really was mixed: about a tenth of the lines broken, a seventh of the rest thrown on.
  EXPECT_EQ(failures, 1000 + thrown);
  EXPECT_GT(thrown, 1000);
}
