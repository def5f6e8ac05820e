// `textchain eval`: how accurate a chain is against hand-made gold, for every annotation type the gold has.
//
// The gold names the documents. Their text comes from the gold line's `text`, else from an INPUT whose id
// (or file name) is the gold id, else from an `input.jsonl` beside the gold file (the layout of the
// development sets). Each document is processed once, with the gold's `date` as its document date, and
// the result is scored for dates (TempEval-3, see eval/timex_scorer.hpp), quotes (eval/quote_scorer.hpp)
// and cleaned text (the repair ratio, eval/repair_ratio.hpp), as far as the gold covers them.
#include "chain_options.hpp"
#include "commands.hpp"

#include "eval/family_recovery.hpp"
#include "eval/gold_reader.hpp"
#include "eval/quote_scorer.hpp"
#include "eval/repair_ratio.hpp"
#include "eval/system_annotations.hpp"
#include "eval/timex_scorer.hpp"
#include "html/eval_page.hpp"
#include "io/input_reader.hpp"

#include <textchain/host.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace textchain::cli {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;
using namespace textchain::eval;

constexpr size_t kContextBytes = 40;

struct EvalOptions {
  ChainOptions chain;
  std::vector<std::string> gold;
  std::string gold_cleanup;
  size_t errors = 0;
  bool json = false;
  bool jsonl = false;
  std::string html;  // --html REPORT.html
  std::vector<std::string> inputs;
};

// One listed mistake, ready to print or serialize.
struct Mistake {
  std::string type;  // "date", "quote", "cleanup"
  std::string what;  // miss, false_positive, wrong_value, wrong_speaker, ...
  std::string doc_id;
  size_t begin = 0, end = 0;
  std::string text;
  std::string detail;
  std::string context;
};

struct CleanupRow {
  std::string id;
  RepairScore score;
  bool exact = false;
};

bool continuation(const std::string& s, size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// The span with up to kContextBytes either side, on one line, the span itself in ⟦ ⟧.
std::string context_of(const std::string& text, size_t begin, size_t end) {
  if (begin > text.size()) return {};
  end = std::min(end, text.size());
  size_t from = begin > kContextBytes ? begin - kContextBytes : 0;
  size_t to = std::min(text.size(), end + kContextBytes);
  while (from > 0 && continuation(text, from)) --from;
  while (to < text.size() && continuation(text, to)) ++to;
  std::string out = (from > 0 ? "…" : "") + text.substr(from, begin - from) + "⟦" + text.substr(begin, end - begin) +
                    "⟧" + text.substr(end, to - end) + (to < text.size() ? "…" : "");
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

std::string timex_label(const TimexItem& t) {
  std::string s = t.timex_type + " " + t.value;
  if (!t.mod.empty()) s += " mod=" + t.mod;
  return s;
}

const char* quote_error_name(QuoteError::What w) {
  switch (w) {
    case QuoteError::What::miss: return "miss";
    case QuoteError::What::false_positive: return "false_positive";
    case QuoteError::What::wrong_speaker: return "wrong_speaker";
  }
  return "?";
}

json::object family_json(const FamilyRecovery& f) {
  json::object by_family;
  for (const FamilyRow& row : f.families())
    by_family[row.family] = json::object{{"documents", row.documents}, {"exact", row.exact}, {"rate", row.rate()}};
  return json::object{{"recovery", std::move(by_family)},
                      {"clean_documents", f.clean_documents()},
                      {"false_positives", f.false_positives()}};
}

void print_families(const FamilyRecovery& f) {
  std::printf("\ncleanup by family of damage (exact recovery of the broken texts)\n");
  std::printf("  %-40s %10s %10s %10s\n", "family", "documents", "exact", "rate");
  for (const FamilyRow& row : f.families())
    std::printf("  %-40s %10zu %10zu %10.4f\n", row.family.c_str(), row.documents, row.exact, row.rate());
  std::printf("  false positives: %zu of %zu clean texts changed\n", f.false_positives(), f.clean_documents());
}

json::object prf_json(double p, double r, double f) { return json::object{{"precision", p}, {"recall", r}, {"f1", f}}; }

// The texts of the gold documents that lack one: from the inputs, matched by id or by file name.
void attach_inputs(GoldSet& gold, const std::vector<std::string>& inputs, bool jsonl) {
  io::ReaderOptions ro;
  ro.force_jsonl = jsonl;
  io::InputReader reader(inputs, ro);
  std::map<std::string, GoldDocument*, std::less<>> by_id, by_name;
  for (auto& d : gold.documents) {
    by_id.emplace(d.id, &d);
    by_name.emplace(std::string(file_name_of(d.id)), &d);
  }
  io::InputDocument in;
  size_t unmatched = 0;
  while (reader.next(in)) {
    if (!in.error.empty()) {
      std::cerr << "textchain eval: skipped " << in.id_text << ": " << in.error << "\n";
    } else {
      GoldDocument* d = nullptr;
      if (auto it = by_id.find(in.id_text); it != by_id.end()) d = it->second;
      else if (auto it2 = by_name.find(file_name_of(in.id_text)); it2 != by_name.end()) d = it2->second;
      if (!d) {
        ++unmatched;
      } else {
        if (!d->text) d->text = std::move(in.text);
        if (d->date.empty()) d->date = in.date;
      }
    }
    in = io::InputDocument{};
  }
  if (unmatched) std::cerr << "textchain eval: " << unmatched << " input document(s) have no gold; not scored\n";
}

int evaluate(const EvalOptions& o) {
  GoldSet gold;
  std::vector<std::string> gold_names;
  try {
    for (const auto& g : o.gold) {
      if (fs::is_directory(g)) read_gold_cleanup_dir(g, gold);
      else read_gold_jsonl(g, gold);
      gold_names.push_back(g);
    }
    if (!o.gold_cleanup.empty()) {
      read_gold_cleanup_dir(o.gold_cleanup, gold);
      gold_names.push_back(o.gold_cleanup);
    }
  } catch (const GoldError& e) {
    std::cerr << "textchain eval: " << e.what() << "\n";
    return kExitUsage;
  }
  if (gold.documents.empty()) {
    std::cerr << "textchain eval: the gold holds no documents\n";
    return kExitUsage;
  }

  if (!o.inputs.empty()) attach_inputs(gold, o.inputs, o.jsonl);
  bool missing = false;
  for (const auto& d : gold.documents) missing |= !d.text;
  if (missing && o.inputs.empty()) {
    // The development sets keep offsets-only gold beside an input.jsonl with the texts.
    for (const auto& g : o.gold) {
      const fs::path sibling = fs::path(g).parent_path() / "input.jsonl";
      if (!fs::is_directory(g) && fs::is_regular_file(sibling)) {
        std::cerr << "textchain eval: reading the documents' text from " << sibling.string() << "\n";
        attach_inputs(gold, {sibling.string()}, true);
        break;
      }
    }
  }
  std::vector<GoldDocument*> docs;
  std::vector<std::string> without_text;
  for (auto& d : gold.documents) (d.text ? docs.push_back(&d) : without_text.push_back(d.id));
  if (!without_text.empty()) {
    std::cerr << "textchain eval: no text for " << without_text.size() << " gold document(s) (give them as INPUT):";
    for (size_t i = 0; i < without_text.size() && i < 5; ++i) std::cerr << " " << without_text[i];
    std::cerr << (without_text.size() > 5 ? " …" : "") << "; they are not scored\n";
  }
  if (docs.empty()) {
    std::cerr << "textchain eval: nothing to score: the gold has no text and no INPUT matched its ids\n";
    return kExitUsage;
  }
  std::vector<std::string> warnings = gold.warnings;
  for (const GoldDocument* d : docs) check_gold_spans(*d, warnings);
  for (size_t i = 0; i < warnings.size() && i < 10; ++i) std::cerr << "textchain eval: warning: " << warnings[i] << "\n";
  if (warnings.size() > 10) std::cerr << "textchain eval: … and " << warnings.size() - 10 << " more warnings\n";

  Host host;
  Chain chain;
  if (int rc = open_chain_or_report(host, o.chain, chain)) return rc;

  std::vector<TimexDocument> timex_docs;
  std::vector<GoldQuoteDoc> gold_quotes;
  std::vector<SystemQuoteDoc> system_quotes_docs;
  std::vector<CleanupRow> cleanup_rows;
  RepairTotals repair;
  FamilyRecovery families;
  std::map<std::string, const std::string*, std::less<>> texts;
  size_t failed = 0;
  for (GoldDocument* d : docs) {
    texts.emplace(d->id, &*d->text);
    Result r = chain.process(*d->text, {d->id, d->date});
    if (!r.ok()) {
      ++failed;
      for (const auto& diag : r.diagnostics)
        if (diag.level == Diagnostic::Level::error)
          std::cerr << "textchain eval: " << d->id << ": " << (diag.plugin.empty() ? "" : diag.plugin + ": ")
                    << diag.message << "\n";
    }
    if (d->has_dates) {
      TimexDocument t;
      t.id = d->id;
      t.gold = d->dates;
      t.system = system_dates(r);
      t.annotated_end = d->annotated_end;
      timex_docs.push_back(std::move(t));
    }
    if (d->has_quotes) {
      GoldQuoteDoc g;
      g.id = d->id;
      g.text = *d->text;
      g.quotes = d->quotes;
      g.not_quotes = d->not_quotes;
      gold_quotes.push_back(std::move(g));
      system_quotes_docs.push_back(system_quotes(r, d->id));
    }
    if (d->cleaned) {
      const std::string& out = r.text ? *r.text : r.original_text;
      CleanupRow row{d->id, repair_score(r.original_text, out, *d->cleaned), out == *d->cleaned};
      repair.add(row.score, row.exact);
      cleanup_rows.push_back(std::move(row));
      if (!d->family.empty()) families.add(d->family, r.original_text, out, *d->cleaned);
    }
  }

  std::vector<Mistake> mistakes;
  json::object report{{"gold", json::array(gold_names.begin(), gold_names.end())},
                      {"documents", docs.size()},
                      {"documents_without_text", without_text.size()},
                      {"documents_with_errors", failed}};
  {
    json::array steps;
    for (const auto& s : chain.steps()) steps.emplace_back(s);
    report["chain"] = std::move(steps);
  }

  std::optional<TimexScore> ts;
  if (!timex_docs.empty()) {
    ts = score_timex(timex_docs);
    report["dates"] = json::object{
        {"documents", timex_docs.size()},
        {"gold", ts->gold},
        {"system", ts->system},
        {"strict", prf_json(ts->strict.precision, ts->strict.recall, ts->strict.f1)},
        {"relaxed", prf_json(ts->relaxed.precision, ts->relaxed.recall, ts->relaxed.f1)},
        {"value", json::object{{"accuracy", ts->value_accuracy}, {"f1", ts->value_f1}}},
        {"type", json::object{{"accuracy", ts->type_accuracy}, {"f1", ts->type_f1}}},
        {"mod", json::object{{"accuracy", ts->mod_accuracy}, {"f1", ts->mod_f1}}},
        {"aligned", ts->relaxed_system_matched}};
    size_t listed = 0;
    for (const auto& e : ts->errors) {
      if (listed >= o.errors) break;
      ++listed;
      Mistake m;
      m.type = "date";
      m.what = to_string(e.kind);
      m.doc_id = e.doc_id;
      if (!e.system && !e.gold) continue;
      const TimexItem& at = e.system && (e.kind != TimexError::Kind::miss || !e.gold) ? *e.system : *e.gold;
      m.begin = at.begin;
      m.end = at.end;
      auto it = texts.find(e.doc_id);
      if (it != texts.end() && at.begin <= at.end && at.end <= it->second->size()) {
        m.text = it->second->substr(at.begin, at.end - at.begin);
        m.context = context_of(*it->second, at.begin, at.end);
      }
      if (e.gold && e.system)
        m.detail = "expected " + timex_label(*e.gold) + ", got " + timex_label(*e.system);
      else if (e.gold)
        m.detail = "expected " + timex_label(*e.gold);
      else if (e.system)
        m.detail = "got " + timex_label(*e.system);
      mistakes.push_back(std::move(m));
    }
  }

  std::optional<QuoteScores> qs;
  if (!gold_quotes.empty()) {
    qs = score_quotes(gold_quotes, system_quotes_docs);
    report["quotes"] = json::object{
        {"documents", gold_quotes.size()},
        {"gold", qs->gold},
        {"system", qs->system},
        {"matched", qs->matched},
        {"false_positives", qs->false_positives},
        {"ignored", qs->ignored},
        {"span", prf_json(qs->precision(), qs->recall(), qs->f1())},
        {"speaker_accuracy", qs->speaker_accuracy()},
        {"speaker_right", qs->speaker_right},
        {"end_to_end", prf_json(qs->e2e_precision(), qs->e2e_recall(), qs->e2e_f1())}};
    size_t listed = 0;
    for (const auto& e : qs->errors) {
      if (listed >= o.errors) break;
      ++listed;
      Mistake m;
      m.type = "quote";
      m.what = quote_error_name(e.what);
      m.doc_id = e.doc_id;
      m.begin = e.begin;
      m.end = e.end;
      m.text = e.text;
      if (e.what == QuoteError::What::miss) m.detail = "speaker " + e.expected;
      else if (e.what == QuoteError::What::false_positive) m.detail = "speaker " + e.got;
      else m.detail = "expected " + e.expected + ", got " + e.got;
      if (auto it = texts.find(e.doc_id); it != texts.end()) m.context = context_of(*it->second, e.begin, e.end);
      mistakes.push_back(std::move(m));
    }
  }

  if (!cleanup_rows.empty()) {
    json::array per_doc;
    for (const auto& row : cleanup_rows)
      per_doc.push_back(json::object{{"id", row.id},
                                     {"repair_ratio", row.score.ratio()},
                                     {"input_distance", row.score.input_distance},
                                     {"output_distance", row.score.output_distance},
                                     {"exact", row.exact}});
    report["cleanup"] = json::object{{"documents", repair.documents},
                                     {"repair_ratio", repair.ratio()},
                                     {"input_distance", repair.input_distance},
                                     {"output_distance", repair.output_distance},
                                     {"exact", repair.exact},
                                     {"per_document", std::move(per_doc)}};
    if (families.documents()) report["cleanup"].as_object()["families"] = family_json(families);
  }
  if (!ts && !qs && cleanup_rows.empty()) std::cerr << "textchain eval: the gold has no dates, quotes or cleaned text\n";
  if (!o.html.empty()) {
    html::EvalReport page{gold_names, chain.steps(), {}, &texts, failed, &timex_docs, ts ? &*ts : nullptr,
                          &gold_quotes, &system_quotes_docs, qs ? &*qs : nullptr, {}, cleanup_rows.empty() ? nullptr : &repair};
    for (const GoldDocument* d : docs) page.document_ids.push_back(d->id);
    for (const auto& row : cleanup_rows) page.cleanup.push_back({row.id, row.score, row.exact});
    if (std::string error; !html::write_eval_page(o.html, page, error)) {
      std::cerr << "textchain eval: " << error << "\n";
      return kExitUsage;
    }
  }

  if (o.json) {
    if (o.errors) {
      json::array errs;
      for (const auto& m : mistakes)
        errs.push_back(json::object{{"type", m.type}, {"what", m.what}, {"id", m.doc_id}, {"begin", m.begin},
                                    {"end", m.end}, {"text", m.text}, {"detail", m.detail}, {"context", m.context}});
      report["errors"] = std::move(errs);
    }
    std::cout << json::serialize(report) << "\n";
    return failed ? kExitDocumentErrors : kExitOk;
  }

  std::string chain_text;
  for (const auto& s : chain.steps()) chain_text += (chain_text.empty() ? "" : " → ") + s;
  std::string gold_text;
  for (const auto& g : gold_names) gold_text += (gold_text.empty() ? "" : ", ") + g;
  std::printf("gold       %s\n", gold_text.c_str());
  std::printf("chain      %s\n", chain_text.c_str());
  std::printf("documents  %zu scored%s\n", docs.size(),
              without_text.empty() ? "" : (", " + std::to_string(without_text.size()) + " without text").c_str());
  if (ts) {
    std::printf("\ndates (TempEval-3; %zu gold required, %zu system scored, %zu aligned)\n", ts->gold, ts->system,
                ts->relaxed_system_matched);
    std::printf("  %-10s %9s %9s %9s\n", "", "P", "R", "F1");
    std::printf("  %-10s %9.3f %9.3f %9.3f\n", "strict", ts->strict.precision, ts->strict.recall, ts->strict.f1);
    std::printf("  %-10s %9.3f %9.3f %9.3f\n", "relaxed", ts->relaxed.precision, ts->relaxed.recall, ts->relaxed.f1);
    std::printf("  %-10s %29.3f   (accuracy %.3f over aligned pairs)\n", "value F1", ts->value_f1, ts->value_accuracy);
    std::printf("  %-10s %29.3f   (accuracy %.3f)\n", "type F1", ts->type_f1, ts->type_accuracy);
    std::printf("  %-10s %29.3f   (accuracy %.3f)\n", "mod F1", ts->mod_f1, ts->mod_accuracy);
  }
  if (qs) {
    std::printf("\nquotes (match: overlap >= 50%% of the longer span; %zu gold, %zu system counted, %zu ignored)\n",
                qs->gold, qs->system, qs->ignored);
    std::printf("  %-16s %9s %9s %9s\n", "", "P", "R", "F1");
    std::printf("  %-16s %9.3f %9.3f %9.3f   (%zu matched, %zu false positives)\n", "span", qs->precision(),
                qs->recall(), qs->f1(), qs->matched, qs->false_positives);
    std::printf("  %-16s %9.3f %9.3f %9.3f   (quote matched and speaker right: %zu)\n", "end-to-end",
                qs->e2e_precision(), qs->e2e_recall(), qs->e2e_f1(), qs->speaker_right);
    std::printf("  %-16s %29.3f   (over %zu matched quotes)\n", "speaker accuracy", qs->speaker_accuracy(), qs->matched);
  }
  if (!cleanup_rows.empty()) {
    std::printf("\ncleanup (repair ratio = 1 − lev(output, gold) / lev(input, gold), in characters)\n");
    std::printf("  %-40s %10s %10s %10s\n", "document", "ratio", "lev(in)", "lev(out)");
    // A gold of (broken, fixed) pairs with families has thousands of lines: the families say it better.
    if (families.documents() < cleanup_rows.size())
      for (const auto& row : cleanup_rows)
        std::printf("  %-40s %10.3f %10zu %10zu%s\n", row.id.c_str(), row.score.ratio(), row.score.input_distance,
                    row.score.output_distance, row.exact ? "   exact" : "");
    std::printf("  %-40s %10.3f %10zu %10zu   (%zu of %zu exact)\n", "all", repair.ratio(), repair.input_distance,
                repair.output_distance, repair.exact, repair.documents);
    if (families.documents()) print_families(families);
  }
  if (o.errors && !mistakes.empty()) {
    std::printf("\nerrors (first %zu per annotation type)\n", o.errors);
    for (const auto& m : mistakes)
      std::printf("  %-5s %-15s %s [%zu,%zu) %s\n        %s\n", m.type.c_str(), m.what.c_str(), m.doc_id.c_str(),
                  m.begin, m.end, m.detail.c_str(), m.context.c_str());
  }
  std::fflush(stdout);
  return failed ? kExitDocumentErrors : kExitOk;
}

}  // namespace

Command register_eval(CLI::App& app) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand("eval", "Score a chain against gold annotations (dates, quotes, cleaned text)");
  cmd->add_option("--gold", o->gold,
                  "Gold JSON Lines file (dates, quotes), or a folder of cleaned texts; repeat to score several types "
                  "in one run")
      ->required()
      ->expected(1)
      ->allow_extra_args(false)  // one path per --gold, so that the inputs after it stay inputs
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->check(CLI::ExistingPath);
  cmd->add_option("--gold-cleanup", o->gold_cleanup, "Folder of cleaned texts, one file per document id")
      ->check(CLI::ExistingDirectory);
  add_chain_options(*cmd, o->chain);
  cmd->add_option("--errors", o->errors, "List the first N misses and false positives per annotation type, in context");
  cmd->add_flag("--json", o->json, "Print one JSON object instead of tables");
  cmd->add_option("--html", o->html, "Also write an HTML report: scores, charts, every document's gold and system spans");
  cmd->add_flag("--jsonl", o->jsonl, "Read every input as JSON Lines");
  cmd->add_option("inputs", o->inputs,
                  "The documents, when the gold holds offsets only: files (matched by file name) or .jsonl (by id)");
  return [o] { return evaluate(*o); };
}

}  // namespace textchain::cli
