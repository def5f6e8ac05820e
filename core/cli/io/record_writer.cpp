#include "io/record_writer.hpp"

#include "io/json_string_bytes.hpp"

#include "chain/chain_runner.hpp"

#include "document/utf8_repair.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/serializer.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <charconv>
#include <cmath>
#include <optional>
#if defined(__x86_64__) && defined(__GNUC__)
#define TEXTCHAIN_WRITER_AVX2 1
#include <immintrin.h>
#endif


namespace textchain::io {
namespace {
// A name in a record (a type, a plugin, an attribute key, a link role): its bytes, and its id in the
// annotation store's NameTable when it comes from there (a record repeats a dozen names thousands of
// times; LineWriter::name escapes each once per record).
struct NameRef {
  std::string_view text;
  uint32_t id = UINT32_MAX;  // none
};

// The record is written piece by piece into one string, exactly as boost::json::serialize would write the
// whole object: a large document's record would otherwise exist three times over (its text copied into a
// json::string, the JSON objects of all its annotations, then the serialized line).
//
// The string is kept sized beyond what is written (`len_` bytes are the record): every write is a copy into
// room already there, not a std::string append with its checks, and an escaped string is written straight
// into it 16 bytes at a time, 32 for a long one with AVX2 (issue 19: the writer was a tenth of `run --jsonl`'s
// instructions on news).
class LineWriter {
 public:
  // With a sink, the line is handed over in pieces of about kPieceBytes as it grows (flush_if_full).
  static constexpr size_t kPieceBytes = 1 << 20;
  explicit LineWriter(size_t capacity, const RecordSink* sink = nullptr) : line_(std::move(spare())), sink_(sink) {
    const size_t want = std::max<size_t>(sink ? std::min(capacity, kPieceBytes + kPieceBytes / 4) : capacity, 64);
    // A large record's room is reserved, not zeroed: room() zeroes what the record grows into.
    if (want > kKeptBytes) line_.reserve(want);
    if (line_.size() < want) line_.resize(std::min(want, kKeptBytes));
    line_[len_++] = '{';
    // The escaped names stay from one record to the next (each entry is checked against its name), until
    // they hold more than kNameCacheBytes.
    if (names_.bytes.size() > kNameCacheBytes) {
      names_.bytes.clear();
      names_.by_id.clear();
      names_.slots.clear();
    }
    ++names_.record;
  }
  // The buffer goes back to the thread for its next record, unless a large document made it large.
  ~LineWriter() {
    if (line_.size() <= kKeptBytes) spare() = std::move(line_);
    spare_names() = std::move(names_);
  }
  LineWriter(const LineWriter&) = delete;
  LineWriter& operator=(const LineWriter&) = delete;
  // Hands what is written so far to the sink once it reaches kPieceBytes.
  void flush_if_full() {
    if (sink_ && len_ >= kPieceBytes) {
      (*sink_)(std::string_view(line_.data(), len_));
      len_ = 0;
    }
  }
  void raw(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    len_ += s.size();
  }
  // A literal (the record's punctuation and field names, a few dozen per annotation): its size is known
  // here, so the copy is a few moves in place rather than a call to memcpy (issue 19: raw() was called
  // some ten times per annotation, at about 45 instructions each).
  template <size_t N>
  [[gnu::always_inline]] void raw(const char (&s)[N]) {
    std::memcpy(room(N - 1), s, N - 1);
    len_ += N - 1;
  }

  void number(uint64_t n) {
    char* p = room(24);
    len_ += static_cast<size_t>(std::to_chars(p, p + 24, n).ptr - p);
  }
  // An integer attribute: to_chars writes what the JSON serializer would, without its reset and buffer.
  void integer(int64_t n) {
    char* p = room(24);
    len_ += static_cast<size_t>(std::to_chars(p, p + 24, n).ptr - p);
  }
  void json(const boost::json::value& v) {
    if (!sr_) sr_.emplace();
    sr_->reset(&v);
    drain();
  }
  // A JSON string of `s`, escaped straight from it (made valid UTF-8 first when needed). A string of one
  // chunk is escaped first and checked only if it held a byte above 0x7F: ASCII needs no check, and invalid
  // UTF-8 (rare) is written again over it, repaired. A longer one may leave in pieces while it is escaped,
  // so it is checked first.
  void string(std::string_view s) {
#if defined(__SSE2__)
    if (s.size() < 16 && short_ascii(s)) return;
#endif
    if (s.size() <= kChunk) {
      const size_t at = len_;
      if (!escaped(s) || document::is_valid_utf8(s)) return;
      len_ = at;
      escaped(document::to_valid_utf8(s));
      return;
    }
    if (!document::is_valid_utf8(s)) {
      escaped(document::to_valid_utf8(s));
      return;
    }
    escaped(s);
  }
#if defined(__SSE2__)
  // `s` (fewer than 16 bytes) as a JSON string when it is ASCII that needs no escape, as most values and
  // spans of dates are: one block checked and stored, with one check of the room (issue 19: through
  // escaped(), a short string's set-up cost more than its bytes). False, with nothing written, otherwise.
  bool short_ascii(std::string_view s) {
    const size_t n = s.size();
    alignas(16) char block[16] = {};
    copy_short(block, s.data(), n);
    const __m128i v = _mm_load_si128(reinterpret_cast<const __m128i*>(block));
    if ((json_special_bytes(v) | _mm_movemask_epi8(v)) & ((1 << n) - 1)) return false;
    char* const p = room(18);
    p[0] = '"';
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 1), v);
    p[n + 1] = '"';
    len_ += n + 2;
    return true;
  }
#endif
  // A name as a JSON string. One with an id is escaped once and copied after that: its JSON string is kept,
  // found by the name's bytes, for this record and the thread's next ones; within a record, by its id
  // (an id names the same bytes throughout a record). Found by the bytes, not by the id across records: a
  // store numbers its names in the order a document first uses them, so an id names "date" in one tweet
  // and "quote" in the next, and a cache by id missed about a third of the time on tweets.
  void name(NameRef n) {
    if (n.id == UINT32_MAX) {
      string(n.text);
      return;
    }
    if (const NameCache::Known* k = kept_name(n)) {
      // A short JSON string (most names) is copied as a block of fixed size: `bytes` ends in kPad bytes
      // of slack, and the line has room past its end; only k->size of them count.
      std::memcpy(room(NameCache::kPad), names_.bytes.data() + k->at, NameCache::kPad);
      len_ += k->size;
      return;
    }
    any_name(n);
  }
  // `before`, the name, `after`, with one check of the line's room when the name is kept (the commonest
  // case: a type or a key written after its punctuation).
  template <size_t N, size_t M>
  void name_between(const char (&before)[N], NameRef n, const char (&after)[M]) {
    if (n.id == UINT32_MAX) {  // a Result's annotation: its names are not kept
      raw(before);
      string(n.text);
      raw(after);
      return;
    }
    const NameCache::Known* k = kept_name(n);
    if (!k) {
      raw(before);
      any_name(n);
      raw(after);
      return;
    }
    char* p = room(N - 1 + NameCache::kPad + M - 1);
    char* const start = p;
    std::memcpy(p, before, N - 1);
    p += N - 1;
    std::memcpy(p, names_.bytes.data() + k->at, NameCache::kPad);
    p += k->size;
    std::memcpy(p, after, M - 1);
    p += M - 1;
    len_ += static_cast<size_t>(p - start);
  }
  // Up to `n` bytes written by `write(p)`, which returns where they end: the room is checked once, and the
  // writes go through a local pointer (a char store may alias the line's own size, so writes through
  // the writer reload it after every store).
  template <class Write>
  void block(size_t n, const Write& write) {
    char* const start = room(n);
    len_ += static_cast<size_t>(write(start) - start);
  }
  // `"key":`, after a comma unless it is the record's first field.
  void key(std::string_view k) {
    if (!first_key_) put(',');
    first_key_ = false;
    string(k);
    put(':');
  }
  // The same for one of the record's own field names, a literal that needs no escape: copied, not escaped.
  template <size_t N>
  void key(const char (&k)[N]) {
    if (!first_key_) put(',');
    first_key_ = false;
    put('"');
    raw(std::string_view(k, N - 1));
    raw("\":");
  }
  // Closes the record and its line: a view of the line's last piece (all of it without a sink), valid
  // while the writer lives.
  std::string_view finish() {
    raw("}\n");
    return {line_.data(), len_};
  }
  // The same as a string of its own: a copy of a record of the usual size (the buffer stays for the next
  // record), the buffer itself for a large one (a copy would hold it twice).
  std::string take() {
    const std::string_view line = finish();
    if (line_.size() <= kKeptBytes) return std::string(line);
    line_.resize(len_);
    return std::move(line_);
  }

 private:
  // The longest string escaped before its UTF-8 check; longer ones are checked first.
  static constexpr size_t kChunk = 16 * 1024;
  // Bytes of a string escaped per step: the room a step asks for is six times this (every byte a \u00XX).
  static constexpr size_t kBlock = 512;

  // A buffer kept per thread from one record to the next: it is sized (and its bytes zeroed) once, not per
  // record. Larger ones are freed after their record.
  static constexpr size_t kKeptBytes = 4 << 20;
  static std::string& spare() {
    thread_local std::string buffer;
    return buffer;
  }
  // Room for `n` more bytes after the record so far; the caller writes them and moves len_.
  [[gnu::always_inline]] char* room(size_t n) {
    if (line_.size() - len_ < n) [[unlikely]]
      grow(n);
    return line_.data() + len_;
  }
  [[gnu::noinline]] void grow(size_t n) { line_.resize(std::max(line_.size() * 2, len_ + n)); }
  void put(char c) { *room(1) = c, ++len_; }
  void drain() {
    while (!sr_->done()) raw(sr_->read(buf_));
  }
  // `s` as a JSON string, escaped as boost::json::serialize escapes it (the text of every record goes
  // through here: a serializer per string, refilling a buffer, cost more than the escaping). A long string
  // goes a chunk at a time, handing full pieces to the sink between chunks. True when `s` holds a byte
  // above 0x7F (it may then need the UTF-8 check).
  bool escaped(std::string_view s) {
    put('"');
    const char* p = s.data();
    size_t n = s.size();
    // Pieces leave between blocks only for a string longer than one chunk: string() may write a shorter
    // one again from where it began.
    const bool may_flush = n > kChunk;
    bool high = false;
    while (n) {
      size_t step = std::min(n, kBlock);
      if (may_flush) {
        flush_if_full();
        // Near the end of a piece, steps that cannot pass it by more than a few bytes (a byte becomes at most
        // six): pieces stay within a few bytes of kPieceBytes.
        if (sink_) step = std::min(step, std::max<size_t>((kPieceBytes - len_) / 6, 8));
      }
      // 32 bytes of slack: the vector loops store whole blocks.
      char* const begin = room(step * 6 + 32);
      char* const end = escape_chunk(p, step, begin, high);
      len_ += static_cast<size_t>(end - begin);
      p += step;
      n -= step;
    }
    put('"');
    return high;
  }
  // Writes the escaped `n` bytes at `p` to `out` (room for 6n + 32 bytes); returns the end of what it wrote.
  static char* escape_chunk(const char* p, size_t n, char* out, bool& high) {
    size_t i = 0;
#if defined(TEXTCHAIN_WRITER_AVX2)
    // A long string (a record's text) in blocks of 32; the last bytes, and short strings, as below.
    static const bool avx2 = writer_has_avx2();
    if (n >= kAvx2From && avx2) {
      i = escape_blocks_avx2(p, n, out, high);
      p += i, n -= i, i = 0;
    }
#endif
#if defined(__SSE2__)
    int high_bits = 0;
    while (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out), v);
      const int mask = json_special_bytes(v);
      if (!mask) {
        high_bits |= _mm_movemask_epi8(v);
        i += 16;
        out += 16;
        continue;
      }
      const int k = __builtin_ctz(static_cast<unsigned>(mask));
      // The bytes before the escape were stored with the block; only they count for `high`.
      high_bits |= _mm_movemask_epi8(v) & ((1 << k) - 1);
      out += k;
      i += static_cast<size_t>(k);
      out = escape_byte(static_cast<unsigned char>(p[i++]), out);
    }
    // The last bytes (all of a short string: names, values, the text of an annotation) as one more block,
    // copied into a block of zeros so that nothing past the string is read; the zeros are masked out.
    while (i < n) {
      const size_t rest = n - i;
      alignas(16) char tail[16] = {};
      copy_short(tail, p + i, rest);
      const __m128i v = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out), v);
      const int in_string = (1 << rest) - 1;
      const int mask = json_special_bytes(v) & in_string;
      if (!mask) {
        high_bits |= _mm_movemask_epi8(v) & in_string;
        out += rest;
        break;
      }
      const int k = __builtin_ctz(static_cast<unsigned>(mask));
      high_bits |= _mm_movemask_epi8(v) & ((1 << k) - 1);
      out += k;
      i += static_cast<size_t>(k);
      out = escape_byte(static_cast<unsigned char>(p[i++]), out);
    }
    high |= high_bits != 0;
    return out;
#else
    for (; i < n; ++i) {
      const unsigned char c = static_cast<unsigned char>(p[i]);
      high |= c >= 0x80;
      if (kEscapes[c]) out = escape_byte(c, out);
      else *out++ = static_cast<char>(c);
    }
    return out;
#endif
  }
#if defined(TEXTCHAIN_WRITER_AVX2)
  // The string length from which blocks of 32 pay: below it most strings fit in a block or two of 16.
  static constexpr size_t kAvx2From = 64;
  static bool writer_has_avx2() noexcept {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2");
  }
  // escape_chunk()'s loop over whole blocks of 32 (AVX2, picked at run time: the build targets plain
  // x86-64): the text of a news record has an escape every 60 to 100 bytes, and its runs between them
  // went 16 bytes at a time (issue 19). Writes from `out` (room for 6n + 32 bytes), advancing it, and
  // returns the bytes of `p` it used: all but the last (fewer than 32), which escape_chunk's loop takes.
  __attribute__((target("avx2"))) static size_t escape_blocks_avx2(const char* p, size_t n, char*& out, bool& high) {
    __m256i quote = _mm256_set1_epi8('"'), backslash = _mm256_set1_epi8('\\'), last_control = _mm256_set1_epi8(0x1F);
    // Opaque to the compiler, the constants stay in registers: it otherwise broadcast them again per block.
    asm("" : "+x"(quote), "+x"(backslash), "+x"(last_control));
    unsigned high_bits = 0;
    size_t i = 0;
    char* o = out;
    while (i + 32 <= n) {
      const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(o), v);
      const __m256i hit = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, quote), _mm256_cmpeq_epi8(v, backslash)),
                                          _mm256_cmpeq_epi8(_mm256_min_epu8(v, last_control), v));
      const unsigned mask = static_cast<unsigned>(_mm256_movemask_epi8(hit));
      const unsigned bytes_high = static_cast<unsigned>(_mm256_movemask_epi8(v));
      if (!mask) {
        high_bits |= bytes_high;
        i += 32;
        o += 32;
        continue;
      }
      const unsigned k = static_cast<unsigned>(__builtin_ctz(mask));
      // The bytes before the escape were stored with the block; only they count for `high`.
      high_bits |= bytes_high & ((1u << k) - 1);
      o += k;
      i += k;
      o = escape_byte(static_cast<unsigned char>(p[i++]), o);
    }
    high |= high_bits != 0;
    out = o;
    return i;
  }
#endif
  // The `n` (< 16) bytes at `from` to `to`, in at most two overlapping loads and stores of a fixed size:
  // a call to memcpy of a variable size, per short string (most values and spans), cost some 20
  // instructions more.
  static void copy_short(char* to, const char* from, size_t n) {
    if (n >= 8) {
      uint64_t a, b;
      std::memcpy(&a, from, 8);
      std::memcpy(&b, from + n - 8, 8);
      std::memcpy(to, &a, 8);
      std::memcpy(to + n - 8, &b, 8);
    } else if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, from, 4);
      std::memcpy(&b, from + n - 4, 4);
      std::memcpy(to, &a, 4);
      std::memcpy(to + n - 4, &b, 4);
    } else {
      for (size_t k = 0; k < n; ++k) to[k] = from[k];
    }
  }
  // The escape of `c` (one that needs one) at `out`; returns its end.
  static char* escape_byte(unsigned char c, char* out) {
    const char e = kEscapes[c];
    if (e == 'u') {
      static constexpr char kHex[] = "0123456789abcdef";
      const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      std::memcpy(out, u, 6);
      return out + 6;
    }
    out[0] = '\\', out[1] = e;
    return out + 2;
  }
  // Per byte: 0 (as is), the letter of a two-character escape, or 'u' for \u00XX.
  static constexpr std::array<char, 256> kEscapes = [] {
    std::array<char, 256> t{};
    for (unsigned c = 0; c < 0x20; ++c) t[c] = 'u';
    t['\b'] = 'b', t['\t'] = 't', t['\n'] = 'n', t['\f'] = 'f', t['\r'] = 'r';
    t['"'] = '"', t['\\'] = '\\';
    return t;
  }();
  static constexpr size_t kLongestKeptName = 256;
  std::string line_;  // sized beyond the record: its first len_ bytes are written
  // Names' JSON strings, kept per thread, as the line, across records: each right after the name it was
  // made from, in `bytes`; a table by a hash of the name's bytes (a slot holds the last name hashed there)
  // and, per id, the string it names in the record being written.
  static constexpr size_t kNameCacheBytes = 16 * 1024;
  struct NameCache {
    struct Entry {
      uint32_t at = 0, size = 0, name_size = 0;  // size 0: none
    };
    struct Known {
      uint32_t at = 0, size = 0, name_size = 0;  // as Entry; size 0: none
      uint64_t record = 0;  // the record it is known for (records are numbered from 1)
    };
    // Slack after the last string in `bytes` (zeros): a name's JSON string up to this size is copied as
    // one block, not by a call to memcpy.
    static constexpr size_t kPad = 32;
    // Whether the name kept before the JSON string at `at` (`name_size` bytes) is `s`. A name of 4 to 16
    // bytes in two overlapping loads from each, within both (a call to memcmp cost more than the rest).
    bool same_name(uint32_t at, uint32_t name_size, std::string_view s) const {
      if (name_size != s.size()) return false;
      const char* kept = bytes.data() + at - name_size;
      const size_t n = s.size();
      if (n >= 8 && n <= 16) return same_ends<uint64_t>(kept, s.data(), n);
      if (n >= 4 && n < 8) return same_ends<uint32_t>(kept, s.data(), n);
      return std::memcmp(kept, s.data(), n) == 0;
    }
    // Whether `a` and `b` (n bytes, sizeof(Word) <= n <= 2 * sizeof(Word)) agree in their first and last Word.
    template <class Word>
    static bool same_ends(const char* a, const char* b, size_t n) {
      Word a0, a1, b0, b1;
      std::memcpy(&a0, a, sizeof(Word));
      std::memcpy(&a1, a + n - sizeof(Word), sizeof(Word));
      std::memcpy(&b0, b, sizeof(Word));
      std::memcpy(&b1, b + n - sizeof(Word), sizeof(Word));
      return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    static constexpr size_t kSlots = 256;
    // The name's length and its first and last eight bytes: names are short, and mostly differ there.
    static size_t slot_of(std::string_view s) {
      uint64_t a = 0, b = 0;
      const size_t n = s.size();
      if (n >= 8) {
        std::memcpy(&a, s.data(), 8);  // fixed sizes: loads, not calls
        std::memcpy(&b, s.data() + n - 8, 8);
      } else {
        for (size_t i = 0; i < n; ++i) a = (a << 8) | static_cast<unsigned char>(s[i]);
      }
      const uint64_t h = (a * 0x9E3779B97F4A7C15u) ^ (b * 0xC2B2AE3D27D4EB4Fu) ^ (n * 0xFF51AFD7ED558CCDu);
      return static_cast<size_t>(h >> 56);  // kSlots slots
    }
    uint64_t record = 0;  // the record being written
    std::string bytes;
    std::vector<Entry> slots;  // kSlots once a name is kept (a vector: the cache is moved per record)
    std::vector<Known> by_id;
  };
  // The kept JSON string of `n`, found for this record, when it is one of up to NameCache::kPad bytes;
  // null for any other name (any_name writes it). At a name's first use in a record, the string its id
  // named in an earlier record is tried before the table by hash: ids follow a document's order of use,
  // and the documents of one run mostly use their names in the same order.
  // Its callers pass names with an id only. A name found for this record is one of kLongestKeptName bytes
  // or fewer (any_name keeps no longer one): only a name not found yet is measured.
  [[gnu::always_inline]] const NameCache::Known* kept_name(NameRef n) {
    NameCache& cache = names_;
    if (n.id >= cache.by_id.size()) [[unlikely]]
      cache.by_id.resize(n.id + 1);
    NameCache::Known& known = cache.by_id[n.id];
    if (known.record != cache.record) {
      if (n.text.size() > kLongestKeptName) return nullptr;
      if (!known.size || !cache.same_name(known.at, known.name_size, n.text)) {
        if (cache.slots.empty()) return nullptr;
        const NameCache::Entry& e = cache.slots[NameCache::slot_of(n.text)];
        if (!e.size || !cache.same_name(e.at, e.name_size, n.text)) return nullptr;
        known = {e.at, e.size, e.name_size, cache.record};
      }
      known.record = cache.record;
    }
    return known.size <= NameCache::kPad ? &known : nullptr;
  }
  // A name kept_name(n) did not give, called right after it: one it found for this record but longer than
  // NameCache::kPad copied, one it found neither by id nor by hash written and kept, others escaped.
  [[gnu::noinline]] void any_name(NameRef n) {
    if (n.id == UINT32_MAX || n.text.size() > kLongestKeptName) {
      string(n.text);
      return;
    }
    NameCache& cache = names_;
    NameCache::Known& known = cache.by_id[n.id];  // kept_name made room for the id
    if (known.record == cache.record) {
      raw(std::string_view(cache.bytes.data() + known.at, known.size));
      return;
    }
    if (cache.slots.empty()) cache.slots.resize(NameCache::kSlots);
    NameCache::Entry& e = cache.slots[NameCache::slot_of(n.text)];
    new_name(n.text, e);
    known = {e.at, e.size, e.name_size, cache.record};
  }
  // A name not kept yet: written, and kept in `e`. Out of line: the escaping would make every name()
  // call pay for its registers.
  [[gnu::noinline]] void new_name(std::string_view text, NameCache::Entry& e) {
    NameCache& cache = names_;
    const size_t begin = len_;
    string(text);  // a short string: no piece leaves while it is written
    if (!cache.bytes.empty()) cache.bytes.resize(cache.bytes.size() - NameCache::kPad);
    cache.bytes.append(text);
    e = {static_cast<uint32_t>(cache.bytes.size()), static_cast<uint32_t>(len_ - begin),
         static_cast<uint32_t>(text.size())};
    cache.bytes.append(line_.data() + begin, len_ - begin);
    cache.bytes.append(NameCache::kPad, '\0');
  }
  static NameCache& spare_names() {
    thread_local NameCache cache;
    return cache;
  }
  NameCache names_ = std::move(spare_names());
  size_t len_ = 0;
  const RecordSink* sink_;
  bool first_key_ = true;
  // Made at the first value that needs it: most records need none, and making one per record cost more
  // than writing a tweet's id.
  std::optional<boost::json::serializer> sr_;
  char buf_[4096];
};

// Room for a record, so that the line is not reallocated (and briefly held twice) while it is written.
// Counting stops at `limit`: a streamed record reserves no more than a piece, and a large document's
// millions of annotations need not be walked to find that out.
size_t record_capacity(const InputDocument& in, const Result* result, const document::AnnotationStore* store = nullptr,
                       size_t limit = SIZE_MAX) {
  size_t n = 256;
  for (const auto& f : in.extra) n += f.key.size() + f.json.size() + 4;
  if (!result) return n;
  if (result->text) n += result->text->size() + result->text->size() / 16;
  for (size_t i = 0; i < result->annotations.size() && n < limit; ++i) {
    const Annotation& a = result->annotations[i];
    n += 96 + (a.end > a.begin ? a.end - a.begin : 0) + 32 * a.attributes.size();
  }
  if (store)
    for (size_t i = 0; i < store->size() && n < limit; ++i)
      n += 96 + (store->end(i) > store->begin(i) ? store->end(i) - store->begin(i) : 0) + 32 * store->attributes(i).size();
  for (size_t i = 0; i < result->edits.size() && n < limit; ++i)
    n += 96 + result->edits[i].original.size() + result->edits[i].replacement.size();
  return std::min(n, limit);
}

// The same for a streamed record, from counts alone: it never holds more than a piece, and the writer's
// buffer, kept by the thread, has mostly grown to its records' size already (walking the annotations
// cost a tenth of writing a tweet's record). The line grows as it is written where this falls short.
size_t streamed_capacity(const InputDocument& in, const ProcessedDocument& doc, size_t limit) {
  size_t n = 256;
  for (const auto& f : in.extra) n += f.key.size() + f.json.size() + 4;
  const Result& result = doc.result;
  if (result.text) n += result.text->size() + result.text->size() / 16;
  n += 160 * (result.annotations.size() + doc.annotations.size()) + 128 * result.edits.size();
  return std::min(n, limit);
}
}  // namespace

namespace {
// A warning of the writer's own, about a value a plugin handed over.
struct WriterWarning {
  std::string_view plugin;
  std::string message;
};

// The annotation being written, for the writer's warnings.
struct AnnotationName {
  NameRef type, plugin;
};

// A double as JSON: NaN and the infinities have no JSON spelling, so they are written as null and a
// warning says so.
void write_double(LineWriter& w, double d, AnnotationName a, std::string_view key, std::vector<WriterWarning>& warnings) {
  if (std::isfinite(d)) {
    w.json(boost::json::value(d));
    return;
  }
  w.raw("null");
  warnings.push_back({a.plugin.text, "attribute '" + document::to_valid_utf8(key) + "' of a '" + std::string(a.type.text) +
                                    "' annotation is " + (std::isnan(d) ? "NaN" : d > 0 ? "infinite" : "-infinite") +
                                    ", which JSON cannot hold; written as null"});
}

// An attribute's value, from a Result's annotation.
void write_value(LineWriter& w, const AttributeValue& value, AnnotationName a, std::string_view key,
                 std::vector<WriterWarning>& warnings) {
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          w.raw("null");
        } else if constexpr (std::is_same_v<T, bool>) {
          w.raw(x ? "true" : "false");
        } else if constexpr (std::is_same_v<T, int64_t>) {
          w.integer(x);
        } else if constexpr (std::is_same_v<T, double>) {
          write_double(w, x, a, key, warnings);
        } else if constexpr (std::is_same_v<T, std::string>) {
          w.string(x);
        } else {
          w.raw("[");
          for (size_t i = 0; i < x.size(); ++i) {
            if (i) w.raw(",");
            w.string(x[i]);
          }
          w.raw("]");
        }
      },
      value);
}

// The same from the compact store: the same JSON for the same value (an OFFSET is an integer there).
void write_value(LineWriter& w, const document::StoredValue& v, AnnotationName a, std::string_view key,
                 std::vector<WriterWarning>& warnings) {
  switch (v.type) {
    case TC_VALUE_BOOL: w.raw(v.i ? "true" : "false"); break;
    case TC_VALUE_INT:
    case TC_VALUE_OFFSET: w.integer(v.i); break;
    case TC_VALUE_DOUBLE: write_double(w, v.d, a, key, warnings); break;
    case TC_VALUE_STRING: w.string(v.s); break;
    case TC_VALUE_STRING_LIST:
      w.raw("[");
      for (size_t i = 0; i < v.list.size(); ++i) {
        if (i) w.raw(",");
        w.string(std::string_view(v.list[i].data, v.list[i].size));
      }
      w.raw("]");
      break;
    default: w.raw("null");
  }
}

// An attribute of the compact store, read where it is written: the commonest types straight from it, not
// through a StoredValue made and switched on again (issue 19).
struct StoredRef {
  const document::AnnotationStore& store;
  const document::StoredAttribute& attribute;
};

void write_value(LineWriter& w, StoredRef r, AnnotationName a, std::string_view key, std::vector<WriterWarning>& warnings) {
  const document::StoredAttribute& at = r.attribute;
  switch (at.type) {
    case TC_VALUE_STRING: w.string(r.store.string_value(at)); break;
    case TC_VALUE_INT: w.integer(static_cast<int32_t>(at.payload)); break;
    case TC_VALUE_OFFSET: w.integer(at.payload); break;
    default: write_value(w, r.store.value(at), a, key, warnings);
  }
}

// `s` at `p`; returns its end.
template <size_t N>
[[gnu::always_inline]] inline char* literal(char* p, const char (&s)[N]) {
  std::memcpy(p, s, N - 1);
  return p + N - 1;
}

// {"type", "begin", "end", "text", "plugin", attributes..., "links"?}. `attributes(f)` calls f(key, value)
// for each attribute, `links(f)` f(role, target) for each link. Every string goes through
// LineWriter::string, which makes it valid UTF-8: a plugin's keys and link roles are bytes like any other.
template <class Attributes, class Links>
void write_annotation(LineWriter& w, std::string_view original_text, AnnotationName a, size_t begin, size_t end,
                      const Attributes& attributes, size_t link_count, const Links& links,
                      std::vector<WriterWarning>& warnings) {
  w.name_between("{\"type\":", a.type, "");
  w.block(64, [&](char* p) {
    p = literal(p, ",\"begin\":");
    p = std::to_chars(p, p + 20, begin).ptr;
    p = literal(p, ",\"end\":");
    p = std::to_chars(p, p + 20, end).ptr;
    return literal(p, ",\"text\":");
  });
  // The span of the input (Result::span_text).
  w.string(begin > original_text.size() || end < begin ? std::string_view() : original_text.substr(begin, end - begin));
  w.name_between(",\"plugin\":", a.plugin, "");
  attributes([&](NameRef key, const auto& value) {
    w.name_between(",", key, ":");
    write_value(w, value, a, key.text, warnings);
  });
  if (link_count) {
    w.raw(",\"links\":[");
    bool first = true;
    links([&](NameRef role, uint64_t target) {
      w.raw(first ? "{\"role\":" : ",{\"role\":");
      first = false;
      w.name(role);
      w.raw(",\"target\":");
      w.number(target);
      w.raw("}");
    });
    w.raw("]");
  }
  w.raw("}");
}

void write_annotations(LineWriter& w, const Result& result, std::vector<WriterWarning>& warnings) {
  bool first = true;
  for (const Annotation& a : result.annotations) {
    if (!first) w.raw(",");
    first = false;
    write_annotation(
        w, result.original_text, {{a.type}, {a.plugin}}, a.begin, a.end,
        [&](const auto& f) {
          for (const Attribute& at : a.attributes) f(NameRef{at.key}, at.value);
        },
        a.links.size(),
        [&](const auto& f) {
          for (const Link& l : a.links) f(NameRef{l.role}, l.target);
        },
        warnings);
  }
}

void write_annotations(LineWriter& w, const Result& result, const document::AnnotationStore& store,
                       std::vector<WriterWarning>& warnings) {
  const document::NameTable& names = store.names();
  for (size_t i = 0; i < store.size(); ++i) {
    if (i) w.raw(",");
    const auto links = store.links(i);
    write_annotation(
        w, result.original_text, {{store.type(i), store.type_id(i)}, {store.plugin(i), store.plugin_id(i)}}, store.begin(i),
        store.end(i),
        [&](const auto& f) {
          for (const document::StoredAttribute& at : store.attributes(i))
            f(NameRef{names[at.key], at.key}, StoredRef{store, at});
        },
        links.size(),
        [&](const auto& f) {
          for (const document::StoredLink& l : links) f(NameRef{names[l.role], l.role}, l.target);
        },
        warnings);
    w.flush_if_full();
  }
}

// {"plugin":..., "message":...}
void write_diagnostic(LineWriter& w, std::string_view plugin, std::string_view message, bool first) {
  w.raw(first ? "{\"plugin\":" : ",{\"plugin\":");
  if (plugin.empty()) w.raw("null");
  else w.string(plugin);
  w.raw(",\"message\":");
  w.string(message);
  w.raw("}");
}
}  // namespace

namespace {
// The record into `w`, up to its closing brace. `store`: the annotations, when not in result->annotations.
void write_record(LineWriter& w, const InputDocument& in, const Result* result, const document::AnnotationStore* store) {
  const bool has_text = result && result->text;
  const bool has_edits = result && !result->edits.empty();

  w.key("id");
  if (in.id.is_string()) w.string(in.id.get_string());
  else w.json(in.id);
  if (has_text) {
    // Named for what it is: offsets never point into it (they count the bytes of the input's "text").
    w.key("rewritten_text");
    w.string(*result->text);
  }
  std::vector<WriterWarning> writer_warnings;
  w.key("annotations");
  w.raw("[");
  if (result && store) write_annotations(w, *result, *store, writer_warnings);
  else if (result) write_annotations(w, *result, writer_warnings);
  w.raw("]");
  w.key("errors");
  w.raw("[");
  bool first = true;
  if (!in.error.empty()) {
    write_diagnostic(w, {}, in.error, first);
    first = false;
  }
  size_t result_warnings = 0;
  if (result)
    for (const auto& d : result->diagnostics) {
      if (d.level != Diagnostic::Level::error) {
        ++result_warnings;
        continue;
      }
      write_diagnostic(w, d.plugin, d.message, first);
      first = false;
    }
  w.raw("]");
  const bool has_warnings = !in.warnings.empty() || result_warnings || !writer_warnings.empty();
  if (has_warnings) {
    w.key("warnings");
    w.raw("[");
    first = true;
    for (const auto& m : in.warnings) {
      write_diagnostic(w, {}, m, first);
      first = false;
    }
    if (result)
      for (const auto& d : result->diagnostics) {
        if (d.level == Diagnostic::Level::error) continue;
        write_diagnostic(w, d.plugin, d.message, first);
        first = false;
      }
    for (const auto& ww : writer_warnings) {
      write_diagnostic(w, ww.plugin, ww.message, first);
      first = false;
    }
    w.raw("]");
  }
  if (has_edits) {
    w.key("edits");
    w.raw("[");
    first = true;
    for (const auto& e : result->edits) {
      w.raw(first ? "{\"begin\":" : ",{\"begin\":");
      first = false;
      w.number(e.original_begin);
      w.raw(",\"end\":");
      w.number(e.original_end);
      w.raw(",\"original\":");
      w.string(e.original);
      w.raw(",\"replacement\":");
      w.string(e.replacement);
      w.raw(",\"rule\":");
      w.string(e.rule);
      w.raw(",\"plugin\":");
      w.string(e.plugin);
      w.raw("}");
      w.flush_if_full();
    }
    w.raw("]");
  }
  // Pass-through fields, after the record's own, as the exact JSON text they had in the input (the reader
  // made their keys and strings valid UTF-8 and their keys distinct); a name the record already has is
  // left out.
  for (const auto& f : in.extra) {
    const std::string& key = f.key;
    if (key == "id" || key == "annotations" || key == "errors" || (has_text && key == "rewritten_text") ||
        (has_warnings && key == "warnings") || (has_edits && key == "edits"))
      continue;
    w.key(key);
    w.raw(f.json);
    w.flush_if_full();
  }
}
}  // namespace

std::string jsonl_record(const InputDocument& in, const Result* result) {
  LineWriter w(record_capacity(in, result));
  write_record(w, in, result, nullptr);
  return w.take();
}

std::string jsonl_record(const InputDocument& in, const ProcessedDocument& doc) {
  LineWriter w(record_capacity(in, &doc.result, &doc.annotations));
  write_record(w, in, &doc.result, &doc.annotations);
  return w.take();
}

void write_jsonl_record(const InputDocument& in, const ProcessedDocument& doc, const RecordSink& sink) {
  LineWriter w(streamed_capacity(in, doc, LineWriter::kPieceBytes + LineWriter::kPieceBytes / 4), &sink);
  write_record(w, in, &doc.result, &doc.annotations);
  sink(w.finish());
}

}  // namespace textchain::io
