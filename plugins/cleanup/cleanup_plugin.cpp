// The SDK glue: options in, edits out. The rules themselves live in the other files of this folder.
#include <textchain/sdk.hpp>

#include <memory>
#include <string>
#include <vector>

#include "cleaner.hpp"

namespace {

using textchain::cleanup::BoilerplatePatterns;
using textchain::cleanup::CleanupOptions;

// The options, declared once: each row binds a member (the engine's CleanupOptions, or the extra pattern
// list), with its typed default and help.
struct CleanupPluginOptions : CleanupOptions {
  std::vector<std::string> boilerplate_patterns;

  static const textchain::OptionTable<CleanupPluginOptions>& table() {
    static const textchain::OptionTable<CleanupPluginOptions> rows{
        textchain::bind("join_broken_lines", &CleanupOptions::join_broken_lines, true,
            "join a line broken mid-sentence to the line that continues it (rule join-broken-lines)"),
        textchain::bind("stray_colon", &CleanupOptions::stray_colon, true,
            "drop a ' :' at a line break where the sentence goes on; keep a colon before a quotation or list"),
        textchain::bind("inline_bullet", &CleanupOptions::inline_bullet, true,
            "remove a bullet that starts a line continuing the sentence before it (rule inline-bullet)"),
        textchain::bind("spacing", &CleanupOptions::spacing, true,
            "remove space before , . ; : ! ? and closing quotes, doubled and trailing spaces, zero-width "
            "spaces, extra blank lines"),
        textchain::bind("punctuation", &CleanupOptions::punctuation, true,
            "reduce a doubled period or comma to one; ellipses stay"),
        textchain::bind("boilerplate", &CleanupOptions::boilerplate, true,
            "delete navigation and link lines such as 'Min menu' and 'Read more: ...'"),
        textchain::bind("boilerplate_patterns", &CleanupPluginOptions::boilerplate_patterns, {},
            "more boilerplate patterns: 'line <text>', 'prefix <text>' or 'suffix <text>'"),
        textchain::bind("mojibake", &CleanupOptions::mojibake, true,
            "repair mojibake: UTF-8 decoded with a single-byte code page (Windows-1250 to -1257, Latin-1, "
            "ISO-8859-2/-15, MacRoman, CP437, CP850, KOI8-R), up to three times, where the result reads clearly "
            "better; C1 controls become Windows-1252 punctuation"),
        textchain::bind("html_entities", &CleanupOptions::html_entities, true,
            "decode HTML character references left by scraping, named (amp, quot, rsquo, nbsp and other "
            "common ones) and numeric (decimal or hex), when they end with ';'; nbsp becomes U+00A0"),
        textchain::bind("name_variants", &CleanupOptions::name_variants, false,
            "unify spellings of one surname after the same first name (Salevan/Sullivan) to the more "
            "frequent one; off by default: may merge two people"),
    };
    return rows;
  }
};

class CleanupPlugin {
 public:
  using options_type = CleanupPluginOptions;
  explicit CleanupPlugin(const CleanupPluginOptions& o) : options_(o) {
    if (!o.boilerplate_patterns.empty()) {
      patterns_ = std::make_unique<BoilerplatePatterns>(BoilerplatePatterns::builtin());
      for (const std::string& line : o.boilerplate_patterns) patterns_->parse(line);
      options_.patterns = patterns_.get();
    } else {
      // Named here once: left null, every round of every document asked for the built-in list (a call
      // and a guard check, for tweet-sized texts a few percent of the step).
      options_.patterns = &BoilerplatePatterns::builtin();
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
    .thread_safe = true,
    .rewrites_text = true,
    // It reads the text alone: no token array is built for it.
    .token_forms = TC_READS_NO_TOKENS);
