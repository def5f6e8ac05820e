#include "found_quotes.hpp"

#include "quote_extractor.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <stdexcept>

namespace textchain::quotes {

FoundQuotes::FoundQuotes(std::string_view text, size_t expected)
    : text_(text), first_block_(std::clamp<size_t>(expected, 1, kBlockRecords)) {}
void FoundQuotes::expect(size_t expected) noexcept { first_block_ = std::clamp<size_t>(expected, 1, kBlockRecords); }
FoundQuotes::FoundQuotes(FoundQuotes&&) noexcept = default;
FoundQuotes& FoundQuotes::operator=(FoundQuotes&&) noexcept = default;
FoundQuotes::~FoundQuotes() = default;

uint32_t FoundQuotes::intern(std::string_view s) {
  if (strings_.size() <= kFewStrings) {
    for (size_t k = 0; k < strings_.size(); ++k)
      if (strings_[k] == s) return static_cast<uint32_t>(k);
  } else if (const uint32_t* id = ids_.find(s)) {
    return *id;
  }
  if (strings_.size() >= kNone) throw std::length_error("quotes: too many distinct speakers");
  if (string_room_ < s.size()) {  // a block of 4 KiB, or the string's own
    string_room_ = std::max<size_t>(4096, s.size());
    string_blocks_.push_back(std::make_unique_for_overwrite<char[]>(string_room_));
    string_next_ = string_blocks_.back().get();
  }
  char* const at = string_next_;
  std::memcpy(at, s.data(), s.size());
  string_next_ += s.size();
  string_room_ -= s.size();
  const auto id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(at, s.size());
  if (strings_.size() > kFewStrings) {
    if (strings_.size() == kFewStrings + 1)
      for (size_t k = 0; k + 1 < strings_.size(); ++k) ids_.emplace(strings_[k], static_cast<uint32_t>(k));
    ids_.emplace(strings_.back(), id);
  }
  return id;
}

uint8_t FoundQuotes::word(const char* literal, size_t size) {
  for (size_t k = 0; k < word_count_; ++k)
    if (words_[k].literal == literal && words_[k].size == size) return static_cast<uint8_t>(k);
  if (word_count_ >= kWords) throw std::length_error("quotes: too many kinds and methods");
  words_[word_count_] = {literal, size};
  return static_cast<uint8_t>(word_count_++);
}

uint8_t FoundQuotes::method_word(const char* literal) {
  for (size_t k = 0; k < word_count_; ++k)  // a literal is told by its address: no strlen per quotation
    if (words_[k].literal == literal) return static_cast<uint8_t>(k);
  return word(literal, std::strlen(literal));
}

FoundQuotes::Record FoundQuotes::record(const FoundQuote& f, bool outer) {
  Record r;
  r.begin = f.begin;
  r.end = f.end;
  r.kind = word(f.kind.data(), f.kind.size());
  r.flags = outer ? kOuter : 0;
  if (f.speaker) {
    r.speaker = intern(*f.speaker);
    r.speaker_begin = f.speaker_begin;
    r.speaker_end = f.speaker_end;
  }
  if (f.speaker_method) r.method = method_word(f.speaker_method);
  if (f.cue) {
    r.flags |= kHasCue;
    const std::string_view c = *f.cue;
    // Inside the text (compared as addresses, which std::less orders totally): kept as its offsets.
    if (!std::less<const char*>()(c.data(), text_.data()) &&
        !std::less<const char*>()(text_.data() + text_.size(), c.data() + c.size())) {
      r.cue_begin = static_cast<uint32_t>(c.data() - text_.data());
      r.cue_end = static_cast<uint32_t>(r.cue_begin + c.size());
    } else {
      r.flags |= kPooledCue;
      r.cue_begin = intern(c);
    }
  }
  return r;
}

FoundQuotes::Entry FoundQuotes::entry(const Record& r) const {
  Entry e;
  e.begin = r.begin;
  e.end = r.end;
  e.kind = std::string_view(words_[r.kind].literal, words_[r.kind].size);
  if (r.speaker != kNone) {
    e.speaker = strings_[r.speaker];
    e.speaker_begin = r.speaker_begin;
    e.speaker_end = r.speaker_end;
  }
  if (r.method != kNoWord) e.speaker_method = words_[r.method].literal;
  if (r.flags & kPooledCue) e.cue = strings_[r.cue_begin];
  else if (r.flags & kHasCue) e.cue = text_.substr(r.cue_begin, r.cue_end - r.cue_begin);
  return e;
}

FoundQuotes::Record& FoundQuotes::at(size_t i) noexcept {
  if (i < first_block_) return first_[i];
  const size_t k = i - first_block_;
  return more_[k / kBlockRecords][k % kBlockRecords];
}

void FoundQuotes::add(const FoundQuote& f, bool outer) {
  if (next_ == block_end_) {
    if (!first_) {
      first_ = std::make_unique_for_overwrite<Record[]>(first_block_);
      next_ = first_.get();
      block_end_ = next_ + first_block_;
    } else {
      next_ = more_.emplace_back(std::make_unique_for_overwrite<Record[]>(kBlockRecords)).get();
      block_end_ = next_ + kBlockRecords;
    }
  }
  *next_++ = record(f, outer);
  ++count_;
}

FoundQuotes::Entry FoundQuotes::last() const { return entry(next_[-1]); }

void FoundQuotes::set_last_speaker(const FoundQuote& f) {
  Record& r = next_[-1];
  r.speaker = f.speaker ? intern(*f.speaker) : kNone;
  r.speaker_begin = f.speaker_begin;
  r.speaker_end = f.speaker_end;
  r.method = f.speaker_method ? method_word(f.speaker_method) : kNoWord;
}

void FoundQuotes::share_voice(size_t first) {
  if (first + 1 >= count_) return;  // a group of one paragraph (most are) has nothing to share
  size_t voice = count_;
  for (size_t k = first; k < count_ && voice == count_; ++k)
    if ((at(k).flags & kOuter) && at(k).speaker != kNone) voice = k;
  if (voice == count_) return;
  const Record from = at(voice);
  const uint8_t continuation = method_word("continuation");
  for (size_t k = first; k < count_; ++k) {
    Record& r = at(k);
    if (!(r.flags & kOuter) || r.speaker != kNone) continue;
    r.speaker = from.speaker;
    r.speaker_begin = from.speaker_begin;
    r.speaker_end = from.speaker_end;
    r.method = continuation;
  }
}

void FoundQuotes::add_reported(const FoundQuote& f) { reported_.push_back(record(f, false)); }

void FoundQuotes::sort_reported() {
  std::stable_sort(reported_.begin(), reported_.end(), [](const Record& a, const Record& b) { return a.begin < b.begin; });
}

std::vector<FoundQuote> FoundQuotes::to_vector() && {
  std::vector<FoundQuote> out;
  out.reserve(size());
  drain([&](const Entry& e) {
    FoundQuote& f = out.emplace_back();
    f.begin = e.begin;
    f.end = e.end;
    f.kind = e.kind;
    if (e.speaker) f.speaker = std::string(*e.speaker);
    f.speaker_begin = e.speaker_begin;
    f.speaker_end = e.speaker_end;
    f.speaker_method = e.speaker_method;
    f.cue = e.cue;
  });
  return out;
}

}  // namespace textchain::quotes
