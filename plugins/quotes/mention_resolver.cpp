#include "mention_resolver.hpp"

#include "name_lexicon.hpp"

namespace textchain::quotes {
namespace {

// A name never runs longer than this many tokens; the bound keeps run scanning linear on odd input
// (a megabyte of capitalized words).
constexpr int kMaxRunTokens = 24;
// How far (bytes) the last speaker stays the referent of "he"/"she" against a person named later.
constexpr uint32_t kSpeakerReach = 300;
// How many names back a pronoun or description looks for its referent.
constexpr int kMaxLookback = 400;

bool cap_word(const DocTokens& d, size_t i) {
  if (i == kNoToken || !d.is_word(i)) return false;
  std::string_view w = d.str(i);
  return starts_upper(w) && !is_not_name_word(w);
}

bool adjacent(const DocTokens& d, size_t a, size_t b) {  // a before b, separated by nothing or one space
  if (b == a + 1) return true;
  return b == a + 2 && d.kind(a + 1) == TC_TOKEN_SPACE && d.tokens[a + 1].end - d.tokens[a + 1].begin == 1;
}

bool abbreviation(std::string_view w) {
  if (w.size() == 1) return true;  // an initial
  static constexpr std::string_view kAbbr[] = {"inc", "corp", "co", "ltd", "jr", "sr", "st", "mr", "mrs", "ms",
                                                "dr", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "prof"};
  for (auto a : kAbbr)
    if (iequals(w, a)) return true;
  return false;
}

bool connector(const DocTokens& d, size_t i) {
  if (i == kNoToken) return false;
  std::string_view w = d.str(i);
  if (w == "&") return true;
  return d.is_word(i) && starts_lower(w) && is_name_connector(w) && !iequals(w, "and");
}

size_t run_backward(const DocTokens& d, size_t last) {
  size_t first = last;
  for (int steps = 0; steps < kMaxRunTokens; ++steps) {
    size_t k = d.prev(first);
    if (k == kNoToken || !adjacent(d, k, first)) break;
    if (cap_word(d, k)) { first = k; continue; }
    if (d.is_punct(k, '.') && k > 0 && k - 1 < d.size() && cap_word(d, k - 1) && abbreviation(d.str(k - 1))) {
      first = k - 1;
      continue;
    }
    if (d.is_punct(k, '-') && k > 0 && cap_word(d, k - 1) && k + 1 == first) { first = k - 1; continue; }
    if (connector(d, k)) {
      size_t k2 = d.prev(k);
      if (k2 != kNoToken && adjacent(d, k2, k) && connector(d, k2)) k2 = d.prev(k2);
      if (k2 != kNoToken && cap_word(d, k2)) { first = k2; continue; }
    }
    break;
  }
  return first;
}

size_t run_forward(const DocTokens& d, size_t first) {
  size_t last = first;
  for (int steps = 0; steps < kMaxRunTokens; ++steps) {
    size_t k = d.next(last);
    if (k == kNoToken || !adjacent(d, last, k)) break;
    if (cap_word(d, k)) { last = k; continue; }
    if (d.is_punct(k, '.') && k == last + 1 && abbreviation(d.str(last))) {
      size_t k2 = d.next(k);
      if (k2 != kNoToken && adjacent(d, k, k2) && cap_word(d, k2)) { last = k2; continue; }
      last = k;  // "Inc." closes the name
      break;
    }
    if (d.is_punct(k, '-') && k == last + 1 && k + 1 < d.size() && cap_word(d, k + 1)) { last = k + 1; continue; }
    if (connector(d, k)) {
      size_t k2 = d.next(k);
      if (k2 != kNoToken && adjacent(d, k, k2) && connector(d, k2)) k2 = d.next(k2);
      if (k2 != kNoToken && cap_word(d, k2)) { last = k2; continue; }
    }
    break;
  }
  return last;
}

bool person_or_org_noun(std::string_view w) { return is_person_noun(w) || is_org_noun(w); }

}  // namespace

std::string clean_name(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  for (char c : raw) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  if (out.size() > 2 && (out.ends_with("'s") || out.ends_with("'S"))) out.resize(out.size() - 2);
  else if (out.size() > 4 && out.ends_with("\u2019s")) out.resize(out.size() - 4);
  return out;
}

Mention mention_ending_at(const DocTokens& d, size_t j) {
  Mention m;
  if (j == kNoToken || !d.is_word(j)) return m;
  std::string_view w = d.str(j);
  if (pronoun_of(w) != Pronoun::none) return {Mention::Kind::pronoun, j, j, true};
  if (cap_word(d, j)) return {Mention::Kind::name, run_backward(d, j), j, true};
  if (starts_lower(w) && person_or_org_noun(w)) {
    size_t i = j;
    for (int steps = 0; steps < 5; ++steps) {
      size_t k = d.prev(i);
      if (k == kNoToken || !d.is_word(k)) break;
      std::string_view kw = d.str(k);
      if (is_determiner(kw)) return {Mention::Kind::description, k, j, !is_indefinite(kw)};
      if (is_verb_filler(kw) || is_not_name_word(kw)) break;
      i = k;
    }
    return {Mention::Kind::description, i, j, false};
  }
  return m;
}

Mention mention_starting_at(const DocTokens& d, size_t i) {
  Mention m;
  if (i == kNoToken || !d.is_word(i)) return m;
  std::string_view w = d.str(i);
  if (pronoun_of(w) != Pronoun::none) return {Mention::Kind::pronoun, i, i, true};
  size_t k = i;
  bool definite = true;
  if (is_determiner(w)) {
    definite = !is_indefinite(w);
    k = d.next(i);
  }
  // Role words may come first and the name after them, possibly in apposition:
  //   said the vice president and chairman of Chrysler LLC Jim Press
  //   said chief investment officer at Solaris Asset Management, Tim Ghriskey
  //   said American president Obama
  size_t head = kNoToken, first_run = kNoToken, first_run_last = kNoToken;
  const bool in_phrase_start = k != i;  // after a determiner, capitalized words may be modifiers
  for (int steps = 0; steps < 14 && k != kNoToken; ++steps) {
    if (cap_word(d, k)) {
      size_t last = run_forward(d, k);
      size_t after = d.next(last);
      std::string_view lw = d.str(last);
      const bool then_lower = after != kNoToken && d.is_word(after) && starts_lower(d.str(after)) &&
                              pronoun_of(d.str(after)) == Pronoun::none && !iequals(d.str(after), "that");
      const bool role_like = is_title_word(lw) || is_org_word(lw) || (then_lower && is_title_word(d.str(after)));
      const bool in_role = role_like || head != kNoToken || in_phrase_start;
      if (after != kNoToken && d.is_punct(after, ',') && in_role && cap_word(d, d.next(after))) {
        size_t n2 = d.next(after);
        return {Mention::Kind::name, n2, run_forward(d, n2), true};
      }
      if (then_lower && in_role) {
        if (first_run == kNoToken) { first_run = k; first_run_last = last; }
        k = after;
        continue;
      }
      return {Mention::Kind::name, k, last, true};
    }
    if (!d.is_word(k)) {
      if (d.is_punct(k, ',') && (head != kNoToken || first_run != kNoToken) && cap_word(d, d.next(k))) {
        size_t n2 = d.next(k);
        return {Mention::Kind::name, n2, run_forward(d, n2), true};
      }
      break;
    }
    std::string_view kw = d.str(k);
    if (person_or_org_noun(kw)) head = k;
    else if (is_determiner(kw) || pronoun_of(kw) != Pronoun::none || iequals(kw, "that") || iequals(kw, "in") ||
             iequals(kw, "on"))
      break;
    k = d.next(k);
  }
  if (head == kNoToken && first_run != kNoToken && definite) return {Mention::Kind::name, first_run, first_run_last, true};
  if (head != kNoToken) return {Mention::Kind::description, i, head, definite && head != i};
  return m;
}

bool MentionResolver::name_of_run(size_t first, size_t last, Name* out) const {
  constexpr size_t kMax = 16;
  size_t words[kMax];
  size_t n = 0;
  for (size_t t = first; t <= last && t < doc_.size() && n < kMax; ++t)
    if (doc_.is_word(t) || doc_.str(t) == "&") words[n++] = t;
  size_t s = 0;
  while (s < n && (is_not_name_word(doc_.str(words[s])) || connector(doc_, words[s]))) ++s;
  if (s >= n) return false;
  // "Keith Springer of Capital Financial Advisory Services": a person and the organization they speak for.
  for (size_t k = s + 2; k + 1 < n; ++k) {
    std::string_view c = doc_.str(words[k]);
    if (!(iequals(c, "of") || iequals(c, "from") || iequals(c, "at"))) continue;
    bool plain = k - s <= 3;
    for (size_t j = s; j < k && plain; ++j) {
      std::string_view x = doc_.str(words[j]);
      plain = starts_upper(x) && !is_title_word(x) && !is_org_word(x);
    }
    if (plain) n = k;
    break;
  }
  long title = -1, org = -1;
  for (size_t k = s; k < n; ++k) {
    std::string_view w = doc_.str(words[k]);
    if (!starts_upper(w)) continue;
    if (is_title_word(w)) title = static_cast<long>(k);
    if (is_org_word(w)) org = static_cast<long>(k);
  }
  Name nm;
  const size_t lastw = n - 1;
  const bool cut_short = words[lastw] != last && !(doc_.str(last) == "." && last == words[lastw] + 1);
  std::string_view last_text = doc_.str(words[lastw]);
  const bool last_is_org = org == static_cast<long>(lastw) && !is_title_word(last_text);
  size_t from;
  if (last_is_org) {
    from = s;
    while (from < lastw && is_title_word(doc_.str(words[from])) && !is_org_word(doc_.str(words[from]))) ++from;
    nm.org = true;
  } else {
    long cut = std::max(title, org);
    from = cut >= 0 ? static_cast<size_t>(cut) + 1 : s;
    while (from <= lastw && connector(doc_, words[from])) ++from;
    if (from > lastw) return false;
    size_t count = lastw - from + 1;
    if (count > 3) from = lastw - 1;
  }
  nm.begin = doc_.tokens[words[from]].begin;
  nm.end = doc_.tokens[words[lastw]].end;
  if (!cut_short && doc_.kind(last) != TC_TOKEN_WORD && doc_.str(last) == "." && abbreviation(last_text))
    nm.end = doc_.tokens[last].end;
  nm.last_word_begin = doc_.tokens[words[lastw]].begin;
  nm.first_tok = static_cast<uint32_t>(words[from]);
  nm.last_tok = static_cast<uint32_t>(words[lastw]);
  // A possessive is not part of the name.
  std::string_view lw = doc_.text.substr(nm.last_word_begin, doc_.tokens[words[lastw]].end - nm.last_word_begin);
  if (lw.size() > 2 && (lw.ends_with("'s"))) nm.end = doc_.tokens[words[lastw]].end - 2;
  else if (lw.size() > 4 && lw.ends_with("\u2019s")) nm.end = doc_.tokens[words[lastw]].end - 4;
  nm.words = static_cast<uint8_t>(lastw - from + 1);
  if (!nm.org) {
    bool caps = lw.size() >= 2;
    for (char c : lw) caps = caps && ((c >= 'A' && c <= 'Z') || c == '.' || c == '&');
    if (nm.words == 1 && (caps || is_org_word(lw))) nm.org = true;
    if (from > s && title >= 0 && static_cast<size_t>(title) + 1 == from) nm.person = true;
    if (nm.words >= 2 && nm.words <= 3) nm.maybe_person = true;
  }
  // Role words: the titles inside the run and the title words and names just before it
  // ("Russian Foreign Ministry spokeswoman Maria Zakharova").
  size_t r = words[s];
  for (int steps = 0; steps < 8; ++steps) {
    size_t k = doc_.prev(r);
    if (k == kNoToken || !doc_.is_word(k)) break;
    std::string_view kw = doc_.str(k);
    if (!(is_title_word(kw) || cap_word(doc_, k) || is_name_connector(kw))) break;
    r = k;
  }
  nm.role_begin = doc_.tokens[r].begin;
  if (nm.end <= nm.begin) return false;
  *out = nm;
  return true;
}

void MentionResolver::build() {
  built_ = true;
  for (size_t i = 0; i < doc_.size(); ++i) {
    if (!cap_word(doc_, i)) continue;
    size_t last = run_forward(doc_, i);
    if (doc_.quote_at(doc_.tokens[i].begin) < 0) {
      Name nm;
      if (name_of_run(i, last, &nm)) {
        if (!nm.org) mark_person(nm);
        names_.push_back(nm);
      }
    }
    i = last;
  }
  for (size_t k = 0; k < names_.size(); ++k) {
    const Name& nm = names_[k];
    if (!(nm.person || nm.maybe_person) || nm.org || nm.words < 2) continue;
    auto [it, fresh] = fullest_.emplace(surname(nm), k);
    if (!fresh && names_[it->second].words < nm.words) it->second = k;
  }
  for (auto& nm : names_) {
    if (nm.org || nm.words != 1) continue;
    auto it = fullest_.find(surname(nm));
    if (it != fullest_.end() && (names_[it->second].person || nm.subject)) nm.person = true;
  }
}

void MentionResolver::mark_person(Name& nm) const {
  // Titled: a role word inside the run or just before it ("UBS analyst David Strauss", "Mr Howard").
  for (size_t t = nm.first_tok; t-- > 0;) {  // inside the run, before the name proper
    if (doc_.tokens[t].begin < nm.role_begin) break;
    if (doc_.kind(t) == TC_TOKEN_SPACE) continue;
    if (doc_.is_word(t) && is_title_word(doc_.str(t))) nm.person = true;
    break;
  }
  // A speaker: the subject of a reporting verb ("Zakharova noted"), or named right after one ("said Lavrov").
  size_t k = doc_.next(nm.last_tok);
  if (k != kNoToken && doc_.is_punct(k, ',')) k = doc_.next(k);  // "Constantin Stroe, said"
  for (int steps = 0; steps < 3 && k != kNoToken && doc_.is_word(k) && cues_.lookup(doc_.str(k)) == CueKind::none &&
                      is_verb_filler(doc_.str(k));
       ++steps)
    k = doc_.next(k);
  // "Russia have agreed to restore": a cue verb taking an infinitive reports an act, not speech.
  const size_t to = k == kNoToken ? kNoToken : doc_.next(k);
  const bool infinitive = to != kNoToken && doc_.is_word(to) && iequals(doc_.str(to), "to");
  if (k != kNoToken && doc_.is_word(k) && cues_.lookup(doc_.str(k)) != CueKind::none && !infinitive)
    nm.person = nm.subject = true;
  size_t p = doc_.prev(nm.first_tok);
  if (p != kNoToken && doc_.is_word(p) && cues_.lookup(doc_.str(p)) == CueKind::verb && nm.words >= 2) nm.person = true;
  // In apposition with a role ("Dan Cook, the senior market analyst", "David Buik of BGC Partners").
  k = doc_.next(nm.last_tok);
  if (k != kNoToken && (doc_.is_punct(k, ',') || (doc_.is_word(k) && (iequals(doc_.str(k), "of") ||
                                                                       iequals(doc_.str(k), "from"))))) {
    size_t t = doc_.next(k);
    for (int steps = 0; steps < 6 && t != kNoToken && doc_.is_word(t); ++steps, t = doc_.next(t)) {
      std::string_view w = doc_.str(t);
      if (is_title_word(w) || is_person_noun(w)) {
        nm.person = true;
        break;
      }
      if (!(is_determiner(w) || starts_upper(w) || is_name_connector(w))) break;
      if (doc_.is_word(k) && starts_upper(w) && nm.words >= 2) {  // of <Organization>
        nm.person = true;
        break;
      }
    }
  }
}

std::string MentionResolver::fullest(const Name& n) const {
  if (!n.org) {
    auto it = fullest_.find(surname(n));
    if (it != fullest_.end() && names_[it->second].words >= n.words) {
      const Name& f = names_[it->second];
      return clean_name(doc_.text.substr(f.begin, f.end - f.begin));
    }
  }
  return clean_name(doc_.text.substr(n.begin, n.end - n.begin));
}

template <class F>
const MentionResolver::Name* MentionResolver::most_recent(size_t before, F&& accept) const {
  auto it = std::lower_bound(names_.begin(), names_.end(), before,
                             [](const Name& n, size_t b) { return n.begin < b; });
  // Bounded: a referent further back than this many names is not found, so a long document full of
  // pronouns and no persons stays linear.
  for (int steps = 0; it != names_.begin() && steps < kMaxLookback; ++steps) {
    --it;
    if (accept(*it)) return &*it;
  }
  return nullptr;
}

std::optional<ResolvedSpeaker> MentionResolver::resolve(const Mention& m) {
  if (!m) return std::nullopt;
  if (!built_) build();
  const uint32_t mb = doc_.tokens[m.first].begin, me = doc_.tokens[m.last].end;
  const Name* found = nullptr;
  switch (m.kind) {
    case Mention::Kind::name: {
      Name nm;
      if (!name_of_run(m.first, m.last, &nm)) return std::nullopt;
      return ResolvedSpeaker{fullest(nm), nm.begin, nm.end};
    }
    case Mention::Kind::pronoun: {
      Pronoun p = pronoun_of(doc_.str(m.first));
      if (p == Pronoun::he || p == Pronoun::she) {
        // News refers back to the person it is reporting: the last one who spoke, before anyone merely named.
        // The last speaker wins over a person named after it in passing, when it is near.
        const Name* any = most_recent(mb, [](const Name& n) { return n.person && !n.org; });
        found = most_recent(mb, [](const Name& n) { return n.person && n.subject && !n.org; });
        if (!found || (any && any->begin > found->begin + kSpeakerReach)) found = any;
        if (!found) found = most_recent(mb, [](const Name& n) { return n.maybe_person && !n.org; });
      } else if (p == Pronoun::it || p == Pronoun::they) {
        found = most_recent(mb, [](const Name& n) { return !n.person && (n.org || n.words == 1); });
      }
      break;
    }
    case Mention::Kind::description: {
      // "Russian foreign affairs denied …": an organization named by a capitalized description is reported
      // as written.
      if (!m.definite && starts_upper(doc_.str(m.first)) && is_org_noun(doc_.str(m.last)) && m.last > m.first)
        return ResolvedSpeaker{clean_name(doc_.text.substr(mb, me - mb)), mb, me};
      if (!m.definite) return std::nullopt;
      std::string_view head = doc_.str(m.last);
      if (is_org_noun(head)) {
        found = most_recent(mb, [](const Name& n) { return !n.person && (n.org || n.words == 1); });
      } else {
        found = most_recent(mb, [&](const Name& n) {
          if (n.org) return false;
          std::string_view role = doc_.text.substr(n.role_begin, n.begin - n.role_begin);
          for (size_t p = 0; p + head.size() <= role.size(); ++p) {
            if (iequals(role.substr(p, head.size()), head)) return true;
          }
          return false;
        });
      }
      break;
    }
    case Mention::Kind::none:
      break;
  }
  if (!found) return std::nullopt;
  return ResolvedSpeaker{fullest(*found), mb, me};
}

}  // namespace textchain::quotes
