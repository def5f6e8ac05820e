#include "html/marked_text.hpp"

#include "html/html_escape.hpp"

#include <algorithm>

namespace textchain::html {
namespace {

bool continuation(std::string_view s, size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

size_t char_boundary(std::string_view s, size_t i) {
  while (continuation(s, i)) ++i;
  return i;
}

struct Bounds {
  size_t begin, end;
};

}  // namespace

size_t append_marked_text(std::string& out, std::string_view text, const std::vector<MarkedSpan>& spans,
                          std::string_view tags) {
  const auto after = [&](const MarkedSpan& m) { out.append(tags.substr(m.after, m.after_end - m.after)); };
  // The spans kept, with their offsets moved to character boundaries, in opening order: by begin, the
  // longer first (it encloses the shorter), then in the order given.
  std::vector<Bounds> bounds(spans.size());
  std::vector<size_t> order;
  order.reserve(spans.size());
  size_t left_out = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    const MarkedSpan& s = spans[i];
    if (s.begin > s.end || s.end > text.size() || !(s.open <= s.id_begin && s.id_begin <= s.id_end &&
                                                     s.id_end <= s.after && s.after <= s.after_end &&
                                                     s.after_end <= tags.size())) {
      ++left_out;
      continue;
    }
    bounds[i] = {char_boundary(text, s.begin), char_boundary(text, s.end)};
    order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    if (bounds[x].begin != bounds[y].begin) return bounds[x].begin < bounds[y].begin;
    return bounds[x].end > bounds[y].end;
  });

  std::vector<size_t> stack;    // open elements, outermost first
  std::vector<size_t> to_open;  // pieces to open at the current position
  std::vector<bool> opened(spans.size(), false);
  size_t next = 0;  // next span of `order` to open
  size_t pos = 0;   // text written up to here
  while (next < order.size() || !stack.empty()) {
    size_t at = next < order.size() ? bounds[order[next]].begin : text.size();
    for (size_t s : stack) at = std::min(at, bounds[s].end);
    append_escaped(out, text.substr(pos, at - pos));
    pos = at;

    // Close every span that ends here; the ones above the outermost of them that go on are closed too,
    // and reopened as new pieces.
    to_open.clear();
    size_t k = 0;
    while (k < stack.size() && bounds[stack[k]].end > at) ++k;
    while (stack.size() > k) {
      const size_t s = stack.back();
      stack.pop_back();
      out.append(spans[s].close);
      if (bounds[s].end > at) to_open.push_back(s);
      else after(spans[s]);
    }
    while (next < order.size() && bounds[order[next]].begin == at) to_open.push_back(order[next++]);
    // Those that end later enclose the others.
    std::stable_sort(to_open.begin(), to_open.end(),
                     [&](size_t x, size_t y) { return bounds[x].end > bounds[y].end; });
    for (size_t s : to_open) {
      const MarkedSpan& m = spans[s];
      if (opened[s]) {
        out.append(tags.substr(m.open, m.id_begin - m.open));
        out.append(tags.substr(m.id_end, m.after - m.id_end));
      } else {
        out.append(tags.substr(m.open, m.after - m.open));
      }
      opened[s] = true;
      if (bounds[s].end == at) {  // empty span: nothing inside
        out.append(spans[s].close);
        after(spans[s]);
      } else {
        stack.push_back(s);
      }
    }
  }
  append_escaped(out, text.substr(pos));
  return left_out;
}

}  // namespace textchain::html
