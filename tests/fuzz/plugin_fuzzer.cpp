// A shipped plugin (or the whole default chain) through the host and the SDK, on arbitrary bytes, exactly
// as `textchain run` calls it: the static twins are registered with the host, the chain is built with
// the plugins' default options, and each input is one document.
//
// Properties: process never throws; every annotation and every edit lies inside the original input with
// begin <= end; offset-valued attributes (speaker_begin/speaker_end) too; the output text is valid UTF-8.
// With TEXTCHAIN_FUZZ_STRICT=1, also: a plugin that rewrites text changes nothing when run on its own
// output (cleanup's promise of idempotence), and no document gets an error diagnostic.
#include "document/utf8_repair.hpp"
#include "fuzz_check.hpp"

#include <textchain/host.hpp>
#include <textchain/sdk.hpp>

#include <cstdint>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#define FUZZ_STR2(...) #__VA_ARGS__
#define FUZZ_STR(...) FUZZ_STR2(__VA_ARGS__)

// FUZZ_PLUGIN_IDS is "cleanup" or "cleanup,dates,quotes"; FUZZ_WITH_<ID> says which twins are linked.
#ifdef FUZZ_WITH_CLEANUP
TEXTCHAIN_DECLARE_STATIC_PLUGIN(cleanup);
#endif
#ifdef FUZZ_WITH_DATES
TEXTCHAIN_DECLARE_STATIC_PLUGIN(dates);
#endif
#ifdef FUZZ_WITH_QUOTES
TEXTCHAIN_DECLARE_STATIC_PLUGIN(quotes);
#endif

namespace {
std::vector<std::string> plugin_ids() {
  std::vector<std::string> out;
  std::string_view s = FUZZ_STR(FUZZ_PLUGIN_IDS);
  while (!s.empty()) {
    size_t comma = s.find(',');
    out.emplace_back(s.substr(0, comma));
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

struct Fixture {
  textchain::Host host;
  textchain::Chain chain;
  bool strict = false;
  Fixture() {
    host.set_use_default_dirs(false);
#ifdef FUZZ_WITH_CLEANUP
    host.add_static_plugin(textchain_plugin_entry_cleanup);
#endif
#ifdef FUZZ_WITH_DATES
    host.add_static_plugin(textchain_plugin_entry_dates);
#endif
#ifdef FUZZ_WITH_QUOTES
    host.add_static_plugin(textchain_plugin_entry_quotes);
#endif
    chain = host.make_chain(plugin_ids());
    const char* s = std::getenv("TEXTCHAIN_FUZZ_STRICT");
    strict = s && *s == '1';
  }
};

Fixture& fixture() {
  static Fixture* f = new Fixture();
  return *f;
}

void check_result(const textchain::Result& r, std::string_view input) {
  const size_t n = r.original_text.size();
  FUZZ_CHECK(n == input.size(), "original text of %zu bytes for an input of %zu", n, input.size());
  for (const auto& a : r.annotations) {
    FUZZ_CHECK(a.begin <= a.end && a.end <= n, "%s annotation %s at [%zu, %zu) of %zu bytes", a.plugin.c_str(),
               a.type.c_str(), a.begin, a.end, n);
    for (const char* key : {"speaker_begin", "speaker_end"}) {
      if (const auto* v = a.find(key); v && std::holds_alternative<int64_t>(*v)) {
        const int64_t at = std::get<int64_t>(*v);
        FUZZ_CHECK(at >= 0 && static_cast<size_t>(at) <= n, "%s = %lld outside %zu bytes", key,
                   static_cast<long long>(at), n);
      }
    }
  }
  for (const auto& e : r.edits)
    FUZZ_CHECK(e.original_begin <= e.original_end && e.original_end <= n, "edit by %s at [%zu, %zu) of %zu bytes",
               e.plugin.c_str(), e.original_begin, e.original_end, n);
  if (r.text) FUZZ_CHECK(textchain::document::is_valid_utf8(*r.text), "the rewritten text is not valid UTF-8");
}

std::string errors_of(const textchain::Result& r) {
  std::string s;
  for (const auto& d : r.diagnostics)
    if (d.level == textchain::Diagnostic::Level::error) s += d.plugin + ": " + d.message + "\n";
  return s;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Fixture& f = fixture();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  textchain::Result r;
  try {
    r = f.chain.process(text, {"fuzz", (size & 1) ? "2025-09-26" : ""});
  } catch (const std::exception& e) {
    FUZZ_CHECK(false, "Chain::process threw %s", e.what());
  }
  check_result(r, text);
  if (f.strict) {
    FUZZ_CHECK(r.ok(), "errors: %s", errors_of(r).c_str());
    if (r.text) {
      textchain::Result again = f.chain.process(*r.text, {"fuzz", ""});
      FUZZ_CHECK(!again.text || *again.text == *r.text, "a second run changed the text again");
    }
  }
  return 0;
}
