// `textchain eval --html REPORT.html`: the scores as a table and as a bar chart per annotation type (inline
// SVG), then every scored document with the gold spans and the system's side by side, each span marked by
// what scoring made of it — right, missed, false positive, wrong value (or speaker), not scored — by
// colour, by border style and by a written label; a checkbox (pure CSS, the page runs no script) shows
// only the documents with mistakes.
//
// Marks carry data-side (gold, system), data-kind (date, quote), data-status (ok, miss, fp, wrong,
// neutral), data-m (one id per span, shared by its pieces) and data-b/data-e (byte offsets): the browser
// test checks them against the gold and the scores.
#ifndef TEXTCHAIN_HTML_EVAL_PAGE_HPP
#define TEXTCHAIN_HTML_EVAL_PAGE_HPP

#include "eval/quote_scorer.hpp"
#include "eval/repair_ratio.hpp"
#include "eval/timex_scorer.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace textchain::html {

struct EvalCleanupRow {
  std::string id;
  eval::RepairScore score;
  bool exact = false;
};

// What `textchain eval` scored; pointers may be null for a type the gold does not have.
struct EvalReport {
  std::vector<std::string> gold_files;
  std::vector<std::string> steps;
  std::vector<std::string> document_ids;                                   // in gold order
  const std::map<std::string, const std::string*, std::less<>>* texts = nullptr;  // id → text
  size_t documents_with_errors = 0;                                        // that the chain failed on
  const std::vector<eval::TimexDocument>* dates = nullptr;
  const eval::TimexScore* date_score = nullptr;
  const std::vector<eval::GoldQuoteDoc>* gold_quotes = nullptr;
  const std::vector<eval::SystemQuoteDoc>* system_quotes = nullptr;
  const eval::QuoteScores* quote_score = nullptr;
  std::vector<EvalCleanupRow> cleanup;
  const eval::RepairTotals* repair = nullptr;
};

std::string eval_page(const EvalReport& report);

// Writes eval_page(report) to `path`; false with a message in `error` when it cannot.
bool write_eval_page(const std::filesystem::path& path, const EvalReport& report, std::string& error);

}  // namespace textchain::html

#endif
