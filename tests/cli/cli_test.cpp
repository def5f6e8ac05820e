#include <textchain/abi.h>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

struct CommandRun {
  int status = -1;
  std::string out, err;
  std::vector<json::object> records() const {
    std::vector<json::object> recs;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) recs.push_back(json::parse(line).as_object());
    return recs;
  }
};

fs::path temp_dir() {
  static fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("textchain_cli_test_" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

fs::path write_file(const std::string& name, const std::string& content) {
  fs::path p = temp_dir() / name;
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

// Runs `textchain ARGS` (a shell fragment) with stdout and stderr captured.
CommandRun textchain(const std::string& args, const std::string& stdin_text = "") {
  CommandRun r;
  fs::path out = temp_dir() / "out.txt", err = temp_dir() / "err.txt", in = temp_dir() / "in.txt";
  std::ofstream(in, std::ios::binary) << stdin_text;
  std::string cmd = "cd '" TEXTCHAIN_SOURCE_DIR "' && '" TEXTCHAIN_EXE "' " + args + " <'" + in.string() + "' >'" +
                    out.string() + "' 2>'" + err.string() + "'";
  int rc = std::system(cmd.c_str());
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  std::ostringstream o, e;
  o << std::ifstream(out, std::ios::binary).rdbuf();
  e << std::ifstream(err, std::ios::binary).rdbuf();
  r.out = o.str();
  r.err = e.str();
  return r;
}

const std::string kPlugins = "--plugin-dir '" TEST_PLUGIN_DIR "' ";

}  // namespace

TEST(Cli, DefaultChainOnTheSampleCorpus) {
  CommandRun r = textchain("run examples/corpus/*.txt");
  ASSERT_EQ(r.status, 0) << r.err;
  auto recs = r.records();
  ASSERT_EQ(recs.size(), 4u);
  size_t dates = 0, quotes = 0;
  for (size_t i = 0; i < recs.size(); ++i) {
    EXPECT_TRUE(recs[i]["id"].as_string().ends_with(".txt"));
    EXPECT_TRUE(recs[i]["errors"].as_array().empty()) << json::serialize(recs[i]["errors"]);
    for (const auto& a : recs[i]["annotations"].as_array()) {
      const json::object& o = a.as_object();
      for (const char* k : {"type", "begin", "end", "text", "plugin"}) EXPECT_TRUE(o.contains(k)) << k;
      dates += o.at("type") == "date";
      quotes += o.at("type") == "quote";
    }
  }
  EXPECT_GT(dates, 0u);
  EXPECT_GT(quotes, 0u);
  // Input order: the shell sorted the glob.
  EXPECT_EQ(recs[0]["id"], "examples/corpus/000_27c6edba06f38060.txt");
  EXPECT_EQ(recs[3]["id"], "examples/corpus/003_d5d909c3465c03a9.txt");
}

TEST(Cli, VersionHelpAndUsageErrors) {
  CommandRun v = textchain("--version");
  EXPECT_EQ(v.status, 0);
  EXPECT_NE(v.out.find("textchain 0."), std::string::npos) << v.out;
  EXPECT_NE(v.out.find("plugin ABI 1." + std::to_string(TC_ABI_MINOR)), std::string::npos);
  EXPECT_EQ(textchain("--help").status, 0);
  EXPECT_EQ(textchain("run --help").status, 0);
  EXPECT_EQ(textchain("").status, 2);
  EXPECT_EQ(textchain("frobnicate").status, 2);
  EXPECT_EQ(textchain("run --format xml x.txt").status, 2);
  EXPECT_EQ(textchain("run --date 2025-13-01 x.txt").status, 2);
  EXPECT_EQ(textchain("run --chain a --steps b x.txt").status, 2);
}

TEST(Cli, ConfigErrorsExit78BeforeReadingAnything) {
  fs::path cfg = write_file("bad.toml", "[chains.x]\nsteps = [{ plugin = \"acronyms\", options = { min_lenght = 2 } }]\n");
  CommandRun r = textchain("run " + kPlugins + "--config '" + cfg.string() + "' examples/corpus/000_27c6edba06f38060.txt");
  EXPECT_EQ(r.status, 78);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("bad.toml:2:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("did you mean 'min_length'"), std::string::npos) << r.err;

  CommandRun missing = textchain("run --steps nosuchplugin -", "text");
  EXPECT_EQ(missing.status, 78);
  EXPECT_NE(missing.err.find("not found. Searched:"), std::string::npos) << missing.err;

  CommandRun check = textchain("check '" + cfg.string() + "'");
  EXPECT_EQ(check.status, 78);
  fs::path good = write_file("good.toml", "plugin_dirs = [\"" TEST_PLUGIN_DIR "\"]\n[chains.x]\nsteps = [\"acronyms\"]\n");
  CommandRun ok = textchain("check '" + good.string() + "'");
  EXPECT_EQ(ok.status, 0) << ok.err;
  EXPECT_NE(ok.out.find("ok (acronyms)"), std::string::npos) << ok.out;
}

TEST(Cli, JsonlRecordsPassThroughAndBrokenLines) {
  std::string input =
      "{\"id\": \"a\", \"text\": \"The UN met.\", \"date\": \"2025-09-26\", \"source\": {\"site\": \"x\"}, \"n\": 3}\n"
      "{not json\n"
      "\n"
      "{\"text\": \"NATO \xC3\x28 bad\"}\n"
      "{\"id\": 7, \"title\": \"no text\"}\n";
  CommandRun r = textchain("run " + kPlugins + "--steps acronyms --jsonl -", input);
  EXPECT_EQ(r.status, 1) << "some documents had errors";
  auto recs = r.records();
  ASSERT_EQ(recs.size(), 5u) << "one record per line, the blank one included:\n" << r.out;
  EXPECT_EQ(recs[0]["id"], "a");
  EXPECT_EQ(recs[0]["source"].as_object().at("site"), "x");
  EXPECT_EQ(recs[0]["n"], 3);
  EXPECT_FALSE(recs[0].contains("date"));
  ASSERT_EQ(recs[0]["annotations"].as_array().size(), 1u);
  EXPECT_EQ(recs[0]["annotations"].as_array()[0].as_object().at("text"), "UN");

  EXPECT_TRUE(recs[1]["id"].is_null());
  EXPECT_EQ(recs[1]["line"], 2);
  EXPECT_NE(json::serialize(recs[1]["errors"]).find("not valid JSON"), std::string::npos);

  EXPECT_EQ(recs[2]["id"], 3);
  EXPECT_NE(json::serialize(recs[2]["warnings"]).find("blank line"), std::string::npos) << json::serialize(recs[2]);
  EXPECT_TRUE(recs[2]["errors"].as_array().empty());

  EXPECT_EQ(recs[3]["id"], 4) << "id defaults to the line number";
  EXPECT_NE(json::serialize(recs[3]["warnings"]).find("invalid UTF-8"), std::string::npos) << json::serialize(recs[3]);
  EXPECT_TRUE(recs[3]["errors"].as_array().empty());
  ASSERT_EQ(recs[3]["annotations"].as_array().size(), 1u);
  EXPECT_EQ(recs[3]["annotations"].as_array()[0].as_object().at("begin"), 0);

  EXPECT_EQ(recs[4]["id"], 7);
  EXPECT_EQ(recs[4]["title"], "no text");
  EXPECT_NE(json::serialize(recs[4]["errors"]).find("no \\\"text\\\""), std::string::npos) << json::serialize(recs[4]);
}

// A record's "date" may carry a time (ISO 8601, as feeds write it): the dates plugin then places "in two
// hours" and "three hours ago" on the clock; a plain date keeps the DURATION and the day. The same through
// worker processes and from --date; the record carries no "date" field either way, and a bad time is a bad
// date (warning, no date: --date's).
TEST(Cli, RecordDateTimeGivesTheDatesPluginItsClock) {
  const std::string text = "The ferry leaves in two hours. The storm hit three hours ago.";
  const std::string input = "{\"id\": \"t\", \"text\": \"" + text + "\", \"date\": \"2025-09-26T14:30:00+02:00\"}\n" +
                            "{\"id\": \"d\", \"text\": \"" + text + "\", \"date\": \"2025-09-26\"}\n" +
                            "{\"id\": \"n\", \"text\": \"" + text + "\"}\n" +
                            "{\"id\": \"b\", \"text\": \"" + text + "\", \"date\": \"2025-09-26T14:30 UTC\"}\n";
  const auto values = [](const json::object& rec) {
    std::string s;
    for (const auto& a : rec.at("annotations").as_array())
      s += std::string(a.as_object().at("value").as_string()) + ";";
    return s;
  };
  for (const std::string mode : {"", "--isolate -j 2 "}) {
    CommandRun r = textchain("run --steps dates --jsonl " + mode + "--date \"2025-10-01 08:00\" -", input);
    EXPECT_EQ(r.status, 0) << mode;
    auto recs = r.records();
    ASSERT_EQ(recs.size(), 4u) << mode << r.out;
    EXPECT_EQ(values(recs[0]), "2025-09-26T16:30;2025-09-26T11:30;") << mode;
    EXPECT_FALSE(recs[0].contains("date"));
    EXPECT_FALSE(recs[0].contains("warnings"));
    EXPECT_EQ(values(recs[1]), "PT2H;2025-09-26;") << mode;
    EXPECT_EQ(values(recs[2]), "2025-10-01T10:00;2025-10-01T05:00;") << mode;
    // A bad date is none: --date's applies, as to a record without one.
    EXPECT_EQ(values(recs[3]), "2025-10-01T10:00;2025-10-01T05:00;") << mode;
    EXPECT_NE(json::serialize(recs[3]["warnings"]).find("'date' is not a YYYY-MM-DD date; ignored"), std::string::npos);
  }
  EXPECT_EQ(textchain("run --date 2025-09-26T14 x.txt").status, 2);
}

TEST(Cli, RecordsStayInInputOrderUnderJobs) {
  std::string input;
  for (int i = 0; i < 400; ++i)
    input += "{\"id\": " + std::to_string(i) + ", \"text\": \"" + std::string(static_cast<size_t>((i * 37) % 200), 'x') +
             " NATO\"}\n";
  fs::path cfg = write_file("order.toml", "plugin_dirs = [\"" TEST_PLUGIN_DIR "\"]\n[chains.x]\nsteps = [\"acronyms\", "
                                          "{ plugin = \"hostile\", options = { mode = \"throw\", every = 7 } }]\n");
  CommandRun r = textchain("run -j 4 --config '" + cfg.string() + "' --jsonl -", input);
  EXPECT_EQ(r.status, 1);
  auto recs = r.records();
  ASSERT_EQ(recs.size(), 400u);
  for (int i = 0; i < 400; ++i) {
    ASSERT_EQ(recs[i]["id"], i);
    EXPECT_EQ(recs[i]["annotations"].as_array().size(), 1u + (i % 7 != 0)) << i;  // acronym (+ "seen")
    EXPECT_EQ(recs[i]["errors"].as_array().size(), i % 7 == 0 ? 1u : 0u) << i;
  }
}

TEST(Cli, PluginsListAndDescribe) {
  fs::path cfg = write_file("dirs.toml", "plugin_dirs = [\"" TEST_PLUGIN_DIR "\"]\n[chains.x]\nsteps = [\"acronyms\"]\n");
  CommandRun list = textchain("plugins list --config '" + cfg.string() + "'");
  EXPECT_EQ(list.status, 0) << list.err;
  EXPECT_NE(list.out.find("acronyms"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("hostile"), std::string::npos);

  CommandRun desc = textchain("plugins describe " + kPlugins + "acronyms");
  EXPECT_EQ(desc.status, 0) << desc.err;
  EXPECT_NE(desc.out.find("min_length (int)  default: 2"), std::string::npos) << desc.out;

  CommandRun js = textchain("plugins describe " + kPlugins + "hostile --json");
  ASSERT_EQ(js.status, 0) << js.err;
  json::object schema = json::parse(js.out).as_object();
  EXPECT_EQ(schema["name"], "hostile");
  const json::object& mode = schema["options"].as_object().at("properties").as_object().at("mode").as_object();
  EXPECT_EQ(mode.at("type"), "string");
  EXPECT_EQ(mode.at("default"), "none");
  EXPECT_GE(mode.at("enum").as_array().size(), 5u);

  EXPECT_EQ(textchain("plugins describe " + kPlugins + "nosuch").status, 2);
}

TEST(Cli, TokenizeTilesTheText) {
  CommandRun r = textchain("tokenize --sentences -", "Mr. Lavrov said: \"No.\" Then he left.");
  ASSERT_EQ(r.status, 0) << r.err;
  auto recs = r.records();
  ASSERT_EQ(recs.size(), 1u);
  int64_t pos = 0;
  for (const auto& t : recs[0]["tokens"].as_array()) {
    EXPECT_EQ(t.as_array()[0].as_int64(), pos);
    pos = t.as_array()[1].as_int64();
  }
  EXPECT_EQ(pos, 36);
  EXPECT_FALSE(recs[0]["sentences"].as_array().empty());
}

TEST(Cli, TimemlAndPrettyFormats) {
  CommandRun t = textchain("run --steps dates --format timeml --date 2025-09-26 -", "They met on September 27, 2025 & left.");
  ASSERT_EQ(t.status, 0) << t.err;
  EXPECT_NE(t.out.find("functionInDocument=\"CREATION_TIME\">2025-09-26</TIMEX3>"), std::string::npos) << t.out;
  EXPECT_NE(t.out.find("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-09-27\""), std::string::npos) << t.out;
  EXPECT_NE(t.out.find("&amp;"), std::string::npos);
  // No record date: the dates plugin's dateline ("date 2025-09-26") becomes the creation time.
  CommandRun d = textchain("run --steps dates --format timeml examples/corpus/000_27c6edba06f38060.txt");
  ASSERT_EQ(d.status, 0) << d.err;
  EXPECT_NE(d.out.find("functionInDocument=\"CREATION_TIME\">2025-09-26</TIMEX3>"), std::string::npos) << d.out;
  CommandRun p = textchain("run " + kPlugins + "--steps acronyms --format pretty -", "The UN met.");
  ASSERT_EQ(p.status, 0) << p.err;
  EXPECT_NE(p.out.find("[[UN]]{acronym}"), std::string::npos) << p.out;
}

// Issue 13, points 7 and 10: `--explain` lists a step's edits (no plugin option does), and `bench` prints
// how each plugin was built next to the host's build.
TEST(Cli, ExplainFlagAndPluginBuildsInBench) {
  const std::string steps = kPlugins + "--steps hostile --config '" + write_file("upper.toml",
      "[plugins.hostile]\nmode = \"upper\"\n").string() + "' ";
  CommandRun quiet = textchain("run --jsonl " + steps + "-", "{\"id\": \"1\", \"text\": \"ab cd\"}\n");
  ASSERT_EQ(quiet.status, 0) << quiet.err;
  EXPECT_EQ(quiet.out.find("\"edits\""), std::string::npos) << quiet.out;
  CommandRun r = textchain("run --jsonl --explain " + steps + "-", "{\"id\": \"1\", \"text\": \"ab cd\"}\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"rule\":\"upper\""), std::string::npos) << r.out;

  CommandRun b = textchain("bench --repeat 1 --warmup 0 " + kPlugins + "--steps acronyms examples/corpus");
  ASSERT_EQ(b.status, 0) << b.err;
  EXPECT_NE(b.out.find("plugin acronyms: "), std::string::npos) << b.out;
}
