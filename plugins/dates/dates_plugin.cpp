// The `dates` plugin: the SDK glue around the engine in tagger.hpp.
#include "range_linker.hpp"
#include "rule_file.hpp"
#include "tagger.hpp"

#include <textchain/sdk.hpp>

#include <cstdio>
#include <vector>

namespace {

using namespace textchain::dates;

TaggerOptions read_options(const textchain::Options& o) {
  TaggerOptions t;
  t.document_date = parse_document_date_option(o.get_string("document_date"));
  const std::string prefer = o.get_string("prefer");
  t.prefer = prefer == "future" ? Prefer::future : prefer == "nearest" ? Prefer::nearest : Prefer::past;
  t.day_first = o.get_bool("day_first");
  t.types = parse_types_option(o.get_list("types"));
  if (const std::string rules = o.get_string("rules_file"); !rules.empty()) t.rules = load_rule_file(rules);
  return t;
}

class DatesPlugin {
 public:
  explicit DatesPlugin(const textchain::Options& options) : tagger_(read_options(options)) {}

  void process(textchain::Document& doc) {
    // One vector per call keeps the plugin thread-safe; its cost is per document, not per token.
    std::vector<Timex> found;
    tagger_.tag(doc.text(), doc.date(), found);
    if (doc.date().empty()) {
      // A dateline gave the anchor: make it the document's date for later steps and the TimeML DCT.
      Anchor a = tagger_.anchor_for(doc.text(), {});
      if (a.known) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", a.date.year, a.date.month, a.date.day);
        doc.set_meta("date", buf);
      }
    }
    for (const Timex& t : found) {
      auto a = doc.annotate("date", t.begin, t.end);
      a.attr("timex_type", type_name(t.type)).attr("value", t.value);
      if (t.mod != 0) a.attr("mod", mod_name(t.mod));
      if (std::string_view b, e; split_interval(t.value, b, e)) a.attr("begin_value", b).attr("end_value", e);
      a.add();
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
  .options = {
    textchain::option::string("document_date", "auto",
        "anchor for relative dates: \"auto\" (record date, else a dateline) or YYYY-MM-DD"),
    textchain::option::enumeration("prefer", "past|future|nearest", "past",
        "direction of a weekday or month when the sentence's tense does not say"),
    textchain::option::boolean("day_first", false, "read 03/04/2025 as 3 April (default: March 4)"),
    textchain::option::string_list("types", R"(["DATE", "TIME", "DURATION", "SET"])",
        "which TIMEX3 types to emit"),
    textchain::option::string("rules_file", "",
        "a TOML file of extra words, rules and the fiscal-year start (plugins/dates/README.md), read from the working directory; \"\" = none"),
  },
  .provides = {"date", "date_range"},
  .thread_safe = true)
