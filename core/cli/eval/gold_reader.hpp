// Reading gold annotations for `textchain eval`: the JSON Lines files of corpus/gold/ and of the
// development sets under data/ (dates.jsonl, quotes.jsonl), and folders of cleaned texts (cleanup gold).
//
// One gold line is one document: {"id", "date", "text"?, "annotated_end"?, "dates"?: [...],
// "quotes"?: [...], "not_quotes"?: [...], "cleaned"?, "family"?}; "cleaned" with "text" is a (broken,
// fixed) pair for cleanup, "family" names the kind of damage. Several gold files may describe the same
// documents; they are merged by id, so one run of the chain is scored for every annotation type at once.
#ifndef TEXTCHAIN_EVAL_GOLD_READER_HPP
#define TEXTCHAIN_EVAL_GOLD_READER_HPP

#include "eval/quote_scorer.hpp"
#include "eval/timex_scorer.hpp"

#include <filesystem>
#include <istream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace textchain::eval {

// A gold file that cannot be read: names the file and the line.
class GoldError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct GoldDocument {
  std::string id;
  std::string date;                    // YYYY-MM-DD, empty when null or absent
  std::optional<std::string> text;     // the document, when the gold carries it or an input supplied it
  std::optional<size_t> annotated_end; // dates gold is complete only before this byte
  bool has_dates = false, has_quotes = false;
  std::vector<TimexItem> dates;
  std::vector<GoldQuote> quotes;
  std::vector<GoldSpan> not_quotes;
  std::optional<std::string> cleaned;  // the text cleanup should produce
  std::string family;                  // how `text` was damaged, e.g. "windows-1252" (eval/family_recovery.hpp)
};

struct GoldSet {
  std::vector<GoldDocument> documents;  // in the order first seen
  bool has_dates = false, has_quotes = false, has_cleanup = false;
  std::vector<std::string> warnings;

  GoldDocument* find(std::string_view id);
  GoldDocument& find_or_add(std::string_view id);
};

// Reads one gold JSON Lines file into `set`. Throws GoldError naming the file and line.
void read_gold_jsonl(const std::filesystem::path& file, GoldSet& set);
void read_gold_jsonl(std::istream& in, std::string_view name, GoldSet& set);

// Reads a folder of cleaned texts, one file per document whose name is the document id.
void read_gold_cleanup_dir(const std::filesystem::path& dir, GoldSet& set);

// The key by which an input matches a gold id: the id itself, and for a path the file name, so that the
// gold id `000_x.txt` matches the input `corpus/seeds/000_x.txt`.
std::string_view file_name_of(std::string_view id) noexcept;

// Checks every gold span against the document text (in bounds, on the item's `text` when given) and
// appends a warning per problem. Call once the text is known.
void check_gold_spans(const GoldDocument& doc, std::vector<std::string>& warnings);

}  // namespace textchain::eval

#endif
