// Reads earlier steps' annotations (issue 13, point 4) and declares its options the 1.1 way (point 9):
// one row per option binds a member of ReaderOptions, with its typed default and help.
//
// For every annotation of the types it needs, it adds an "echo" over the same span as it sees it (after
// any rewrite), with the text of that span (`seen`), and, when the annotation has `word_begin`/`word_end` offset
// attributes, the text between them.
#include <textchain/sdk.hpp>

#include <string>
#include <vector>

namespace {

struct ReaderOptions {
  std::vector<std::string> types;
  std::string prefix;
  int min_length = 0;  // an int member: the SDK range-checks the host's 64-bit value
  bool count = false;
  double weight = 0;

  static const textchain::OptionTable<ReaderOptions>& table() {
    static const textchain::OptionTable<ReaderOptions> rows{
        textchain::bind("types", &ReaderOptions::types, {"acronym", "marker"}, "annotation types echoed"),
        textchain::bind("prefix", &ReaderOptions::prefix, "", "prepended to the echoed text"),
        textchain::bind("min_length", &ReaderOptions::min_length, 1, "shortest span echoed, in bytes"),
        textchain::bind("count", &ReaderOptions::count, false, "add an `n` attribute: annotations seen so far"),
        textchain::bind("weight", &ReaderOptions::weight, 0.5, "copied into each echo's `weight`"),
    };
    return rows;
  }
};

class Reader {
 public:
  using options_type = ReaderOptions;
  explicit Reader(const ReaderOptions& o) : o_(o) {}

  void process(textchain::Document& doc) {
    for (const std::string& type : o_.types)
      doc.for_each_annotation(type, [&](const textchain::AnnotationView& a) {
        if (a.end() - a.begin() < static_cast<size_t>(o_.min_length)) return;
        auto echo = doc.annotate("echo", a.begin(), a.end());
        echo.attr("seen", o_.prefix + std::string(doc.slice(a.begin(), a.end())));
        echo.attr("weight", o_.weight);
        if (o_.count) echo.attr("n", doc.annotation_count());  // a size_t
        auto wb = a.attr("word_begin"), we = a.attr("word_end");
        if (wb && we && wb->type() == TC_VALUE_OFFSET) {
          echo.attr("word", std::string(doc.slice(static_cast<size_t>(wb->as_int()), static_cast<size_t>(we->as_int()))));
          echo.attr_offset("word_begin", static_cast<size_t>(wb->as_int()));
        }
        echo.link("source", a.id());
        echo.add();
      });
  }

 private:
  ReaderOptions o_;
};

}  // namespace

TEXTCHAIN_PLUGIN(Reader,
                 .name = "reader", .version = "0.1.0",
                 .description = "Echoes earlier annotations as it sees them (tests only)", .license = "Apache-2.0",
                 .provides = {"echo"}, .needs = {"acronym", "marker"}, .thread_safe = true)
