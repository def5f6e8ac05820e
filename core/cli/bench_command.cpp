// `textchain bench`: how fast a chain runs, per step and as a whole, on the user's own documents.
//
// The inputs are read into memory once, so that reading files is not measured; the chain then runs over
// all of them `--warmup` times unmeasured and `--repeat` times measured. Every figure is the median over
// the repeats, with min and max, so that noise is visible. Per-step times come from the host's step
// observer (wall clock and the calling thread's CPU clock around each step), less the cost of those clock
// reads themselves, measured before each pass (bench/clock_cost.hpp): "(clock)" is all that the reads cost,
// "(views)" the host's tokens and sentences, which it builds inside the step that first asks for them
// (timed there and taken out of that step: a step is not charged for the host's work because it came
// first), "(host)" what the chain spends outside the steps, the views and the reads (decoding, applying
// edits, building the result). The rows add up to the whole pass. MB are 10^6 bytes of input.
#include "chain_options.hpp"
#include "commands.hpp"
#include "ordered_pipeline.hpp"

#include "bench/clock_cost.hpp"
#include "bench/machine_info.hpp"
#include "chain/chain_runner.hpp"
#include "bench/run_stats.hpp"
#include "io/input_reader.hpp"
#include "isolation/isolated_pass.hpp"

#include <textchain/host.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace textchain::cli {
namespace {

namespace json = boost::json;
using bench::Spread;

#if defined(TEXTCHAIN_BUILD_TYPE)
constexpr const char* kBuildType = TEXTCHAIN_BUILD_TYPE;
#elif !defined(__OPTIMIZE__)
constexpr const char* kBuildType = "unoptimized (no CMAKE_BUILD_TYPE recorded)";
#elif defined(NDEBUG)
constexpr const char* kBuildType = "optimized, NDEBUG (no CMAKE_BUILD_TYPE recorded)";
#else
constexpr const char* kBuildType = "optimized, assertions on (no CMAKE_BUILD_TYPE recorded)";
#endif

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

struct BenchOptions {
  ChainOptions chain;
  std::string date;
  bool jsonl = false;
  size_t repeat = 5;
  size_t warmup = 1;
  size_t jobs = 1;
  bool json = false;
  bool isolate = false;  // also measure `run --isolate -j N` (worker processes)
  bool raw_clock = false;  // per-step times as read, the clock's own cost left in
  std::vector<std::string> inputs;
};

struct Doc {
  std::string id;
  std::string text;
  std::string date;
  std::string reference_time;
};

// One measured pass over every document.
struct Pass {
  uint64_t wall_ns = 0;
  uint64_t cpu_ns = 0;                               // the whole process, every thread
  std::vector<uint64_t> doc_wall;                    // [doc]: the whole chain on that document
  std::vector<std::vector<uint64_t>> step_wall;      // [step][doc]
  std::vector<std::vector<uint64_t>> step_cpu;       // [step][doc]
  // [step][doc]: of the step's times, the host's views it asked for first (tokens, sentences), and how
  // many builds were timed (each read the clocks as a step does).
  std::vector<std::vector<uint64_t>> view_wall, view_cpu, view_builds;
  size_t failed = 0;
  std::string first_error;
};

struct Scratch {
  Pass* pass;
  size_t doc;
};

void observe_step(void* user, size_t step, uint64_t wall_ns, uint64_t cpu_ns, const textchain::document::ViewTime& views) {
  auto* s = static_cast<Scratch*>(user);
  if (step >= s->pass->step_wall.size()) return;
  s->pass->step_wall[step][s->doc] = wall_ns;
  s->pass->step_cpu[step][s->doc] = cpu_ns;
  s->pass->view_wall[step][s->doc] = views.wall_ns;
  s->pass->view_cpu[step][s->doc] = views.cpu_ns;
  s->pass->view_builds[step][s->doc] = views.builds;
}

using document::steady_ns;

// Runs the chain over all documents: inline with one job, else through the same ordered pipeline that
// `textchain run -j N` uses (its threads are started and joined inside the timed pass, as in a run).
Pass run_pass(const Chain& chain, const std::vector<Doc>& docs, size_t steps, size_t jobs) {
  Pass p;
  p.doc_wall.assign(docs.size(), 0);
  p.step_wall.assign(steps, std::vector<uint64_t>(docs.size(), 0));
  p.step_cpu.assign(steps, std::vector<uint64_t>(docs.size(), 0));
  p.view_wall.assign(steps, std::vector<uint64_t>(docs.size(), 0));
  p.view_cpu = p.view_builds = p.view_wall;
  struct Outcome {
    bool failed = false;
    std::string error;
  };
  // Each job writes only its own document's slots, so the pass needs no lock.
  auto process = [&p, &chain, &docs](size_t i) {
    Outcome out;
    Scratch s{&p, i};
    const uint64_t t0 = steady_ns();
    Result r = textchain::ChainAccess::process_observed(chain, docs[i].text, {docs[i].id, docs[i].date, docs[i].reference_time}, observe_step, &s);
    p.doc_wall[i] = steady_ns() - t0;
    if (!r.ok()) {
      out.failed = true;
      for (const auto& d : r.diagnostics)
        if (d.level == Diagnostic::Level::error) {
          out.error = docs[i].id + ": " + (d.plugin.empty() ? "" : d.plugin + ": ") + d.message;
          break;
        }
    }
    return out;
  };
  auto sink = [&p](Outcome&& o) {
    if (!o.failed) return;
    if (p.failed++ == 0) p.first_error = std::move(o.error);
  };
  const uint64_t cpu0 = bench::process_cpu_ns();
  const uint64_t t0 = steady_ns();
  if (jobs <= 1) {
    for (size_t i = 0; i < docs.size(); ++i) sink(process(i));
  } else {
    OrderedPipeline<Outcome> pipeline(jobs, sink);
    for (size_t i = 0; i < docs.size(); ++i) pipeline.submit([&process, i] { return process(i); });
    pipeline.finish();
  }
  p.wall_ns = steady_ns() - t0;
  p.cpu_ns = bench::process_cpu_ns() - cpu0;
  return p;
}

uint64_t sum(const std::vector<uint64_t>& v) {
  uint64_t s = 0;
  for (uint64_t x : v) s += x;
  return s;
}

// The figures of one row of the report (a step, the host's share, or the whole chain), each a spread over
// the repeats.
struct Row {
  std::string name;
  Spread wall_ms, cpu_ms, share, mb_per_s, docs_per_s, p50_us, p99_us, max_us;
  bool has_latency = true;
};

struct RowSamples {
  std::vector<double> wall_ms, cpu_ms, share, mb_per_s, docs_per_s, p50_us, p99_us, max_us;
  void add(double wall_ns, double cpu_ns, double total_wall_ns, double bytes, double docs,
           std::vector<uint64_t>* latencies) {
    wall_ms.push_back(wall_ns / 1e6);
    cpu_ms.push_back(cpu_ns / 1e6);
    share.push_back(total_wall_ns > 0 ? wall_ns / total_wall_ns : 0);
    const double seconds = wall_ns / 1e9;
    mb_per_s.push_back(seconds > 0 ? bytes / 1e6 / seconds : 0);
    docs_per_s.push_back(seconds > 0 ? docs / seconds : 0);
    if (latencies) {
      p50_us.push_back(bench::percentile(*latencies, 50) / 1e3);
      p99_us.push_back(bench::percentile(*latencies, 99) / 1e3);
      max_us.push_back(bench::percentile(*latencies, 100) / 1e3);
    }
  }
  Row row(std::string name) const {
    Row r;
    r.name = std::move(name);
    r.wall_ms = bench::spread(wall_ms);
    r.cpu_ms = bench::spread(cpu_ms);
    r.share = bench::spread(share);
    r.mb_per_s = bench::spread(mb_per_s);
    r.docs_per_s = bench::spread(docs_per_s);
    r.has_latency = !p50_us.empty();
    r.p50_us = bench::spread(p50_us);
    r.p99_us = bench::spread(p99_us);
    r.max_us = bench::spread(max_us);
    return r;
  }
};

// Empty intervals read before each measured pass, to know what the step observer's clock reads cost.
constexpr size_t kClockSamples = 1024;

struct RunReport {
  size_t jobs = 1;
  std::vector<Row> steps;  // with the host row last; empty for a parallel run
  Row clock;               // what the observer's clock reads cost (-j 1, unless --raw-clock)
  bool clock_subtracted = false;
  Spread clock_inside_cpu_ns, clock_inside_wall_ns;  // per step interval, over the passes
  Row total;
  std::vector<double> wall_ns;  // per repeat, for the speed-up
  size_t failed = 0;
};

RunReport measure(const Chain& chain, const std::vector<Doc>& docs, const std::vector<std::string>& step_names,
                  size_t jobs, const BenchOptions& o, double bytes, std::string& first_error) {
  const size_t steps = step_names.size();
  for (size_t w = 0; w < o.warmup; ++w) run_pass(chain, docs, steps, jobs);
  std::vector<RowSamples> step_samples(steps);
  RowSamples host, views_row, clock_row, total;
  std::vector<double> inside_cpu, inside_wall;
  RunReport report;
  report.jobs = jobs;
  const double n = static_cast<double>(docs.size());
  for (size_t rep = 0; rep < o.repeat; ++rep) {
    // Right before the pass, so that the clock is measured in the conditions the pass meets.
    const bench::ClockCost clock =
        jobs == 1 && !o.raw_clock ? bench::measure_clock_cost(kClockSamples) : bench::ClockCost{};
    Pass p = run_pass(chain, docs, steps, jobs);
    report.failed = std::max(report.failed, p.failed);
    if (first_error.empty()) first_error = p.first_error;
    report.wall_ns.push_back(static_cast<double>(p.wall_ns));
    // In a parallel pass the steps' times add up across threads, so they are not comparable to the wall
    // time of the pass: per-step rows come from the -j 1 run only.
    if (jobs == 1) {
      // Each step's sum less one interval's clock cost per document (the latencies: per document), and less
      // the views it built (each with its own interval's reads inside the view's time, and the rest of its
      // reads inside the step's).
      double steps_wall = 0, steps_cpu = 0, views_wall = 0, views_cpu = 0, builds = 0;
      std::vector<uint64_t> views_latency(docs.size(), 0);
      for (size_t s = 0; s < steps; ++s) {
        const double b = double(sum(p.view_builds[s]));
        const double vw = bench::less_clock(double(sum(p.view_wall[s])), b, clock.inside_wall_ns);
        const double vc = bench::less_clock(double(sum(p.view_cpu[s])), b, clock.inside_cpu_ns);
        const double w = bench::less_clock(double(sum(p.step_wall[s])) - double(sum(p.view_wall[s])), 1,
                                           n * clock.inside_wall_ns + b * (clock.per_step_wall_ns - clock.inside_wall_ns));
        const double c = bench::less_clock(double(sum(p.step_cpu[s])) - double(sum(p.view_cpu[s])), 1,
                                           n * clock.inside_cpu_ns + b * (clock.per_step_cpu_ns - clock.inside_cpu_ns));
        for (size_t i = 0; i < docs.size(); ++i) {
          views_latency[i] += bench::less_clock(p.view_wall[s][i], double(p.view_builds[s][i]) * clock.inside_wall_ns);
          const uint64_t own = p.step_wall[s][i] > p.view_wall[s][i] ? p.step_wall[s][i] - p.view_wall[s][i] : 0;
          p.step_wall[s][i] = bench::less_clock(
              own, clock.inside_wall_ns + double(p.view_builds[s][i]) * (clock.per_step_wall_ns - clock.inside_wall_ns));
        }
        steps_wall += w;
        steps_cpu += c;
        views_wall += vw;
        views_cpu += vc;
        builds += b;
        step_samples[s].add(w, c, double(p.wall_ns), bytes, n, &p.step_wall[s]);
      }
      views_row.add(views_wall, views_cpu, double(p.wall_ns), bytes, n, &views_latency);
      // All of the reads, inside the steps' (and views') intervals and after them: neither a step's time nor
      // the host's.
      const double reads = n * static_cast<double>(steps) + builds;
      const double clock_wall = reads * clock.per_step_wall_ns, clock_cpu = reads * clock.per_step_cpu_ns;
      if (!o.raw_clock) {
        clock_row.add(clock_wall, clock_cpu, double(p.wall_ns), bytes, n, nullptr);
        inside_cpu.push_back(clock.inside_cpu_ns);
        inside_wall.push_back(clock.inside_wall_ns);
      }
      const double doc_clock_wall = static_cast<double>(steps) * clock.per_step_wall_ns;
      std::vector<uint64_t> host_latency(docs.size());
      for (size_t i = 0; i < docs.size(); ++i) {
        uint64_t in_steps = 0;
        for (size_t s = 0; s < steps; ++s) in_steps += p.step_wall[s][i] + p.view_wall[s][i];
        host_latency[i] = p.doc_wall[i] > in_steps ? bench::less_clock(p.doc_wall[i] - in_steps, doc_clock_wall) : 0;
      }
      const double host_wall = bench::less_clock(double(p.wall_ns) - steps_wall - views_wall, 1, clock_wall);
      const double host_cpu = bench::less_clock(double(p.cpu_ns) - steps_cpu - views_cpu, 1, clock_cpu);
      host.add(host_wall, host_cpu, double(p.wall_ns), bytes, n, &host_latency);
    }
    total.add(double(p.wall_ns), double(p.cpu_ns), double(p.wall_ns), bytes, n, &p.doc_wall);
  }
  if (jobs == 1) {
    for (size_t s = 0; s < steps; ++s) report.steps.push_back(step_samples[s].row(step_names[s]));
    report.steps.push_back(views_row.row("(views)"));
    report.steps.push_back(host.row("(host)"));
    report.clock = clock_row.row("(clock)");
    report.clock_subtracted = !o.raw_clock;
    report.clock_inside_cpu_ns = bench::spread(inside_cpu);
    report.clock_inside_wall_ns = bench::spread(inside_wall);
  }
  report.total = total.row("chain");
  return report;
}

json::object spread_json(const Spread& s) {
  return json::object{{"median", s.median}, {"min", s.min}, {"max", s.max}};
}

json::object row_json(const Row& r) {
  json::object o{{"name", r.name},
                 {"wall_ms", spread_json(r.wall_ms)},
                 {"cpu_ms", spread_json(r.cpu_ms)},
                 {"share", spread_json(r.share)},
                 {"mb_per_s", spread_json(r.mb_per_s)},
                 {"docs_per_s", spread_json(r.docs_per_s)}};
  if (r.has_latency)
    o["latency_us"] = json::object{{"p50", spread_json(r.p50_us)}, {"p99", spread_json(r.p99_us)},
                                   {"max", spread_json(r.max_us)}};
  return o;
}

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

// "12.3 (12.1–13.0)": the median, then the range when it is not a single value.
std::string with_range(const Spread& s, const char* f) {
  std::string out = fmt(f, s.median);
  if (s.min != s.max) out += " (" + fmt(f, s.min) + "–" + fmt(f, s.max) + ")";
  return out;
}

// Pads to `width` display columns (the en dash is one column but three bytes).
std::string pad(const std::string& s, size_t width, bool right = false) {
  size_t cols = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++cols;
  if (cols >= width) return s + " ";
  const std::string spaces(width - cols, ' ');
  return right ? spaces + s : s + spaces;
}

void print_table(const RunReport& r, std::FILE* out) {
  std::fprintf(out, "%s%s%s%s%s%s%s%s%s\n", pad("step", 10).c_str(), pad("wall ms (min–max)", 26).c_str(),
               pad("cpu ms", 10, true).c_str(), pad("share", 8, true).c_str(), pad("MB/s", 10, true).c_str(),
               pad("docs/s", 10, true).c_str(), pad("p50 µs", 11, true).c_str(), pad("p99 µs", 11, true).c_str(),
               pad("max µs", 11, true).c_str());
  auto line = [&](const Row& row) {
    std::fprintf(out, "%s%s%s%s%s%s%s%s%s\n", pad(row.name, 10).c_str(), pad(with_range(row.wall_ms, "%.3f"), 26).c_str(),
                 pad(fmt("%.3f", row.cpu_ms.median), 10, true).c_str(),
                 pad(fmt("%.1f%%", row.share.median * 100), 8, true).c_str(),
                 pad(fmt("%.2f", row.mb_per_s.median), 10, true).c_str(),
                 pad(fmt("%.0f", row.docs_per_s.median), 10, true).c_str(),
                 pad(row.has_latency ? fmt("%.1f", row.p50_us.median) : "–", 11, true).c_str(),
                 pad(row.has_latency ? fmt("%.1f", row.p99_us.median) : "–", 11, true).c_str(),
                 pad(row.has_latency ? fmt("%.1f", row.max_us.median) : "–", 11, true).c_str());
  };
  for (size_t i = 0; i < r.steps.size(); ++i) {
    // The clock's row just before the host's (the last): the steps, the reads, the rest.
    if (i + 1 == r.steps.size() && r.clock_subtracted) line(r.clock);
    line(r.steps[i]);
  }
  line(r.total);
}

int bench(const BenchOptions& o) {
  Host host;
  Chain chain;
  if (int rc = open_chain_or_report(host, o.chain, chain)) return rc;
  if (o.inputs.empty()) {
    std::cerr << "textchain bench: give the documents to measure on (files, folders, .jsonl)\n";
    return kExitUsage;
  }
  if (o.repeat == 0) {
    std::cerr << "textchain bench: --repeat must be at least 1\n";
    return kExitUsage;
  }

  io::ReaderOptions ro;
  ro.force_jsonl = o.jsonl;
  ro.default_date = o.date;
  ro.max_document_bytes = chain.limits().max_document_bytes;
  io::InputReader reader(o.inputs, ro);
  std::vector<Doc> docs;
  size_t unreadable = 0;
  io::InputDocument in;
  while (reader.next(in)) {
    if (!in.error.empty()) {
      std::cerr << "textchain bench: skipped " << in.id_text << ": " << in.error << "\n";
      ++unreadable;
    } else {
      docs.push_back(Doc{in.id_text, std::move(in.text), in.date, in.reference_time});
    }
    in = io::InputDocument{};
  }
  if (docs.empty()) {
    std::cerr << "textchain bench: no readable documents among the inputs\n";
    return kExitUsage;
  }
  double bytes = 0;
  for (const auto& d : docs) bytes += static_cast<double>(d.text.size());

  const std::vector<std::string> step_names = chain.steps();
  // How each plugin was compiled (its descriptor says, ABI 1.1): an unoptimized plugin skews the figures
  // as much as an unoptimized host.
  std::vector<std::string> plugin_builds;
  bool plugin_unoptimized = false;
  for (const auto& s : step_names) {
    const PluginInfo& info = host.plugin(s);
    plugin_builds.push_back(info.build);
    plugin_unoptimized |= info.build == "unoptimized";
  }
  std::string first_error;
  if (!o.json)
    std::cerr << "textchain bench: " << docs.size() << " documents, " << fmt("%.3f", bytes / 1e6) << " MB; "
              << o.warmup << " warm-up and " << o.repeat << " measured passes" << (o.jobs > 1 ? " per -j setting" : "")
              << "\n";
  std::vector<RunReport> runs;
  runs.push_back(measure(chain, docs, step_names, 1, o, bytes, first_error));
  if (o.jobs > 1) runs.push_back(measure(chain, docs, step_names, o.jobs, o, bytes, first_error));

  // Speed-up of -j N over -j 1: the ratio of medians, with the widest and narrowest ratios the ranges allow.
  Spread speedup;
  if (runs.size() > 1) {
    const Spread one = bench::spread(runs[0].wall_ns), many = bench::spread(runs[1].wall_ns);
    speedup.median = many.median > 0 ? one.median / many.median : 0;
    speedup.min = many.max > 0 ? one.min / many.max : 0;
    speedup.max = many.min > 0 ? one.max / many.min : 0;
  }
  // --isolate: the same documents through -j worker processes, after the threads above are joined (workers
  // are forked from a process without threads). Start-up is in the wall time, and given apart.
  struct {
    Row total;
    Spread startup_ms, ratio;
  } isolated;
  if (o.isolate) {
    const size_t jobs = std::max<size_t>(o.jobs, 1);
    auto document = [&docs](size_t i) {
      io::InputDocument d;
      d.id = json::value(docs[i].id);
      d.id_text = docs[i].id;
      d.text = docs[i].text;
      d.date = docs[i].date;
      d.reference_time = docs[i].reference_time;
      return d;
    };
    RowSamples total;
    std::vector<double> startup_ms, wall_ns;
    for (size_t pass = 0; pass < o.warmup + o.repeat; ++pass) {
      const isolation::IsolatedPass p = isolation::run_isolated_pass(o.chain, jobs, docs.size(), document);
      if (p.status) return p.status;
      if (pass < o.warmup) continue;
      total.add(double(p.wall_ns), double(p.cpu_ns), double(p.wall_ns), bytes, double(docs.size()), nullptr);
      startup_ms.push_back(double(p.startup_ns) / 1e6);
      wall_ns.push_back(double(p.wall_ns));
    }
    isolated.total = total.row("chain");
    isolated.startup_ms = bench::spread(startup_ms);
    // Throughput of the isolated run over the in-process run with as many jobs (ratio of medians).
    const Spread in_process = bench::spread(runs.back().wall_ns), iso = bench::spread(wall_ns);
    isolated.ratio.median = iso.median > 0 ? in_process.median / iso.median : 0;
    isolated.ratio.min = iso.max > 0 ? in_process.min / iso.max : 0;
    isolated.ratio.max = iso.min > 0 ? in_process.max / iso.min : 0;
  }
  const bench::MachineInfo machine = bench::machine_info();
  const uint64_t rss = bench::peak_rss_bytes();
  const size_t failed = runs[0].failed;

  if (o.json) {
    json::array chain_steps;
    for (const auto& s : step_names) chain_steps.emplace_back(s);
    json::array runs_json;
    for (const auto& r : runs) {
      json::object run{{"jobs", r.jobs}, {"total", row_json(r.total)}};
      if (!r.steps.empty()) {
        json::array steps;
        for (const auto& s : r.steps) steps.push_back(row_json(s));
        run["steps"] = std::move(steps);
        // The clock reads' cost: taken out of each step's interval (inside_interval_ns) and in all (row).
        json::object clock{{"subtracted", !o.raw_clock}};
        if (!o.raw_clock) {
          clock["inside_interval_ns"] = json::object{{"cpu", spread_json(r.clock_inside_cpu_ns)},
                                                     {"wall", spread_json(r.clock_inside_wall_ns)}};
          clock["row"] = row_json(r.clock);
        }
        run["clock"] = std::move(clock);
      }
      if (r.jobs > 1) run["speedup"] = spread_json(speedup);
      runs_json.push_back(std::move(run));
    }
    if (o.isolate)
      runs_json.push_back(json::object{{"jobs", std::max<size_t>(o.jobs, 1)},
                                       {"isolated", true},
                                       {"total", row_json(isolated.total)},
                                       {"startup_ms", spread_json(isolated.startup_ms)},
                                       {"throughput_vs_in_process", spread_json(isolated.ratio)}});
    json::object report{
        {"textchain_version", textchain::version()},
        {"machine", json::object{{"cpu_model", machine.cpu_model}, {"logical_cores", machine.logical_cores},
                                 {"os", machine.os}}},
        {"build_type", kBuildType},
        {"plugin_builds", [&] {
           json::object b;
           for (size_t i = 0; i < step_names.size(); ++i) b[step_names[i]] = plugin_builds[i];
           return b;
         }()},
        {"sanitized", kSanitized},
        {"chain", std::move(chain_steps)},
        {"inputs", json::object{{"documents", docs.size()}, {"bytes", static_cast<uint64_t>(bytes)},
                                {"unreadable", unreadable}}},
        {"warmup", o.warmup},
        {"repeat", o.repeat},
        {"documents_with_errors", failed},
        {"runs", std::move(runs_json)},
        {"peak_rss_bytes", rss}};
    std::cout << json::serialize(report) << "\n";
  } else {
    std::string chain_text;
    for (const auto& s : step_names) chain_text += (chain_text.empty() ? "" : " → ") + s;
    std::printf("chain      %s\n", chain_text.c_str());
    std::printf("input      %zu documents, %.3f MB (loaded into memory)\n", docs.size(), bytes / 1e6);
    std::printf("passes     %zu measured after %zu warm-up; median (min–max) over passes\n", o.repeat, o.warmup);
    std::printf("machine    %s, %u logical cores, %s\n", machine.cpu_model.c_str(), machine.logical_cores,
                machine.os.c_str());
    std::printf("build      host %s%s\n", kBuildType, kSanitized ? " + sanitizers" : "");
    for (size_t i = 0; i < step_names.size(); ++i)
      std::printf("           plugin %s: %s\n", step_names[i].c_str(), plugin_builds[i].c_str());
    if (o.raw_clock)
      std::printf("clock      per-step times as read: each holds the clock reads around it (--raw-clock)\n");
    else
      std::printf("clock      %.2f µs of CPU (%.2f µs wall) of each step's time per document is its clock reads,\n"
                  "           taken out of every step (medians of %zu empty intervals before each pass); all the\n"
                  "           reads: (clock)\n",
                  runs[0].clock_inside_cpu_ns.median / 1e3, runs[0].clock_inside_wall_ns.median / 1e3, kClockSamples);
    std::printf("\n-j 1\n");
    print_table(runs[0], stdout);
    if (runs.size() > 1) {
      std::printf("\n-j %zu\n", runs[1].jobs);
      print_table(runs[1], stdout);
      std::printf("speed-up over -j 1: %s×\n", with_range(speedup, "%.2f").c_str());
    }
    if (o.isolate) {
      std::printf("\n-j %zu --isolate (worker processes; start-up included)\n", std::max<size_t>(o.jobs, 1));
      std::printf("wall ms %s, cpu ms %.3f (workers included), %.2f MB/s, %.0f docs/s\n",
                  with_range(isolated.total.wall_ms, "%.3f").c_str(), isolated.total.cpu_ms.median,
                  isolated.total.mb_per_s.median, isolated.total.docs_per_s.median);
      std::printf("start-up of the workers: %s ms\n", with_range(isolated.startup_ms, "%.1f").c_str());
      std::printf("throughput over in-process -j %zu: %s×\n", runs.back().jobs, with_range(isolated.ratio, "%.3f").c_str());
    }
    std::printf("\npeak RSS   %.1f MB\n", static_cast<double>(rss) / 1e6);
    if (failed) std::printf("errors     %zu documents had errors (first: %s)\n", failed, first_error.c_str());
    std::fflush(stdout);
  }
  if (kSanitized || plugin_unoptimized || std::string_view(kBuildType).rfind("unoptimized", 0) == 0 ||
      std::string_view(kBuildType) == "Debug")
    std::cerr << "textchain bench: warning: this build is not optimized or is sanitized; its timings say "
                 "little about a release build\n";
  return failed ? kExitDocumentErrors : kExitOk;
}

}  // namespace

Command register_bench(CLI::App& app) {
  auto o = std::make_shared<BenchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "bench",
      "Measure a chain's speed per step and overall on documents held in memory. A step's time is what the "
      "host measured around it for each document, less the cost of those clock reads (measured before each "
      "pass; the whole cost of the reads is the (clock) row). The host's tokens and sentences, built inside the "
      "step that first asks for them, are the (views) row, not that step's: steps + (views) + (clock) + (host) "
      "= the pass");
  add_chain_options(*cmd, o->chain);
  add_date_option(*cmd, o->date);
  cmd->add_option("--repeat", o->repeat, "Measured passes over all documents (default 5)")->check(CLI::Range(1, 100000));
  cmd->add_option("--warmup", o->warmup, "Unmeasured passes first (default 1)")->check(CLI::Range(0, 100000));
  cmd->add_option("-j,--jobs", o->jobs, "Also measure the parallel runner with N threads, and its speed-up over -j 1")
      ->check(CLI::Range(1, 1024));
  cmd->add_flag("--json", o->json, "Print one JSON object instead of a table");
  cmd->add_flag("--isolate", o->isolate,
                "Also measure `run --isolate -j N` (worker processes, start-up included) and its throughput "
                "over the in-process run with as many jobs");
  cmd->add_flag("--jsonl", o->jsonl, "Read every input as JSON Lines");
  cmd->add_flag("--raw-clock", o->raw_clock,
                "Report each step's time as the clock read it, with the cost of the clock reads around it left "
                "in (by default that cost, measured before each pass, is taken out of every step and shown as "
                "the (clock) row)");
  cmd->add_option("inputs", o->inputs, "Text files, .jsonl files or folders")->required();
  return [o] { return bench(*o); };
}

}  // namespace textchain::cli
