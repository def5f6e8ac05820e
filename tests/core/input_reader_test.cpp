// The JSON Lines reader takes a line that arrives whole by a shortcut (RecordParser::feed_whole, issue 19)
// and a line that arrives in pieces (longer than what is left of the read buffer) by the general parser:
// both must give the same document, field for field, for every form a line can take.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>
#include <unistd.h>

#include <boost/json/serialize.hpp>

#include "io/input_reader.hpp"

namespace {

namespace fs = std::filesystem;

// Lines invented for the test: the commonest form, and each way a line leaves it (escapes in keys and
// values, other value types, invalid UTF-8, repeated keys, bad dates, errors at each place, spaces).
const std::vector<std::string> kLines = {
    R"({"id": "n1", "text": "The ferry left at noon.", "date": "2031-05-06"})",
    R"({"id":"n2","text":"Packed","date":"2031-02-30"})",
    R"(  { "id" : "n3" , "text" : "Caf\u00e9 \"open\" \ud800 late" , "date" : "2031-05-06" }  )",
    R"({"id": 42, "text": "a number for an id"})",
    R"({"id": "\u0041b", "text": "an escaped id"})",
    "{\"id\": \"bad\xff\", \"text\": \"an id of invalid UTF-8\"}",
    "{\"k\xfe\": \"v\", \"text\": \"a key of invalid UTF-8\"}",
    R"({"text": "no id", "meta": {"a": [1, 2]}, "z": "first", "z": "second"})",
    R"({"k\u00e9y": "v", "text": "an escaped key"})",
    R"({"text": 5})",
    R"({})",
    R"({"id": "x",})",
    R"({"id": "x" "text": "y"})",
    R"({"id": "x", "text": "y"} more)",
    "{\"id\": \"x\", \"text\": \"y\"}\r",
    R"({"id": "x", "text": "the line ends inside)",
    "{\"id\": \"x\", \"text\": \"a control\x01 character\"}",
    R"({"id": "x", "text": "a \x bad escape"})",
    R"({"id": "x", "text": "first", "text": "second"})",
    R"({"id": null, "date": null, "text": "nulls"})",
    R"({"date": "2031-01-01", "text": "date first", "id": "last"})",
    "{\"id\": \"\xc3\xa9t\xc3\xa9\", \"k\xc3\xa9\": \"v\xc3\xa9\", \"text\": \"\xe2\x80\x9cquoted\xe2\x80\x9d\"}",
    R"({"id": "x", "text": "pair \ud83d\ude00 and lone \udc00"})",
    R"({"id": "x", "text": "y", "n": -1.5e3, "b": true, "l": ["a", {"b": "c"}]})",
    R"({"id": "x", "text": "y", "s": "tab\tin a value"})",
    R"(["not", "an object"])",
    R"(not json at all)",
    R"({"id": "t1", "text": "a date-time", "date": "2031-05-06T09:15:30+02:00"})",
    R"({"id": "t2", "text": "an escaped date-time", "date": "2031-05-06 09:15\u005A"})",
    R"({"id": "t3", "text": "a bad time", "date": "2031-05-06T24:00"})",
};

std::vector<textchain::io::InputDocument> read_all(const fs::path& file) {
  textchain::io::ReaderOptions options;
  options.force_jsonl = true;
  textchain::io::InputReader reader({file.string()}, options);
  std::vector<textchain::io::InputDocument> docs;
  textchain::io::InputDocument doc;
  // The file's name, in messages, as one name for both files compared.
  const auto unnamed = [&](std::string& message) {
    for (size_t at; (at = message.find(file.string())) != std::string::npos;) message.replace(at, file.string().size(), "FILE");
  };
  while (reader.next(doc)) {
    unnamed(doc.error);
    for (auto& w : doc.warnings) unnamed(w);
    docs.push_back(doc);
  }
  return docs;
}

// The document as text, every field; an error's message whole, the byte it names included (the faulty
// byte's place in the line, wherever the read buffer cut it).
std::string describe(const textchain::io::InputDocument& d) {
  std::string s = "id=" + boost::json::serialize(d.id) + " id_text=" + d.id_text + " text=" + d.text +
                  " date=" + d.date + " time=" + d.reference_time + " error=" + d.error;
  for (const auto& f : d.extra) s += " extra " + f.key + "=" + f.json;
  for (const auto& w : d.warnings) s += " warning=" + w;
  return s;
}

TEST(JsonLinesReader, AWholeLineReadsAsTheSameLineInPieces) {
  const fs::path dir = fs::temp_directory_path() / ("textchain_input_reader_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const std::string& line : kLines) {
    const fs::path whole = dir / "whole.jsonl";
    // Second in both files: the same line number (the id and messages of a line without an id).
    std::ofstream(whole, std::ios::binary) << "{\"text\": \"a first line\"}\n" << line << "\n";
    const auto expected = read_all(whole);
    ASSERT_EQ(expected.size(), 2u) << line;
    // A first line that fills the read buffer (128 KiB) up to `cut` bytes into this one: it arrives in two
    // pieces, cut at each place in turn.
    for (size_t cut = 1; cut < line.size(); ++cut) {
      const fs::path split = dir / "split.jsonl";
      std::ofstream(split, std::ios::binary) << std::string((1 << 17) - cut - 1, ' ') << "\n" << line << "\n";
      const auto docs = read_all(split);
      ASSERT_EQ(docs.size(), 2u) << line;
      EXPECT_EQ(describe(docs[1]), describe(expected[1])) << line << " (cut at " << cut << ")";
    }
  }
  fs::remove_all(dir);
}

// An error names the faulty byte's place in its line (from 0), the same whether the line came whole or
// cut by the read buffer before or after the fault (it named the end of the piece that held it).
TEST(JsonLinesReader, AnErrorNamesTheFaultyBytesPlaceInTheLine) {
  struct Case {
    std::string line;
    std::string error;
  };
  const std::vector<Case> cases = {
      {"{\"id\": \"x\", \"text\": \"a bell\x07 rang at the pier\"}",
       "not valid JSON (a control character inside a string at byte 27)"},
      {R"({"id": "x", "text": "a \q odd escape in a long enough line"})",
       "not valid JSON (an invalid escape in a string at byte 24)"},
      {R"({"id": "x", "text": "bad \u12G4 unit and more words after it"})",
       "not valid JSON (an invalid \\u escape in a string at byte 29)"},
      {R"({"id": "x" "text": "a missing comma before this field"})",
       "not valid JSON (expected ',' or '}' at byte 11)"},
      {R"({"id": "x", "text": "y"} and words after the record)",
       "not valid JSON (more after the record's closing brace at byte 25)"},
  };
  const fs::path dir = fs::temp_directory_path() / ("textchain_input_reader_e" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const Case& c : cases) {
    const fs::path whole = dir / "whole.jsonl";
    std::ofstream(whole, std::ios::binary) << c.line << "\n";
    const auto expected = read_all(whole);
    ASSERT_EQ(expected.size(), 1u) << c.line;
    EXPECT_EQ(expected[0].error, "FILE:1: " + c.error) << c.line;
    for (size_t cut = 1; cut < c.line.size(); ++cut) {
      const fs::path split = dir / "split.jsonl";
      std::ofstream(split, std::ios::binary) << std::string((1 << 17) - cut - 1, ' ') << "\n" << c.line << "\n";
      const auto docs = read_all(split);
      ASSERT_EQ(docs.size(), 2u) << c.line;
      EXPECT_EQ(docs[1].error, "FILE:2: " + c.error) << c.line << " (cut at " << cut << ")";
    }
  }
  fs::remove_all(dir);
}

// The shortcut's own results, for the commonest form (so that a shortcut and a general parser broken the
// same way are not taken for right).
TEST(JsonLinesReader, AWholeLineGivesItsFields) {
  const fs::path dir = fs::temp_directory_path() / ("textchain_input_reader_f" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "f.jsonl";
  std::ofstream(file, std::ios::binary) << kLines[0] << "\n" << kLines[1] << "\n" << kLines[7] << "\n";
  const auto docs = read_all(file);
  fs::remove_all(dir);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id_text, "n1");
  EXPECT_TRUE(docs[0].id.is_string());
  EXPECT_EQ(docs[0].text, "The ferry left at noon.");
  EXPECT_EQ(docs[0].date, "2031-05-06");
  EXPECT_TRUE(docs[0].warnings.empty());
  EXPECT_TRUE(docs[0].error.empty());
  EXPECT_EQ(docs[1].date, "");
  ASSERT_EQ(docs[1].warnings.size(), 1u);
  EXPECT_EQ(docs[1].warnings[0], "'date' is not a YYYY-MM-DD date; ignored");
  EXPECT_EQ(docs[2].id_text, "3");
  ASSERT_EQ(docs[2].extra.size(), 2u);
  EXPECT_EQ(docs[2].extra[0].key, "meta");
  EXPECT_EQ(docs[2].extra[0].json, R"({"a": [1, 2]})");
  EXPECT_EQ(docs[2].extra[1].key, "z");
  EXPECT_EQ(docs[2].extra[1].json, R"("second")");
}

// A string's plain bytes are scanned 16 at a time, and its last ones as the 16 that end the line's rest:
// texts of every length up to past two blocks, with an escape or a control character at every place,
// at the end of a line or before more fields, read back exactly (or, the control character, as an error).
TEST(JsonLinesReader, StringsOfEveryLengthWithAnEscapeAtEveryPlaceReadBack) {
  const fs::path dir = fs::temp_directory_path() / ("textchain_input_reader_s" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "s.jsonl";
  std::vector<std::string> expected;
  {
    std::ofstream out(file, std::ios::binary);
    for (size_t n = 1; n <= 40; ++n)
      for (size_t at = 0; at < n; ++at)
        for (const std::string& special : {std::string("\\\""), std::string("\\n"), std::string("\x01")}) {
          std::string json(n, 'w');
          json.replace(at, 1, special);
          std::string text(n, 'w');
          text[at] = special == "\\\"" ? '"' : special == "\\n" ? '\n' : '\x01';
          out << "{\"id\": \"s\", \"text\": \"" << json << "\"" << (n % 2 ? "}" : ", \"k\": 1}") << "\n";
          expected.push_back(special == "\x01" ? std::string() : text);
        }
  }
  const auto docs = read_all(file);
  fs::remove_all(dir);
  ASSERT_EQ(docs.size(), expected.size());
  for (size_t k = 0; k < docs.size(); ++k) {
    if (expected[k].empty()) {
      EXPECT_NE(docs[k].error.find("control character"), std::string::npos) << k << ": " << describe(docs[k]);
      continue;
    }
    EXPECT_TRUE(docs[k].error.empty()) << k << ": " << describe(docs[k]);
    EXPECT_EQ(docs[k].text, expected[k]) << k;
  }
}

// Plain bytes and two-byte escapes are decoded 32 bytes at a time where the CPU has AVX2 (16 otherwise),
// the rest by the decoder's state machine: two escapes of any kind, \u ones included, at places spread
// over texts of up to four blocks of 32, read back exactly.
TEST(JsonLinesReader, TwoEscapesOfEachKindAnywhereInALongTextReadBack) {
  const fs::path dir = fs::temp_directory_path() / ("textchain_input_reader_e" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "e.jsonl";
  struct Escape {
    std::string json, text;
  };
  const std::vector<Escape> escapes = {{"\\\"", "\""}, {"\\\\", "\\"}, {"\\/", "/"},    {"\\b", "\b"},
                                       {"\\f", "\f"},   {"\\n", "\n"},   {"\\r", "\r"},    {"\\t", "\t"},
                                       {"\\u00e9", "\xC3\xA9"}, {"\\ud83d\\ude00", "\xF0\x9F\x98\x80"}};
  std::vector<std::string> expected;
  {
    std::ofstream out(file, std::ios::binary);
    for (size_t n = 30; n <= 130; n += 5)
      for (size_t first = 0; first < n; first += 3)
        for (size_t k = 0; k < escapes.size(); ++k) {
          const Escape& a = escapes[k];
          const Escape& b = escapes[(k + first) % escapes.size()];
          const size_t second = first + (n - first) / 2;
          std::string json, text;
          for (size_t i = 0; i < n; ++i) {
            const Escape* e = i == first ? &a : i == second && second != first ? &b : nullptr;
            json += e ? e->json : std::string(1, static_cast<char>('a' + i % 26));
            text += e ? e->text : std::string(1, static_cast<char>('a' + i % 26));
          }
          out << "{\"id\": \"e\", \"text\": \"" << json << "\"" << (n % 2 ? "}" : ", \"k\": 1}") << "\n";
          expected.push_back(text);
        }
  }
  const auto docs = read_all(file);
  fs::remove_all(dir);
  ASSERT_EQ(docs.size(), expected.size());
  for (size_t k = 0; k < docs.size(); ++k) {
    EXPECT_TRUE(docs[k].error.empty()) << k << ": " << describe(docs[k]);
    EXPECT_EQ(docs[k].text, expected[k]) << k;
  }
}

}  // namespace

namespace {
// The documents of `lines`, read as JSON Lines with `default_date` as --date.
std::vector<textchain::io::InputDocument> read_lines(const std::vector<std::string>& lines, const std::string& default_date) {
  const fs::path dir = fs::temp_directory_path() / ("textchain_input_reader_d" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "d.jsonl";
  {
    std::ofstream out(file, std::ios::binary);
    for (const auto& l : lines) out << l << "\n";
  }
  textchain::io::ReaderOptions options;
  options.force_jsonl = true;
  options.default_date = default_date;
  textchain::io::InputReader reader({file.string()}, options);
  std::vector<textchain::io::InputDocument> docs;
  textchain::io::InputDocument doc;
  while (reader.next(doc)) docs.push_back(doc);
  fs::remove_all(dir);
  return docs;
}
}  // namespace

// A record's "date" may be an ISO 8601 date-time: the date part is the document's date as a plain date's
// is, the time (hours and minutes, with the zone written "Z" or "+HH:MM") its reference time. A time that
// is not one leaves the record without a date, with the warning a bad date gets.
TEST(JsonLinesReader, ADateTimeGivesTheDateAndTheReferenceTime) {
  struct Case {
    std::string date, want_date, want_time;
  };
  const std::vector<Case> cases = {
      {"2025-09-26", "2025-09-26", ""},
      {"2025-09-26T14:30", "2025-09-26", "14:30"},
      {"2025-09-26T14:30:00", "2025-09-26", "14:30"},
      {"2025-09-26T14:30:59.123456", "2025-09-26", "14:30"},
      {"2025-09-26T14:30:05,5Z", "2025-09-26", "14:30Z"},
      {"2025-09-26T14:30Z", "2025-09-26", "14:30Z"},
      {"2025-09-26T14:30+02:00", "2025-09-26", "14:30+02:00"},
      {"2025-09-26T14:30:00-0530", "2025-09-26", "14:30-05:30"},
      {"2025-09-26T14:30+02", "2025-09-26", "14:30+02:00"},
      {"2025-09-26 14:30:00", "2025-09-26", "14:30"},
      {"2024-02-29T00:00", "2024-02-29", "00:00"},
      // Not a date-time: no date, the warning.
      {"2025-09-26T", "", ""},
      {"2025-09-26T14", "", ""},
      {"2025-09-26T14:3", "", ""},
      {"2025-09-26T24:00", "", ""},
      {"2025-09-26T14:60", "", ""},
      {"2025-09-26T14:30:60", "", ""},
      {"2025-09-26T14:30:", "", ""},
      {"2025-09-26T14:30.5", "", ""},
      {"2025-09-26T14:30:00.", "", ""},
      {"2025-09-26T14:30+2", "", ""},
      {"2025-09-26T14:30+02:0", "", ""},
      {"2025-09-26T14:30+24:00", "", ""},
      {"2025-09-26T14:30Z+01:00", "", ""},
      {"2025-09-26T14:30 UTC", "", ""},
      {"2025-09-26X14:30", "", ""},
      {"2025-02-29T14:30", "", ""},
  };
  std::vector<std::string> lines;
  for (const Case& c : cases) lines.push_back(R"({"text": "x", "date": ")" + c.date + R"("})");
  const auto docs = read_lines(lines, "");
  ASSERT_EQ(docs.size(), cases.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    EXPECT_EQ(docs[i].date, cases[i].want_date) << cases[i].date;
    EXPECT_EQ(docs[i].reference_time, cases[i].want_time) << cases[i].date;
    if (cases[i].want_date.empty()) {
      ASSERT_EQ(docs[i].warnings.size(), 1u) << cases[i].date;
      EXPECT_EQ(docs[i].warnings[0], "'date' is not a YYYY-MM-DD date; ignored");
    } else {
      EXPECT_TRUE(docs[i].warnings.empty()) << cases[i].date;
    }
    // The "date" field is the reader's own, never passed through.
    EXPECT_TRUE(docs[i].extra.empty()) << cases[i].date;
  }
}

// --date takes the same forms, for records without a date only: a record's plain date keeps no time of
// --date's, and the next record's time is not the last one's.
TEST(JsonLinesReader, DefaultDateTimeFillsRecordsWithoutADate) {
  const auto docs = read_lines({R"({"text": "none"})", R"({"text": "own", "date": "2031-05-06"})",
                                R"({"text": "own time", "date": "2031-05-06T08:05Z"})", R"({"text": "none again"})"},
                               "2025-09-26T14:30:00+01:00");
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].date, "2025-09-26");
  EXPECT_EQ(docs[0].reference_time, "14:30+01:00");
  EXPECT_EQ(docs[1].date, "2031-05-06");
  EXPECT_EQ(docs[1].reference_time, "");
  EXPECT_EQ(docs[2].date, "2031-05-06");
  EXPECT_EQ(docs[2].reference_time, "08:05Z");
  EXPECT_EQ(docs[3].date, "2025-09-26");
  EXPECT_EQ(docs[3].reference_time, "14:30+01:00");
  const auto plain = read_lines({R"({"text": "none"})"}, "2025-09-26");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].date, "2025-09-26");
  EXPECT_EQ(plain[0].reference_time, "");
}
