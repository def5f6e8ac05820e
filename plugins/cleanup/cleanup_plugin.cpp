// The SDK glue: options in, edits out. The rules themselves live in the other files of this folder.
#include <textchain/sdk.hpp>

#include <memory>

#include "cleaner.hpp"

namespace {

using textchain::cleanup::BoilerplatePatterns;
using textchain::cleanup::CleanupOptions;

class CleanupPlugin {
 public:
  explicit CleanupPlugin(const textchain::Options& o) {
    options_.join_broken_lines = o.get_bool("join_broken_lines");
    options_.stray_colon = o.get_bool("stray_colon");
    options_.inline_bullet = o.get_bool("inline_bullet");
    options_.spacing = o.get_bool("spacing");
    options_.punctuation = o.get_bool("punctuation");
    options_.boilerplate = o.get_bool("boilerplate");
    options_.mojibake = o.get_bool("mojibake");
    options_.html_entities = o.get_bool("html_entities");
    options_.name_variants = o.get_bool("name_variants");
    const std::vector<std::string> extra = o.get_list("boilerplate_patterns");
    if (!extra.empty()) {
      patterns_ = std::make_unique<BoilerplatePatterns>(BoilerplatePatterns::builtin());
      for (const std::string& line : extra) patterns_->parse(line);
      options_.patterns = patterns_.get();
    }
  }

  void process(textchain::Document& doc) {
    for (const auto& e : textchain::cleanup::propose_edits(doc.text(), options_))
      doc.edit(e.begin, e.end, e.replacement, e.rule);
  }

 private:
  CleanupOptions options_;
  std::unique_ptr<BoilerplatePatterns> patterns_;
};

}  // namespace

TEXTCHAIN_PLUGIN(CleanupPlugin,
    .name = "cleanup",
    .version = "0.1.0",
    .description = "Repairs machine-translated and scraped news text: broken lines, stray colons and bullets, "
                   "spacing, doubled punctuation, boilerplate lines, mojibake, varying name spellings",
    .license = "Apache-2.0",
    .options = {
        textchain::option::boolean("join_broken_lines", true,
            "join a line broken mid-sentence to the line that continues it (rule join-broken-lines)"),
        textchain::option::boolean("stray_colon", true,
            "drop a ' :' at a line break where the sentence goes on; keep a colon before a quotation or list"),
        textchain::option::boolean("inline_bullet", true,
            "remove a bullet that starts a line continuing the sentence before it (rule inline-bullet)"),
        textchain::option::boolean("spacing", true,
            "remove space before , . ; : ! ? and closing quotes, doubled and trailing spaces, zero-width "
            "spaces, extra blank lines"),
        textchain::option::boolean("punctuation", true,
            "reduce a doubled period or comma to one; ellipses stay"),
        textchain::option::boolean("boilerplate", true,
            "delete navigation and link lines such as 'Min menu' and 'Read more: ...'"),
        textchain::option::string_list("boilerplate_patterns", "[]",
            "more boilerplate patterns: 'line <text>', 'prefix <text>' or 'suffix <text>'"),
        textchain::option::boolean("mojibake", true,
            "repair mojibake: UTF-8 decoded with a single-byte code page (Windows-1250 to -1257, Latin-1, "
            "ISO-8859-2/-15, MacRoman, CP437, CP850, KOI8-R), up to three times, where the result reads clearly "
            "better; C1 controls become Windows-1252 punctuation"),
        textchain::option::boolean("html_entities", true,
            "decode HTML character references left by scraping, named (amp, quot, rsquo, nbsp and other "
            "common ones) and numeric (decimal or hex), when they end with ';'; nbsp becomes U+00A0"),
        textchain::option::boolean("name_variants", false,
            "unify spellings of one surname after the same first name (Salevan/Sullivan) to the more "
            "frequent one; off by default: may merge two people"),
        textchain::option::boolean("explain", false,
            "list every edit in the record: original span, replacement and rule"),
    },
    .thread_safe = true,
    .rewrites_text = true);
