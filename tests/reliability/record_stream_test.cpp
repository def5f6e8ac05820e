// The record stream under the inputs, plugins and failures a red team tried (issue 21): every record is
// valid JSON and UTF-8, pass-through fields come back as they were written, ordinary damaged JSON is read,
// write errors and plugin exits give an exit status a scheduler can trust, limits and configs are checked,
// and the other output formats stay on the right text. Signals: pipes_and_signals_test.cpp.
#include "command_runner.hpp"

#include "document/utf8_repair.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <fstream>
#include <grp.h>
#include <sys/wait.h>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {
using namespace reliability;
namespace fs = std::filesystem;

// A strict reader, as downstream tools have: no invalid UTF-8, no NaN, nesting as deep as the records may.
boost::json::value strict_parse(std::string_view line) {
  boost::json::parse_options po;
  po.max_depth = 1100;
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(line, ec, {}, po);
  EXPECT_FALSE(ec) << ec.message() << ": " << line;
  return v;
}

std::vector<std::string> lines_of(const std::string& out) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < out.size()) {
    const size_t nl = out.find('\n', start);
    lines.push_back(out.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return lines;
}

// Every line a record: valid UTF-8 and strict JSON.
std::vector<boost::json::object> strict_records(const std::string& out) {
  std::vector<boost::json::object> records;
  EXPECT_TRUE(out.empty() || out.back() == '\n') << "the last record is cut";
  for (const auto& line : lines_of(out)) {
    EXPECT_TRUE(textchain::document::is_valid_utf8(line)) << line;
    boost::json::value v = strict_parse(line);
    EXPECT_TRUE(v.is_object()) << line;
    records.push_back(v.is_object() ? v.as_object() : boost::json::object());
  }
  return records;
}

Finished run_acronyms(const std::string& input, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"run", "--plugin-dir", test_plugin_dir(), "--steps", "acronyms"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back(input);
  return run_textchain(args);
}

std::string warnings_of(const boost::json::object& r) { return messages(r, "warnings"); }
std::string errors_of(const boost::json::object& r) { return messages(r, "errors"); }

bool running_as_root() { return ::geteuid() == 0; }
}  // namespace

// ---- 1. Invalid JSON out ---------------------------------------------------------------------------------

TEST(RecordStream, NonFiniteDoublesOfAPluginAreWrittenAsNullWithAWarning) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"NATO met.\"}\n");
  Finished r = run_textchain({"run", "--plugin-dir", edge_plugin_dir(), "--steps", "oddvalues",
                              (tmp / "in.jsonl").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto recs = strict_records(r.out);
  ASSERT_EQ(recs.size(), 1u) << r.out;
  const auto& a = recs[0].at("annotations").as_array().at(0).as_object();
  EXPECT_TRUE(a.at("nan").is_null()) << a;
  EXPECT_TRUE(a.at("inf").is_null()) << a;
  EXPECT_EQ(a.at("half").as_double(), 0.5) << a;
  const std::string w = warnings_of(recs[0]);
  EXPECT_NE(w.find("oddvalues: attribute 'nan' of a 'odd' annotation is NaN"), std::string::npos) << w;
  EXPECT_NE(w.find("attribute 'inf' of a 'odd' annotation is -infinite"), std::string::npos) << w;
}

TEST(RecordStream, KeysRolesAndRuleNamesOfAPluginAreMadeValidUtf8) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"NATO met.\"}\n");
  write_file(tmp / "chain.toml", "plugin_dirs = ['" + edge_plugin_dir() +
                                     "']\n[chains.t]\nsteps = [\"oddvalues\", {plugin = \"oddvalues\", options = "
                                     "{mode = \"bad-edit\"}, explain = true}]\n");
  Finished r = run_textchain({"run", "--config", (tmp / "chain.toml").string(), (tmp / "in.jsonl").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
  auto recs = strict_records(r.out);
  ASSERT_EQ(recs.size(), 1u) << r.out;
  const auto& anns = recs[0].at("annotations").as_array();
  ASSERT_EQ(anns.size(), 2u) << recs[0];
  EXPECT_TRUE(anns[0].as_object().contains("k\xEF\xBF\xBD")) << anns[0];
  EXPECT_EQ(anns[1].at("links").at(0).at("role"), "r\xEF\xBF\xBD") << anns[1];
  const auto& edit = recs[0].at("edits").at(0).as_object();
  EXPECT_EQ(edit.at("rule"), "rule\xEF\xBF\xBD") << edit;
  EXPECT_EQ(edit.at("replacement"), "\xEF\xBF\xBD\xEF\xBF\xBD") << edit;
}

// The writer keeps each name's JSON string across records and copies short ones as a block; a longer one (a
// plugin's 41-byte key) is copied whole, in its first record and in every later one, with -j 1 and -j 2 alike.
TEST(RecordStream, LongKeysOfAPluginAreWrittenWholeInEveryRecord) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"NATO met.\"}\n{\"id\": 2, \"text\": \"UN met.\"}\n"
                               "{\"id\": 3, \"text\": \"EU met.\"}\n");
  const std::vector<std::string> args = {"run", "--plugin-dir", edge_plugin_dir(), "--steps", "oddvalues",
                                         (tmp / "in.jsonl").string()};
  Finished r = run_textchain(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto recs = strict_records(r.out);
  ASSERT_EQ(recs.size(), 3u) << r.out;
  for (const auto& rec : recs) {
    const auto& a = rec.at("annotations").as_array().at(0).as_object();
    EXPECT_EQ(a.at("a_key_longer_than_one_block_of_the_writer"), "long") << a;
    EXPECT_EQ(a.at("half").as_double(), 0.5) << a;
  }
  std::vector<std::string> two = args;
  two.insert(two.begin() + 1, {"-j", "2"});
  EXPECT_EQ(run_textchain(two).out, r.out);
}

TEST(RecordStream, PassThroughNumbersBeyondADoubleStayAsWritten) {
  TempDir tmp;
  const std::string digits(400, '7');
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"x\", \"big\": 1e400, \"long\": " + digits +
                                   ", \"small\": -1e-400}\n");
  Finished r = run_acronyms((tmp / "in.jsonl").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"big\":1e400,\"long\":" + digits + ",\"small\":-1e-400}"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Infinity"), std::string::npos) << r.out;
}

// ---- 2. Pass-through is untouched ------------------------------------------------------------------------

TEST(RecordStream, PassThroughValuesAreCopiedAsTheirJsonText) {
  TempDir tmp;
  const std::string fields =
      "\"a\": 1.0, \"b\": 0.1, \"c\": 12345678901234567890123, \"d\": -0.0, \"e\": 1E5, "
      "\"f\": {\"x\" : [1, 2.50, \"\\u00e9\\/\"] }, \"g\": \"caf\\u00e9\", \"h\": [], \"i\": true, \"j\": null";
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"x\", " + fields + "}\n");
  Finished r = run_acronyms((tmp / "in.jsonl").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string expected =
      ",\"a\":1.0,\"b\":0.1,\"c\":12345678901234567890123,\"d\":-0.0,\"e\":1E5,"
      "\"f\":{\"x\" : [1, 2.50, \"\\u00e9\\/\"] },\"g\":\"caf\\u00e9\",\"h\":[],\"i\":true,\"j\":null}\n";
  ASSERT_GE(r.out.size(), expected.size());
  EXPECT_EQ(r.out.substr(r.out.size() - expected.size()), expected) << r.out;
  strict_records(r.out);
}

TEST(RecordStream, ARepeatedKeyIsWrittenOnceWithItsLastValue) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"x\", \"k\": 1, \"m\": 2, \"k\": 3}\n");
  Finished r = run_acronyms((tmp / "in.jsonl").string());
  EXPECT_NE(r.out.find(",\"k\":3,\"m\":2}"), std::string::npos) << r.out;
}

// ---- 3. Ordinary damaged JSON is read ----------------------------------------------------------------------

TEST(RecordStream, UnpairedSurrogateEscapesBecomeReplacementCharactersWithAWarning) {
  TempDir tmp;
  write_file(tmp / "in.jsonl",
             "{\"id\": \"a\\udc00\", \"text\": \"NATO \\ud800 met \\ud83d\\ude00\", \"s\": \"x\\ud800\\u0041\"}\n");
  Finished r = run_acronyms((tmp / "in.jsonl").string());
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
  auto recs = strict_records(r.out);
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(errors_of(recs[0]), "") << recs[0];
  EXPECT_EQ(recs[0].at("id"), "a\xEF\xBF\xBD");
  EXPECT_EQ(recs[0].at("s"), "x\xEF\xBF\xBD" "A");
  EXPECT_EQ(recs[0].at("annotations").at(0).at("text"), "NATO");
  const std::string w = warnings_of(recs[0]);
  EXPECT_NE(w.find("the text: 1 unpaired UTF-16 surrogate"), std::string::npos) << w;
  EXPECT_NE(w.find("field 's': 1 unpaired"), std::string::npos) << w;
  EXPECT_NE(w.find("field 'id': 1 unpaired"), std::string::npos) << w;
}

TEST(RecordStream, PassThroughNestingUpToTheDocumentedLimitIsKept) {
  TempDir tmp;
  auto nested = [](size_t depth) { return std::string(depth, '[') + "1" + std::string(depth, ']'); };
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"x\", \"deep\": " + nested(33) + "}\n" +
                                   "{\"id\": 2, \"text\": \"x\", \"deep\": {\"a\": " + nested(999) + "}}\n" +
                                   "{\"id\": 3, \"text\": \"x\", \"deep\": " + nested(1001) + "}\n");
  Finished r = run_acronyms((tmp / "in.jsonl").string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto recs = strict_records(r.out);
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(errors_of(recs[0]), "");
  EXPECT_NE(r.out.find("\"deep\":" + nested(33) + "}"), std::string::npos);
  EXPECT_EQ(errors_of(recs[1]), "");
  EXPECT_NE(r.out.find("\"deep\":{\"a\": " + nested(999) + "}}"), std::string::npos);
  EXPECT_NE(errors_of(recs[2]).find("nested deeper than the limit of 1000"), std::string::npos) << recs[2];
}

TEST(RecordStream, AByteOrderMarkAtTheStartOfAFileIsSkipped) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "\xEF\xBB\xBF{\"id\": 1, \"text\": \"NATO\"}\n{\"id\": 2, \"text\": \"UN\"}\n");
  Finished r = run_acronyms((tmp / "in.jsonl").string());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  auto recs = strict_records(r.out);
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(errors_of(recs[0]), "");
}

TEST(RecordStream, OldMacLineEndingsAreRefusedWithAMessageThatSaysSo) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"NATO\"}\r{\"id\": 2, \"text\": \"UN\"}\r");
  Finished r = run_acronyms((tmp / "in.jsonl").string());
  EXPECT_EQ(r.exit_code, 1);
  auto recs = strict_records(r.out);
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_NE(errors_of(recs[0]).find("old Mac line endings"), std::string::npos) << recs[0];
}

TEST(RecordStream, EveryLineGivesARecordABlankOneWithAWarning) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": \"a\", \"text\": \"NATO\"}\n\n  \t\r\n{\"text\": \"UN\"}\n");
  Finished r = run_acronyms((tmp / "in.jsonl").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto recs = strict_records(r.out);
  ASSERT_EQ(recs.size(), 4u) << r.out;
  EXPECT_EQ(recs[1].at("id"), 2);
  EXPECT_NE(warnings_of(recs[1]).find("blank line"), std::string::npos) << recs[1];
  EXPECT_EQ(recs[2].at("id"), 3);
  EXPECT_EQ(recs[3].at("id"), 4) << "ids stay line numbers";
}

// With -j N the command hands workers batches of documents (issue 19): many tweet-sized documents, some
// larger than a batch, blank and broken lines among them, must give byte for byte what -j 1 gives.
TEST(RecordStream, JobsInBatchesWriteWhatOneJobWrites) {
  TempDir tmp;
  std::string input;
  for (int i = 1; i <= 3000; ++i) {
    if (i % 500 == 0)
      input += "{\"id\": " + std::to_string(i) + ", \"text\": \"" + std::string(100000, 'x') + " NATO\"}\n";
    else if (i % 97 == 0)
      input += "not json\n";
    else if (i % 89 == 0)
      input += "\n";
    else
      input += "{\"id\": " + std::to_string(i) + ", \"text\": \"Doc " + std::to_string(i) + ": NATO met the UN.\"}\n";
  }
  write_file(tmp / "in.jsonl", input);
  Finished one = run_acronyms((tmp / "in.jsonl").string(), {"-j", "1"});
  Finished three = run_acronyms((tmp / "in.jsonl").string(), {"-j", "3"});
  EXPECT_EQ(one.exit_code, three.exit_code);
  ASSERT_EQ(strict_records(one.out).size(), 3000u);
  EXPECT_TRUE(one.out == three.out) << "the records of -j 3 differ from those of -j 1";
}

// ---- 4. Write errors -----------------------------------------------------------------------------------

class FullDisk : public ::testing::TestWithParam<std::vector<std::string>> {};

TEST_P(FullDisk, ExitsWithEXIOERRAndSaysWhy) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"NATO\"}\n");
  write_file(tmp / "ok.toml", "plugin_dirs = ['" + test_plugin_dir() + "']\n[chains.t]\nsteps = [\"acronyms\"]\n");
  std::vector<std::string> args = GetParam();
  for (auto& a : args) {
    if (a == "IN") a = (tmp / "in.jsonl").string();
    if (a == "CONFIG") a = (tmp / "ok.toml").string();
  }
  Finished r = run_textchain(args, {}, "/dev/full");
  EXPECT_EQ(r.exit_code, 74) << r.err;
  EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
}

INSTANTIATE_TEST_SUITE_P(
    Subcommands, FullDisk,
    ::testing::Values(std::vector<std::string>{"run", "--config", "CONFIG", "IN"},
                      std::vector<std::string>{"run", "--config", "CONFIG", "--format", "pretty", "IN"},
                      std::vector<std::string>{"plugins", "list", "--plugin-dir", TEST_PLUGIN_DIR},
                      std::vector<std::string>{"plugins", "describe", "acronyms", "--plugin-dir", TEST_PLUGIN_DIR},
                      std::vector<std::string>{"check", "CONFIG"}, std::vector<std::string>{"tokenize", "IN"}));

// ---- 6. A plugin that calls exit() ---------------------------------------------------------------------------

class PluginExit : public ::testing::TestWithParam<std::tuple<const char*, const char*>> {};

TEST_P(PluginExit, FlushesTheFinishedRecordsAndExitsNonZeroNamingTheLibrary) {
  const auto [how, jobs] = GetParam();
  TempDir tmp;
  std::string input;
  for (int i = 1; i <= 6; ++i) input += "{\"id\": " + std::to_string(i) + ", \"text\": \"NATO\"}\n";
  write_file(tmp / "in.jsonl", input);
  write_file(tmp / "chain.toml", "plugin_dirs = ['" + edge_plugin_dir() + "']\n[chains.t]\nsteps = [{plugin = " +
                                     "\"quitter\", options = {how = \"" + how + "\", at = 3}}]\n");
  Finished r = run_textchain({"run", "--config", (tmp / "chain.toml").string(), "-j", jobs, (tmp / "in.jsonl").string()});
  EXPECT_EQ(r.exit_code, 70) << r.err;
  EXPECT_NE(r.err.find("textchain_quitter.so called " + std::string(how) + "(0)"), std::string::npos) << r.err;
  auto recs = strict_records(r.out);
  EXPECT_LE(recs.size(), 2u) << "only documents before the third can be finished";
  if (std::string(jobs) == "1") {
    EXPECT_EQ(recs.size(), 2u) << r.out;
  }
  for (size_t i = 0; i < recs.size(); ++i) EXPECT_EQ(recs[i].at("id"), static_cast<int64_t>(i + 1));
}

INSTANTIATE_TEST_SUITE_P(Functions, PluginExit,
                         ::testing::Combine(::testing::Values("exit", "_exit", "_Exit", "quick_exit"),
                                            ::testing::Values("1", "2")));

TEST(PluginExitOnLoad, ALibraryThatExitsWhenLoadedFailsTheRun) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"NATO\"}\n");
  // Plugins are looked up by name: an unused library in the search path is never opened, so the run is
  // untouched by it.
  Finished unused = run_textchain({"run", "--plugin-dir", exit_on_load_dir(), "--plugin-dir", test_plugin_dir(),
                                   "--steps", "acronyms", (tmp / "in.jsonl").string()});
  EXPECT_EQ(unused.exit_code, 0) << unused.err << unused.out;
  EXPECT_EQ(strict_records(unused.out).size(), 1u) << unused.out;
  // The chain's own step exits while its library is loaded: never status 0.
  Finished used = run_textchain({"run", "--plugin-dir", exit_on_load_dir(), "--steps", "exitonload",
                                 (tmp / "in.jsonl").string()});
  EXPECT_EQ(used.exit_code, 70) << used.err << used.out;
  EXPECT_NE(used.err.find("textchain_exitonload.so called exit(0)"), std::string::npos) << used.err;
  // A full scan (plugins list) opens every library.
  Finished list = run_textchain({"plugins", "list", "--plugin-dir", exit_on_load_dir()});
  EXPECT_EQ(list.exit_code, 70) << list.err;
}

// ---- 7. Limits and configs ------------------------------------------------------------------------------------

TEST(Limits, NegativeZeroOrAbsurdDocumentSizesAreUsageErrors) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"NATO\"}\n");
  for (const char* size : {"-1", "0", "99999999999", "1e3", "abc"}) {
    Finished r = run_acronyms((tmp / "in.jsonl").string(), {"--max-document-bytes", size});
    EXPECT_EQ(r.exit_code, 2) << size << ": " << r.err;
    EXPECT_EQ(r.out, "") << size;
  }
  // A line over 4 KB fits the default and any sane limit.
  write_file(tmp / "long.jsonl", "{\"id\": 1, \"text\": \"" + std::string(10000, 'a') + " NATO\"}\n");
  Finished r = run_acronyms((tmp / "long.jsonl").string(), {"--max-document-bytes", "4294967295"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
}

TEST(Limits, BadConfigFilesAreConfigErrorsNamingThePath) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"NATO\"}\n");
  std::string dotted = "a";
  for (int i = 1; i < 50000; ++i) dotted += ".a";
  write_file(tmp / "deep.toml", "[" + dotted + "]\n");
  write_file(tmp / "dotted.toml", dotted + " = 1\n");
  const std::vector<std::string> configs = {(tmp / "missing.toml").string(), tmp.path().string(),
                                            (tmp / "deep.toml").string(), (tmp / "dotted.toml").string()};
  for (const auto& config : configs) {
    Finished check = run_textchain({"check", config});
    EXPECT_EQ(check.exit_code, 78) << config << ": " << check.err;
    EXPECT_NE(check.err.find(config), std::string::npos) << check.err;
    Finished run = run_textchain({"run", "--config", config, (tmp / "in.jsonl").string()});
    EXPECT_EQ(run.exit_code, 78) << config << ": " << run.err;
    EXPECT_EQ(run.out, "");
  }
}

// Root reads every folder: as root, the command runs as the user nobody (65534) for this test.
Finished run_unprivileged(const std::vector<std::string>& args, const fs::path& dir) {
  if (!running_as_root()) return run_textchain(args);
  ::chmod(dir.c_str(), 0777);
  const fs::path out = dir / "stdout", err = dir / "stderr";
  std::vector<std::string> storage = {textchain_exe()};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(125);
    const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (o < 0 || e < 0) ::_exit(126);
    ::dup2(o, 1);
    ::dup2(e, 2);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  Finished f;
  f.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  auto slurp = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  f.out = slurp(out);
  f.err = slurp(err);
  return f;
}

TEST(Limits, AnUnreadableFolderOfTheInputsIsReportedAndFailsTheRun) {
  TempDir tmp;
  fs::create_directories(tmp / "in" / "locked");
  write_file(tmp / "in" / "a.txt", "NATO");
  write_file(tmp / "in" / "locked" / "b.txt", "UN");
  ::chmod((tmp / "in").c_str(), 0755);
  ::chmod((tmp / "in" / "a.txt").c_str(), 0644);
  ::chmod((tmp / "in" / "locked").c_str(), 0);
  Finished r = run_unprivileged({"run", "--plugin-dir", test_plugin_dir(), "--steps", "acronyms",
                                 (tmp / "in").string()},
                                tmp.path());
  ::chmod((tmp / "in" / "locked").c_str(), 0700);
  ASSERT_NE(r.exit_code, 125) << "cannot become the user nobody";
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("cannot read folder '" + (tmp / "in" / "locked").string() + "'"), std::string::npos) << r.err;
  EXPECT_EQ(strict_records(r.out).size(), 1u);
}

TEST(Limits, AnUnreadableConfigIsAConfigError) {
  TempDir tmp;
  write_file(tmp / "locked.toml", "[chains.t]\nsteps = [\"acronyms\"]\n");
  ::chmod((tmp / "locked.toml").c_str(), 0);
  Finished check = run_unprivileged({"check", (tmp / "locked.toml").string()}, tmp.path());
  ASSERT_NE(check.exit_code, 125) << "cannot become the user nobody";
  EXPECT_EQ(check.exit_code, 78) << check.err;
  EXPECT_NE(check.err.find((tmp / "locked.toml").string() + ": cannot read the config file: Permission denied"),
            std::string::npos)
      << check.err;
}

TEST(Limits, AFifoIsReadAsAStream) {
  TempDir tmp;
  for (const char* name : {"docs.jsonl", "doc.txt"}) {
    const fs::path fifo = tmp / name;
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::thread writer([&] {
      // Opening for writing waits for the command to open it for reading.
      const int fd = ::open(fifo.c_str(), O_WRONLY);
      const std::string body = std::string(name) == "doc.txt" ? "NATO and the UN" : "{\"id\": 7, \"text\": \"NATO\"}\n";
      if (fd >= 0) {
        [[maybe_unused]] ssize_t n = ::write(fd, body.data(), body.size());
        ::close(fd);
      }
    });
    Finished r = run_acronyms(fifo.string());
    // A command that never opened the FIFO would leave the writer waiting in open(): a reader lets it go.
    const int unblock = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    writer.join();
    if (unblock >= 0) ::close(unblock);
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err << r.out;
    auto recs = strict_records(r.out);
    ASSERT_EQ(recs.size(), 1u) << name;
    EXPECT_EQ(recs[0].at("annotations").at(0).at("text"), "NATO") << name;
  }
}

// ---- 8. Other output formats ---------------------------------------------------------------------------------

TEST(OtherFormats, PrettyOutputTagsTheRightTextAfterRepairAndEscapesControlCharacters) {
  TempDir tmp;
  write_file(tmp / "in.jsonl",
             "{\"id\": \"x\\u001b]0;title\\u0007\", \"text\": \"\xff\xfe\xfd NATO \\u001b[31mred\\u009b and UN\"}\n");
  Finished r = run_acronyms((tmp / "in.jsonl").string(), {"--format", "pretty"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD [[NATO]]{acronym} \\x1B[31mred\\u009B and [[UN]]{acronym}"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("x\\x1B]0;title\\x07"), std::string::npos) << r.out;
  for (char c : r.out) EXPECT_TRUE(static_cast<unsigned char>(c) >= 0x20 || c == '\n') << "control byte in " << r.out;
  EXPECT_TRUE(textchain::document::is_valid_utf8(r.out));
}

TEST(OtherFormats, TimemlTagsTheRightTextAfterRepair) {
  TempDir tmp;
  write_file(tmp / "in.txt", "\xff\xfe\xfd The summit opened on 5 May 2020 in Rome.");
  Finished r = run_textchain({"run", "--steps", "dates", "--format", "timeml", (tmp / "in.txt").string()});
  if (r.exit_code == 78) GTEST_SKIP() << "the dates plugin is not built: " << r.err;
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\">5 May 2020</TIMEX3> in Rome."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("<TEXT>\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD The summit"), std::string::npos) << r.out;
}

// ---- 9. Between steps ---------------------------------------------------------------------------------------

TEST(BetweenSteps, AnEditOfBytesThatAreNotUtf8HandsLaterStepsValidUtf8) {
  TempDir tmp;
  write_file(tmp / "in.jsonl", "{\"id\": 1, \"text\": \"NATO met.\"}\n");
  write_file(tmp / "chain.toml", "plugin_dirs = ['" + edge_plugin_dir() +
                                     "']\n[chains.t]\nsteps = [{plugin = \"oddvalues\", options = {mode = "
                                     "\"bad-edit\"}}, {plugin = \"oddvalues\", options = {mode = \"check-text\"}}]\n");
  Finished r = run_textchain({"run", "--config", (tmp / "chain.toml").string(), (tmp / "in.jsonl").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
  auto recs = strict_records(r.out);
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(errors_of(recs[0]), "") << "the later step saw valid UTF-8";
  EXPECT_NE(warnings_of(recs[0]).find("the replacement is not valid UTF-8"), std::string::npos) << recs[0];
  EXPECT_EQ(recs[0].at("rewritten_text"), "\xEF\xBF\xBD\xEF\xBF\xBDNATO met.");
  EXPECT_FALSE(recs[0].contains("text")) << "offsets point into the input's text, not into the rewritten one";
}
