// The `dates` plugin: the SDK glue around the engine in tagger.hpp.
#include "range_linker.hpp"
#include "rule_file.hpp"
#include "tagger.hpp"

#include <textchain/sdk.hpp>

#include <cstdio>
#include <cstring>
#include <vector>

namespace {

using namespace textchain::dates;

// The options, declared once: each row binds a member, with its typed default and help.
struct DatesOptions {
  std::string document_date;
  std::string prefer;
  bool day_first = false;
  std::vector<std::string> types;
  std::string rules_file;

  static const textchain::OptionTable<DatesOptions>& table() {
    static const textchain::OptionTable<DatesOptions> rows{
        textchain::bind("document_date", &DatesOptions::document_date, "auto",
                        "anchor for relative dates: \"auto\" (record date, else a dateline) or YYYY-MM-DD"),
        textchain::bind_choice("prefer", &DatesOptions::prefer, "past|future|nearest", "past",
                               "direction of a weekday or month when the sentence's tense does not say"),
        textchain::bind("day_first", &DatesOptions::day_first, false, "read 03/04/2025 as 3 April (default: March 4)"),
        textchain::bind("types", &DatesOptions::types, {"DATE", "TIME", "DURATION", "SET"}, "which TIMEX3 types to emit"),
        textchain::bind("rules_file", &DatesOptions::rules_file, "",
                        "a TOML file of extra words, rules and the fiscal-year start (plugins/dates/README.md), "
                        "read from the working directory; \"\" = none"),
    };
    return rows;
  }
};

// The engine's options are typed values parsed from the text ones.
TaggerOptions tagger_options(const DatesOptions& o) {
  TaggerOptions t;
  t.document_date = parse_document_date_option(o.document_date);
  t.prefer = o.prefer == "future" ? Prefer::future : o.prefer == "nearest" ? Prefer::nearest : Prefer::past;
  t.day_first = o.day_first;
  t.types = parse_types_option(o.types);
  if (!o.rules_file.empty()) t.rules = load_rule_file(o.rules_file);
  return t;
}

class DatesPlugin {
 public:
  using options_type = DatesOptions;
  explicit DatesPlugin(const DatesOptions& options) : tagger_(tagger_options(options)) {}

  void process(textchain::Document& doc) {
    // One vector per call keeps the plugin thread-safe; its cost is per document, not per token.
    std::vector<Timex> found;
    // The host's sentences bound the tense look-back; asked for only when a date needs its tense.
    const SentenceBounds sentences(
        [](const void* d) { return static_cast<const textchain::Document*>(d)->sentences(); }, &doc);
    // Found once for the tagger and the document's date below. A record's date-time gives the host's
    // `reference_time` ("HH:MM", maybe a zone) beside the date: joined, they anchor "in two hours" to a clock.
    std::string_view record_date = doc.date();
    char date_time[48];
    // (Asked only with a date: the host gives a time with one only, and a record without a date, most
    // tweets, is spared the call.)
    if (const std::string_view time = record_date.size() == 10 ? doc.meta("reference_time") : std::string_view();
        !time.empty() && time.size() < sizeof date_time - 11) {
      std::memcpy(date_time, record_date.data(), 10);
      date_time[10] = 'T';
      std::memcpy(date_time + 11, time.data(), time.size());
      record_date = std::string_view(date_time, 11 + time.size());
    }
    const Anchor a = tagger_.anchor_for(doc.text(), record_date);
    tagger_.tag_anchored(doc.text(), a, found, sentences);
    if (doc.date().empty()) {
      // A dateline gave the anchor: make it the document's date for later steps and the TimeML DCT.
      if (a.known) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", a.date.year, a.date.month, a.date.day);
        doc.set_meta("date", buf);
      }
    }
    for (const Timex& t : found) {
      // Attributes pointing at the tagger's values and literals, added in one call (no copies: issue 19).
      tc_attr attrs[5];
      size_t n = 0;
      attrs[n++] = textchain::string_attr("timex_type", type_name(t.type));
      attrs[n++] = textchain::string_attr("value", t.value);
      if (t.mod != 0) attrs[n++] = textchain::string_attr("mod", mod_name(t.mod));
      if (std::string_view b, e; split_interval(t.value, b, e)) {
        attrs[n++] = textchain::string_attr("begin_value", b);
        attrs[n++] = textchain::string_attr("end_value", e);
      }
      doc.add_annotation("date", t.begin, t.end, {attrs, n});
    }
    // Ranges: one `date_range` each, beside the `date` annotations TimeML keeps ("from 2009 to 2011": two
    // DATEs and one range).
    std::vector<TimexRange> ranges;  // allocates only when the text has a range
    link_ranges(doc.text(), found, ranges);
    for (const TimexRange& r : ranges) {
      doc.annotate("date_range", r.begin, r.end)
          .attr("timex_type", type_name(r.type))
          .attr("begin_value", r.begin_value)
          .attr("end_value", r.end_value)
          .add();
    }
  }

 private:
  Tagger tagger_;
};

}  // namespace

TEXTCHAIN_PLUGIN(DatesPlugin,
  .name = "dates",
  .version = "0.1.0",
  .description = "Finds temporal expressions in English news and normalizes them as TIMEX3",
  .license = "Apache-2.0",
  .provides = {"date", "date_range"},
  .thread_safe = true,
  // It reads the text and sentences(), never a token array: the host need not build the 12-byte one for it.
  .token_forms = TC_READS_NO_TOKENS)
