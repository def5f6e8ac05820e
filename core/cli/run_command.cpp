// `textchain run`: the chain over every input document, one record out per document, in input order.
#include "chain_options.hpp"
#include "commands.hpp"
#include "ordered_pipeline.hpp"

#include "brat/directory.hpp"
#include "html/run_page.hpp"
#include "io/input_reader.hpp"
#include "io/pretty_writer.hpp"
#include "io/record_writer.hpp"
#include "io/timeml_writer.hpp"

#include <atomic>
#include <chrono>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <pthread.h>
#include <unistd.h>

namespace textchain::cli {
namespace {

std::atomic<bool> g_interrupted{false};
extern "C" void on_sigint(int) { g_interrupted.store(true); }

struct RunOptions {
  ChainOptions chain;
  std::string date;
  size_t jobs = 1;
  std::string format = "jsonl";
  std::string output_dir;  // --format brat
  bool jsonl = false;
  std::vector<std::string> inputs;
};

// A progress line on stderr, only when stderr is a terminal that stdout is not writing to.
class Progress {
 public:
  explicit Progress(const io::InputReader& reader)
      : reader_(reader), on_(isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO)), start_(clock::now()), last_(start_) {}
  void document_done() {
    ++docs_;
    if (!on_) return;
    auto now = clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mb = reader_.bytes_read() / 1e6;
    double rate = secs > 0 ? mb / secs : 0;
    std::string line = "\r\x1b[K" + std::to_string(docs_) + " documents, " + fixed(mb) + " MB, " + fixed(rate) + " MB/s";
    if (reader_.total_bytes() && rate > 0) {
      double left = (reader_.total_bytes() / 1e6 - mb) / rate;
      line += ", ETA " + std::to_string(static_cast<long>(left > 0 ? left : 0)) + " s";
    }
    std::fputs(line.c_str(), stderr);
    shown_ = true;
  }
  ~Progress() {
    if (shown_) std::fputs("\r\x1b[K", stderr);
  }

 private:
  using clock = std::chrono::steady_clock;
  static std::string fixed(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", x);
    return buf;
  }
  const io::InputReader& reader_;
  bool on_;
  clock::time_point start_, last_;
  size_t docs_ = 0;
  bool shown_ = false;
};

struct Output {
  std::string text;
  bool failed = false;
  std::string index_entry;  // --format html
};

int run(const RunOptions& o) {
  Host host;
  Chain chain;
  if (int rc = open_chain_or_report(host, o.chain, chain)) return rc;
  {
    // Libraries refused while searching (wrong ABI, not a plugin) and unsafe permissions: worth a warning.
    // Only what the chain's own lookups met: `run` opens no other library.
    for (const auto& p : host.problems())
      std::cerr << "textchain: " << (p.find(": warning: ") == std::string::npos ? "warning: " : "") << p << "\n";
  }

  // SIGINT: stop reading, finish the documents in flight, write their records, exit non-zero.
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking read of stdin returns
  sigaction(SIGINT, &sa, nullptr);
  // A closed stdout (`| head -n 1`) is seen as EPIPE on write, so the command can stop quietly.
  std::signal(SIGPIPE, SIG_IGN);

  std::optional<brat::StandoffDirectory> brat_dir;  // --format brat: where the .txt and .ann files go
  if (o.format == "brat") try {
      brat_dir.emplace(o.output_dir);
    } catch (const std::exception& e) {
      std::cerr << "textchain: " << e.what() << "\n";
      return kExitUsage;
    }

  io::ReaderOptions ro;
  ro.force_jsonl = o.jsonl;
  ro.default_date = o.date;
  ro.max_document_bytes = chain.limits().max_document_bytes;
  io::InputReader reader(o.inputs, ro);

  const bool color = o.format == "pretty" && isatty(STDOUT_FILENO);
  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  bool failed = false, broken_pipe = false;
  html::RunPage html_page;  // --format html: the page around the documents, and their index
  if (o.format == "html") std::fputs(html_page.head().c_str(), stdout);
  Progress progress(reader);
  // Workers start with SIGINT blocked, so the signal reaches the main thread and interrupts its read.
  sigset_t block, previous;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  pthread_sigmask(SIG_BLOCK, &block, &previous);
  OrderedPipeline<Output> pipeline(o.jobs, [&](Output&& out) {
    failed |= out.failed;
    progress.document_done();
    if (o.format == "html") html_page.add_to_index(out.index_entry);
    if (broken_pipe) return;
    if (std::fwrite(out.text.data(), 1, out.text.size(), stdout) != out.text.size()) broken_pipe = true;
  });

  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  const Chain& ch = chain;
  const std::string format = o.format;
  size_t number = 0;  // the document's position in the input, from 1
  while (!g_interrupted.load() && !broken_pipe) {
    auto doc = std::make_shared<io::InputDocument>();
    if (!reader.next(*doc)) break;
    pipeline.submit([doc, &ch, &format, color, number = ++number, &brat_dir]() {
      Output out;
      std::unique_ptr<Result> result;
      // The text moves into the chain (the writers read the result's copy): one copy less of a large document.
      if (doc->error.empty())
        result = std::make_unique<Result>(ch.process_owned(std::move(doc->text), {doc->id_text, doc->date}));
      out.failed = !doc->error.empty() || (result && !result->ok());
      if (format == "pretty")
        out.text = io::pretty_record(*doc, result.get(), color);
      else if (format == "timeml")
        out.text = io::timeml_document(*doc, result.get());
      else if (format == "html") {
        html::DocumentView view = html::RunPage::document(*doc, result.get(), number);
        out.text = std::move(view.section), out.index_entry = std::move(view.index_entry);
      } else if (format == "brat")
        out.text = brat_dir->write(*doc, result.get(), number);
      else
        out.text = io::jsonl_record(*doc, result.get());
      return out;
    });
  }
  pipeline.finish();
  if (o.format == "html" && !broken_pipe) std::fputs(html_page.tail().c_str(), stdout);
  if (std::fflush(stdout) != 0) broken_pipe = true;
  if (broken_pipe) return 141;  // as a command killed by SIGPIPE, without the noise
  if (g_interrupted.load()) {
    std::cerr << "textchain: interrupted; the records of the documents in flight were written\n";
    return kExitInterrupted;
  }
  return failed ? kExitDocumentErrors : kExitOk;
}

}  // namespace

Command register_run(CLI::App& app) {
  auto o = std::make_shared<RunOptions>();
  CLI::App* cmd = app.add_subcommand("run", "Run a chain over documents; one JSON record per document on stdout");
  add_chain_options(*cmd, o->chain);
  add_date_option(*cmd, o->date);
  cmd->add_option("-j,--jobs", o->jobs, "Worker threads (records stay in input order)")->check(CLI::Range(1, 1024));
  cmd->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"jsonl", "pretty", "timeml", "html", "brat"}));
  cmd->add_option("--output-dir", o->output_dir, "Folder for --format brat: NAME.txt and NAME.ann per document");
  cmd->add_flag("--jsonl", o->jsonl, "Read every input (and stdin) as JSON Lines");
  cmd->add_option("inputs", o->inputs, "Text files, .jsonl files, folders, or - for stdin (the default)");
  return [o] { return run(*o); };
}

}  // namespace textchain::cli
