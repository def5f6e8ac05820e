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

FoundQuotes::Wide FoundQuotes::wide(const FoundQuote& f, bool outer) {
  Wide r;
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

FoundQuotes::Entry FoundQuotes::entry(const Wide& r) const {
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

void FoundQuotes::note_long(uint32_t value, size_t i, Field field) {
  if (!long_values_) long_values_ = std::make_unique<std::unordered_map<uint64_t, uint32_t>>();
  long_values_->insert_or_assign(static_cast<uint64_t>(i) << kFieldBits | field, value);
}

uint16_t FoundQuotes::long_length(uint32_t length, size_t i, Field field) {
  if (length < kLong) {
    // A field rewritten shorter (set_last_speaker).
    if (long_values_) long_values_->erase(static_cast<uint64_t>(i) << kFieldBits | field);
    return static_cast<uint16_t>(length);
  }
  note_long(length, i, field);
  return kLong;
}

int16_t FoundQuotes::far_begin(uint32_t at, uint32_t from, size_t i, Field field) {
  const int64_t distance = static_cast<int64_t>(at) - from;
  if (distance > kFar && distance <= INT16_MAX) {
    if (long_values_) long_values_->erase(static_cast<uint64_t>(i) << kFieldBits | field);
    return static_cast<int16_t>(distance);
  }
  note_long(at, i, field);
  return kFar;
}

FoundQuotes::Record FoundQuotes::narrow(const Wide& w, size_t i) {
  const uint32_t length = w.end - w.begin, speaker_length = w.speaker_end - w.speaker_begin;
  const bool pooled = w.flags & kPooledCue;
  // A pooled cue's cue_begin is a string of strings_ (kept in long_values_), and it has no length. Without a
  // speaker or a cue, its begin is never read: kept as the quotation's.
  const uint32_t cue_length = pooled ? 0 : w.cue_end - w.cue_begin;
  const uint32_t speaker_begin = w.speaker == kNone ? w.begin : w.speaker_begin;
  const uint32_t cue_begin = w.flags & kHasCue ? w.cue_begin : w.begin;
  const int64_t speaker_at = static_cast<int64_t>(speaker_begin) - w.begin;
  const int64_t cue_at = static_cast<int64_t>(cue_begin) - w.begin;
  Record r;
  r.begin = w.begin;
  r.speaker = w.speaker;
  r.kind = w.kind;
  r.method = w.method;
  r.flags = w.flags;
  if (std::max({length, speaker_length, cue_length}) < kLong && speaker_at > kFar && speaker_at <= INT16_MAX &&
      cue_at > kFar && cue_at <= INT16_MAX && !pooled && !long_values_) [[likely]] {
    r.length = static_cast<uint16_t>(length);
    r.speaker_length = static_cast<uint16_t>(speaker_length);
    r.cue_length = static_cast<uint16_t>(cue_length);
    r.speaker_at = static_cast<int16_t>(speaker_at);
    r.cue_at = static_cast<int16_t>(cue_at);
  } else {
    r.length = long_length(length, i, kLength);
    r.speaker_length = long_length(speaker_length, i, kSpeakerLength);
    r.cue_length = long_length(cue_length, i, kCueLength);
    r.speaker_at = far_begin(speaker_begin, w.begin, i, kSpeakerBegin);
    if (pooled) {
      note_long(w.cue_begin, i, kCueBegin);
      r.cue_at = kFar;
    } else {
      r.cue_at = far_begin(cue_begin, w.begin, i, kCueBegin);
    }
  }
  return r;
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
  *next_++ = narrow(wide(f, outer), count_);
  ++count_;
}

FoundQuotes::Entry FoundQuotes::last() const { return entry(widen(next_[-1], count_ - 1)); }

void FoundQuotes::set_last_speaker(const FoundQuote& f) {
  Wide w = widen(next_[-1], count_ - 1);
  w.speaker = f.speaker ? intern(*f.speaker) : kNone;
  w.speaker_begin = f.speaker_begin;
  w.speaker_end = f.speaker_end;
  w.method = f.speaker_method ? method_word(f.speaker_method) : kNoWord;
  next_[-1] = narrow(w, count_ - 1);
}

void FoundQuotes::share_voice(size_t first) {
  if (first + 1 >= count_) return;  // a group of one paragraph (most are) has nothing to share
  size_t voice = count_;
  for (size_t k = first; k < count_ && voice == count_; ++k)
    if ((at(k).flags & kOuter) && at(k).speaker != kNone) voice = k;
  if (voice == count_) return;
  const Wide from = widen(at(voice), voice);
  const uint8_t continuation = method_word("continuation");
  for (size_t k = first; k < count_; ++k) {
    Record& r = at(k);
    if (!(r.flags & kOuter) || r.speaker != kNone) continue;
    Wide w = widen(r, k);
    w.speaker = from.speaker;
    w.speaker_begin = from.speaker_begin;
    w.speaker_end = from.speaker_end;
    w.method = continuation;
    r = narrow(w, k);
  }
}

void FoundQuotes::add_reported(const FoundQuote& f) { reported_.push_back(wide(f, false)); }

void FoundQuotes::sort_reported() {
  std::stable_sort(reported_.begin(), reported_.end(), [](const Wide& a, const Wide& b) { return a.begin < b.begin; });
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
