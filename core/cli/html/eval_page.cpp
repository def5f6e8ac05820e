#include "html/eval_page.hpp"

#include "html/html_escape.hpp"
#include "html/marked_text.hpp"
#include "html/page.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <unordered_map>

namespace textchain::html {
namespace {

using eval::QuoteError;
using eval::TimexError;
using eval::TimexItem;

// The page's own rules, after the shared style sheet.
constexpr std::string_view kEvalStyle = R"css(<style>
.scores td,.scores th{text-align:right}.scores td:first-child,.scores th:first-child{text-align:left}
.charts{display:flex;flex-wrap:wrap;gap:1em;margin:1em 0}.charts figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:.6em}
.charts figcaption{font-weight:600;margin-bottom:.3em}
.filter{display:inline-flex;gap:.4em;align-items:center;margin:.8em 0;padding:.4em .8em;background:#fff;border:1px solid var(--line);border-radius:6px;font-weight:600}
#only-errors:checked~.docs .doc:not(.has-errors){display:none}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1em}.sides h3{font-size:.9em;margin:.2em 0;color:var(--muted)}
.sides .text{font-size:14.5px;line-height:2.1}
mark.s{color:inherit;border-radius:2px;padding:.1em 0}
mark.s mark.s{padding:0}
.ok{background:#dcfce7;border-bottom:2px solid #15803d;--fg:#15803d}
.miss{background:#fee2e2;outline:2px dashed #b91c1c;outline-offset:-1px;--fg:#b91c1c}
.fp{background:repeating-linear-gradient(135deg,#ffedd5 0 6px,#fed7aa 6px 12px);border-bottom:3px double #c2410c;--fg:#c2410c}
.wrong{background:#ede9fe;text-decoration:underline wavy #6d28d9;text-decoration-skip-ink:none;--fg:#6d28d9}
.neutral{background:#f3f4f6;border-bottom:2px dotted #6b7280;--fg:#6b7280}
.statuses{display:flex;flex-wrap:wrap;gap:.5em;list-style:none;padding:0;margin:.5em 0;font-size:.85em}.statuses li{padding:0 .4em}
@media (max-width:50em){.sides{grid-template-columns:1fr}}
</style>
)css";

enum class Status { ok, miss, fp, wrong, neutral };

const char* css(Status s) {
  switch (s) {
    case Status::ok: return "ok";
    case Status::miss: return "miss";
    case Status::fp: return "fp";
    case Status::wrong: return "wrong";
    case Status::neutral: return "neutral";
  }
  return "neutral";
}

const char* words(Status s) {
  switch (s) {
    case Status::ok: return "right";
    case Status::miss: return "missed";
    case Status::fp: return "false positive";
    case Status::wrong: return "wrong";
    case Status::neutral: return "not scored";
  }
  return "";
}

std::string fixed3(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

// One span to show on one side, with what scoring made of it.
struct Shown {
  std::string kind;  // date, quote
  size_t begin = 0, end = 0;
  Status status = Status::ok;
  std::string what;    // the item: "DATE 2025-09-26", "direct, speaker Maria Zakharova"
  std::string detail;  // the mistake: "expected …, got …"
};

struct DocumentMistakes {
  size_t miss = 0, fp = 0, wrong = 0;
  size_t total() const { return miss + fp + wrong; }
};

std::string timex_what(const TimexItem& t) {
  std::string s = t.timex_type + " " + t.value;
  if (!t.mod.empty()) s += " mod=" + t.mod;
  return s;
}

bool overlaps(const TimexItem& a, const TimexItem& b) {
  if (a.begin == a.end || b.begin == b.end) return a.begin >= b.begin && a.begin <= b.end;
  return a.begin < b.end && b.begin < a.end;
}

bool same_item(const TimexItem& a, const TimexItem& b) {
  return a.begin == b.begin && a.end == b.end && a.value == b.value && a.timex_type == b.timex_type;
}

// The dates of one document, from the scorer's complete list of mistakes: what is not a mistake is right
// when it counted and "not scored" when it did not (optional gold, past the annotated part).
void date_spans(const eval::TimexDocument& d, const std::vector<const TimexError*>& errors, std::vector<Shown>& gold,
                std::vector<Shown>& system, DocumentMistakes& m) {
  std::vector<std::optional<Status>> gs(d.gold.size()), ss(d.system.size());
  std::vector<std::string> gdetail(d.gold.size()), sdetail(d.system.size());
  auto mark = [](const auto& items, auto& status, auto& detail, const TimexItem& item, Status s,
                 const std::string& text) {
    for (size_t i = 0; i < items.size(); ++i)
      if (same_item(items[i], item) && (!status[i] || *status[i] == s)) {
        status[i] = s;
        if (!text.empty()) detail[i] += (detail[i].empty() ? "" : "; ") + text;
        return;
      }
  };
  for (const TimexError* e : errors) {
    const std::string kind = eval::to_string(e->kind);
    switch (e->kind) {
      case TimexError::Kind::miss:
        ++m.miss;
        if (e->gold) mark(d.gold, gs, gdetail, *e->gold, Status::miss, {});
        break;
      case TimexError::Kind::false_positive:
        ++m.fp;
        if (e->system) mark(d.system, ss, sdetail, *e->system, Status::fp, {});
        break;
      default: {
        ++m.wrong;
        const std::string text = kind + ": expected " + (e->gold ? timex_what(*e->gold) : "?") + ", got " +
                                 (e->system ? timex_what(*e->system) : "?");
        if (e->gold) mark(d.gold, gs, gdetail, *e->gold, Status::wrong, text);
        if (e->system) mark(d.system, ss, sdetail, *e->system, Status::wrong, text);
      }
    }
  }
  // Gold in span order: a system item aligns to the leftmost gold item it overlaps (the scorer's rule).
  std::vector<size_t> order(d.gold.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return d.gold[a].begin != d.gold[b].begin ? d.gold[a].begin < d.gold[b].begin : d.gold[a].end < d.gold[b].end;
  });
  for (size_t i = 0; i < d.gold.size(); ++i)
    if (!gs[i]) gs[i] = d.gold[i].required ? Status::ok : Status::neutral;
  for (size_t i = 0; i < d.system.size(); ++i) {
    if (ss[i]) continue;
    Status s = Status::neutral;
    if (!(d.annotated_end && d.system[i].begin >= *d.annotated_end))
      for (size_t gi : order)
        if (overlaps(d.system[i], d.gold[gi])) {
          if (d.gold[gi].required) s = Status::ok;
          break;
        }
    ss[i] = s;
  }
  for (size_t i = 0; i < d.gold.size(); ++i)
    gold.push_back({"date", d.gold[i].begin, d.gold[i].end, *gs[i],
                    timex_what(d.gold[i]) + (d.gold[i].required ? "" : " (optional)"), gdetail[i]});
  for (size_t i = 0; i < d.system.size(); ++i)
    system.push_back({"date", d.system[i].begin, d.system[i].end, *ss[i], timex_what(d.system[i]), sdetail[i]});
}

std::string joined(const std::vector<std::string>& names) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "" : " | ") + n;
  return s.empty() ? "(nobody)" : s;
}

void quote_spans(const eval::GoldQuoteDoc& g, const eval::SystemQuoteDoc* sys,
                 const std::vector<const QuoteError*>& errors, std::vector<Shown>& gold, std::vector<Shown>& system,
                 DocumentMistakes& m) {
  const std::vector<eval::SystemQuote> none;
  const std::vector<eval::SystemQuote>& sq = sys ? sys->quotes : none;
  std::vector<std::optional<Status>> gs(g.quotes.size()), ss(sq.size());
  std::vector<std::string> gdetail(g.quotes.size()), sdetail(sq.size());
  constexpr double kMatch = 0.5;  // the scorer's default overlap for a match
  for (const QuoteError* e : errors) {
    if (e->what == QuoteError::What::false_positive) {
      ++m.fp;
      for (size_t i = 0; i < sq.size(); ++i)
        if (sq[i].begin == e->begin && sq[i].end == e->end && !ss[i]) {
          ss[i] = Status::fp;
          break;
        }
      continue;
    }
    (e->what == QuoteError::What::miss ? m.miss : m.wrong) += 1;
    for (size_t i = 0; i < g.quotes.size(); ++i) {
      if (g.quotes[i].begin != e->begin || g.quotes[i].end != e->end || gs[i]) continue;
      if (e->what == QuoteError::What::miss) {
        gs[i] = Status::miss;
        break;
      }
      gs[i] = Status::wrong;
      gdetail[i] = "wrong speaker: expected " + e->expected + ", got " + e->got;
      // The system quote matched to it: the best overlap.
      double best = 0;
      size_t best_i = sq.size();
      for (size_t j = 0; j < sq.size(); ++j) {
        const double o = eval::overlap_of_longer(sq[j].begin, sq[j].end, g.quotes[i].begin, g.quotes[i].end);
        if (o >= kMatch && o > best && !ss[j]) best = o, best_i = j;
      }
      if (best_i < sq.size()) {
        ss[best_i] = Status::wrong;
        sdetail[best_i] = gdetail[i];
      }
      break;
    }
  }
  // A gold quote that is no mistake either matched a system quote that is no false positive (right), or
  // did not count (optional, a scare quote, a kind not scored); a system quote that is no mistake matched
  // a right gold quote, or counted neither way.
  for (size_t i = 0; i < g.quotes.size(); ++i) {
    if (gs[i]) continue;
    gs[i] = Status::neutral;
    if (!g.quotes[i].required || g.quotes[i].kind == "scare") continue;
    for (size_t j = 0; j < sq.size(); ++j)
      if (ss[j] != Status::fp &&
          eval::overlap_of_longer(sq[j].begin, sq[j].end, g.quotes[i].begin, g.quotes[i].end) >= kMatch)
        gs[i] = Status::ok;
  }
  for (size_t j = 0; j < sq.size(); ++j) {
    if (ss[j]) continue;
    ss[j] = Status::neutral;
    for (size_t i = 0; i < g.quotes.size(); ++i)
      if (*gs[i] == Status::ok &&
          eval::overlap_of_longer(sq[j].begin, sq[j].end, g.quotes[i].begin, g.quotes[i].end) >= kMatch)
        ss[j] = Status::ok;
  }
  for (size_t i = 0; i < g.quotes.size(); ++i) {
    const auto& q = g.quotes[i];
    gold.push_back({"quote", q.begin, q.end, *gs[i],
                    q.kind + ", speaker " + joined(q.speakers) + (q.required ? "" : " (optional)"), gdetail[i]});
  }
  for (size_t j = 0; j < sq.size(); ++j)
    system.push_back({"quote", sq[j].begin, sq[j].end, *ss[j],
                      sq[j].kind + ", speaker " + (sq[j].speaker ? *sq[j].speaker : std::string("(none)")),
                      sdetail[j]});
}

void append_side(std::string& out, std::string_view side, std::string_view text, const std::vector<Shown>& shown,
                 std::string_view doc) {
  std::vector<MarkedSpan> spans;
  spans.reserve(shown.size());
  std::string tags;
  for (size_t i = 0; i < shown.size(); ++i) {
    const Shown& s = shown[i];
    MarkedSpan m;
    m.begin = s.begin;
    m.end = s.end;
    m.close = "</mark>";
    m.open = m.id_begin = m.id_end = tags.size();
    tags += "<mark class=\"s ";
    tags += css(s.status);
    tags += "\" data-side=\"";
    tags += side;
    tags += "\" data-kind=\"" + s.kind + "\" data-status=\"" + css(s.status) + "\" data-m=\"";
    tags += doc;
    tags += "-";
    tags += side;
    tags += std::to_string(i) + "\" data-b=\"" + std::to_string(s.begin) + "\" data-e=\"" + std::to_string(s.end) +
            "\" title=\"";
    std::string title = std::string(side) + " " + s.kind + " [" + std::to_string(s.begin) + ", " +
                        std::to_string(s.end) + "): " + words(s.status) + "\n" + s.what;
    if (!s.detail.empty()) title += "\n" + s.detail;
    append_escaped(tags, title);
    tags += "\">";
    m.after = tags.size();
    std::string label = s.kind;
    if (s.status != Status::ok) label += std::string(" · ") + words(s.status);
    if (s.kind == "date") label += " " + std::string(excerpt(s.what, 48));
    tags += "<i class=\"l " + std::string(css(s.status)) + "\" data-l=\"";
    append_escaped(tags, label);
    tags += "\"></i>";
    m.after_end = tags.size();
    spans.push_back(m);
  }
  out += "<div><h3>";
  out += side == "gold" ? "Gold" : "System";
  out += "</h3><div class=\"text\" data-side-text=\"";
  out += side;
  out += "\">";
  append_marked_text(out, text, spans, tags);
  out += "</div></div>\n";
}

void append_chart(std::string& out, std::string_view title, const std::vector<std::pair<std::string, double>>& bars) {
  constexpr int kLabel = 120, kWidth = 220, kBar = 16, kGap = 6;
  const int height = static_cast<int>(bars.size()) * (kBar + kGap) + kGap;
  const std::string w = std::to_string(kLabel + kWidth + 50);
  out += "<figure><figcaption>";
  append_escaped(out, title);
  out += "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + w + "\" height=\"" +
         std::to_string(height) + "\" viewBox=\"0 0 " + w + " " + std::to_string(height) + "\"><title>";
  append_escaped(out, title);
  out += " scores</title>";
  int y = kGap;
  for (const auto& [name, value] : bars) {
    const double v = std::clamp(value, 0.0, 1.0);
    out += "<text x=\"" + std::to_string(kLabel - 6) + "\" y=\"" + std::to_string(y + 12) +
           "\" text-anchor=\"end\" font-size=\"12\" fill=\"#1f2328\">";
    append_escaped(out, name);
    out += "</text><rect x=\"" + std::to_string(kLabel) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
           std::to_string(kWidth) + "\" height=\"" + std::to_string(kBar) + "\" fill=\"#e5e7eb\"/>";
    out += "<rect class=\"bar\" x=\"" + std::to_string(kLabel) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
           fixed3(v * kWidth) + "\" height=\"" + std::to_string(kBar) + "\" fill=\"#2563eb\"/>";
    out += "<text x=\"" + std::to_string(kLabel + kWidth + 6) + "\" y=\"" + std::to_string(y + 12) +
           "\" font-size=\"12\" fill=\"#1f2328\">" + fixed3(value) + "</text>";
    y += kBar + kGap;
  }
  out += "</svg></figure>\n";
}

void score_row(std::string& out, std::string_view name, const std::string& p, const std::string& r,
               const std::string& f, std::string_view note) {
  out += "<tr><td>";
  append_escaped(out, name);
  out += "</td><td>" + p + "</td><td>" + r + "</td><td>" + f + "</td><td>";
  append_escaped(out, note);
  out += "</td></tr>\n";
}

}  // namespace

std::string eval_page(const EvalReport& r) {
  std::string out = page_head("textchain eval", "<a href=\"#scores\">Scores</a><a href=\"#documents\">Documents</a>");
  out.insert(out.find("</head>"), kEvalStyle);
  out += "<main>\n<h1 id=\"scores\">Evaluation</h1>\n<p>Gold: ";
  for (size_t i = 0; i < r.gold_files.size(); ++i) {
    if (i) out += ", ";
    out += "<code>";
    append_escaped(out, r.gold_files[i]);
    out += "</code>";
  }
  out += "<br>Chain: ";
  for (size_t i = 0; i < r.steps.size(); ++i) {
    if (i) out += " → ";
    append_escaped(out, r.steps[i]);
  }
  out += "<br>" + std::to_string(r.document_ids.size()) + " documents scored";
  if (r.documents_with_errors)
    out += ", <span class=\"bad\">" + std::to_string(r.documents_with_errors) + " with processing errors</span>";
  out += "</p>\n";

  // Scores.
  out += "<table class=\"scores\"><thead><tr><th>measure</th><th>precision</th><th>recall</th><th>F1</th>"
         "<th></th></tr></thead><tbody>\n";
  if (const auto* t = r.date_score) {
    const std::string counts = std::to_string(t->gold) + " gold, " + std::to_string(t->system) + " system";
    score_row(out, "dates strict", fixed3(t->strict.precision), fixed3(t->strict.recall), fixed3(t->strict.f1), counts);
    score_row(out, "dates relaxed", fixed3(t->relaxed.precision), fixed3(t->relaxed.recall), fixed3(t->relaxed.f1),
              std::to_string(t->relaxed_system_matched) + " aligned");
    score_row(out, "dates value", "", "", fixed3(t->value_f1), "accuracy " + fixed3(t->value_accuracy));
    score_row(out, "dates type", "", "", fixed3(t->type_f1), "accuracy " + fixed3(t->type_accuracy));
    score_row(out, "dates mod", "", "", fixed3(t->mod_f1), "accuracy " + fixed3(t->mod_accuracy));
  }
  if (const auto* q = r.quote_score) {
    score_row(out, "quotes span", fixed3(q->precision()), fixed3(q->recall()), fixed3(q->f1()),
              std::to_string(q->gold) + " gold, " + std::to_string(q->system) + " system, " +
                  std::to_string(q->false_positives) + " false positives, " + std::to_string(q->ignored) + " ignored");
    score_row(out, "quotes end to end", fixed3(q->e2e_precision()), fixed3(q->e2e_recall()), fixed3(q->e2e_f1()),
              std::to_string(q->speaker_right) + " with the right speaker");
    score_row(out, "quotes speaker accuracy", "", "", fixed3(q->speaker_accuracy()),
              "over " + std::to_string(q->matched) + " matched quotes");
  }
  if (r.repair)
    score_row(out, "cleanup repair ratio", "", "", fixed3(r.repair->ratio()),
              std::to_string(r.repair->exact) + " of " + std::to_string(r.repair->documents) + " exact");
  out += "</tbody></table>\n<div class=\"charts\">\n";
  if (const auto* t = r.date_score)
    append_chart(out, "dates", {{"strict F1", t->strict.f1}, {"relaxed precision", t->relaxed.precision},
                                {"relaxed recall", t->relaxed.recall}, {"relaxed F1", t->relaxed.f1},
                                {"value F1", t->value_f1}, {"type F1", t->type_f1}});
  if (const auto* q = r.quote_score)
    append_chart(out, "quotes", {{"span precision", q->precision()}, {"span recall", q->recall()},
                                 {"span F1", q->f1()}, {"speaker accuracy", q->speaker_accuracy()},
                                 {"end-to-end F1", q->e2e_f1()}});
  if (r.repair) append_chart(out, "cleanup", {{"repair ratio", r.repair->ratio()}});
  out += "</div>\n";

  // Documents.
  std::unordered_map<std::string_view, const eval::TimexDocument*> dates;
  std::unordered_map<std::string_view, const eval::GoldQuoteDoc*> gold_quotes;
  std::unordered_map<std::string_view, const eval::SystemQuoteDoc*> system_quotes;
  std::unordered_map<std::string_view, const EvalCleanupRow*> cleanup;
  std::unordered_map<std::string_view, std::vector<const TimexError*>> date_errors;
  std::unordered_map<std::string_view, std::vector<const QuoteError*>> quote_errors;
  if (r.dates)
    for (const auto& d : *r.dates) dates.emplace(d.id, &d);
  if (r.gold_quotes)
    for (const auto& d : *r.gold_quotes) gold_quotes.emplace(d.id, &d);
  if (r.system_quotes)
    for (const auto& d : *r.system_quotes) system_quotes.emplace(d.id, &d);
  for (const auto& c : r.cleanup) cleanup.emplace(c.id, &c);
  if (r.date_score)
    for (const auto& e : r.date_score->errors) date_errors[e.doc_id].push_back(&e);
  if (r.quote_score)
    for (const auto& e : r.quote_score->errors) quote_errors[e.doc_id].push_back(&e);

  std::string docs, index;
  size_t with_mistakes = 0;
  for (size_t n = 0; n < r.document_ids.size(); ++n) {
    const std::string& id = r.document_ids[n];
    const std::string doc = "e" + std::to_string(n + 1);
    std::string_view text;
    if (r.texts)
      if (auto it = r.texts->find(id); it != r.texts->end() && it->second) text = *it->second;
    std::vector<Shown> gold, system;
    DocumentMistakes dm, qm;
    static const std::vector<const TimexError*> no_date_errors;
    static const std::vector<const QuoteError*> no_quote_errors;
    if (auto it = dates.find(id); it != dates.end()) {
      auto e = date_errors.find(id);
      date_spans(*it->second, e == date_errors.end() ? no_date_errors : e->second, gold, system, dm);
    }
    if (auto it = gold_quotes.find(id); it != gold_quotes.end()) {
      auto s = system_quotes.find(id);
      auto e = quote_errors.find(id);
      quote_spans(*it->second, s == system_quotes.end() ? nullptr : s->second,
                  e == quote_errors.end() ? no_quote_errors : e->second, gold, system, qm);
    }
    const EvalCleanupRow* c = nullptr;
    if (auto it = cleanup.find(id); it != cleanup.end()) c = it->second;
    const size_t mistakes = dm.total() + qm.total() + (c && !c->exact ? 1 : 0);
    with_mistakes += mistakes > 0;

    std::string summary;
    if (dates.count(id))
      summary += "dates: " + std::to_string(dm.miss) + " missed, " + std::to_string(dm.fp) + " false positives, " +
                 std::to_string(dm.wrong) + " wrong";
    if (gold_quotes.count(id))
      summary += std::string(summary.empty() ? "" : " · ") + "quotes: " + std::to_string(qm.miss) + " missed, " +
                 std::to_string(qm.fp) + " false positives, " + std::to_string(qm.wrong) + " wrong speaker";
    if (c)
      summary += std::string(summary.empty() ? "" : " · ") + "cleanup repair ratio " + fixed3(c->score.ratio()) +
                 (c->exact ? " (exact)" : " (differs from gold)");

    docs += "<section class=\"doc" + std::string(mistakes ? " has-errors" : "") + "\" id=\"" + doc +
            "\" aria-labelledby=\"" + doc + "-h\">\n<h2 id=\"" + doc + "-h\"><span class=\"n\">" +
            std::to_string(n + 1) + "</span>";
    append_escaped(docs, id);
    docs += " <span class=\"meta\">";
    if (mistakes) docs += "<span class=\"bad\">" + std::to_string(mistakes) + (mistakes == 1 ? " mistake" : " mistakes") + "</span> · ";
    else docs += "no mistakes · ";
    append_escaped(docs, summary);
    docs += "</span></h2>\n";
    if (!gold.empty() || !system.empty()) {
      if (text.empty()) {
        docs += "<p class=\"bad\">The document's text is not known: its spans cannot be shown.</p>\n";
      } else {
        docs += "<div class=\"sides\">\n";
        append_side(docs, "gold", text, gold, doc);
        append_side(docs, "system", text, system, doc);
        docs += "</div>\n";
      }
    }
    docs += "</section>\n";

    index += "<tr" + std::string(mistakes ? " class=\"has-errors\"" : "") + "><td class=\"num\">" +
             std::to_string(n + 1) + "</td><td><a href=\"#" + doc + "\">";
    append_escaped(index, id);
    index += "</a></td><td class=\"num\">" + std::to_string(dm.miss + qm.miss) + "</td><td class=\"num\">" +
             std::to_string(dm.fp + qm.fp) + "</td><td class=\"num\">" + std::to_string(dm.wrong + qm.wrong) +
             "</td><td class=\"num\">" + (c ? fixed3(c->score.ratio()) : std::string("—")) + "</td></tr>\n";
  }

  out += "<h2 id=\"documents\">Documents</h2>\n<p>" + std::to_string(with_mistakes) + " of " +
         std::to_string(r.document_ids.size()) + " documents have mistakes.</p>\n";
  out += "<table><thead><tr><th>#</th><th>document</th><th>missed</th><th>false positives</th><th>wrong</th>"
         "<th>repair ratio</th></tr></thead><tbody>\n" + index + "</tbody></table>\n";
  out += "<ul class=\"statuses\" aria-label=\"How spans are marked\"><li class=\"ok\">right</li>"
         "<li class=\"miss\">missed (gold only)</li><li class=\"fp\">false positive (system only)</li>"
         "<li class=\"wrong\">wrong value or speaker</li><li class=\"neutral\">not scored (optional gold, "
         "ignored)</li></ul>\n";
  out += "<input type=\"checkbox\" id=\"only-errors\"><label class=\"filter\" for=\"only-errors\">Show only the "
         "documents with mistakes</label>\n<div class=\"docs\">\n" + docs + "</div>\n</main>\n";
  out += kPageEnd;
  return out;
}

bool write_eval_page(const std::filesystem::path& path, const EvalReport& report, std::string& error) {
  const std::string page = eval_page(report);
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (f) f.write(page.data(), static_cast<std::streamsize>(page.size()));
  if (f) f.close();
  if (!f) error = "cannot write " + path.string() + ": " + std::strerror(errno);
  return static_cast<bool>(f);
}

}  // namespace textchain::html
