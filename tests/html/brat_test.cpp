// `--format brat`: the standoff written for a result reads back (parse_standoff) to the same annotations:
// types, spans (character offsets, fragments across line breaks), attributes, role spans and links; and
// the command's .txt/.ann pairs for the sample corpus match its JSON Lines records.
#include "brat/standoff.hpp"

#include "../support/textchain_command.hpp"

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace {

using textchain::Annotation;
using textchain::Result;
namespace brat = textchain::brat;
namespace fs = std::filesystem;

// Byte offset of character offset `c` in `text`.
size_t byte_of_char(std::string_view text, size_t c) {
  size_t i = 0;
  for (size_t chars = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == c) return i;
  }
  return i;
}

// The byte span a text-bound annotation covers, from its first fragment's begin to its last one's end.
std::pair<size_t, size_t> byte_span(std::string_view text, const brat::TextBound& t) {
  return {byte_of_char(text, t.fragments.front().first), byte_of_char(text, t.fragments.back().second)};
}

const brat::TextBound& span(const brat::Standoff& s, const std::string& id) {
  for (const auto& t : s.spans)
    if (t.id == id) return t;
  throw std::runtime_error("no " + id);
}

std::map<std::string, std::string> attributes_of(const brat::Standoff& s, const std::string& target) {
  std::map<std::string, std::string> out;
  for (const auto& a : s.attributes)
    if (a.target == target) out[a.name] = a.value.empty() ? "true" : a.value;
  for (const auto& n : s.notes)
    if (n.target == target) {
      const size_t colon = n.text.find(": ");
      out[n.text.substr(0, colon)] = n.text.substr(colon + 2);
    }
  return out;
}

TEST(BratStandoff, RoundTripKeepsSpansAttributesAndRelations) {
  Result r;
  // Multi-byte characters before the spans (2, 3 and 4 bytes), and a quote across a line break.
  r.original_text = "Café 東京 😀: \"First line\nsecond line,\" said Zoë Ångström on 3 März.";
  const std::string_view text = r.original_text;
  const size_t q_begin = text.find('"'), q_end = text.find(",\"") + 2;
  const size_t s_begin = text.find("Zoë"), s_end = s_begin + std::string_view("Zoë Ångström").size();
  const size_t d_begin = text.find("3 März"), d_end = d_begin + std::string_view("3 März").size();
  Annotation q;
  q.id = 10;
  q.type = "quote";
  q.begin = q_begin;
  q.end = q_end;
  q.attributes = {{"kind", std::string("direct")},
                  {"speaker", std::string("Zoë Ångström")},
                  {"speaker_begin", int64_t(s_begin)},
                  {"speaker_end", int64_t(s_end)},
                  {"confidence", 0.75},
                  {"verified", true},
                  {"cue", nullptr},
                  {"tags", std::vector<std::string>{"a", "b"}}};
  Annotation d;
  d.id = 11;
  d.type = "date value";  // not a brat name: written as date_value
  d.begin = d_begin;
  d.end = d_end;
  d.attributes = {{"value", std::string("XXXX-03-03")}, {"negated", false}};
  d.links = {{"in quote", 10}};
  r.annotations = {q, d};

  const std::string ann = brat::standoff(r);
  const brat::Standoff s = brat::parse_standoff(ann);
  ASSERT_EQ(s.spans.size(), 3u) << ann;  // quote, date, speaker mention

  const brat::TextBound& tq = span(s, "T1");
  EXPECT_EQ(tq.type, "quote");
  ASSERT_EQ(tq.fragments.size(), 2u) << "a span across a line break is two fragments";
  EXPECT_EQ(byte_span(text, tq), std::make_pair(q_begin, q_end));
  EXPECT_EQ(tq.fragments[0].first, 11u);  // "Café 東京 😀: " is 11 characters
  EXPECT_EQ(tq.text, "\"First line second line,\"");

  const brat::TextBound& td = span(s, "T2");
  EXPECT_EQ(td.type, "date_value");
  EXPECT_EQ(byte_span(text, td), std::make_pair(d_begin, d_end));
  EXPECT_EQ(td.text, "3 März");

  const brat::TextBound& ts = span(s, "T3");
  EXPECT_EQ(ts.type, "speaker");
  EXPECT_EQ(byte_span(text, ts), std::make_pair(s_begin, s_end));

  EXPECT_EQ(attributes_of(s, "T1"), (std::map<std::string, std::string>{{"kind", "direct"},
                                                                         {"speaker", "Zoë Ångström"},
                                                                         {"confidence", "0.75"},
                                                                         {"verified", "true"},
                                                                         {"tags", "a, b"}}));
  EXPECT_EQ(attributes_of(s, "T2"),
            (std::map<std::string, std::string>{{"value", "XXXX-03-03"}, {"negated", "false"}}));

  ASSERT_EQ(s.relations.size(), 2u);
  EXPECT_EQ(s.relations[0].type, "in_quote");
  EXPECT_EQ(s.relations[0].arg1, "T2");
  EXPECT_EQ(s.relations[0].arg2, "T1");
  EXPECT_EQ(s.relations[1].type, "speaker");
  EXPECT_EQ(s.relations[1].arg1, "T1");
  EXPECT_EQ(s.relations[1].arg2, "T3");
}

TEST(BratStandoff, InvalidUtf8IsOneCharacterOfTheTextWritten) {
  Result r;
  // Offsets count the bytes as given; in the .txt each invalid subpart is one U+FFFD: a lone continuation
  // byte, an overlong pair (two subparts), a truncated sequence.
  r.original_text = "a\x80 b\xC0\xAF c\xE2\x82 on Monday.";
  Annotation d;
  d.type = "date";
  d.begin = r.original_text.find("Monday");
  d.end = d.begin + 6;
  r.annotations = {d};
  const std::string txt = brat::standoff_text(r);
  EXPECT_EQ(txt, "a\uFFFD b\uFFFD\uFFFD c\uFFFD on Monday.");
  const brat::Standoff s = brat::parse_standoff(brat::standoff(r));
  ASSERT_EQ(s.spans.size(), 1u);
  EXPECT_EQ(s.spans[0].fragments.front(), std::make_pair(size_t{13}, size_t{19}));  // "a? b?? c? on " is 13
  EXPECT_EQ(byte_span(txt, s.spans[0]), std::make_pair(txt.find("Monday"), txt.find("Monday") + 6));
}

TEST(BratStandoff, ParserRefusesWhatIsNotStandoff) {
  EXPECT_THROW(brat::parse_standoff("T1\tdate 5\tx\n"), std::runtime_error);
  EXPECT_THROW(brat::parse_standoff("T1\tdate 5 3\tx\n"), std::runtime_error);
  EXPECT_THROW(brat::parse_standoff("X1\tfoo\n"), std::runtime_error);
  EXPECT_THROW(brat::parse_standoff("R1\tspeaker T1 T2\n"), std::runtime_error);
}

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

TEST(BratCommand, SampleCorpusRoundTripsAgainstTheJsonRecords) {
  if (!textchain_test::have_plugin("dates") || !textchain_test::have_plugin("quotes")) GTEST_SKIP() << "plugins not built";
  const fs::path dir = fs::temp_directory_path() / ("textchain_brat_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  const std::string corpus = "'" TEXTCHAIN_SOURCE_DIR "/examples/corpus/'*.txt";
  const auto records = textchain_test::run("run " + corpus);
  const auto lines = textchain_test::run("run --format brat --output-dir '" + dir.string() + "' " + corpus);
  ASSERT_EQ(records.status, 0);
  ASSERT_EQ(lines.status, 0);
  std::istringstream rs(records.out), ls(lines.out);
  std::string record, line;
  size_t documents = 0, annotations = 0;
  while (std::getline(rs, record)) {
    ASSERT_TRUE(std::getline(ls, line));
    const auto rec = boost::json::parse(record).as_object();
    const auto out = boost::json::parse(line).as_object();
    EXPECT_EQ(rec.at("id"), out.at("id"));
    const std::string txt = read(std::string(out.at("txt").as_string()));
    const brat::Standoff s = brat::parse_standoff(read(std::string(out.at("ann").as_string())));
    EXPECT_EQ(txt, read(std::string(rec.at("id").as_string()))) << "the .txt is the document";
    const auto& anns = rec.at("annotations").as_array();
    ASSERT_GE(s.spans.size(), anns.size());
    for (size_t i = 0; i < anns.size(); ++i) {
      const auto& a = anns[i].as_object();
      const brat::TextBound& t = s.spans[i];  // T1 … Tn in record order
      EXPECT_EQ(t.type, a.at("type").as_string());
      EXPECT_EQ(byte_span(txt, t), std::make_pair(size_t(a.at("begin").to_number<int64_t>()),
                                                  size_t(a.at("end").to_number<int64_t>())));
      std::map<std::string, std::string> attrs = attributes_of(s, t.id);
      if (a.contains("value")) {
        EXPECT_EQ(attrs["value"], a.at("value").as_string());
      }
      if (a.contains("speaker") && a.at("speaker").is_string()) {
        EXPECT_EQ(attrs["speaker"], a.at("speaker").as_string());
        // The mention is a relation from the quote to a span at speaker_begin/speaker_end.
        bool found = false;
        for (const auto& rel : s.relations)
          if (rel.type == "speaker" && rel.arg1 == t.id) {
            found = true;
            EXPECT_EQ(byte_span(txt, span(s, rel.arg2)),
                      std::make_pair(size_t(a.at("speaker_begin").to_number<int64_t>()),
                                     size_t(a.at("speaker_end").to_number<int64_t>())));
          }
        EXPECT_TRUE(found) << t.id;
      }
      ++annotations;
    }
    ++documents;
  }
  EXPECT_EQ(documents, 4u);
  EXPECT_GT(annotations, 30u);
  fs::remove_all(dir);
  const auto refused = textchain_test::run("run --format brat " + corpus);
  EXPECT_EQ(refused.status, 2) << "--format brat without --output-dir is a usage error";
}

}  // namespace
