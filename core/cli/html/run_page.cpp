#include "html/run_page.hpp"

#include "io/attribute_text.hpp"
#include "io/role_spans.hpp"
#include "html/html_escape.hpp"
#include "html/marked_text.hpp"
#include "html/page.hpp"

#include <boost/json/serialize.hpp>

#include <unordered_map>

namespace textchain::html {
namespace {

using namespace std::string_view_literals;
using document::attribute_text;

constexpr size_t kLabelBytes = 60;    // of an attribute value shown in a label
constexpr size_t kCellBytes = 160;    // of a span's text in the annotation table
constexpr size_t kContextBytes = 30;  // either side of an edit

std::string id_text(const io::InputDocument& in) {
  if (!in.id_text.empty()) return in.id_text;
  return boost::json::serialize(in.id);
}

void append_number(std::string& out, size_t n) {
  char buf[24];
  char* p = buf + sizeof buf;
  do {
    *--p = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n);
  out.append(p, buf + sizeof buf - p);
}

void append_excerpt(std::string& out, std::string_view s, size_t max_bytes) {
  bool cut = false;
  append_escaped(out, excerpt(s, max_bytes, &cut));
  if (cut) out += "…"sv;
}

// Types in order of first appearance, with their counts (a document has few types: a linear search).
struct TypeCount {
  std::string_view type;
  size_t count;
};
void count(std::vector<TypeCount>& counts, std::string_view type) {
  for (auto& c : counts)
    if (c.type == type) {
      ++c.count;
      return;
    }
  counts.push_back({type, 1});
}

// The anchor of annotation `i` of document `doc` (d3): d3-a5; its role spans add the role: d3-a5-speaker.
void append_anchor(std::string& out, std::string_view doc, size_t i) {
  out += doc;
  out += "-a"sv;
  append_number(out, i);
}

// Starts a highlight of [begin, end) in `tags`: "<mark id=...", the id that of annotation `i` or of its
// `role` span; the caller writes the rest of the start tag, then sets `after` and the label.
MarkedSpan open_mark(std::string& tags, size_t begin, size_t end, std::string_view doc, size_t i,
                     std::string_view role) {
  MarkedSpan m;
  m.begin = begin;
  m.end = end;
  m.close = "</mark>";
  m.open = tags.size();
  tags += "<mark"sv;
  m.id_begin = tags.size();
  tags += " id=\""sv;
  append_anchor(tags, doc, i);
  if (!role.empty()) {
    tags += "-"sv;
    append_escaped(tags, role);
  }
  tags += "\""sv;
  m.id_end = tags.size();
  return m;
}

// "date [33, 45) by dates" and one line per attribute, escaped.
void append_title(std::string& out, const Annotation& a) {
  append_escaped(out, a.type);
  out += " ["sv;
  append_number(out, a.begin);
  out += ", "sv;
  append_number(out, a.end);
  out += ")"sv;
  if (!a.plugin.empty()) {
    out += " by "sv;
    append_escaped(out, a.plugin);
  }
  for (const auto& at : a.attributes) {
    out += "\n"sv;
    append_escaped(out, at.key);
    out += ": "sv;
    if (const auto* s = std::get_if<std::string>(&at.value)) append_escaped(out, *s);
    else if (const auto* i = std::get_if<int64_t>(&at.value); i && *i >= 0) append_number(out, static_cast<size_t>(*i));
    else append_escaped(out, attribute_text(at.value));
  }
  for (const auto& l : a.links) {
    out += "\n"sv;
    append_escaped(out, l.role);
    out += " → annotation id "sv;
    append_number(out, l.target);
  }
}

// The label after a highlight, escaped: the type, its value when it has one, and who a role span names.
void append_label(std::string& out, const Annotation& a, const std::vector<document::RoleSpan>& roles,
                  std::string_view text) {
  append_escaped(out, a.type);
  if (const auto* v = a.find("value"); v && !std::holds_alternative<std::nullptr_t>(*v)) {
    out += ' ';
    if (const auto* s = std::get_if<std::string>(v)) append_escaped(out, excerpt(*s, kLabelBytes));
    else append_escaped(out, excerpt(attribute_text(*v), kLabelBytes));
  }
  for (const auto& r : roles) {
    out += " → "sv;
    const auto* named = a.find(r.role);
    append_escaped(out, excerpt(named && std::holds_alternative<std::string>(*named)
                                    ? std::string_view(std::get<std::string>(*named))
                                    : text.substr(r.begin, r.end - r.begin),
                                kLabelBytes));
  }
}

void append_problems(std::string& out, const io::InputDocument& in, const Result* result) {
  std::string items;
  auto item = [&](bool error, std::string_view plugin, std::string_view message) {
    items += error ? "<li class=\"error\"><strong>error</strong>" : "<li class=\"warning\"><strong>warning</strong>";
    if (!plugin.empty()) {
      items += " ("sv;
      append_escaped(items, plugin);
      items += ")"sv;
    }
    items += ": "sv;
    append_escaped(items, message);
    items += "</li>\n"sv;
  };
  if (!in.error.empty()) item(true, {}, in.error);
  if (result)
    for (const auto& d : result->diagnostics)
      if (d.level == Diagnostic::Level::error) item(true, d.plugin, d.message);
  for (const auto& w : in.warnings) item(false, {}, w);
  if (result)
    for (const auto& d : result->diagnostics)
      if (d.level == Diagnostic::Level::warning) item(false, d.plugin, d.message);
  if (items.empty()) return;
  out += "<ul class=\"problems\" aria-label=\"Errors and warnings\">\n"sv;
  out += items;
  out += "</ul>\n"sv;
}

void append_edits(std::string& out, const Result& r) {
  out += "<details class=\"edits\" open><summary>"sv;
  append_number(out, r.edits.size());
  out += r.edits.size() == 1 ? " edit" : " edits";
  out += " made by rewriting steps, before → after</summary>\n<table><thead><tr><th>bytes</th><th>before</th>"
         "<th>after</th><th>rule</th></tr></thead><tbody>\n";
  const std::string_view text = r.original_text;
  for (const auto& e : r.edits) {
    const size_t b = std::min(e.original_begin, text.size()), en = std::min(std::max(e.original_end, b), text.size());
    size_t from = b > kContextBytes ? b - kContextBytes : 0, to = std::min(text.size(), en + kContextBytes);
    while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
    while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
    out += "<tr><td class=\"num\">"sv;
    append_number(out, e.original_begin);
    out += "–"sv;
    append_number(out, e.original_end);
    out += "</td>"sv;
    // Before, then after: the same context around the original and around the replacement.
    for (const bool after : {false, true}) {
      out += "<td class=\"t\">"sv;
      append_escaped(out, text.substr(from, b - from));
      out += after ? "<ins>"sv : "<del>"sv;
      append_escaped(out, after ? std::string_view(e.replacement) : std::string_view(e.original));
      out += after ? "</ins>"sv : "</del>"sv;
      append_escaped(out, text.substr(en, to - en));
      out += "</td>"sv;
    }
    out += "<td>"sv;
    append_escaped(out, e.plugin);
    if (!e.rule.empty()) {
      out += ": "sv;
      append_escaped(out, e.rule);
    }
    out += "</td></tr>\n"sv;
  }
  out += "</tbody></table>\n</details>\n"sv;
  if (r.text) {
    out += "<details class=\"final\"><summary>The text after rewriting</summary>\n<div class=\"text\">"sv;
    append_escaped(out, *r.text);
    out += "</div>\n</details>\n"sv;
  }
}

void append_annotation_table(std::string& out, const Result& r, std::string_view doc) {
  std::unordered_map<uint64_t, size_t> index_of_id;
  for (size_t i = 0; i < r.annotations.size(); ++i)
    if (!r.annotations[i].links.empty()) {
      for (size_t j = 0; j < r.annotations.size(); ++j) index_of_id.emplace(r.annotations[j].id, j);
      break;
    }
  out += "<details class=\"list\"><summary>The "sv;
  append_number(out, r.annotations.size());
  out += " annotations with all their attributes</summary>\n<table><thead><tr><th>#</th><th>type</th>"
         "<th>bytes</th><th>text</th><th>attributes</th></tr></thead><tbody>\n";
  for (size_t i = 0; i < r.annotations.size(); ++i) {
    const Annotation& a = r.annotations[i];
    out += "<tr><td class=\"num\"><a href=\"#"sv;
    append_anchor(out, doc, i);
    out += "\">"sv;
    append_number(out, i);
    out += "</a></td><td>"sv;
    append_escaped(out, a.type);
    out += "</td><td class=\"num\">"sv;
    append_number(out, a.begin);
    out += "–"sv;
    append_number(out, a.end);
    out += "</td><td class=\"t\">"sv;
    append_excerpt(out, r.span_text(a), kCellBytes);
    out += "</td><td>"sv;
    for (const auto& at : a.attributes) {
      out += "<b>"sv;
      append_escaped(out, at.key);
      out += "</b> "sv;
      append_escaped(out, attribute_text(at.value));
      out += "<br>"sv;
    }
    for (const auto& l : a.links) {
      out += "<b>"sv;
      append_escaped(out, l.role);
      out += "</b> → "sv;
      if (auto it = index_of_id.find(l.target); it != index_of_id.end()) {
        out += "<a href=\"#"sv;
        append_anchor(out, doc, it->second);
        out += "\">#"sv;
        append_number(out, it->second);
        out += "</a>"sv;
      } else {
        out += "(unknown annotation)"sv;
      }
      out += "<br>"sv;
    }
    out += "</td></tr>\n"sv;
  }
  out += "</tbody></table>\n</details>\n"sv;
}

}  // namespace

std::string RunPage::head() const {
  return page_head("textchain run", "<a href=\"#index\">Document index</a><span>textchain " +
                                        std::string(textchain::version()) + "</span>") +
         "<main>\n";
}

DocumentView RunPage::document(const io::InputDocument& in, const Result* result, size_t number) {
  DocumentView v;
  std::string& o = v.section;
  const std::string id = id_text(in);
  std::string doc = "d";
  append_number(doc, number);
  const size_t annotations = result ? result->annotations.size() : 0;
  size_t errors = in.error.empty() ? 0 : 1;
  if (result)
    for (const auto& d : result->diagnostics) errors += d.level == Diagnostic::Level::error;
  if (result) o.reserve(result->original_text.size() + result->original_text.size() / 8 + 700 * annotations + 4096);

  o += "<section class=\"doc\" id=\"" + doc + "\" aria-labelledby=\"" + doc + "-h\">\n<h2 id=\"" + doc +
       "-h\"><span class=\"n\">";
  append_number(o, number);
  o += "</span>"sv;
  append_escaped(o, id);
  o += " <span class=\"meta\">"sv;
  if (!in.date.empty() || (result && !result->date.empty())) {
    o += "date "sv;
    append_escaped(o, result && !result->date.empty() ? std::string_view(result->date) : std::string_view(in.date));
    o += " · "sv;
  }
  append_number(o, annotations);
  o += annotations == 1 ? " annotation" : " annotations";
  if (result && !result->edits.empty()) {
    o += " · "sv;
    append_number(o, result->edits.size());
    o += " edits"sv;
  }
  if (errors) {
    o += " · <span class=\"bad\">"sv;
    append_number(o, errors);
    o += errors == 1 ? " error</span>" : " errors</span>";
  }
  o += "</span></h2>\n"sv;
  append_problems(o, in, result);

  std::vector<TypeCount> types;
  if (result) {
    const Result& r = *result;
    const std::string_view text = r.original_text;
    std::vector<MarkedSpan> spans;
    spans.reserve(r.annotations.size() + r.annotations.size() / 2);
    std::string tags;  // every span's start tag and label (marked_text.hpp)
    tags.reserve(600 * r.annotations.size());
    std::vector<TypeCount> roles;
    for (size_t i = 0; i < r.annotations.size(); ++i) {
      const Annotation& a = r.annotations[i];
      count(types, a.type);
      const std::vector<document::RoleSpan> role_list = document::role_spans(a, text.size());
      const std::string_view colour = colour_class(a.type);
      MarkedSpan s = open_mark(tags, a.begin, a.end, doc, i, {});
      tags += " class=\"a "sv;
      tags += colour;
      tags += "\" data-a=\""sv;
      append_number(tags, i);
      tags += "\" data-t=\""sv;
      append_escaped(tags, a.type);
      tags += "\" title=\""sv;
      append_title(tags, a);
      tags += "\">"sv;
      // The label; with role spans it links to the first of them.
      s.after = tags.size();
      if (role_list.empty()) {
        tags += "<i class=\"l "sv;
      } else {
        tags += "<a href=\"#"sv;
        append_anchor(tags, doc, i);
        tags += "-"sv;
        append_escaped(tags, role_list.front().role);
        tags += "\" class=\"l "sv;
      }
      tags += colour;
      tags += "\" data-l=\""sv;
      append_label(tags, a, role_list, text);
      tags += role_list.empty() ? "\"></i>"sv : "\"></a>"sv;
      s.after_end = tags.size();
      spans.push_back(s);

      for (const auto& role : role_list) {
        count(roles, role.role);
        const std::string_view role_colour = colour_class(role.role);
        MarkedSpan m = open_mark(tags, role.begin, role.end, doc, i, role.role);
        tags += " class=\"r "sv;
        tags += role_colour;
        tags += "\" data-of=\""sv;
        append_number(tags, i);
        tags += "\" data-role=\""sv;
        append_escaped(tags, role.role);
        tags += "\" title=\""sv;
        append_escaped(tags, role.role);
        tags += " of annotation "sv;
        append_number(tags, i);
        tags += " ("sv;
        append_escaped(tags, a.type);
        tags += ")"sv;
        if (const auto* named = a.find(role.role); named && std::holds_alternative<std::string>(*named)) {
          tags += ": "sv;
          append_escaped(tags, std::get<std::string>(*named));
        }
        tags += "\">"sv;
        m.after = tags.size();
        tags += "<a href=\"#"sv;
        append_anchor(tags, doc, i);
        tags += "\" class=\"l "sv;
        tags += role_colour;
        tags += "\" data-l=\""sv;
        append_escaped(tags, role.role);
        tags += " ↩\"></a>"sv;
        m.after_end = tags.size();
        spans.push_back(m);
      }
    }

    if (!types.empty() || !roles.empty()) {
      o += "<ul class=\"legend\" aria-label=\"Annotation types\">"sv;
      // Role mentions are drawn dashed, in the text as in the legend.
      for (const bool mentions : {false, true})
        for (const auto& t : mentions ? roles : types) {
          o += "<li class=\"key "sv;
          o += colour_class(t.type);
          o += mentions ? "\" style=\"border-style:dashed\"><b>"sv : "\"><b>"sv;
          append_escaped(o, t.type);
          o += mentions ? "</b> (mention) "sv : "</b> "sv;
          append_number(o, t.count);
          o += "</li>"sv;
        }
      o += "</ul>\n"sv;
    }
    o += "<div class=\"text\">"sv;
    const size_t left_out = append_marked_text(o, text, spans, tags);
    o += "</div>\n"sv;
    if (left_out) {
      o += "<p class=\"bad\">"sv;
      append_number(o, left_out);
      o += " spans lie outside the text and are not shown.</p>\n"sv;
    }
    if (!r.edits.empty()) append_edits(o, r);
    if (!r.annotations.empty()) append_annotation_table(o, r, doc);
  }
  o += "</section>\n"sv;

  std::string& e = v.index_entry;
  e += "<tr><td class=\"num\">"sv;
  append_number(e, number);
  e += "</td><td><a href=\"#" + doc + "\">";
  append_escaped(e, id);
  e += "</a></td><td class=\"num\">"sv;
  append_number(e, annotations);
  e += "</td><td>"sv;
  for (size_t i = 0; i < types.size(); ++i) {
    if (i) e += ", "sv;
    append_escaped(e, types[i].type);
    e += " "sv;
    append_number(e, types[i].count);
  }
  e += "</td><td class=\"num\">"sv;
  if (errors) {
    e += "<span class=\"bad\">"sv;
    append_number(e, errors);
    e += "</span>"sv;
  } else {
    e += "0"sv;
  }
  e += "</td></tr>\n"sv;
  return v;
}

void RunPage::add_to_index(std::string_view entry) {
  index_ += entry;
  ++documents_;
}

std::string RunPage::tail() const {
  std::string out = "</main>\n<nav id=\"index\" aria-label=\"Document index\">\n<h2>Document index: ";
  append_number(out, documents_);
  out += documents_ == 1 ? " document" : " documents";
  out += "</h2>\n<table><thead><tr><th>#</th><th>document</th><th>annotations</th><th>types</th><th>errors</th>"
         "</tr></thead><tbody>\n";
  out += index_;
  out += "</tbody></table>\n</nav>\n"sv;
  out += kPageEnd;
  return out;
}

}  // namespace textchain::html
