// The `quotes` plugin: SDK glue around the quote engine (quote_extractor.hpp).
#include "quote_extractor.hpp"

#include <textchain/sdk.hpp>

namespace {

using textchain::quotes::ExtractOptions;
using textchain::quotes::FoundQuotes;
using textchain::quotes::MarkSet;
using textchain::quotes::QuoteExtractor;

// The options, declared once: each row binds a member, with its typed default and help.
struct QuotesOptions {
  std::vector<std::string> quote_marks;
  bool include_indirect = false;
  bool include_nested = false;
  int64_t min_quote_words = 1;
  std::vector<std::string> cue_verbs;
  std::vector<std::string> cue_nouns;
  std::vector<std::string> titles;
  std::vector<std::string> given_names;
  std::vector<std::string> organisation_nouns;
  std::vector<std::string> speech_nouns;
  std::vector<std::string> work_nouns;
  std::vector<std::string> word_nouns;

  static const textchain::OptionTable<QuotesOptions>& table() {
    static const textchain::OptionTable<QuotesOptions> rows{
        textchain::bind("quote_marks", &QuotesOptions::quote_marks,
                        {"\"", "“”", "‘’", "'", "«»", "„“", "‹›", "「」", "『』"},
                        "quotation marks recognized (each entry: a mark or an opening/closing pair)"),
        textchain::bind("include_indirect", &QuotesOptions::include_indirect, false,
                        "also report indirect speech (X said that ...)"),
        textchain::bind("include_nested", &QuotesOptions::include_nested, false,
                        "also report a quoted sentence inside a quotation as a quotation of its own"),
        textchain::bind("min_quote_words", &QuotesOptions::min_quote_words, 1, "shortest quotation reported, in words"),
        textchain::bind("cue_verbs", &QuotesOptions::cue_verbs, {},
                        "reporting verbs added to the built-in list (said, noted, ...)"),
        textchain::bind("cue_nouns", &QuotesOptions::cue_nouns, {},
                        "things that speak for their authors, added to the built-in list (report, statement, ...)"),
        textchain::bind("titles", &QuotesOptions::titles, {},
                        "titles and role nouns of people, added to the built-in list (senator, spokeswoman, ...)"),
        textchain::bind("given_names", &QuotesOptions::given_names, {},
                        "given names, added to the built-in list; \"name:male\" or \"name:female\" gives the gender"),
        textchain::bind("organisation_nouns", &QuotesOptions::organisation_nouns, {},
                        "words that name or head organisations, added to the built-in list (ministry, company, ...)"),
        textchain::bind("speech_nouns", &QuotesOptions::speech_nouns, {},
                        "what someone said named as a thing, added to the built-in list (claim, warning, ...): "
                        "a quotation in the clause after \"X's claim that\" is X's"),
        textchain::bind("work_nouns", &QuotesOptions::work_nouns, {},
                        "works that carry a title, added to the built-in list (book, documentary, ...): a title-case "
                        "phrase in marks right after one is a title, not a quotation"),
        textchain::bind("word_nouns", &QuotesOptions::word_nouns, {},
                        "nouns naming words as words, added to the built-in list (phrase, term, ...): a quotation "
                        "after \"X used the phrase\" is X's"),
    };
    return rows;
  }
};

// The engine's options: the marks parsed, the word count range-checked.
ExtractOptions extract_options(const QuotesOptions& o) {
  ExtractOptions x;
  x.marks = MarkSet::from_strings(o.quote_marks);
  if (x.marks.empty()) throw std::invalid_argument("quote_marks: no quotation mark recognized in the value");
  x.include_indirect = o.include_indirect;
  x.include_nested = o.include_nested;
  if (o.min_quote_words < 1 || o.min_quote_words > 1000)
    throw std::invalid_argument("min_quote_words must be between 1 and 1000");
  x.min_quote_words = static_cast<int>(o.min_quote_words);
  x.lexicon_extras.cue_verbs = o.cue_verbs;
  x.lexicon_extras.cue_nouns = o.cue_nouns;
  x.lexicon_extras.titles = o.titles;
  x.lexicon_extras.given_names = o.given_names;
  x.lexicon_extras.organisation_nouns = o.organisation_nouns;
  x.lexicon_extras.speech_nouns = o.speech_nouns;
  x.lexicon_extras.work_nouns = o.work_nouns;
  x.lexicon_extras.word_nouns = o.word_nouns;
  return x;
}

class QuotesPlugin {
 public:
  using options_type = QuotesOptions;
  explicit QuotesPlugin(const QuotesOptions& options) : engine_(extract_options(options)) {}

  void process(textchain::Document& doc) const {
    // Either order of asking tokenizes once: the host splits sentences from whichever token form the chain
    // makes (the compact one unless a step reads the 12-byte array, and then derives the compact form from it).
    // The quotations kept compactly (found_quotes.hpp), each block freed once its annotations are added.
    const std::string_view text = doc.text();
    // No quotation mark and no colon: nothing to find, and the host is asked for no tokens or sentences.
    if (!engine_.may_find(text)) return;
    engine_.find(text, doc.compact_tokens(), doc.sentences()).drain([&](const FoundQuotes::Entry& q) {
      // Attributes pointing at literals, the text and the engine's names (Document::add_annotation): an
      // AnnotationBuilder copies every key and value first, which cost as much per quotation as the host's
      // storing of it (issue 19).
      const std::string_view method = q.speaker_method ? std::string_view(q.speaker_method) : std::string_view("cue");
      const tc_attr attrs[] = {
          textchain::string_attr("kind", q.kind),
          // The canonical speaker, then the mention the attribution used and how it was found.
          q.speaker ? textchain::string_attr("speaker", *q.speaker) : textchain::null_attr("speaker"),
          q.speaker ? textchain::string_attr("speaker_mention", text.substr(q.speaker_begin, q.speaker_end - q.speaker_begin))
                    : textchain::null_attr("speaker_mention"),
          q.speaker ? textchain::offset_attr("speaker_begin", q.speaker_begin) : textchain::null_attr("speaker_begin"),
          q.speaker ? textchain::offset_attr("speaker_end", q.speaker_end) : textchain::null_attr("speaker_end"),
          q.speaker ? textchain::string_attr("speaker_method", method) : textchain::null_attr("speaker_method"),
          q.cue ? textchain::string_attr("cue", *q.cue) : textchain::null_attr("cue"),
      };
      doc.add_annotation("quote", q.begin, q.end, attrs);
    });
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
  .provides = {"quote"},
  .thread_safe = true,
  // Only the compact tokens: with the host's sentence splitter reading them too, the default chain never makes
  // the 12-byte array.
  .token_forms = TC_READS_COMPACT_TOKENS)
