#include "html/run_page.hpp"

#include "document/role_spans.hpp"
#include "html/html_escape.hpp"
#include "html/marked_text.hpp"
#include "html/page.hpp"

#include <boost/json/serialize.hpp>

#include <unordered_map>

namespace textchain::html {
namespace {

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
  if (cut) out += "…";
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

// The anchor of annotation `i` of document `anchor`: d3-a5; of its role span: d3-a5-speaker.
void append_anchor(std::string& out, std::string_view doc, size_t i) {
  out += doc;
  out += "-a";
  append_number(out, i);
}

// "date [33, 45) by dates" and one line per attribute.
std::string title_of(const Annotation& a) {
  std::string t = a.type + " [" + std::to_string(a.begin) + ", " + std::to_string(a.end) + ")";
  if (!a.plugin.empty()) t += " by " + a.plugin;
  for (const auto& at : a.attributes) t += "\n" + at.key + ": " + attribute_text(at.value);
  for (const auto& l : a.links) t += "\n" + l.role + " → annotation id " + std::to_string(l.target);
  return t;
}

// The label after a highlight: the type, its value when it has one, and who a role span names.
std::string label_of(const Annotation& a, const std::vector<document::RoleSpan>& roles, std::string_view text) {
  std::string l = a.type;
  if (const auto* v = a.find("value"); v && !std::holds_alternative<std::nullptr_t>(*v))
    l += " " + std::string(excerpt(attribute_text(*v), kLabelBytes));
  for (const auto& r : roles) {
    const auto* named = a.find(r.role);
    const std::string who = named && std::holds_alternative<std::string>(*named)
                                ? std::get<std::string>(*named)
                                : std::string(text.substr(r.begin, r.end - r.begin));
    l += " → " + std::string(excerpt(who, kLabelBytes));
  }
  return l;
}

void append_problems(std::string& out, const io::InputDocument& in, const Result* result) {
  std::string items;
  auto item = [&](bool error, std::string_view plugin, std::string_view message) {
    items += error ? "<li class=\"error\"><strong>error</strong>" : "<li class=\"warning\"><strong>warning</strong>";
    if (!plugin.empty()) {
      items += " (";
      append_escaped(items, plugin);
      items += ")";
    }
    items += ": ";
    append_escaped(items, message);
    items += "</li>\n";
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
  out += "<ul class=\"problems\" aria-label=\"Errors and warnings\">\n";
  out += items;
  out += "</ul>\n";
}

void append_edits(std::string& out, const Result& r) {
  out += "<details class=\"edits\" open><summary>";
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
    out += "<tr><td class=\"num\">";
    append_number(out, e.original_begin);
    out += "–";
    append_number(out, e.original_end);
    out += "</td><td class=\"t\">";
    append_escaped(out, text.substr(from, b - from));
    out += "<del>";
    append_escaped(out, e.original);
    out += "</del>";
    append_escaped(out, text.substr(en, to - en));
    out += "</td><td class=\"t\">";
    append_escaped(out, text.substr(from, b - from));
    out += "<ins>";
    append_escaped(out, e.replacement);
    out += "</ins>";
    append_escaped(out, text.substr(en, to - en));
    out += "</td><td>";
    append_escaped(out, e.plugin);
    if (!e.rule.empty()) {
      out += ": ";
      append_escaped(out, e.rule);
    }
    out += "</td></tr>\n";
  }
  out += "</tbody></table>\n</details>\n";
  if (r.text) {
    out += "<details class=\"final\"><summary>The text after rewriting</summary>\n<div class=\"text\">";
    append_escaped(out, *r.text);
    out += "</div>\n</details>\n";
  }
}

void append_annotation_table(std::string& out, const Result& r, std::string_view doc) {
  std::unordered_map<uint64_t, size_t> index_of_id;
  for (size_t i = 0; i < r.annotations.size(); ++i)
    if (!r.annotations[i].links.empty()) {
      for (size_t j = 0; j < r.annotations.size(); ++j) index_of_id.emplace(r.annotations[j].id, j);
      break;
    }
  out += "<details class=\"list\"><summary>The ";
  append_number(out, r.annotations.size());
  out += " annotations with all their attributes</summary>\n<table><thead><tr><th>#</th><th>type</th>"
         "<th>bytes</th><th>text</th><th>attributes</th></tr></thead><tbody>\n";
  for (size_t i = 0; i < r.annotations.size(); ++i) {
    const Annotation& a = r.annotations[i];
    out += "<tr><td class=\"num\"><a href=\"#";
    append_anchor(out, doc, i);
    out += "\">";
    append_number(out, i);
    out += "</a></td><td>";
    append_escaped(out, a.type);
    out += "</td><td class=\"num\">";
    append_number(out, a.begin);
    out += "–";
    append_number(out, a.end);
    out += "</td><td class=\"t\">";
    append_excerpt(out, r.span_text(a), kCellBytes);
    out += "</td><td>";
    for (const auto& at : a.attributes) {
      out += "<b>";
      append_escaped(out, at.key);
      out += "</b> ";
      append_escaped(out, attribute_text(at.value));
      out += "<br>";
    }
    for (const auto& l : a.links) {
      out += "<b>";
      append_escaped(out, l.role);
      out += "</b> → ";
      if (auto it = index_of_id.find(l.target); it != index_of_id.end()) {
        out += "<a href=\"#";
        append_anchor(out, doc, it->second);
        out += "\">#";
        append_number(out, it->second);
        out += "</a>";
      } else {
        out += "(unknown annotation)";
      }
      out += "<br>";
    }
    out += "</td></tr>\n";
  }
  out += "</tbody></table>\n</details>\n";
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
  o += "</span>";
  append_escaped(o, id);
  o += " <span class=\"meta\">";
  if (!in.date.empty() || (result && !result->date.empty())) {
    o += "date ";
    append_escaped(o, result && !result->date.empty() ? std::string_view(result->date) : std::string_view(in.date));
    o += " · ";
  }
  append_number(o, annotations);
  o += annotations == 1 ? " annotation" : " annotations";
  if (result && !result->edits.empty()) {
    o += " · ";
    append_number(o, result->edits.size());
    o += " edits";
  }
  if (errors) {
    o += " · <span class=\"bad\">";
    append_number(o, errors);
    o += errors == 1 ? " error</span>" : " errors</span>";
  }
  o += "</span></h2>\n";
  append_problems(o, in, result);

  std::vector<TypeCount> types;
  if (result) {
    const Result& r = *result;
    const std::string_view text = r.original_text;
    std::vector<MarkedSpan> spans;
    spans.reserve(r.annotations.size() + r.annotations.size() / 2);
    std::vector<TypeCount> roles;
    for (size_t i = 0; i < r.annotations.size(); ++i) {
      const Annotation& a = r.annotations[i];
      count(types, a.type);
      const std::vector<document::RoleSpan> role_list = document::role_spans(a, text.size());
      const std::string_view colour = colour_class(a.type);
      MarkedSpan s;
      s.begin = a.begin;
      s.end = a.end;
      std::string common = " class=\"a ";
      common += colour;
      common += "\" data-a=\"";
      append_number(common, i);
      common += "\" data-t=\"";
      append_escaped(common, a.type);
      common += "\" title=\"";
      append_escaped(common, title_of(a));
      common += "\">";
      s.open = "<mark id=\"";
      append_anchor(s.open, doc, i);
      s.open += "\"";
      s.open += common;
      s.reopen = "<mark" + common;
      s.close = "</mark>";
      // The label; with role spans it links to the first of them.
      if (role_list.empty()) {
        s.after = "<i class=\"l ";
      } else {
        s.after = "<a href=\"#";
        append_anchor(s.after, doc, i);
        s.after += "-";
        append_escaped(s.after, role_list.front().role);
        s.after += "\" class=\"l ";
      }
      s.after += colour;
      s.after += "\" data-l=\"";
      append_escaped(s.after, label_of(a, role_list, text));
      s.after += role_list.empty() ? "\"></i>" : "\"></a>";
      spans.push_back(std::move(s));

      for (const auto& role : role_list) {
        count(roles, role.role);
        const std::string_view role_colour = colour_class(role.role);
        MarkedSpan m;
        m.begin = role.begin;
        m.end = role.end;
        std::string rc = " class=\"r ";
        rc += role_colour;
        rc += "\" data-of=\"";
        append_number(rc, i);
        rc += "\" data-role=\"";
        append_escaped(rc, role.role);
        rc += "\" title=\"";
        std::string t = std::string(role.role) + " of annotation " + std::to_string(i) + " (" + a.type + ")";
        if (const auto* named = a.find(role.role); named && std::holds_alternative<std::string>(*named))
          t += ": " + std::get<std::string>(*named);
        append_escaped(rc, t);
        rc += "\">";
        m.open = "<mark id=\"";
        append_anchor(m.open, doc, i);
        m.open += "-";
        append_escaped(m.open, role.role);
        m.open += "\"" + rc;
        m.reopen = "<mark" + rc;
        m.close = "</mark>";
        m.after = "<a href=\"#";
        append_anchor(m.after, doc, i);
        m.after += "\" class=\"l ";
        m.after += role_colour;
        m.after += "\" data-l=\"";
        append_escaped(m.after, role.role);
        m.after += " ↩\"></a>";
        spans.push_back(std::move(m));
      }
    }

    if (!types.empty() || !roles.empty()) {
      o += "<ul class=\"legend\" aria-label=\"Annotation types\">";
      for (const auto& t : types) {
        o += "<li class=\"key ";
        o += colour_class(t.type);
        o += "\"><b>";
        append_escaped(o, t.type);
        o += "</b> ";
        append_number(o, t.count);
        o += "</li>";
      }
      for (const auto& t : roles) {
        o += "<li class=\"key ";
        o += colour_class(t.type);
        o += "\" style=\"border-style:dashed\"><b>";
        append_escaped(o, t.type);
        o += "</b> (mention) ";
        append_number(o, t.count);
        o += "</li>";
      }
      o += "</ul>\n";
    }
    o += "<div class=\"text\">";
    const size_t left_out = append_marked_text(o, text, spans);
    o += "</div>\n";
    if (left_out) {
      o += "<p class=\"bad\">";
      append_number(o, left_out);
      o += " spans lie outside the text and are not shown.</p>\n";
    }
    if (!r.edits.empty()) append_edits(o, r);
    if (!r.annotations.empty()) append_annotation_table(o, r, doc);
  }
  o += "</section>\n";

  std::string& e = v.index_entry;
  e += "<tr><td class=\"num\">";
  append_number(e, number);
  e += "</td><td><a href=\"#" + doc + "\">";
  append_escaped(e, id);
  e += "</a></td><td class=\"num\">";
  append_number(e, annotations);
  e += "</td><td>";
  for (size_t i = 0; i < types.size(); ++i) {
    if (i) e += ", ";
    append_escaped(e, types[i].type);
    e += " ";
    append_number(e, types[i].count);
  }
  e += "</td><td class=\"num\">";
  if (errors) {
    e += "<span class=\"bad\">";
    append_number(e, errors);
    e += "</span>";
  } else {
    e += "0";
  }
  e += "</td></tr>\n";
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
  out += "</tbody></table>\n</nav>\n";
  out += kPageEnd;
  return out;
}

}  // namespace textchain::html
