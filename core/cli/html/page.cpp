#include "html/page.hpp"

#include "html/html_escape.hpp"


namespace textchain::html {
namespace {

// One style sheet for both views. Labels are CSS generated content (attr(data-l)), so that the text of a
// highlight in the DOM, and in a copy and paste, is exactly the document's text.
constexpr std::string_view kStyle = R"css(
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:#f3f4f6}
.top{position:sticky;top:0;z-index:3;display:flex;flex-wrap:wrap;gap:.4em 1.4em;align-items:baseline;padding:.55em 1.2em;background:#1f2937;color:#f9fafb}
.top strong{font-size:1.05em}.top a{color:#bfdbfe}
main{max-width:64em;margin:0 auto;padding:.6em 1em 2em}
h1{font-size:1.3em;margin:.6em 0}
.doc{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.9em 1.2em;margin:1em 0;content-visibility:auto;contain-intrinsic-size:auto 40em}
.doc>h2{font-size:1em;margin:0 0 .4em;overflow-wrap:anywhere}
.doc>h2 .n{display:inline-block;min-width:2em;color:var(--muted)}
.meta{color:var(--muted);font-weight:400;font-size:.9em}
.problems{list-style:none;margin:.4em 0;padding:0}
.problems li{margin:.25em 0;padding:.3em .7em;border-left:4px solid;border-radius:3px;overflow-wrap:anywhere;white-space:pre-wrap}
.problems .error{border-color:#b91c1c;background:#fef2f2}.problems .warning{border-color:#b45309;background:#fffbeb}
.legend{display:flex;flex-wrap:wrap;gap:.3em .5em;list-style:none;margin:.4em 0 .7em;padding:0;font-size:.85em}
.key{background:var(--bg);border:1px solid var(--fg);border-radius:4px;padding:0 .45em;overflow-wrap:anywhere}
.key b{color:var(--fg)}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/2.05 Georgia,"DejaVu Serif",serif;margin:0}
mark.a{color:inherit;background:var(--bg);border-bottom:2px solid var(--fg);border-radius:2px;padding:.1em 0}
mark.a mark.a{padding:0;border-bottom-style:double;border-bottom-width:4px}
mark.r{color:inherit;background:var(--bg);outline:2px dashed var(--fg);outline-offset:1px;border-radius:2px}
mark:hover{filter:brightness(.92)}
:target{outline:3px solid #f59e0b!important;outline-offset:2px}
a.l{text-decoration:none}
.l::after{content:attr(data-l);font:600 11px/1 system-ui,sans-serif;font-style:normal;color:#fff;background:var(--fg);border-radius:3px;padding:.15em .4em;margin:0 .2em;vertical-align:.2em;white-space:nowrap}
details{margin:.5em 0}summary{cursor:pointer;color:var(--muted)}
table{border-collapse:collapse;font-size:.88em;width:100%}
th,td{border:1px solid var(--line);padding:.25em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f6f8fa}
td.t{font-family:Georgia,"DejaVu Serif",serif;white-space:pre-wrap}
del{background:#fecaca;text-decoration:line-through}ins{background:#bbf7d0;text-decoration:underline}
.num{text-align:right;font-variant-numeric:tabular-nums}
nav#index{max-width:64em;margin:0 auto 2em;padding:0 1em}
.bad{color:#b91c1c;font-weight:600}
.c0{--bg:#dbeafe;--fg:#1d4ed8}.c1{--bg:#fef3c7;--fg:#b45309}.c2{--bg:#dcfce7;--fg:#15803d}
.c3{--bg:#fce7f3;--fg:#be185d}.c4{--bg:#ede9fe;--fg:#6d28d9}.c5{--bg:#ccfbf1;--fg:#0f766e}
.c6{--bg:#ffedd5;--fg:#c2410c}.c7{--bg:#e0e7ff;--fg:#4338ca}.c8{--bg:#f3e8ff;--fg:#7e22ce}
.c9{--bg:#ecfccb;--fg:#4d7c0f}.c10{--bg:#fee2e2;--fg:#b91c1c}.c11{--bg:#e5e7eb;--fg:#374151}
)css";

// Types without a fixed colour share the classes after the fixed ones.
constexpr std::string_view kClasses[] = {"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11"};
constexpr size_t kFixed = 3;

}  // namespace

std::string page_head(std::string_view title, std::string_view links_html) {
  std::string out;
  out.reserve(kStyle.size() + 1024);
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  // No script of any origin, no fetch (so no image, font or frame from the network either), inline styles.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:; base-uri 'none'; form-action 'none'\">\n";
  out += "<meta name=\"referrer\" content=\"no-referrer\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  append_escaped(out, title);
  out += "</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n<header class=\"top\"><strong>";
  append_escaped(out, title);
  out += "</strong>";
  out += links_html;
  out += "</header>\n";
  return out;
}

std::string_view colour_class(std::string_view type) noexcept {
  if (type == "date") return kClasses[0];
  if (type == "quote") return kClasses[1];
  if (type == "speaker") return kClasses[2];
  // FNV-1a: stable across runs and builds.
  uint32_t h = 2166136261u;
  for (unsigned char c : type) h = (h ^ c) * 16777619u;
  return kClasses[kFixed + h % (std::size(kClasses) - kFixed)];
}

std::string_view excerpt(std::string_view s, size_t max_bytes, bool* cut) noexcept {
  if (cut) *cut = s.size() > max_bytes;
  if (s.size() <= max_bytes) return s;
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace textchain::html
