// Mentions of speakers and what they refer to.
//
// A mention is a name as written ("Russian Foreign Ministry Spokeswoman Maria Zakharova", "Zakharova",
// "TASS"), a pronoun ("she") or a description ("the spokeswoman", "the Russian foreign minister", "the
// company"). The resolver reads the capitalized names of the document (outside quotations), splits each into
// its role words and the name proper, and reports every mention by the fullest name the document gives its
// entity: "Maria Zakharova" for "she", "Zakharova" and "the spokeswoman" alike.
//
// Names are read lazily, a paragraph at a time, and only where a resolution looks: the paragraphs a referent
// search walks back through. A surname's fullest form may be written anywhere: its search reads, in a
// paragraph not read yet, only the names at the words starting with the surname (probe_name), those after
// something that may be a word of the same name, and the others when its gender is still unknown. A
// capitalized run never crosses a line break, so a paragraph's names are the ones a pass over the whole
// document would find there; the answers are the same, the cost is paid only near the quotations. What is
// learnt of a name in a paragraph not read yet (that it speaks, its gender) waits for it.
// Likewise a name a referent search walks past is settled (its surname looked up) only when the search's
// answer may depend on it.
#ifndef TEXTCHAIN_QUOTES_MENTION_RESOLVER_HPP
#define TEXTCHAIN_QUOTES_MENTION_RESOLVER_HPP

#include "cue_lexicon.hpp"
#include "doc_tokens.hpp"
#include "flat_string_map.hpp"
#include "name_lexicon.hpp"
#include "stable_blocks.hpp"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace textchain::quotes {

struct Mention {
  enum class Kind : uint8_t { none, name, pronoun, description };
  Kind kind = Kind::none;
  size_t first = kNoToken, last = kNoToken;  // tokens, inclusive
  bool definite = true;                      // descriptions: "the spokeswoman" vs "a spokesman"
  explicit operator bool() const noexcept { return kind != Kind::none; }
};

// Parsing mentions at a position. Runs of capitalized words join across name connectors ("Project on
// Government Oversight", "Marsh & Daughters"), initials and hyphens.
Mention mention_ending_at(const DocTokens& doc, size_t last);
Mention mention_starting_at(const DocTokens& doc, size_t first);

struct ResolvedSpeaker {
  std::string name;         // fullest form in the document
  uint32_t begin = 0, end = 0;  // the mention used (bytes)
};

class MentionResolver {
 public:
  // The per-document vectors come from the last resolver of this thread and go back to it (their memory,
  // not their contents): a resolver per document otherwise allocated and freed them all each time.
  MentionResolver(const DocTokens& doc, const CueLexicon& cues);
  ~MentionResolver();
  MentionResolver(const MentionResolver&) = delete;
  MentionResolver& operator=(const MentionResolver&) = delete;
  // The entity `m` refers to, or nullopt when the document names nobody it could be. `continuing`: the cue
  // says the same speaker goes on ("he added", "she continued"), so a pronoun keeps the last speaker.
  std::optional<ResolvedSpeaker> resolve(const Mention& m, bool continuing = false);
  // Whether `m` is a pronoun or a name the document knows as a person or an organization (not a plural
  // common noun opening a sentence, such as "Retailers").
  bool known_speaker(const Mention& m);
  // The first person the document names in full (the lede's subject), as the byte offset of the name.
  std::optional<uint32_t> first_person();
  // `pronoun` ("she") taken to mean the person named at byte `name_begin`, when the gender allows.
  std::optional<ResolvedSpeaker> resolve_as(const Mention& pronoun, uint32_t name_begin);

 private:
  // 16 bytes: a pool holds a name for every capitalized run of the paragraphs read, which on a document of
  // names in every sentence is most of the resolver's memory (docs/architecture.md#memory); the marks are
  // bit-fields after the offsets, and the byte offsets where the name, its role words and its surname begin are
  // their tokens' (name_begin(n), doc_.begin(role_tok), doc_.begin(last_tok(n))): a name proper opens on a word.
  // Its surname's token and its end are 16-bit distances from its first token and from the surname's first
  // byte (last_tok(n), end_of(n)); a name with either too far (`wide`) keeps both in wide_ends_ instead.
  struct Name {
    uint32_t first_tok = 0;     // the first token of the name proper; it begins there (name_begin)
    uint32_t role_tok = 0;      // where the role words before it start
    // The last token of the name proper is the surname (or the last word of an organization's name); the
    // name proper, titles dropped, ends `end_from_last` bytes after it begins. With `wide`, the two are the
    // index of the pair in wide_ends_, low half first.
    uint16_t last_from_first = 0, end_from_last = 0;
    uint8_t words = 0;
    bool org : 1 = false;
    bool wide : 1 = false;     // last_from_first and end_from_last index wide_ends_
    bool person : 1 = false;   // a person for certain: titled, a known given name, in apposition to a role, or a speaker
    bool read_as_person : 1 = false;  // `person` as the name was read, before surnames and speakers added to it
    bool maybe_person : 1 = false;  // a name of two or three words with nothing of an organization
    bool subject : 1 = false;       // the subject of a reporting verb: a speaker of the document
    bool introduced : 1 = false;      // a lone first name in apposition to a role or kin word ("his son, Tom,")
    bool opens_sentence : 1 = false;  // the name (with its role words) starts a sentence: its likely subject
    bool first_in_paragraph : 1 = false;  // the first of its paragraph's names in pool_ (none read before it there)
    bool settled : 1 = false;         // `person` and `gender` have what the name's fullest form teaches
    // Passed over by a referent search that no outcome of settling could have made it accept: its settling
    // (a surname search) waits until an answer depends on it, with `spoke` as the name was when passed over.
    bool deferred : 1 = false;
    bool spoke : 1 = false;           // `person || subject` when first deferred
    // A fullest form whose surname is never written alone with role words before it ("Mr. X", "President X"):
    // no other bearer of the surname can be told (grows_into). Set by the surname search; false when unknown.
    bool one_bearer : 1 = false;
    // A preposition's object ("loyal to Ann Lee", "with Ann Lee and Tom Hale"): named in passing. Decided when
    // first asked (preposition_object).
    enum class Object : uint8_t { unknown, no, yes };
    Object object : 2 = Object::unknown;
    // A one-word name that says where something happened ("met in Denver", "in Kent City, Delaware") or
    // modifies a title ("the Democratic presidential candidate"): no group that speaks. Decided when first
    // asked (place_name), as every "it"/"they" resolution walking past it asks again.
    enum class Place : uint8_t { unknown, no, yes };
    Place place : 2 = Place::unknown;
    Gender gender : 2 = Gender::unknown;  // of the person, from a given name or a gendered title
  };
  static_assert(sizeof(Name) == 16);
  struct WideEnds {
    uint32_t last_tok, end;
  };
  mutable std::vector<WideEnds> wide_ends_;  // names read const (name_read_at) may add one
  [[gnu::always_inline]] uint32_t last_tok(const Name& n) const noexcept {
    if (!n.wide) [[likely]] return n.first_tok + n.last_from_first;
    return wide_ends_[n.last_from_first | uint32_t{n.end_from_last} << 16].last_tok;
  }
  [[gnu::always_inline]] uint32_t end_of(const Name& n) const noexcept {
    if (!n.wide) [[likely]] return doc_.begin(n.first_tok + n.last_from_first) + n.end_from_last;
    return wide_ends_[n.last_from_first | uint32_t{n.end_from_last} << 16].end;
  }
  // Gives `n` (its first_tok set) its last token and its end, in wide_ends_ when either is too far.
  void set_ends(Name& n, uint32_t last_tok, uint32_t end) const;
  // Where name `n` begins in the text: its first token's byte offset (a name proper opens on a word).
  [[gnu::always_inline]] uint32_t name_begin(const Name& n) const noexcept {
    return doc_.tokens.compact()[n.first_tok >> 1].begin;
  }
  // A paragraph: tokens up to and including a line break. Its names are read once, when first needed. Each
  // name is settled before it is used: a lone surname learns from its fullest form whether it is a person and
  // its gender, and a fullest form learns its gender from a shorter form.
  // 16 bytes, a paragraph per line (303,788 on bench/memory/peak_memory.py's dense 100 MB document): its end is
  // the next paragraph's first token (end_tok), its first byte its first token's (begin_of), and its notes of
  // speakers, needed only until it is read, take the place of its count of names.
  struct Paragraph {
    uint32_t first_tok = 0;  // its tokens: [first_tok, end_tok(p))
    // While unread: its first note in pending_speakers_ (UINT32_MAX: none); once read: its names' count.
    uint32_t name_count_or_pending = UINT32_MAX;
    // Its names in pool_, outside quotations, in text order; null while unread (pool_.append never returns null,
    // even for no names).
    Name* names = nullptr;
    bool unread() const { return names == nullptr; }
  };
  static_assert(sizeof(Paragraph) == 16);
  // Byte offset of paragraph `p`'s first token (the text's end for an empty last one).
  uint32_t begin_of(const Paragraph& p) const {
    return p.first_tok < doc_.size() ? doc_.begin(p.first_tok) : static_cast<uint32_t>(doc_.text.size());
  }
  // The end of paragraph `p`'s tokens: split_paragraphs makes them follow each other up to the last token.
  size_t end_tok(size_t p) const { return p + 1 < paragraphs_.size() ? paragraphs_[p + 1].first_tok : doc_.size(); }
  // Names of all paragraphs read, a paragraph's together, in blocks that never move: a name found stays where it
  // is while further paragraphs are read. (20 bytes a name: a first block of 256, 5 KiB; later blocks double.)
  using NamePool = StableBlocks<Name, 256>;
  struct NameRange {
    Name *first, *last;
    Name* begin() const { return first; }
    Name* end() const { return last; }
  };
  NameRange names_of(size_t para) {
    const Paragraph& p = paragraphs_[para];
    return {p.names, p.names + p.name_count_or_pending};
  }
  void split_paragraphs();
  void read(size_t para);
  // The name read() keeps for the capitalized run [first, last] (with the marks it gives it as read, before any
  // speaker is noted), or false when it keeps none: a run inside a quotation, or one that names nothing. Also
  // false, before the marks are worked out, when `may_keep` refuses the name of the run unmarked (its words and
  // text are final then).
  template <class F>
  bool name_read_at(size_t first, size_t last, Name* out, F&& may_keep) const;
  // name_read_at for the run holding token `t` of paragraph `para`, found without reading the paragraph: the
  // runs are followed from the last token before `t` that no run holds. False when `t` is in no run.
  template <class F>
  bool probe_name(size_t para, size_t t, Name* out, F&& may_keep) const;
  void settle(Name& n);
  // Whether settling `n` needs its surname's fullest form (a surname search, unless remembered).
  bool settle_searches(const Name& n) const {
    return !n.settled && !n.org && (n.words == 1 || (fullest_candidate(n) && n.gender == Gender::unknown));
  }
  // Whether `accept` takes `n` with some `person` and `gender` settling `n` could give it (fields restored).
  template <class F>
  bool may_accept_settled(Name& n, F& accept);
  // Whether paragraph `a` is `b` or comes right before it, blank paragraphs apart.
  bool adjacent_paragraphs(size_t a, size_t b) const;
  // The paragraph holding byte `b`, or SIZE_MAX when `b` comes before the first (inside a headline).
  size_t paragraph_of(uint32_t b) const;
  // The name beginning at byte `begin` (settled when `settled`), or null.
  Name* name_at(uint32_t begin, bool settled = true);
  // The longest person name with surname `s` in the whole document (null when none), with the gender a shorter
  // form of it gives when it has none of its own. Reads the paragraphs holding `s`; remembered per surname.
  Name* fullest_of(std::string_view s);
  // For a surname `s` with no fuller form, given as a speaker at byte `before`: the fullest form of a person whose
  // surname is `s` misspelt, one letter off ("Ann Wilmot" … "Wilmott said"), written before `s` first is and at
  // least as often; null otherwise. Asked only of the names given as speakers (fullest): a search scans the text.
  const Name* misspelt_fullest(std::string_view s, uint32_t before);
  const Name* misspelt_search(std::string_view s, uint32_t before);  // misspelt_fullest, worked out
  struct MisspeltAnswer {
    std::string_view surname;
    const Name* name = nullptr;
  };
  MisspeltAnswer misspelt_[4] = {};
  size_t misspelt_next_ = 0;
  // Reads every paragraph and indexes every surname at once: a document whose surname searches have cost
  // more than a few passes over its text (a pathological one, with thousands of different names).
  void read_all();
  bool fullest_candidate(const Name& n) const {
    return (n.read_as_person || n.maybe_person) && !n.org && n.words >= 2;
  }
  // A written or recorded source ("the report", "a statement from the commission"): its owner when the text
  // names one, else the phrase itself.
  std::optional<ResolvedSpeaker> resolve_document(const Mention& m);
  // Whether the person description `m` ("the delegate") stands for someone the text leaves unnamed: it was
  // introduced by an indefinite phrase ("a delegate") or carries a qualifier of its own ("the premier of …").
  bool unnamed_referent(const Mention& m) const;
  size_t appositive_bearer_token(size_t det) const;           // the name's last token before ", a <role>"
  // The nearest word before token `from` that is `head`, counting the tokens passed in `steps` (at most
  // kMaxUnnamedLookback over the calls sharing it); kNoToken when none.
  size_t previous_use(std::string_view head, size_t from, int& steps) const;
  // The determiner opening the description headed by the word at `use` ("a spokeswoman"), at most four words
  // back; kNoToken when a non-word comes first or there is none.
  size_t determiner_before(size_t use) const;
  const Name* appositive_role_bearer(const Mention& m);        // "Ana Pruitt, a spokeswoman …": Ana Pruitt
  // Whether the name `n` holds `word` as one of its words (case-insensitive).
  bool name_has_word(const Name& n, std::string_view word) const;
  // Splits the capitalized run [first, last] into role words and name; false when it names nothing. Remembered
  // per run (run_keys_, run_names_): read(), a surname search's probe and a resolution ask again of the same runs.
  bool name_of_run(size_t first, size_t last, Name* out) const;
  bool split_run(size_t first, size_t last, Name* out) const;  // name_of_run, worked out
  // name_of_run's answers, direct-mapped by run: the key (first + 1) << 32 | (last + 1), 0 when empty, and the
  // name (valid when the answer was true). The names' bytes are written only with their key: no per-document
  // construction of the slots.
  static constexpr size_t kRunMemoSlots = 64;
  struct RunAnswer {
    uint64_t key;
    bool named;
  };
  mutable RunAnswer run_keys_[kRunMemoSlots] = {};
  alignas(Name) mutable unsigned char run_names_[kRunMemoSlots * sizeof(Name)];
  std::string fullest(const Name& n);
  // Whether the lone surname `n` may grow into its surname's fullest form `f`: the document gives the surname no
  // other bearer. Another bearer is one named by a gendered title of the other gender than `f`'s ("Mr. X" and
  // "Mary X"), or by a title that `f` never carries in a paragraph before `f` ("President X" … "the first lady,
  // Mary X"). Then only a mention titled with `f`'s gender grows ("Mrs. X"); the others stay as written.
  bool grows_into(const Name& n, const Name& f);
  bool other_bearer(std::string_view s, const Name& f);  // grows_into's search, worked out
  // Whether role words before the name are in its capitalized run ("Mr. X", "President X"; not "spokeswoman X"):
  // a word of the run comes before the name's first word.
  bool titled_in_run(const Name& n) const { return n.role_tok < n.first_tok && may_end_full_name(n.first_tok); }
  Gender title_gender(const Name& n) const;  // from the role words of the name's run alone ("Mr", "spokeswoman")
  struct BearerAnswer {
    std::string_view surname;
    bool other = false;
  };
  BearerAnswer bearers_[4] = {};  // grows_into's answers for the last few surnames asked
  size_t bearers_next_ = 0;
  [[gnu::always_inline]] std::string_view surname(const Name& n) const {
    const uint32_t b = doc_.begin(last_tok(n));
    return doc_.text.substr(b, end_of(n) - b);
  }
  // Names before byte offset `before`, most recent first, passing `accept`. Reads the paragraphs it walks;
  // settles the names it takes and those `accept` might take once settled (the others wait: deferred).
  //
  // `may_hold(para)`: false when no name of paragraph `para` can pass `accept`, whatever settling it gives (a word
  // the accepted name's text must hold is nowhere in the paragraph's). A paragraph not read yet that it rules out,
  // other than the first walked, is passed over unread (walked_past) when no walk can reach kMaxLookback names.
  template <class F, class G>
  const Name* most_recent(size_t before, F&& accept, G&& may_hold);
  template <class F>
  const Name* most_recent(size_t before, F&& accept) {
    return most_recent(before, std::forward<F>(accept), [](size_t) { return true; });
  }
  // Whether the text of paragraph `para` holds `w`, compared as `same(piece, w)` compares (iequals or same_word).
  template <class Same>
  bool paragraph_holds(size_t para, std::string_view w, Same&& same) const;
  // A paragraph not read that a walk passed over (most_recent): its names are deferred, as the walk would have
  // deferred them, when it is read, with the speakers noted before the walk (walked_past_[para], the count of
  // notes then; UINT32_MAX: never passed over). Empty until a walk passes over one.
  std::vector<uint32_t> walked_past_;
  // Whether a walk may pass over paragraphs unread: the document has no more capitalized words (so no more names)
  // than kMaxLookback, so no walk's count of names can reach the bound. -1: not counted yet.
  int walk_may_skip_ = -1;
  bool walk_may_skip();

  void mark_person(Name& n) const;
  void mark_gender(Name& n) const;
  void mark_apposition(Name& n) const;
  void mark_first_name_apposition(Name& n) const;  // "his daughter, Mia,"
  bool plural_common_noun(const Name& n) const;
  bool opening_apposition(size_t comma) const;  // the comma before a name
  bool after_introductory_phrase(size_t comma) const;  // the comma closing "In an interview with …," before a name
  // "with Ann Vail — who … — attacking the plan": the name `n` after "with" is the subject of a participle.
  bool absolute_subject(const Name& n) const;
  // Whether the name `nm` (in pool_) is a preposition's object; remembered in nm.object.
  bool preposition_object(Name& nm);
  // Whether the name `n` (in pool_) is a place or a title's modifier (see Name::place); remembered in n.place.
  bool place_name(Name& n);
  bool same_sentence(const Name& a, const Name& b) const;  // a before b, no sentence end between them
  // Records that the name starting at byte `begin` was found speaking: later pronouns prefer it.
  void note_speaker(uint32_t begin);
  void mark_speaker(size_t para, uint32_t begin);  // note_speaker's mark on the name at `begin` in read `para`
  struct PendingSpeaker {
    uint32_t begin;  // of the name found speaking
    uint32_t next;   // the paragraph's next note, UINT32_MAX at the last
  };
  std::vector<PendingSpeaker> pending_speakers_;  // notes for unread paragraphs, applied as read() reads them
  const DocTokens& doc_;
  const CueLexicon& cues_;

 public:
  // Tests only: settle every name a referent search walks past, as before deferring, to compare the answers.
  static inline bool settle_every_name_walked = false;
  // Tests only: a surname search reads every paragraph it looks in, as before probe_name, to compare the answers.
  static inline bool read_to_find_fullest = false;
  // Tests only: a referent search reads every paragraph it walks, as before it passed over those where the word its
  // answer must hold is not written (most_recent's may_hold), to compare the answers.
  static inline bool read_every_paragraph_walked = false;
  // Tests only: read() follows the runs inside quotations too, as before it passed over them, to compare the answers.
  static inline bool read_quoted_runs = false;
  // Tests only: name_of_run works every run out afresh, as before its answers were remembered, to compare.
  static inline bool split_every_run = false;
  // Tests only: how many times place_name has decided a name (not answered from what it remembered).
  static inline std::atomic<size_t> place_decisions{0};

 private:
  bool split_ = false;
  std::optional<ResolvedSpeaker> last_org_;  // the last organization resolved from a description
  std::vector<Paragraph> paragraphs_;        // from the end of a headline on
  NamePool pool_;
  // Surname -> its longest person name (null: none); holds every surname looked up (after read_all, every
  // surname with a person name, and no other).
  FlatStringMap<Name*> fullest_;
  bool all_read_ = false;
  // Fullest forms found in paragraphs not read (fullest_of), copies of the names read() will give them there;
  // a copy never moves.
  NamePool probed_;
  std::vector<Name> read_names_;  // scratch: the names read() finds in a paragraph, before they go to pool_
  size_t searched_bytes_ = 0;          // text scanned for surnames so far
  // Scratch: the words starting with a surname, in text order, and whether each may end a name of two words or more.
  struct Hit {
    size_t para;
    size_t tok;
    bool may_end_full;
  };
  std::vector<Hit> hits_;
  // Whether the word `t` may be the last word of a name of two words or more: a word of a capitalized run may
  // come before it. False is certain; true may be wrong.
  bool may_end_full_name(size_t t) const;
  // Acronym -> the first multi-word name with those initials ("IMF": "International Monetary Fund"), null
  // when none; per acronym looked up.
  FlatStringMap<const Name*> spelled_out_;
  // The name an acronym `n` stands for in this document, when one is written out; null otherwise.
  const Name* spelled_out(const Name& n);
  // The vectors a finished resolver leaves to the next one of its thread.
  struct Spare;
  static Spare& spare();
};

// The end (a token index) of a headline opening the document: a first line written in title case, where
// capitalized words run together across names ("Senator Grills Mayor Over Budget") and so are not names; 0
// when the document opens otherwise.
size_t headline_end(const DocTokens& doc);

// A name as text: white space inside collapsed to single spaces, a possessive 's dropped.
std::string clean_name(std::string_view raw);
// The same, a byte at a time for any input: what clean_name does when the name is not single-spaced, and what
// its fast path for single-spaced names must agree with.
std::string clean_name_collapsing(std::string_view raw);

}  // namespace textchain::quotes

#endif
