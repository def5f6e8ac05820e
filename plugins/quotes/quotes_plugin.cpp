// The `quotes` plugin: SDK glue around the quote engine (quote_extractor.hpp).
#include "quote_extractor.hpp"

#include <textchain/sdk.hpp>

namespace {

using textchain::quotes::ExtractOptions;
using textchain::quotes::MarkSet;
using textchain::quotes::QuoteExtractor;

ExtractOptions options_from(const textchain::Options& o) {
  ExtractOptions x;
  if (auto v = o.find("quote_marks"); v && !v->is_null()) {
    std::vector<std::string> marks;
    if (v->type() == TC_VALUE_STRING) marks.emplace_back(v->as_string());
    else for (auto s : v->as_list()) marks.emplace_back(s);
    x.marks = MarkSet::from_strings(marks);
    if (x.marks.empty()) throw std::invalid_argument("quote_marks: no quotation mark recognized in the value");
  }
  x.include_indirect = o.get_bool("include_indirect");
  const int64_t min_words = o.get_int("min_quote_words");
  if (min_words < 1 || min_words > 1000) throw std::invalid_argument("min_quote_words must be between 1 and 1000");
  x.min_quote_words = static_cast<int>(min_words);
  x.lexicon_extras.cue_verbs = o.get_list("cue_verbs");
  x.lexicon_extras.cue_nouns = o.get_list("cue_nouns");
  x.lexicon_extras.titles = o.get_list("titles");
  x.lexicon_extras.given_names = o.get_list("given_names");
  x.lexicon_extras.organisation_nouns = o.get_list("organisation_nouns");
  return x;
}

class QuotesPlugin {
 public:
  explicit QuotesPlugin(const textchain::Options& options) : engine_(options_from(options)) {}

  void process(textchain::Document& doc) const {
    const auto found = engine_.extract(doc.text(), doc.tokens(), doc.sentences());
    for (const auto& q : found) {
      auto a = doc.annotate("quote", q.begin, q.end);
      a.attr("kind", q.kind);
      if (q.speaker) {
        // The canonical speaker, then the mention the attribution used and how it was found.
        a.attr("speaker", *q.speaker);
        a.attr("speaker_mention", doc.text().substr(q.speaker_begin, q.speaker_end - q.speaker_begin));
        a.attr_offset("speaker_begin", q.speaker_begin);
        a.attr_offset("speaker_end", q.speaker_end);
        a.attr("speaker_method", q.speaker_method ? q.speaker_method : "cue");
      } else {
        a.attr_null("speaker");
        a.attr_null("speaker_mention");
        a.attr_null("speaker_begin");
        a.attr_null("speaker_end");
        a.attr_null("speaker_method");
      }
      if (q.cue) a.attr("cue", *q.cue);
      else a.attr_null("cue");
      a.add();
    }
  }

 private:
  QuoteExtractor engine_;
};

}  // namespace

TEXTCHAIN_PLUGIN(QuotesPlugin,
  .name = "quotes",
  .version = "0.1.0",
  .description = "Finds quotations in English news and attributes them to their speakers",
  .license = "Apache-2.0",
  .options = {
    textchain::option::string_list("quote_marks", R"(["\"", "“”", "‘’", "'", "«»", "„“", "‹›", "「」", "『』"])",
                                   "quotation marks recognized (each entry: a mark or an opening/closing pair)"),
    textchain::option::boolean("include_indirect", false, "also report indirect speech (X said that ...)"),
    textchain::option::integer("min_quote_words", "1", "shortest quotation reported, in words"),
    textchain::option::string_list("cue_verbs", "[]", "reporting verbs added to the built-in list (said, noted, ...)"),
    textchain::option::string_list("cue_nouns", "[]", "things that speak for their authors, added to the built-in list (report, statement, ...)"),
    textchain::option::string_list("titles", "[]", "titles and role nouns of people, added to the built-in list (senator, spokeswoman, ...)"),
    textchain::option::string_list("given_names", "[]", "given names, added to the built-in list; \"name:male\" or \"name:female\" gives the gender"),
    textchain::option::string_list("organisation_nouns", "[]", "words that name or head organisations, added to the built-in list (ministry, company, ...)"),
  },
  .provides = {"quote"},
  .thread_safe = true)
