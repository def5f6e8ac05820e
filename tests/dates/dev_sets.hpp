// Measuring the dates engine on the development sets: the seeds' gold (ours, copied into data/), and,
// when present beside the repository, the third-party sets in ../shared/data (read in place, never copied).
#ifndef TEXTCHAIN_TESTS_DATES_DEV_SETS_HPP
#define TEXTCHAIN_TESTS_DATES_DEV_SETS_HPP

#include "eval/timex_scorer.hpp"
#include "tagger.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace textchain::dates::dev {

std::string read_file(const std::filesystem::path& p);

// Reads a gold file in the shape of corpus/gold/dates.jsonl or news-dev/dates.jsonl and tags each
// document. `text_dir`: where `<id>` texts live when the records carry no `text`.
// Tags `text` with the host's sentences (core's tokenizer and splitter), as the plugin does in a chain.
std::vector<Timex> tag_with_host_sentences(const Tagger& tagger, std::string_view text,
                                           std::string_view record_date = {});
std::vector<eval::TimexDocument> tag_gold_file(const Tagger& tagger, const std::filesystem::path& gold,
                                               const std::filesystem::path& text_dir = {});

struct ChronoResult {
  size_t positives = 0, positives_ok = 0;
  size_t negatives = 0, negatives_ok = 0;
  std::vector<std::string> failures;  // "source: text => what we found"
};
// chrono's cases: a positive passes when a span we report overlaps the expected one (or, when the case
// gives no span, we report anything) and, when the case checks fields, our value is a calendar value
// (it has a year) and every field it has (year, month, day, hour, minute) equals the case's: TIMEX3
// keeps the text's granularity, so "tomorrow" is 2012-08-11 with no hour to compare. A negative passes
// when we report no DATE or TIME (chrono extracts points in time; "5 days" is a DURATION, not a date).
ChronoResult run_chrono(const std::filesystem::path& cases);

std::filesystem::path shared_data_dir();

// Every expression the default tagger finds in `text` dated `date`, "text|TYPE|value[|MOD]" joined by "; ", or
// "found N" when it finds other than `count`: what the value tests compare.
std::string found_as(std::string_view text, size_t count, std::string_view date = "2025-09-26");

// "[span|TYPE|value|MOD]" for each expression found, in order: what the rule tests compare.
std::string bracketed(std::string_view text, const std::vector<Timex>& found);  // <source>/../shared/data

}  // namespace textchain::dates::dev

#endif
