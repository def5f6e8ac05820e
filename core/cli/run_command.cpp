// `textchain run`: the chain over every input document, one record out per document, in input order.
#include "chain_options.hpp"
#include "commands.hpp"
#include "plugin_stdout.hpp"
#include "record_output.hpp"
#include "worker_team.hpp"

#include "brat/directory.hpp"
#include "chain/chain_runner.hpp"
#include "config/chain_config.hpp"
#include "html/run_page.hpp"
#include "isolation/command_workers.hpp"
#include "isolation/record_envelope.hpp"
#include "isolation/supervisor.hpp"
#include "io/input_reader.hpp"
#include "io/pretty_writer.hpp"
#include "io/record_writer.hpp"
#include "io/timeml_writer.hpp"

#include <chrono>
#include <deque>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <fstream>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <pthread.h>
#include <sstream>
#include <unistd.h>
#include <utility>
#include <vector>

namespace textchain::cli {
namespace {

struct RunOptions {
  ChainOptions chain;
  std::string date;
  size_t jobs = 1;
  std::string format = "jsonl";
  std::string output_dir;  // --format brat
  bool jsonl = false;
  std::vector<std::string> inputs;
  bool isolate = false;  // --isolate: the chain runs in worker processes (src/isolation/supervisor.hpp)
  IsolationLimits limits{30, default_worker_memory_mb()};
};

// A progress line on stderr, only when stderr is a terminal that stdout is not writing to.
class Progress {
 public:
  Progress(const io::InputReader& reader, bool records_to_terminal)
      : reader_(reader), on_(isatty(STDERR_FILENO) && !records_to_terminal), start_(clock::now()), last_(start_) {}
  // `bytes_read`: the reader's bytes_read() once the document was read (threads other than the reader's
  // must not ask it).
  void document_done(uint64_t bytes_read, size_t documents) {
    docs_ += documents;
    if (!on_) return;
    auto now = clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mb = bytes_read / 1e6;
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

// A document's record as the command writes it (the text in the run's --format).
struct Output {
  std::string text;
  bool failed = false;      // the record carries an error
  std::string index_entry;  // --format html: the document's line in the page's index
  size_t documents = 1;     // records in `text` (-j N joins a batch's JSON Lines records)
};

// In-process, after each step: what the step wrote to stdout is forwarded with the step named. With -j N
// the memory file on descriptor 1 is shared by the threads, and a step of another thread may have written
// the bytes one thread finds after its step: the warning says so.
struct StepStdoutWatch {
  PluginStdout* plugin_stdout;
  const std::vector<std::string>* steps;
  const std::string* id;
  size_t jobs;
};

void forward_step_stdout(void* user, size_t step) {
  auto* w = static_cast<StepStdoutWatch*>(user);
  if (!w->plugin_stdout->pending()) return;
  std::string who = "plugin '" + (*w->steps)[step] + "'";
  if (w->jobs > 1)
    who += " (or a step running at the same time in another of the " + std::to_string(w->jobs) +
           " threads of -j " + std::to_string(w->jobs) + "; --isolate or -j 1 tells exactly)";
  w->plugin_stdout->forward(who, "while processing document " + *w->id);
}

// The documents read for the next job, each with its position in the input (from 1). Full once it holds
// `bytes` of text (a large document fills it alone), or kBatchDocuments documents. A chain runs over a
// batch step-major (ChainAccess::run_compact_batch): 64 KiB of news took 3% less CPU than 16 KiB with -j 2;
// 256 tweet-sized documents (some 48 KiB) 5% less than 64 with -j 1 and 9% less with -j 2, whose threads
// take their turns and wake each other once per batch (issue 19).
constexpr size_t kBatchBytes = 64 * 1024;
constexpr size_t kBatchDocuments = 256;
// -j 1, JSON Lines: the bytes of the batch the chain runs over step-major (16 KiB did about as well; its
// documents are at most kBatchDocuments, as above).
constexpr size_t kStepMajorBytes = 64 * 1024;
// -j N, JSON Lines: a batch's joined records kept for the next batch up to this room (a batch of news makes
// some 150 KB).
constexpr size_t kKeptJoinedBytes = 1 << 20;
struct DocumentBatch {
  using Docs = std::vector<std::pair<io::InputDocument, size_t>>;
  explicit DocumentBatch(size_t bytes = kBatchBytes) : limit(bytes) {}
  // True when the batch is full.
  bool add(io::InputDocument&& doc, size_t number) {
    size += doc.text.size();
    docs.emplace_back(std::move(doc), number);
    return size >= limit || docs.size() >= kBatchDocuments;
  }
  size_t limit, size = 0;
  Docs docs;
  uint64_t bytes_read = 0;  // the reader's bytes_read() after the batch's last document (for Progress)
};

int run(const RunOptions& o) {
  // Records leave through their own descriptor; what plugins write to descriptor 1 goes to stderr.
  PluginStdout plugin_stdout;
  RecordOutput output(plugin_stdout.records_fd());
  // A plugin library may call exit() from its constructor, while the search path is scanned.
  guard_library_exit(&output, "while the plugins were loaded");
  // However run() returns, the guard no longer points at `output` once it is gone.
  struct Unguard {
    ~Unguard() { guard_library_exit(nullptr, "after the run"); }
  } unguard;
  install_stop_signals();
  Host host;
  Chain chain;
  // --isolate: the records come back from the worker processes in input order and are written through
  // `deliver`. JSON Lines records are made whole in the workers (the bytes an in-process run writes; the
  // supervisor's one thread only writes them out); other formats, and the record of a document whose worker
  // died or that could not be read, are formatted here (a --format brat directory claims its file names in
  // one process).
  std::optional<textchain::isolation::Supervisor> supervisor;
  std::function<void(Output&&)> deliver;
  std::function<Output(const io::InputDocument&, const Result*, uint64_t)> format_record;
  // The documents handed to the supervisor (their text moved there), in input order, with their number.
  std::deque<std::pair<io::InputDocument, uint64_t>> isolated_docs;
  const bool worker_records = o.format == "jsonl";
  if (o.isolate) {
    try {
      supervisor.emplace(
          isolation::command_worker_hooks(o.chain, &plugin_stdout,
                                          worker_records ? isolation::WorkerOutput::kJsonlRecords
                                                         : isolation::WorkerOutput::kResults),
          o.jobs, o.limits,
          [&](textchain::isolation::Outcome&& out) {
            auto& [doc, number] = isolated_docs.front();
            if (out.record)
              deliver({std::move(out.record->bytes), out.record->failed, {}});
            else
              deliver(format_record(doc, out.skipped ? nullptr : &out.result, number));
            isolated_docs.pop_front();
          },
          isolation::print_warning);
    } catch (const textchain::isolation::StartError& e) {  // a status page could not be mapped
      std::cerr << "textchain: " << e.what() << "\n";
      return isolation::kExitNoWorker;
    }
  } else if (int rc = open_chain_or_report(host, o.chain, chain)) {
    return rc;
  }
  {
    // Libraries refused while searching (wrong ABI, not a plugin) and unsafe permissions: worth a warning.
    // Only what the chain's own lookups met: `run` opens no other library.
    for (const auto& p : host.problems())
      std::cerr << "textchain: " << (p.find(": warning: ") == std::string::npos ? "warning: " : "") << p << "\n";
  }
  // What plugins printed while they were loaded and created goes out now, said so: left there, it would be
  // blamed on the first step of the first document. (--isolate: each worker does this, command_workers.cpp.)
  if (!o.isolate && plugin_stdout.written()) plugin_stdout.forward("the chain's plugins", "while the plugins were loaded");
  guard_library_exit(&output, "while documents were processed");

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
  ro.stop_fd = stop_signal_fd();
  // Set once the pipeline exists: before the reader waits on a slow stream, the records of the documents
  // read so far are finished and written.
  std::function<void()> write_finished;
  // After each step only the memory file's first bytes are looked at (PluginStdout::pending()): bytes that
  // begin with 8 zeros are found here, by one lseek before the reader waits and at the end of the run.
  auto forward_unseen_stdout = [&o, &plugin_stdout] {
    if (!o.isolate && plugin_stdout.written())
      plugin_stdout.forward("the chain's plugins", "while processing documents");
  };
  ro.before_wait = [&write_finished, &forward_unseen_stdout] {
    if (write_finished) write_finished();
    forward_unseen_stdout();
  };
  const bool color = o.format == "pretty" && plugin_stdout.records_to_terminal();
  format_record = [&o, color, &brat_dir](const io::InputDocument& doc, const Result* result, uint64_t number) {
    Output out;
    out.failed = !doc.error.empty() || (result && !result->ok());
    if (o.format == "pretty")
      out.text = io::pretty_record(doc, result, color);
    else if (o.format == "timeml")
      out.text = io::timeml_document(doc, result);
    else if (o.format == "html") {
      html::DocumentView view = html::RunPage::document(doc, result, number);
      out.text = std::move(view.section), out.index_entry = std::move(view.index_entry);
    } else if (o.format == "brat")
      out.text = brat_dir->write(doc, result, number);
    else
      out.text = io::jsonl_record(doc, result);
    return out;
  };
  // The workers start (and build the chain) before anything is read: a configuration error ends the run
  // with nothing processed, as in-process.
  if (supervisor) {
    try {
      supervisor->start();
    } catch (const textchain::isolation::StartError& e) {
      std::cerr << "textchain: " << e.what() << "\n";
      return isolation::kExitNoWorker;
    } catch (const std::exception& e) {
      return report_config_error(e);
    }
    ro.max_document_bytes = supervisor->max_document_bytes();
  }
  io::InputReader reader(o.inputs, ro);
  // Folders that could not be read: their files are missing from the output, so the run is not a success.
  for (const auto& w : reader.problems()) std::cerr << "textchain: warning: " << w << "\n";

  bool failed = false;
  html::RunPage html_page;  // --format html: the page around the documents, and their index
  if (o.format == "html") output.write(html_page.head());
  Progress progress(reader, plugin_stdout.records_to_terminal());
  uint64_t bytes_read = 0;  // for Progress: the reader's count once the documents being written were read
  deliver = [&](Output&& out) {  // in input order, one thread at a time
    failed |= out.failed;
    progress.document_done(supervisor ? reader.bytes_read() : bytes_read, out.documents);
    if (o.format == "html") html_page.add_to_index(out.index_entry);
    // A streamed record (-j 1, JSON Lines) was written already: its Output has no text, and nothing to write.
    if (!out.text.empty()) output.write(out.text);
  };
  // The records of a batch of documents (one document with -j 1): handing workers one tweet-sized document
  // at a time cost more in thread hand-offs than the chain itself, and -j 2 ran slower than -j 1.
  struct BatchOutput {
    std::vector<Output> outs;
    uint64_t bytes_read = 0;
  };
  // -j N, JSON Lines: the strings a batch's records were joined in, once written, for the next batches to
  // join theirs in. A new one per batch grew by doubling (each step a copy) past malloc's mmap threshold on
  // news, and was unmapped once written: most of the 10-17% more CPU time, and of the ten times as many page
  // faults, that -j 2 took than -j 1 (issue 19). A handful: at most a window of batches waits to be written; the string of
  // a large document's record is freed (each of them kept could hold one).
  struct SpareTexts {
    std::mutex mutex;
    std::vector<std::string> texts;
    std::string take() {
      std::lock_guard<std::mutex> lock(mutex);
      if (texts.empty()) return {};
      std::string t = std::move(texts.back());
      texts.pop_back();
      return t;
    }
    void give(std::string&& t) {
      if (t.capacity() > kKeptJoinedBytes) return;  // freed with the Output that holds it
      t.clear();
      std::lock_guard<std::mutex> lock(mutex);
      texts.push_back(std::move(t));
    }
  } joined_texts;
  const bool joins_records = !supervisor && o.jobs > 1 && o.format == "jsonl";
  auto write_batch = [&](BatchOutput& b) {
    bytes_read = b.bytes_read;
    for (Output& out : b.outs) {
      deliver(std::move(out));  // leaves `out` as it was
      if (joins_records) joined_texts.give(std::move(out.text));
    }
  };

  const Chain& ch = chain;
  const std::vector<std::string> steps = chain.steps();
  const size_t jobs = o.jobs;
  const bool threaded = !supervisor && o.jobs > 1;  // a WorkerTeam of o.jobs threads, this one included
  const bool jsonl = o.format == "jsonl";
  const bool stream = jsonl && !threaded;  // documents then run one at a time, in order, on this thread
  bool record_cut = false;  // a streamed record could not be finished: the run stops (docs/record-stream.md)
  // -j 1, JSON Lines: the texts of the documents before, handed back by release() for the next to be read
  // into (up to a batch of them: a batch's documents are read before their records are written).
  std::vector<std::string> spare_texts;
  // The records of `batch` into `result` (empty; -j 1 hands the same one for every document, and its vector
  // keeps its room).
  auto process_into = [&](DocumentBatch& batch, BatchOutput& result) {
    result.bytes_read = batch.bytes_read;
    std::vector<Output>& outs = result.outs;
    outs.reserve(jsonl && !stream ? 1 : batch.docs.size());
    // -j N, JSON Lines: the batch's records in one string, each written through the record writer's reused
    // buffer (a string per record cost a malloc, and a free in the writing thread's turn).
    Output* joined = nullptr;
    if (jsonl && !stream) {
      joined = &outs.emplace_back();
      joined->documents = 0;
      joined->text = joined_texts.take();
    }
    // JSON Lines: the batch's readable documents run through the chain step-major first (each step over all
    // of them, ChainAccess::run_compact_batch), into this thread's processed documents, which keep their
    // room from one batch to the next; then their records are written in input order.
    thread_local std::vector<ProcessedDocument> t_processed;
    thread_local std::vector<ChainAccess::BatchDocument> t_runs;
    thread_local std::vector<StepStdoutWatch> t_watches;
    size_t runs = 0, ran = 0;
    if (jsonl) {
      for (auto& [doc, number] : batch.docs) runs += doc.error.empty();
      if (t_processed.size() < runs) t_processed.resize(runs);
      t_runs.resize(runs);
      // After each step, a look at descriptor 1 (a flush of stdout and a look at its first bytes) names a
      // step that printed.
      t_watches.resize(runs);
      size_t k = 0;
      for (auto& [doc, number] : batch.docs) {
        if (!doc.error.empty()) continue;
        t_watches[k] = {&plugin_stdout, &steps, &doc.id_text, jobs};
        ChainAccess::BatchDocument& run = t_runs[k];
        run.out = &t_processed[k];
        run.text = std::move(doc.text);
        run.input.id.assign(doc.id_text);
        run.input.date.assign(doc.date);
        // Most records have no time: an empty one is not assigned over an empty one (some 30 instructions).
        if (!doc.reference_time.empty() || !run.input.reference_time.empty())
          run.input.reference_time.assign(doc.reference_time);
        run.after_step = forward_step_stdout;
        run.user = &t_watches[k];
        run.error = nullptr;
        ++k;
      }
      // -j 1: a stop signal cuts the batch at the document being processed: the records written are those of
      // the documents before it and its own, as when documents ran one at a time (docs/record-stream.md).
      ran = ChainAccess::run_compact_batch(ch, t_runs.data(), runs, stream ? stop_signal : nullptr);
    }
    // -j 1, JSON Lines: a record made whole (a document that could not be read, or whose record failed) is
    // written now, between the streamed records of the batch, not after them. False once the output failed.
    auto stream_record = [&](Output&& out) {
      const bool written = output.write(out.text);
      out.text.clear();  // written: deliver() has nothing more to write
      outs.push_back(std::move(out));
      return written;
    };
    size_t run_index = 0;
    for (auto& [doc, number] : batch.docs) {
      if (record_cut) break;
      // JSON Lines: the record is written from the host's compact annotations (their public form costs
      // several times a large document), and with one job straight into the output in pieces, never
      // held whole: this job runs on the thread that writes, after every earlier record.
      if (jsonl && doc.error.empty()) {
        if (run_index == ran) break;  // cut by a stop signal
        ChainAccess::BatchDocument& run = t_runs[run_index];
        ProcessedDocument& processed = t_processed[run_index++];
        // The document ran above: what escaped the host then is this record's error.
        auto run_chain = [&run](ProcessedDocument&) {
          if (run.error) std::rethrow_exception(run.error);
        };
        if (joined) {
          joined->failed |= append_jsonl_record(doc, processed, run_chain, joined->text);
          ++joined->documents;
          continue;
        }
        // With one job the record is streamed: pieces leave as it is written. Writing stops at the first
        // failed write (the run then ends 74 or 141). An exception before the first piece gives the
        // document an error record; after it, the line already begun is ended, the run stops and exits
        // 74: a record can no longer be whole, and a status of 0 or 1 would promise that every record is.
        struct OutputFailed {};
        size_t pieces = 0;
        // However the record ends, the document's text and a large document's store are not kept.
        struct Release {
          ProcessedDocument& processed;
          std::vector<std::string>& spare_texts;
          ~Release() {
            if (spare_texts.size() < kBatchDocuments) {
              ChainAccess::release(processed, spare_texts.emplace_back());
              if (spare_texts.back().capacity() <= std::string().capacity()) spare_texts.pop_back();  // none handed back
            } else {
              ChainAccess::release(processed);
            }
          }
        } release{processed, spare_texts};
        try {
          run_chain(processed);
          io::write_jsonl_record(doc, processed, [&output, &pieces](std::string_view piece) {
            ++pieces;
            if (!output.write(piece)) throw OutputFailed{};
          });
          outs.push_back({{}, !processed.result.ok(), {}});
        } catch (const OutputFailed&) {
          break;  // output.error() is set: reading stops, the status says why
        } catch (...) {
          if (pieces == 0) {
            doc.error = record_not_written();
            if (!stream_record(format_record(doc, nullptr, number))) break;
            continue;
          }
          output.write("\n");
          std::cerr << "textchain: error: the record of document " << doc.id_text << " could not be finished ("
                    << current_exception_text() << "); its line is cut and ended, and the run stops\n";
          record_cut = true;
        }
        continue;
      }
      std::unique_ptr<Result> result;
      // The text moves into the chain (the writers read the result's copy): one copy less of a large
      // document. After each step, a look at descriptor 1 (a flush of stdout and a look at its first bytes)
      // names a step that printed.
      StepStdoutWatch watch{&plugin_stdout, &steps, &doc.id_text, jobs};
      if (doc.error.empty())
        result = std::make_unique<Result>(ChainAccess::run_watched(ch, std::move(doc.text), {doc.id_text, doc.date, doc.reference_time},
                                                                   forward_step_stdout, &watch));
      Output out = format_record(doc, result.get(), number);
      if (joined) {
        joined->text += out.text;
        joined->failed |= out.failed;
        ++joined->documents;
      } else if (stream) {
        if (!stream_record(std::move(out))) break;
      } else {
        outs.push_back(std::move(out));
      }
    }
  };
  auto process = [&](DocumentBatch& batch) {
    BatchOutput result;
    process_into(batch, result);
    return result;
  };

  size_t number = 0;  // the document's position in the input, from 1
  if (threaded) {
    // Each thread reads a batch, runs the chain over it and writes its records, in input order
    // (worker_team.hpp). Reading stops at a stop signal or once the output is gone; the batches read are
    // finished.
    DocumentBatch* filling = nullptr;  // the batch being read (by the thread that holds the team's read turn)
    WorkerTeam<DocumentBatch, BatchOutput> team(
        o.jobs, {[&](DocumentBatch& b) {
                   // `b` is this thread's batch before: the rooms of its texts, handed back once their records
                   // were written (append_jsonl_record), are read into again, as -j 1 does (spare_texts; up
                   // to a batch of texts of at most 256 KiB each). Its vector keeps its room too.
                   thread_local std::vector<std::string> t_spare_texts;
                   for (auto& [doc, n] : b.docs)
                     if (doc.text.capacity() > std::string().capacity() && t_spare_texts.size() < kBatchDocuments)
                       t_spare_texts.push_back(std::move(doc.text));
                   b.docs.clear();
                   b.size = 0;
                   filling = &b;
                   bool more = false;
                   while (!stop_signal() && !output.error()) {
                     io::InputDocument doc;
                     if (!t_spare_texts.empty()) {
                       doc.text.swap(t_spare_texts.back());
                       t_spare_texts.pop_back();
                     }
                     if (!reader.next(doc)) break;
                     if (b.add(std::move(doc), ++number)) {
                       more = true;
                       break;
                     }
                   }
                   b.bytes_read = reader.bytes_read();
                   filling = nullptr;
                   return more;
                 },
                 process, [&](BatchOutput&& b) { write_batch(b); },
                 // The other threads block the stop signals, whose handler then runs on this one; a thread
                 // waiting on a stream wakes on stop_signal_fd().
                 block_stop_signals});
    // Before the reader waits on a slow stream: the documents it holds are processed and written now.
    write_finished = [&] {
      if (filling) {
        filling->bytes_read = reader.bytes_read();
        team.finish_now(*filling);
      }
      output.flush();
    };
    team.run();
  }
  // -j 1: each document alone, through a batch and an output that keep their room from one document to the
  // next (new ones per document cost two allocations, per tweet).
  // JSON Lines through a chain of several steps: batches of kStepMajorBytes, run step-major.
  DocumentBatch batch(jsonl && steps.size() > 1 ? kStepMajorBytes : 0);
  BatchOutput batch_output;
  auto submit_batch = [&] {
    if (batch.docs.empty()) return;
    batch.bytes_read = reader.bytes_read();
    batch_output.outs.clear();
    process_into(batch, batch_output);
    batch.docs.clear();
    batch.size = 0;
    write_batch(batch_output);
  };
  if (!threaded)
    write_finished = [&] {
      if (supervisor)
        supervisor->drain();
      else
        submit_batch();
      output.flush();
    };

  while (!threaded && !stop_signal() && !output.error() && !record_cut) {
    io::InputDocument doc;
    if (!spare_texts.empty()) {  // the room of a text before (see spare_texts)
      doc.text.swap(spare_texts.back());
      spare_texts.pop_back();
    }
    if (!reader.next(doc)) break;
    if (supervisor) {
      const bool unreadable = !doc.error.empty();
      std::string text = std::move(doc.text);
      DocumentInput input{doc.id_text, doc.date, doc.reference_time};
      isolated_docs.emplace_back(std::move(doc), ++number);
      if (unreadable)
        supervisor->skip();
      else
        supervisor->submit(std::move(text), std::move(input),
                           worker_records ? isolation::record_envelope(isolated_docs.back().first) : std::string());
      continue;
    }
    if (batch.add(std::move(doc), ++number)) submit_batch();
  }
  submit_batch();
  if (supervisor) supervisor->finish();
  forward_unseen_stdout();
  if (o.format == "html" && !output.error()) output.write(html_page.tail());
  output.flush();
  if (output.error()) return output.exit_status(kExitOk);
  if (record_cut) return kExitIoError;
  if (const int sig = stop_signal()) {
    std::cerr << "textchain: interrupted by " << (sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "SIGHUP")
              << "; the records of the documents read were written\n";
    return 128 + sig;
  }
  return failed || !reader.problems().empty() ? kExitDocumentErrors : kExitOk;
}

// The config's [isolation] table (read by config/chain_config.cpp, as when the chain is loaded). A file that
// cannot be read or parsed sets nothing: loading the chain reports it, as without isolation.
config::IsolationSettings isolation_settings(const std::string& config_file) {
  std::ifstream in(config_file, std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  try {
    return config::load_isolation_settings(text.str(), config_file);
  } catch (const ConfigError&) {
    return {};
  }
}

}  // namespace

Command register_run(CLI::App& app) {
  auto o = std::make_shared<RunOptions>();
  CLI::App* cmd = app.add_subcommand("run", "Run a chain over documents; one JSON record per document on stdout");
  add_chain_options(*cmd, o->chain);
  add_date_option(*cmd, o->date);
  cmd->add_option("-j,--jobs", o->jobs, "Worker threads (records stay in input order); with --isolate, worker processes")->check(CLI::Range(1, 1024));
  cmd->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"jsonl", "pretty", "timeml", "html", "brat"}));
  cmd->add_option("--output-dir", o->output_dir, "Folder for --format brat: NAME.txt and NAME.ann per document");
  cmd->add_flag("--jsonl", o->jsonl, "Read every input (and stdin) as JSON Lines");
  CLI::Option* isolate = cmd->add_flag(
      "--isolate,!--no-isolate", o->isolate,
      "Run the chain in -j worker processes: a plugin that crashes, hangs, calls exit() or runs out of memory "
      "costs one document's record (an error naming the step and the signal or limit), not the run; exit status "
      "71 if no worker process can be started (docs/untrusted-plugins.md; the config's [isolation] enabled)");
  CLI::Option* timeout =
      cmd->add_option("--document-timeout", o->limits.document_timeout_s,
                      "With --isolate: seconds a document may take per started MiB of text (default 30); the "
                      "worker is then killed and the record says so. Without --isolate there is no time limit")
          ->check(CLI::Range(0.001, 1e9));
  CLI::Option* memory =
      cmd->add_option("--worker-memory", o->limits.memory_limit_mb,
                      "With --isolate: address-space limit of each worker process in MiB (RLIMIT_AS; default " +
                          std::to_string(default_worker_memory_mb()) +
                          ", 0 = none). A plugin's std::bad_alloc under it is that step's error; a worker that "
                          "dies after an allocation was refused loses the document, whose record says \"ran out of "
                          "memory\"");
  cmd->add_option("inputs", o->inputs, "Text files, .jsonl files, folders, or - for stdin (the default)");
  return [o, isolate, timeout, memory] {
    // The config's [isolation] table, for what the command line does not say.
    RunOptions r = *o;
    if (!r.chain.config.empty()) {
      const config::IsolationSettings s = isolation_settings(r.chain.config);
      if (s.enabled && !isolate->count()) r.isolate = *s.enabled;
      if (s.document_timeout_s && !timeout->count()) r.limits.document_timeout_s = *s.document_timeout_s;
      if (s.memory_limit_mb && !memory->count()) r.limits.memory_limit_mb = *s.memory_limit_mb;
    }
    return run(r);
  };
}

}  // namespace textchain::cli
