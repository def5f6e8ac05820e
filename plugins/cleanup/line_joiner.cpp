#include "line_joiner.hpp"

#include <algorithm>
#include <array>
#include <textchain/utf8.hpp>

#include "char_class.hpp"
#include "letters.hpp"
#include "line_index.hpp"
#include "mojibake.hpp"
#include "word_list.hpp"

namespace textchain::cleanup {

namespace {

// Words no sentence or headline ends with: a line ending with one was cut.
bool never_final(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "a", "an", "the", "its", "their", "our", "your", "my", "of", "and", "or", "nor", "than",
      "whose", "between", "per", "via", "amid"};
  static constexpr WordList kList(kWords);
  return kList.contains(w);
}

// Words that leave a sentence hanging almost as surely: "talks with officials into / the night".
bool hanging(std::string_view w) {
  static constexpr std::string_view kWords[] = {"into", "among", "amongst", "including", "toward", "towards", "despite",
      "upon", "onto", "during", "whom"};
  static constexpr WordList kList(kWords);
  return never_final(w) || kList.contains(w);
}

// Prepositions, conjunctions and verbs of saying that end a sentence-length line only when it was cut
// ("met officials in / April"); a headline may end with one ("Things to look out for"), so they count
// only on a long line or before an indented quotation.
bool mid_sentence(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in", "on", "at", "from", "by", "to", "with", "for", "about", "that", "under", "after",
      "before", "over", "against", "through", "across", "within", "said", "says", "told", "called",
      "named", "added", "warned", "is", "are", "was", "were", "will", "would", "has", "have", "had"};
  static constexpr WordList kList(kWords);
  return kList.contains(w);
}

size_t word_count(std::string_view t, const Line& l) {
  size_t n = 1;
  for (size_t i = l.content_begin; i < l.content_end; ++i) n += t[i] == ' ' && t[i + 1] != ' ';
  return n;
}

// Words a colon cannot follow: "reports of its :" is a cut sentence, not an announcement.
bool no_colon_after(std::string_view w) {
  static constexpr std::string_view kWords[] = {"in", "on", "at", "to", "for", "with", "from", "by", "into", "about",
      "that", "his", "her", "this", "these", "those", "is", "are", "was", "were"};
  static constexpr WordList kList(kWords);
  return never_final(w) || kList.contains(w);
}

// Openers of an introductory phrase, which a comma closes: "Earlier, NBC reported…".
bool introductory(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "after", "before", "earlier", "later", "unlike", "however", "meanwhile", "moreover",
      "furthermore", "additionally", "according", "in", "on", "at", "during", "despite", "while",
      "although", "though", "since", "as", "following", "amid", "nevertheless", "instead",
      "previously", "recently", "yesterday", "today", "separately", "similarly", "likewise",
      "consequently", "therefore", "thus", "besides", "finally", "indeed", "notably", "also",
      "then", "now", "still", "otherwise", "accordingly", "for", "like", "regarding", "besides"};
  static constexpr WordList kList(kWords);
  return kList.contains(w);
}

// The ASCII word ending at `end` (exclusive), lowercased into `buf`.
std::string_view word_before(std::string_view t, size_t begin, size_t end, std::array<char, 24>& buf) {
  size_t b = end;
  while (b > begin && is_ascii_alpha(t[b - 1])) --b;
  if (end - b == 0 || end - b > buf.size()) return {};
  if (b > begin && static_cast<unsigned char>(t[b - 1]) >= 0x80) return {};  // part of a non-ASCII word
  for (size_t i = b; i < end; ++i) buf[i - b] = static_cast<char>(t[i] | 0x20);
  return {buf.data(), end - b};
}

// The ASCII word starting at `begin`, lowercased.
std::string_view word_after(std::string_view t, size_t begin, size_t end, std::array<char, 24>& buf) {
  size_t e = begin;
  while (e < end && is_ascii_alpha(t[e])) ++e;
  if (e == begin || e - begin > buf.size()) return {};
  for (size_t i = begin; i < e; ++i) buf[i - begin] = static_cast<char>(t[i] | 0x20);
  return {buf.data(), e - begin};
}

bool is_closing_mark(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == 0xBB ||
         cp == 0x203A;
}

bool is_quote_mark(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0xAB ||
         cp == 0xBB || cp == 0x201E || cp == 0x2039 || cp == 0x203A;
}

bool is_bullet(char32_t cp) {
  return cp == 0x2022 || cp == 0xB7 || cp == 0x25AA || cp == 0x25E6 || cp == 0x2023 || cp == 0x25CF ||
         cp == '-' || cp == '*' || cp == 0x2013;
}

// Abbreviations a line may end with while its sentence goes on: "former U.S. / officials".
bool ends_with_abbreviation(std::string_view t, size_t begin, size_t end) {
  // t[end-1] == '.'
  size_t b = end - 1;
  while (b > begin) {
    const char c = t[b - 1];
    if (c == ' ' || c == '(' || c == '"') break;
    if (c == '.') return true;  // the word holds a period: U.S., a.m. (a look-up of '.' in the word cost a call)
    --b;
  }
  const std::string_view w = t.substr(b, end - 1 - b);
  if (w.empty()) return false;
  if (w.size() == 1 && is_ascii_upper(w[0])) return true;        // an initial: "John F."
  if (w.size() > 4) return false;  // longer than every title below: most lines end with such a word
  static constexpr std::string_view kWords[] = {
      "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
      "Jr", "Sr", "No", "vs", "Rev", "Hon", "Fr"};
  static constexpr WordList kList(kWords);
  return kList.contains(w);
}

enum class Ending { open, terminal, colon, stray_colon, semicolon, comma };

struct LineEnd {
  Ending kind = Ending::open;
  size_t colon_space = 0;  // for stray_colon: where the white space before ':' starts
  bool abbreviation = false;
};

// `abbreviation`: whether to look for an abbreviation before a final period. Only a break to a lowercase
// line can join after one; before any other line (bulleted or not) A's period ends the paragraph whether
// or not it ends an abbreviation (decide() keeps the break both ways), and clean news, whose paragraphs
// end with a period before a capital, skips the look-back over A's last word.
LineEnd classify_end(std::string_view t, const Line& a, bool abbreviation) {
  LineEnd r;
  const size_t b = a.content_begin, e = a.content_end;
  const char last = t[e - 1];
  if (last == ':') {
    size_t s = e - 1;
    for (;;) {
      if (s > b && (t[s - 1] == ' ' || t[s - 1] == '\t')) --s;
      else if (s >= b + 2 && static_cast<unsigned char>(t[s - 2]) == 0xC2 && static_cast<unsigned char>(t[s - 1]) == 0xA0) s -= 2;
      else break;
    }
    if (s < e - 1 && s > b) {
      r.kind = Ending::stray_colon;
      r.colon_space = s;
    } else {
      r.kind = Ending::colon;
    }
    return r;
  }
  if (last == ';') return r.kind = Ending::semicolon, r;
  if (last == ',') return r.kind = Ending::comma, r;
  // The character that ends before `q` and where it starts: an ASCII byte is its own character (what
  // utf8::previous and decode find for it, without their calls; most lines end with ASCII).
  const auto before = [&t](size_t q, size_t& start) -> char32_t {
    if (const auto c = static_cast<unsigned char>(t[q - 1]); c < 0x80) {
      start = q - 1;
      return c;
    }
    start = utf8::previous(t, q);
    return utf8::decode(t, start).cp;
  };
  // Skip closing quotes and brackets (and spaces before a stray closing quote): `invalid. "`.
  size_t p = e;
  while (p > b) {
    size_t s;
    const char32_t cp = before(p, s);
    if (is_closing_mark(cp) || (cp == ' ' && p < e)) p = s;
    else break;
  }
  if (p == b) return r;
  size_t last_start;
  const char32_t cp = before(p, last_start);
  if (cp == '.' && p == e && abbreviation && ends_with_abbreviation(t, b, p)) {
    r.abbreviation = true;
    return r;
  }
  if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002) r.kind = Ending::terminal;
  return r;
}

enum class Start { lower, upper, quote, digit, other };

struct LineStart {
  Start kind = Start::other;
  size_t text = 0;  // where B's words start (after a bullet)
  bool bullet = false;
  bool numbered = false;  // "1. ", "2) ": an item of a numbered list
};

// classify_start for a line that does not start with an ASCII letter.
LineStart classify_other_start(std::string_view t, const Line& l) {
  LineStart r;
  size_t p = l.content_begin;
  const utf8::CodePoint first = utf8::decode(t, p);
  if (is_bullet(first.cp) && p + first.size < l.content_end && edge_space_width(t, p + first.size) != 0) {
    size_t q = p + first.size;
    for (size_t w; q < l.content_end && (w = edge_space_width(t, q)) != 0;) q += w;
    r.bullet = true;
    p = q;
  }
  r.text = p;
  if (!r.bullet) {
    size_t q = p;
    while (q < l.content_end && q - p < 3 && is_ascii_digit(t[q])) ++q;
    r.numbered = q > p && q + 1 < l.content_end && (t[q] == '.' || t[q] == ')') && t[q + 1] == ' ';
  }
  char32_t cp = utf8::decode(t, p).cp;
  if (static_cast<unsigned char>(t[p]) == 0xC3) {
    // The line may start with mojibake ("Ã©tÃ©"): judge it by the letter the mojibake rule restores,
    // or cleaning its output again would decide differently.
    Edits repaired;
    find_mojibake(t.substr(p, std::min<size_t>(l.content_end - p, 32)), repaired);
    if (!repaired.empty() && repaired.front().begin == 0) cp = utf8::decode(repaired.front().replacement, 0).cp;
  }
  if (cp < 0x80) {
    // Most lines start with ASCII: the classes below, without their calls and table look-ups.
    const char c = static_cast<char>(cp);
    if (is_ascii_lower(c)) r.kind = Start::lower;
    else if (c == '"' || c == '\'') r.kind = Start::quote;
    else if (is_ascii_digit(c)) r.kind = Start::digit;
    else if (is_ascii_upper(c)) r.kind = Start::upper;
    return r;
  }
  if (is_continuation_lowercase(cp)) r.kind = Start::lower;
  else if (is_quote_mark(cp)) r.kind = Start::quote;
  else if (cp < 0x80 && is_ascii_digit(static_cast<char>(cp))) r.kind = Start::digit;
  else if (is_latin_capital(cp)) r.kind = Start::upper;
  return r;
}

// Inline for the common case: most lines start with an ASCII letter (no bullet, no number, no mojibake),
// which the steps of classify_other_start would conclude after decoding; called for every line, the
// call and the returned struct cost more than the test.
inline LineStart classify_start(std::string_view t, const Line& l) {
  const size_t p = l.content_begin;
  if (p < l.content_end && is_ascii_alpha(t[p])) {
    LineStart r;
    r.text = p;
    r.kind = is_ascii_lower(t[p]) ? Start::lower : Start::upper;
    return r;
  }
  return classify_other_start(t, l);
}

struct Decision {
  size_t begin = 0, end = 0;
  std::string_view replacement;
  std::string_view rule;
  bool joins = false;
};

bool enabled(const LineRules& rules, std::string_view rule) {
  if (rule == rule::stray_colon) return rules.stray_colon;
  if (rule == rule::inline_bullet) return rules.inline_bullet;
  return rules.join_broken_lines;
}

// What to do at the break between A and B; `a_fragment`: A itself continued the line before it;
// `verse`: A and B belong to a block of short lines with no blank line between them (a poem, lyrics).
// `every_abbreviation`: look for the abbreviation before every line (the plain reading the tests compare
// the skip with).
// `a_start`, `start`: classify_start of A and B (the caller has them already).
Decision decide(std::string_view t, const Line& a, const LineStart& a_start, const Line& b, const LineStart& start,
                bool a_fragment, bool verse, bool every_abbreviation) {
  Decision d;
  const LineEnd end = classify_end(t, a, every_abbreviation || start.kind == Start::lower);
  std::array<char, 24> buf1{}, buf2{};
  const auto join = [&](size_t from, std::string_view with, std::string_view rule) {
    d = {from, start.text, with, rule, true};
  };
  const std::string_view continue_rule = start.bullet ? rule::inline_bullet : rule::join_broken_lines;

  if (end.kind == Ending::stray_colon) {
    const std::string_view before = word_before(t, a.content_begin, end.colon_space, buf1);
    if (start.kind == Start::lower) {
      // A participle clause takes a comma: "NBC reported, citing unnamed sources".
      const std::string_view next = word_after(t, start.text, b.content_end, buf2);
      const bool participle = next.size() >= 5 && next.ends_with("ing");
      // A short introductory phrase takes a comma too: "According to the ministry, the talks…".
      std::array<char, 24> buf3{};
      const std::string_view opener = word_after(t, a.content_begin, a.content_end, buf3);
      const bool intro = is_ascii_upper(t[a.content_begin]) && introductory(opener) &&
                         !no_colon_after(before) && word_count(t, a) <= 6;
      join(end.colon_space, participle || intro ? ", " : " ", rule::stray_colon);
    } else if (no_colon_after(before)) {
      join(end.colon_space, " ", rule::stray_colon);
    } else if (start.kind == Start::quote || start.bullet) {
      // It announces a quotation or a list: it stays, only the space before it goes.
      d = {end.colon_space, a.content_end - 1, "", rule::stray_colon, false};
    } else {
      const std::string_view opener = word_after(t, a.content_begin, a.content_end, buf2);
      const bool capital = is_ascii_upper(t[a.content_begin]);
      join(end.colon_space, capital && introductory(opener) ? ", " : " ", rule::stray_colon);
    }
    return d;
  }
  // A list: bulleted items that do not continue a lowercase sentence, any item after a colon, comma or
  // semicolon ("The measures are:" / "- cutting taxes"), after an item of its own list, and numbered items.
  if (start.numbered) return d;
  if (start.bullet && (start.kind != Start::lower || end.kind != Ending::open)) return d;
  if (start.bullet && !a_fragment && a_start.bullet && !end.abbreviation) {
    const std::string_view last = word_before(t, a.content_begin, a.content_end, buf1);
    if (!hanging(last) && !mid_sentence(last)) return d;
  }
  // Short lines stacked without blank lines are verse or lyrics, each line starting with a capital.
  if (verse && (start.kind == Start::upper || start.kind == Start::quote)) return d;
  if (end.kind == Ending::open) {
    if (start.kind == Start::lower) {
      join(a.content_end, " ", continue_rule);
      return d;
    }
    if (end.abbreviation || t[a.content_end - 1] == '.') return d;
    const std::string_view last = word_before(t, a.content_begin, a.content_end, buf1);
    if (last.empty()) return d;
    const bool cut = hanging(last) ||
                     (start.kind != Start::other && mid_sentence(last) &&
                      ((start.kind == Start::quote && b.content_begin > b.begin) || word_count(t, a) >= 8));
    if (cut) join(a.content_end, " ", continue_rule);
    return d;
  }
  switch (end.kind) {
    case Ending::comma:
      if (start.kind == Start::lower) join(a.content_end, " ", continue_rule);
      break;
    case Ending::colon:
      // "…on Wednesday:" itself continued a cut sentence: what follows is part of it, unless it is a
      // quotation or a list (excluded above).
      if (start.kind == Start::lower || (a_fragment && start.kind != Start::quote)) join(a.content_end, " ", continue_rule);
      break;
    default:
      break;
  }
  return d;
}

}  // namespace

bool introductory_opener(std::string_view lowercase_word) { return introductory(lowercase_word); }

namespace {

// Whether classify_end finds A ending a sentence, read from its last two bytes: '!' or '?'; '.' when no
// abbreviation is looked for; or one ASCII closing quote or bracket after any of the three. decide() makes
// no edit after such an ending, whatever B is, so most breaks of news (a paragraph ending with a period
// before a blank line) are passed without classifying A's end or looking for verse and stanzas around them.
// False where unsure: classify_end decides.
inline bool plainly_terminal(std::string_view t, const Line& a, bool abbreviation) {
  const char last = t[a.content_end - 1];
  if (last == '!' || last == '?') return true;
  if (last == '.') return !abbreviation;
  if (last != '"' && last != '\'' && last != ')' && last != ']') return false;
  if (a.content_end - a.content_begin < 2) return false;
  const char before = t[a.content_end - 2];
  return before == '.' || before == '!' || before == '?';
}

void scan_lines(std::string_view t, const LineIndex& lines, const LineRules& rules, Edits& out, bool every_abbreviation) {
  Line a;
  bool have_a = false, a_fragment = false, a_boiler = false;
  // A is a verse-like line (see below) right below another one, `a_gap` breaks apart.
  bool a_after_short = false, a_verse = false;
  size_t a_gap = 0;
  // A line of verse: short, starting with a capital or a quotation mark. Each line's start is classified
  // once, when it is B, and kept while it is A (it was asked for up to five times per line).
  const auto short_start = [](const Line& x, const LineStart& s) {
    return x.content_end - x.content_begin <= 60 && !s.bullet && (s.kind == Start::upper || s.kind == Start::quote);
  };
  const auto short_line = [&](const Line& x) {
    return x.content_end - x.content_begin <= 60 && short_start(x, classify_start(t, x));
  };
  // A stanza: three or more lines of at most 40 bytes, one line break apart, whatever case they start
  // with ("Her hands knew flour / before they knew my name, / and kept on"). Scraped text cut mid-sentence
  // has blank lines between its pieces, and hard-wrapped text runs to a wider column, so such a block is
  // verse, a list or an address, and its breaks are kept.
  const auto stanza_start = [](const Line& x, const LineStart& s) {
    return !x.blank() && x.content_end - x.content_begin <= 40 && !s.bullet;
  };
  const auto stanza_line = [&](const Line& x) {
    return !x.blank() && x.content_end - x.content_begin <= 40 && !classify_start(t, x).bullet;
  };
  LineStart a_start;
  bool a_stanza_after = false;  // A is a stanza line right below another one
  size_t breaks = 0;
  const Line* const all = lines.data();
  const size_t count = lines.size();
  for (size_t k = 0; k < count; ++k) {
    const Line& l = all[k];
    if (l.blank()) {
      if (have_a) ++breaks;
      continue;
    }
    const bool boiler = rules.boilerplate && l.boilerplate;
    bool joined = false;
    const LineStart l_start = classify_start(t, l);
    const bool l_verse = short_start(l, l_start);
    // (The plain reading, every_abbreviation, decides every break: the tests compare the two.)
    if (have_a && !boiler && !a_boiler && (every_abbreviation || !plainly_terminal(t, a, l_start.kind == Start::lower))) {
      // Verse: A and B short lines starting with capitals, and so is a third line right before A or
      // right after B, as far apart (poems are printed with no blank lines or with one after each line).
      bool verse = false;
      if (breaks <= 2 && a_verse && l_verse) {
        verse = a_after_short && a_gap == breaks;
        size_t after = k + 1, gap = 1;
        while (!verse && after < count && gap <= breaks) {
          const Line& c = all[after];
          if (!c.blank()) {
            verse = gap == breaks && short_line(c);
            break;
          }
          ++gap;
          ++after;
        }
      }
      bool stanza = false;
      if (breaks == 1 && stanza_start(a, a_start) && stanza_start(l, l_start)) {
        stanza = a_stanza_after;
        if (!stanza && k + 1 < count) stanza = stanza_line(all[k + 1]);
      }
      Decision d = stanza ? Decision{} : decide(t, a, a_start, l, l_start, a_fragment, verse, every_abbreviation);
      if (d.joins && breaks >= 2 && stanza_start(l, l_start)) {
        // B opens a stanza ("The card read:" / blank / three short lines): the verse is not pulled up.
        const Line b2 = lines.at_or_end(k + 1);
        if (stanza_line(b2) && k + 2 < count && stanza_line(all[k + 2])) d = Decision{};
      }
      if (!d.rule.empty() && enabled(rules, d.rule)) {
        out.push_back({d.begin, d.end, std::string(d.replacement), d.rule});
        joined = d.joins;
      }
    }
    if (have_a && !joined && breaks >= 3 && rules.blank_lines)
      out.push_back({a.end, l.begin, a.crlf ? "\r\n\r\n" : "\n\n", rule::spacing});
    a_stanza_after = have_a && breaks == 1 && stanza_start(a, a_start) && stanza_start(l, l_start);
    a_after_short = have_a && breaks <= 2 && a_verse && l_verse;
    a_verse = l_verse;
    a_gap = breaks;
    a = l;
    a_start = l_start;
    have_a = true;
    a_fragment = joined;
    a_boiler = boiler;
    breaks = 1;
  }
}

}  // namespace

void find_line_edits(std::string_view t, const LineIndex& lines, const LineRules& rules, Edits& out) {
  scan_lines(t, lines, rules, out, false);
}

void find_line_edits_every_abbreviation(std::string_view t, const LineIndex& lines, const LineRules& rules, Edits& out) {
  scan_lines(t, lines, rules, out, true);
}

}  // namespace textchain::cleanup
