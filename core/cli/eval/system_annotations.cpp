#include "eval/system_annotations.hpp"

namespace textchain::eval {

std::vector<TimexItem> system_dates(const Result& result) {
  std::vector<TimexItem> out;
  for (const Annotation& a : result.annotations) {
    if (a.type != "date") continue;
    TimexItem t;
    t.begin = a.begin;
    t.end = a.end;
    t.timex_type = std::string(a.get_string("timex_type"));
    t.value = std::string(a.get_string("value"));
    t.mod = std::string(a.get_string("mod"));
    t.text = std::string(result.span_text(a));
    out.push_back(std::move(t));
  }
  return out;
}

SystemQuoteDoc system_quotes(const Result& result, std::string id) {
  SystemQuoteDoc doc;
  doc.id = std::move(id);
  for (const Annotation& a : result.annotations) {
    if (a.type != "quote") continue;
    SystemQuote q;
    q.begin = a.begin;
    q.end = a.end;
    q.kind = std::string(a.get_string("kind"));
    // A null or absent speaker is "nobody named"; an empty string is treated the same way.
    if (std::string_view s = a.get_string("speaker"); !s.empty()) q.speaker = std::string(s);
    if (std::string_view c = a.get_string("cue"); !c.empty()) q.cue = std::string(c);
    doc.quotes.push_back(std::move(q));
  }
  return doc;
}

}  // namespace textchain::eval
