#include "io/input_reader.hpp"

#include "io/json_string_bytes.hpp"

#include "document/utf8_repair.hpp"

#include <textchain/utf8.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/parse_options.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif
#include <utility>


namespace fs = std::filesystem;

namespace textchain::io {

namespace {
bool has_ext(const fs::path& p, std::string_view ext) { return p.extension() == ext; }

bool is_input_file(const fs::path& p) { return has_ext(p, ".txt") || has_ext(p, ".jsonl") || has_ext(p, ".text"); }

// The folder's input files, recursively, hidden entries skipped; a folder that cannot be read is named in
// `problems` (its files would otherwise be missing without a word).
void expand_dir(const fs::path& dir, std::vector<std::string>& files, std::vector<std::string>& problems) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    problems.push_back("cannot read folder '" + dir.string() + "' (" + ec.message() + "); its files were not read");
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      problems.push_back("cannot list all of folder '" + dir.string() + "' (" + ec.message() + ")");
      return;
    }
    const fs::path& p = it->path();
    if (p.filename().string().rfind('.', 0) == 0) continue;
    std::error_code type_ec;
    if (it->is_directory(type_ec))
      expand_dir(p, files, problems);
    else if (is_input_file(p) && !it->is_directory(type_ec))
      files.push_back(p.string());
  }
}

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Length of the run of plain string content at `p`: up to a quote, a backslash or a control character.
// Sixteen bytes at a time (eight without SSE2): the text of a record is most of its line.
[[gnu::always_inline]] inline size_t plain_run(const char* p, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    if (const int mask = json_special_bytes(v)) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
  // The last bytes as the last 16, overlapping those passed already (their bits dropped), not byte by
  // byte: a record's text mostly ends a few bytes before its line does.
  if (i < n && n >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 16));
    const unsigned mask = static_cast<unsigned>(json_special_bytes(v)) >> (i - (n - 16));
    return mask ? i + static_cast<size_t>(__builtin_ctz(mask)) : n;
  }
#else
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    const uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
    const uint64_t hit = ((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash);
    if (hit & kHighs) break;
    i += 8;
  }
#endif
  while (i < n) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x20 || c == '"' || c == '\\') break;
    ++i;
  }
  return i;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

// What a two-byte escape stands for, by its second byte; 0 for a byte that does not make one.
constexpr std::array<char, 256> kShortEscapes = [] {
  std::array<char, 256> a{};
  a['"'] = '"', a['\\'] = '\\', a['/'] = '/', a['b'] = '\b', a['f'] = '\f', a['n'] = '\n', a['r'] = '\r';
  a['t'] = '\t';
  return a;
}();

// The bytes of a JSON string's content decode_plain_run() used and the bytes it wrote.
struct DecodedRun {
  size_t used, written;
};
// Room past what decode_plain_run() writes: it stores whole blocks.
constexpr size_t kSlack = 32;

// Decodes plain bytes and two-byte escapes from the `n` bytes at `p` to `out` (room for n + kSlack
// bytes), up to a byte it does not decode (see StringDecoder::plain_and_short_escapes), a block of 16 or
// 32 bytes at a time (`BLOCK(p, o)` stores the block at p to o and is the mask of its bytes that are not
// plain string content). The loop is a macro: the AVX2 copy must have its intrinsics in a function
// compiled for AVX2, which a lambda or a template called from it is not.
#define TEXTCHAIN_DECODE_PLAIN_BLOCKS(WIDTH, BLOCK)                           \
  char* o = out;                                                               \
  size_t i = 0;                                                                \
  while (i < n) {                                                              \
    if (i + (WIDTH) <= n) {                                                    \
      const unsigned mask = BLOCK(p + i, o);                                   \
      if (!mask) {                                                             \
        i += (WIDTH);                                                          \
        o += (WIDTH);                                                          \
        continue;                                                              \
      }                                                                        \
      const size_t k = static_cast<size_t>(__builtin_ctz(mask));               \
      i += k;                                                                  \
      o += k;                                                                  \
    } else {                                                                   \
      const size_t run = plain_run(p + i, n - i);                              \
      std::memcpy(o, p + i, run);                                              \
      i += run;                                                                \
      o += run;                                                                \
      if (i == n) break;                                                       \
    }                                                                          \
    if (p[i] != '\\' || i + 1 == n) break;                                      \
    const char decoded = kShortEscapes[static_cast<unsigned char>(p[i + 1])];  \
    if (!decoded) break;                                                       \
    *o++ = decoded;                                                            \
    i += 2;                                                                    \
  }                                                                            \
  return DecodedRun{i, static_cast<size_t>(o - out)}

#if defined(__SSE2__)
DecodedRun decode_plain_run_sse2(const char* p, size_t n, char* out) {
  const auto block = [](const char* from, char* to) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to), v);
    return static_cast<unsigned>(json_special_bytes(v));
  };
  TEXTCHAIN_DECODE_PLAIN_BLOCKS(16, block);
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
// Blocks of 32 with AVX2 (picked at run time, as the tokenizer's are: the build targets plain x86-64).
__attribute__((target("avx2"))) DecodedRun decode_plain_run_avx2(const char* p, size_t n, char* out) {
  __m256i quote = _mm256_set1_epi8('"'), backslash = _mm256_set1_epi8('\\'), last_control = _mm256_set1_epi8(0x1F);
  // Opaque to the compiler, the constants stay in registers: it otherwise broadcast them again per block.
  asm("" : "+x"(quote), "+x"(backslash), "+x"(last_control));
  // A statement expression, not a lambda: a lambda's body would not be compiled for AVX2.
#define TEXTCHAIN_AVX2_BLOCK(from, to)                                                                \
  ({                                                                                                 \
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(from));                   \
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(to), v);                                         \
    const __m256i hit = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, quote),                \
                                                        _mm256_cmpeq_epi8(v, backslash)),           \
                                        _mm256_cmpeq_epi8(_mm256_min_epu8(v, last_control), v));    \
    static_cast<unsigned>(_mm256_movemask_epi8(hit));                                               \
  })
  TEXTCHAIN_DECODE_PLAIN_BLOCKS(32, TEXTCHAIN_AVX2_BLOCK);
#undef TEXTCHAIN_AVX2_BLOCK
}
bool reader_has_avx2() noexcept {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
}
#endif
#undef TEXTCHAIN_DECODE_PLAIN_BLOCKS

DecodedRun decode_plain_run(const char* p, size_t n, char* out) {
#if defined(__x86_64__) && defined(__GNUC__)
  static const bool avx2 = reader_has_avx2();
  if (avx2) return decode_plain_run_avx2(p, n, out);
#endif
#if defined(__SSE2__)
  return decode_plain_run_sse2(p, n, out);
#else
  const size_t run = plain_run(p, n);
  std::memcpy(out, p, run);
  return {run, run};
#endif
}

// Decodes the pieces of one JSON string, after its opening quote, into UTF-8. An escape of an unpaired
// UTF-16 surrogate (scraped text often has them) becomes U+FFFD and is counted; invalid UTF-8 bytes are
// kept (the chain repairs the text, the pass-through fields are repaired when complete).
class StringDecoder {
 public:
  void start(std::string* out) {
    out_ = out;
    state_ = kPlain;
    high_ = 0;
  }
  bool done() const { return state_ == kDone; }
  size_t lone_surrogates() const { return lone_; }
  void reset_count() { lone_ = 0; }

  // Decodes from `p`: returns the bytes used, all of them or up to and including the closing quote; on
  // invalid JSON, sets `error` and returns the index of the faulty byte (its place in the line is the
  // caller's to add, so that a message names it wherever the read buffer cut the line).
  size_t feed(const char* p, size_t n, const char*& error) {
    size_t i = 0;
    while (i < n) {
      switch (state_) {
        case kPlain: {
          i += plain_and_short_escapes(p + i, n - i);
          if (i == n) return n;
          if (p[i] == '"') {
            state_ = kDone;
            return i + 1;
          }
          if (p[i] != '\\') {
            error = "a control character inside a string";
            return i;
          }
          ++i;
          state_ = kEscape;
          break;
        }
        case kEscape: {
          const char c = p[i++];
          state_ = kPlain;
          switch (c) {
            case '"': out_->push_back('"'); break;
            case '\\': out_->push_back('\\'); break;
            case '/': out_->push_back('/'); break;
            case 'b': out_->push_back('\b'); break;
            case 'f': out_->push_back('\f'); break;
            case 'n': out_->push_back('\n'); break;
            case 'r': out_->push_back('\r'); break;
            case 't': out_->push_back('\t'); break;
            case 'u':
              state_ = kHex;
              unit_ = 0;
              digits_ = 0;
              break;
            default: error = "an invalid escape in a string"; return i - 1;
          }
          break;
        }
        case kHex: {
          const int d = hex_value(p[i++]);
          if (d < 0) {
            error = "an invalid \\u escape in a string";
            return i - 1;
          }
          unit_ = unit_ * 16 + static_cast<uint32_t>(d);
          if (++digits_ < 4) break;
          state_ = kPlain;
          if (high_) {
            if (unit_ >= 0xDC00 && unit_ <= 0xDFFF) {
              textchain::utf8::append(*out_, 0x10000 + ((high_ - 0xD800) << 10) + (unit_ - 0xDC00));
              high_ = 0;
              break;
            }
            lone();  // the high surrogate before had no low one; this unit stands on its own
          }
          if (unit_ >= 0xD800 && unit_ <= 0xDBFF) {
            high_ = unit_;
            state_ = kAfterHigh;
          } else if (unit_ >= 0xDC00 && unit_ <= 0xDFFF) {
            lone();
          } else {
            textchain::utf8::append(*out_, unit_);
          }
          break;
        }
        case kAfterHigh:
          // A low surrogate must follow as an escape; anything else leaves the high one alone.
          if (p[i] == '\\') {
            ++i;
            state_ = kAfterHighEscape;
          } else {
            lone();
            state_ = kPlain;
          }
          break;
        case kAfterHighEscape:
          if (p[i] == 'u') {
            ++i;
            state_ = kHex;
            unit_ = 0;
            digits_ = 0;
          } else {
            lone();
            state_ = kEscape;
          }
          break;
        case kDone: return i;
      }
    }
    return n;
  }

 private:
  // The plain bytes and two-byte escapes (\n, \", ...) at `p`, decoded into the output; returns the bytes
  // used. It stops before a closing quote, a control character, a \u escape, or a backslash that is the
  // last byte (the state machine in feed() takes those). The text of a news record has an escape every
  // 60 to 100 bytes: appending each run and pushing back each escape through the string's checks cost more
  // than finding them (issue 19). Decoded into a buffer kept with room to spare (whole blocks are stored
  // before they are checked), then appended in one copy: growing the output itself would zero its room.
  size_t plain_and_short_escapes(const char* p, size_t n) {
    // A short string (a key, most values) ends within the first block: appended as it is.
    const size_t run = plain_run(p, std::min<size_t>(n, 16));
    if (run == n || (run < 16 && p[run] != '\\')) {
      out_->append(p, run);
      return run;
    }
    size_t i = 0;
    while (i < n) {
      const size_t window = std::min(n - i, kWindow);
      if (scratch_.size() < window + kSlack) scratch_.resize(window + kSlack);
      const DecodedRun d = decode_plain_run(p + i, window, scratch_.data());
      out_->append(scratch_.data(), d.written);
      i += d.used;
      if (d.used < window) break;
    }
    return i;
  }
  // The bytes decoded per copy into the output: the reader may hand over the lines after the string too.
  static constexpr size_t kWindow = 64 * 1024;
  std::vector<char> scratch_;
  void lone() {
    out_->append(kReplacementChar);
    high_ = 0;
    ++lone_;
  }
  enum State { kPlain, kEscape, kHex, kAfterHigh, kAfterHighEscape, kDone };
  std::string* out_ = nullptr;
  State state_ = kPlain;
  uint32_t unit_ = 0, high_ = 0;
  int digits_ = 0;
  size_t lone_ = 0;
};

// Follows a JSON value through the pieces of its line, copying its bytes, to find where it ends; whether
// it is valid JSON is boost::json's to say once it is whole.
class ValueSpan {
 public:
  void start(std::string* raw) {
    raw_ = raw;
    kind_ = kUnknown;
    depth_ = 0;
    in_string_ = escape_ = false;
    ended_ = false;
  }
  bool ended() const { return ended_; }
  // Copies bytes of the value from `p`; returns how many belong to it (fewer than n once it ended). A
  // number or literal ends before the byte that follows it, which is not used. On an error, returns the
  // index of the faulty byte.
  size_t feed(const char* p, size_t n, const char*& error) {
    size_t i = 0;
    if (kind_ == kUnknown && n > 0) {
      const char c = p[0];
      kind_ = c == '"' ? kString : (c == '{' || c == '[') ? kContainer : kScalar;
      if (kind_ == kString) {
        in_string_ = true;
        i = 1;
      }
    }
    while (i < n && !ended_) {
      if (in_string_) {
        if (escape_) {
          escape_ = false;
          ++i;
          continue;
        }
        i += plain_run(p + i, n - i);
        if (i == n) break;
        const char c = p[i++];
        if (c == '\\') {
          escape_ = true;
        } else if (c == '"') {
          in_string_ = false;
          if (kind_ == kString) ended_ = true;
        }
        // A control character: boost::json reports it once the value is whole.
        continue;
      }
      const char c = p[i];
      if (kind_ == kScalar) {
        if (is_json_space(c) || c == ',' || c == '}' || c == ']') {
          ended_ = true;
          break;
        }
        ++i;
        continue;
      }
      ++i;
      if (c == '"') {
        in_string_ = true;
      } else if (c == '{' || c == '[') {
        if (++depth_ > kMaxPassThroughNesting) {
          error = "a value nested deeper than the limit of 1000 levels";
          return i - 1;
        }
      } else if (c == '}' || c == ']') {
        if (--depth_ == 0) ended_ = true;
      }
    }
    raw_->append(p, i);
    return i;
  }
  // At the end of the line: a number or literal ends there.
  void end_of_line() {
    if (kind_ == kScalar) ended_ = true;
  }

 private:
  enum Kind { kUnknown, kString, kContainer, kScalar };
  std::string* raw_ = nullptr;
  Kind kind_ = kUnknown;
  size_t depth_ = 0;
  bool in_string_ = false, escape_ = false, ended_ = false;
};

// boost::json's parser with handlers that keep nothing: it validates a value's JSON text.
struct ValidatingHandler {
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);
  using ec_t = boost::system::error_code;
  bool on_document_begin(ec_t&) { return true; }
  bool on_document_end(ec_t&) { return true; }
  bool on_object_begin(ec_t&) { return true; }
  bool on_object_end(std::size_t, ec_t&) { return true; }
  bool on_array_begin(ec_t&) { return true; }
  bool on_array_end(std::size_t, ec_t&) { return true; }
  bool on_key_part(std::string_view, std::size_t, ec_t&) { return true; }
  bool on_key(std::string_view, std::size_t, ec_t&) { return true; }
  bool on_string_part(std::string_view, std::size_t, ec_t&) { return true; }
  bool on_string(std::string_view, std::size_t, ec_t&) { return true; }
  bool on_number_part(std::string_view, ec_t&) { return true; }
  bool on_int64(std::int64_t, std::string_view, ec_t&) { return true; }
  bool on_uint64(std::uint64_t, std::string_view, ec_t&) { return true; }
  bool on_double(double, std::string_view, ec_t&) { return true; }
  bool on_bool(bool, ec_t&) { return true; }
  bool on_null(ec_t&) { return true; }
  bool on_comment_part(std::string_view, ec_t&) { return true; }
  bool on_comment(std::string_view, ec_t&) { return true; }
};

boost::json::parse_options value_parse_options() {
  boost::json::parse_options po;
  po.max_depth = kMaxPassThroughNesting + 1;
  return po;
}

// Replaces, in the JSON text `s`, every \u escape of an unpaired UTF-16 surrogate by \ufffd (same length);
// returns how many there were.
size_t replace_lone_surrogate_escapes(char* s, size_t n) {
  auto unit_at = [&](size_t i) -> int64_t {
    if (i + 6 > n || s[i] != '\\' || s[i + 1] != 'u') return -1;
    int64_t u = 0;
    for (size_t k = i + 2; k < i + 6; ++k) {
      const int d = hex_value(s[k]);
      if (d < 0) return -1;
      u = u * 16 + d;
    }
    return u;
  };
  size_t count = 0;
  for (size_t i = 0; i < n;) {
    if (s[i] != '\\') {
      ++i;
      continue;
    }
    const int64_t u = unit_at(i);
    if (u < 0) {
      i += 2;  // another escape (\\ included): its second byte is not a backslash to look at
      continue;
    }
    if (u >= 0xD800 && u <= 0xDBFF) {
      const int64_t low = unit_at(i + 6);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        i += 12;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      std::memcpy(s + i, "\\ufffd", 6);
      ++count;
    }
    i += 6;
  }
  return count;
}
}  // namespace

// Reads lines from a file descriptor, handing each line's bytes to a sink in pieces (a line is never held
// whole). A UTF-8 byte order mark at the start is skipped. A stream (a pipe, a FIFO, a terminal) is read
// only when poll says so, so that a stop signal ends a blocking read at once.
class LineSource {
 public:
  LineSource(int fd, bool owned, int stop_fd, const std::function<void()>* before_wait)
      : fd_(fd), owned_(owned), stop_fd_(stop_fd), before_wait_(before_wait) {
    struct stat st {};
    stream_ = fstat(fd, &st) != 0 || !S_ISREG(st.st_mode);
  }
  ~LineSource() {
    if (owned_) ::close(fd_);
  }
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  bool stopped() const { return stopped_; }
  // The errno of a failed read (which ended the input), once; 0 when none.
  int take_error() { return std::exchange(error_, 0); }

  // One line, without its '\n', to `sink(data, size, whole)` in pieces; `whole` says the piece is the whole
  // line (it was in the buffer at once). `length` gets its length. False at the end of the input (or when
  // stopped).
  template <class Sink>
  bool next_line(Sink&& sink, size_t& length) {
    length = 0;
    if (!bom_checked_) {
      while (end_ - begin_ < 3 && fill()) {
      }
      if (end_ - begin_ >= 3 && std::memcmp(buf_.get() + begin_, "\xEF\xBB\xBF", 3) == 0) begin_ += 3;
      bom_checked_ = true;
    }
    bool any = false;
    while (true) {
      if (begin_ == end_ && !fill()) return any;
      any = true;
      const char* start = buf_.get() + begin_;
      const size_t avail = end_ - begin_;
      const char* nl = static_cast<const char*>(std::memchr(start, '\n', avail));
      const size_t n = nl ? static_cast<size_t>(nl - start) : avail;
      if (n) sink(start, n, nl && length == 0);
      length += n;
      begin_ += n;
      if (nl) {
        ++begin_;
        return true;
      }
    }
  }

  // The rest of the input, up to `limit` bytes into `out`; true when it all fit (the rest is then read
  // and dropped).
  bool read_all(std::string& out, size_t limit) {
    bool fits = true;
    while (true) {
      if (begin_ == end_ && !fill()) return fits;
      const size_t avail = end_ - begin_;
      if (fits && out.size() + avail <= limit) {
        out.append(buf_.get() + begin_, avail);
      } else {
        fits = false;
      }
      begin_ = end_;
    }
  }

 private:
  static constexpr size_t kBufferSize = 1 << 17;

  bool fill() {
    if (eof_ || stopped_) return false;
    if (!buf_) buf_.reset(new char[kBufferSize]);  // not zeroed: only bytes read are looked at
    if (begin_ == end_) begin_ = end_ = 0;
    if (begin_ > 0 && end_ == kBufferSize) {
      std::memmove(buf_.get(), buf_.get() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
    while (true) {
      if (stream_ && (stop_fd_ >= 0 || (before_wait_ && *before_wait_))) {
        pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
        const nfds_t count = stop_fd_ >= 0 ? 2 : 1;
        int ready = ::poll(fds, count, 0);
        if (ready == 0) {
          if (before_wait_ && *before_wait_) (*before_wait_)();
          ready = ::poll(fds, count, -1);
        }
        if (ready < 0) {
          if (errno == EINTR) continue;
        } else if (count == 2 && fds[1].revents) {
          stopped_ = true;
          return false;
        }
      }
      const ssize_t n = ::read(fd_, buf_.get() + end_, kBufferSize - end_);
      if (n > 0) {
        end_ += static_cast<size_t>(n);
        return true;
      }
      if (n == 0) {
        eof_ = true;
        return false;
      }
      if (errno == EINTR || errno == EAGAIN) continue;  // a signal: the poll above looks at it
      error_ = errno;
      eof_ = true;
      return false;
    }
  }

  int fd_;
  bool owned_;
  int stop_fd_;
  const std::function<void()>* before_wait_;
  bool stream_ = false;
  std::unique_ptr<char[]> buf_;
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false, stopped_ = false, bom_checked_ = false;
  int error_ = 0;
};

// One JSON Lines record, parsed from the pieces of its line as they are read: the top-level object's
// members are followed here, the "text" string is decoded straight into the document, and every other
// value is copied as its JSON text and checked by boost::json once whole.
class RecordParser {
 public:
  void start(InputDocument* out) {
    out_ = out;
    out_->text.clear();
    state_ = kBeforeObject;
    error_ = nullptr;
    offset_ = error_at_ = value_begin_ = 0;
    text_is_string_ = cr_after_object_ = false;
    text_lone_ = 0;
    index_.clear();
  }

  // A line that arrived whole, parsed by feed() with a shortcut for its commonest form: an object whose keys
  // need no decoding and whose values are strings (the text decoded at once, the other values used where
  // they lie, without copies of their bytes). Anything else is left to feed(), from where this stopped and
  // in the state feed() would be in there (so records, warnings and errors are feed()'s).
  void feed_whole(const char* p, size_t n) {
    size_t i = 0;
    const auto skip_space = [&] {
      while (i < n && is_json_space(p[i])) ++i;
    };
    skip_space();
    if (i < n && p[i] == '{') {
      ++i;
      state_ = kFirstKey;
      while (whole_member(p, n, i, skip_space)) {
        skip_space();
        if (i < n && p[i] == ',') {
          ++i;
          state_ = kNextKey;
          skip_space();
        } else {
          if (i < n && p[i] == '}') {
            ++i;
            state_ = kAfterObject;
          }
          break;
        }
      }
    }
    offset_ = i;
    feed(p + i, n - i);
  }

  void feed(const char* p, size_t n) {
    size_t i = 0;
    while (i < n && !error_) {
      size_t used = 0;
      switch (state_) {
        case kBeforeObject:
          if (is_json_space(p[i])) {
            used = 1;
          } else if (p[i] == '{') {
            used = 1;
            state_ = kFirstKey;
          } else {
            state_ = kNotObject;
            raw_.clear();
          }
          break;
        case kFirstKey:
        case kNextKey:
          used = 1;
          if (is_json_space(p[i])) break;
          if (p[i] == '"') {
            key_.clear();
            decoder_.start(&key_);
            decoder_.reset_count();
            state_ = kKey;
          } else if (p[i] == '}' && state_ == kFirstKey) {
            state_ = kAfterObject;
          } else {
            fail("expected a key", offset_);
          }
          break;
        case kKey:
          used = decoder_.feed(p + i, n - i, error_);
          if (error_) {
            error_at_ = offset_ + used;
          } else if (decoder_.done()) {
            state_ = kColon;
            key_kind_ = kind_of_key(key_);
            if (decoder_.lone_surrogates())
              out_->warnings.push_back("a field name: " + std::to_string(decoder_.lone_surrogates()) +
                                       " unpaired UTF-16 surrogate escape(s) replaced by U+FFFD");
          }
          break;
        case kColon:
          used = 1;
          if (p[i] == ':') state_ = kBeforeValue;
          else if (!is_json_space(p[i])) fail("expected ':'", offset_);
          break;
        case kBeforeValue:
          if (is_json_space(p[i])) {
            used = 1;
          } else if (p[i] == '"' && key_kind_ == kTextKey) {
            used = 1;
            out_->text.clear();
            // The text is most of the line: room for the rest of this piece of it at once, rather than
            // the string's doublings as it is decoded.
            out_->text.reserve(n - i);
            decoder_.start(&out_->text);
            decoder_.reset_count();
            state_ = kText;
          } else {
            raw_.clear();
            span_.start(&raw_);
            value_begin_ = offset_;
            state_ = kValue;
          }
          break;
        case kText:
          used = decoder_.feed(p + i, n - i, error_);
          if (error_) {
            error_at_ = offset_ + used;
          } else if (decoder_.done()) {
            text_is_string_ = true;
            text_lone_ = decoder_.lone_surrogates();
            state_ = kAfterValue;
          }
          break;
        case kValue:
          used = span_.feed(p + i, n - i, error_);
          if (error_) error_at_ = offset_ + used;
          else if (span_.ended()) value_done();
          break;
        case kAfterValue:
          used = 1;
          if (p[i] == ',') state_ = kNextKey;
          else if (p[i] == '}') state_ = kAfterObject;
          else if (!is_json_space(p[i])) fail("expected ',' or '}'", offset_);
          break;
        case kAfterObject:
          used = 1;
          if (p[i] == '\r') {
            cr_after_object_ = true;
          } else if (!is_json_space(p[i])) {
            fail("more after the record's closing brace", offset_);
          }
          break;
        case kNotObject:
          // Kept to tell invalid JSON from another value; a long line is not an object either way.
          if (raw_.size() < kNotObjectKept) raw_.append(p + i, std::min(n - i, kNotObjectKept - raw_.size()));
          used = n - i;
          break;
      }
      i += used;
      offset_ += used;
    }
  }

  // After the whole line: empty when it was a record, else why not.
  std::string finish() {
    if (state_ == kValue && !error_) {
      span_.end_of_line();
      if (span_.ended()) value_done();
    }
    if (state_ == kNotObject) {
      if (raw_.size() >= kNotObjectKept) return "not a JSON object";
      boost::system::error_code ec;
      validator_.reset();
      validator_.write_some(false, raw_.data(), raw_.size(), ec);
      return ec ? "not valid JSON (" + ec.message() + ")" : "not a JSON object";
    }
    if (error_) {
      std::string why = "not valid JSON (" + std::string(error_) + " at byte " + std::to_string(error_at_) + ")";
      // Old Mac files end their lines with '\r' alone: the whole file reads as one line.
      if (state_ == kAfterObject && cr_after_object_)
        why += "; its lines end with a carriage return alone (old Mac line endings), which JSON Lines does not "
               "allow: convert them to \\n";
      return why;
    }
    if (state_ != kAfterObject) return "not valid JSON (the line ends inside the record)";
    if (const size_t lone = text_lone_)
      out_->warnings.push_back("the text: " + std::to_string(lone) + " unpaired UTF-16 surrogate escape(s) replaced by U+FFFD");
    if (!text_is_string_) return "the record has no \"text\" string";
    return {};
  }

 private:
  // `at`: the faulty byte's place in the line.
  void fail(const char* why, size_t at) {
    error_ = why;
    error_at_ = at;
  }

  // One member of feed_whole()'s object, from its key at p[i] (after the spaces): true when it was taken
  // (state_ kAfterValue, i after its value), false where feed() must go on (i and state_ say from where).
  template <class SkipSpace>
  bool whole_member(const char* p, size_t n, size_t& i, const SkipSpace& skip_space) {
    if (i == n || p[i] != '"') return false;
    const size_t key_at = i + 1, key_size = plain_run(p + key_at, n - key_at);
    if (key_at + key_size == n || p[key_at + key_size] != '"') return false;
    // The key is copied only where it is used: a pass-through field's, or when feed() goes on from here (a
    // copy per member cost more than the rest of reading a tweet's "id" and "date").
    const std::string_view key(p + key_at, key_size);
    key_kind_ = kind_of_key(key);
    const auto hand_over = [&] {
      key_.assign(key);
      return false;
    };
    i = key_at + key_size + 1;
    state_ = kColon;
    skip_space();
    if (i == n || p[i] != ':') return hand_over();
    ++i;
    state_ = kBeforeValue;
    skip_space();
    if (i == n || p[i] != '"') return hand_over();
    if (key_kind_ == kTextKey) {
      ++i;
      out_->text.clear();
      out_->text.reserve(n - i);
      decoder_.start(&out_->text);
      decoder_.reset_count();
      state_ = kText;
      i += decoder_.feed(p + i, n - i, error_);
      if (error_) error_at_ = i;  // feed_whole() reads the line from its first byte
      if (error_ || !decoder_.done()) return hand_over();
      text_is_string_ = true;
      text_lone_ = decoder_.lone_surrogates();
      state_ = kAfterValue;
      return true;
    }
    // Another string: as value_done() takes one without escapes whose UTF-8 is valid.
    const size_t inner = i + 1, size = plain_run(p + inner, n - inner);
    if (inner + size == n || p[inner + size] != '"') return hand_over();
    const std::string_view value(p + inner, size);
    if (!document::is_valid_utf8(value)) return hand_over();
    if (key_kind_ == kIdKey) {
      out_->id.emplace_string().assign(value);
      out_->id_text.assign(value);
    } else if (key_kind_ == kDateKey) {
      take_date(value);
    } else {
      key_.assign(key);
      raw_.assign(p + i, size + 2);
      pass_through();
    }
    i = inner + size + 1;
    state_ = kAfterValue;
    return true;
  }

  // A whole value other than the text string: checked, then used as id or date, or passed through.
  void value_done() {
    state_ = kAfterValue;
    // Scraped JSON carries unpaired surrogate escapes and invalid UTF-8: both are replaced, not refused.
    size_t lone = 0;
    if (std::memchr(raw_.data(), '\\', raw_.size())) lone = replace_lone_surrogate_escapes(raw_.data(), raw_.size());
    if (lone)
      out_->warnings.push_back("field '" + key_for_message() + "': " + std::to_string(lone) +
                               " unpaired UTF-16 surrogate escape(s) replaced by U+FFFD");
    if (!document::is_valid_utf8(raw_)) {
      raw_ = document::to_valid_utf8(raw_);
      out_->warnings.push_back("field '" + key_for_message() + "': invalid UTF-8 replaced by U+FFFD");
    }
    // The commonest value, a string without escapes ("id", "date", most pass-through fields), is valid JSON
    // as it stands (its UTF-8 was made valid above): it needs neither the validator nor a parse.
    if (raw_.size() >= 2 && raw_.front() == '"' && raw_.back() == '"' &&
        plain_run(raw_.data() + 1, raw_.size() - 2) == raw_.size() - 2) {
      const std::string_view inner(raw_.data() + 1, raw_.size() - 2);
      // Assigned in place: a temporary string (and a JSON value's move) per field cost more than the copy.
      if (key_kind_ == kTextKey) {
        text_is_string_ = false;  // as below (a "text" string is decoded as the document, not here)
      } else if (key_kind_ == kIdKey) {
        out_->id.emplace_string().assign(inner);
        out_->id_text.assign(inner);
      } else if (key_kind_ == kDateKey) {
        take_date(inner);
      } else {
        pass_through();
      }
      return;
    }
    boost::system::error_code ec;
    validator_.reset();
    const size_t used = validator_.write_some(false, raw_.data(), raw_.size(), ec);
    if (!ec && used < raw_.size()) ec = boost::json::error::extra_data;
    if (ec) {
      validator_error_ = ec.message();
      // boost::json does not say where in the value it failed: the message names the value's first byte.
      fail(validator_error_.c_str(), value_begin_);
      return;
    }
    if (key_kind_ == kTextKey) {
      text_is_string_ = false;  // not a string: reported once the record is whole
    } else if (key_kind_ == kIdKey) {
      const boost::json::value v = boost::json::parse(raw_, ec, {}, value_parse_options());
      if (v.is_string()) {
        out_->id = v;
        out_->id_text = std::string(v.get_string());
      } else if (v.is_int64() || v.is_uint64()) {
        out_->id = v;
        out_->id_text = raw_;
      } else if (!v.is_null()) {
        out_->warnings.push_back("'id' is neither a string nor an integer; using the line number");
      }
    } else if (key_kind_ == kDateKey) {
      const boost::json::value v = boost::json::parse(raw_, ec, {}, value_parse_options());
      if (v.is_string()) take_date(v.get_string());
      else if (!v.is_null()) out_->warnings.push_back("'date' is not a YYYY-MM-DD date; ignored");
    } else {
      pass_through();
    }
  }

  // A "date" string: a date, or a date-time whose time becomes the reference time; else a warning.
  void take_date(std::string_view value) {
    std::string_view date;
    if (split_iso_date_time(value, date, out_->reference_time)) out_->date.assign(date);
    else out_->warnings.push_back("'date' is not a YYYY-MM-DD date; ignored");
  }

  // The field goes to the output as it came; a repeated key keeps its first place and its last value.
  void pass_through() {
    if (!document::is_valid_utf8(key_)) key_ = document::to_valid_utf8(key_);
    auto& extra = out_->extra;
    if (extra.size() < 16) {
      for (auto& f : extra)
        if (f.key == key_) {
          f.json = std::move(raw_);
          return;
        }
    } else {
      // Many fields: an index, so that a record of thousands of fields is not a quadratic search.
      if (index_.empty())
        for (size_t k = 0; k < extra.size(); ++k) index_.emplace(extra[k].key, k);
      auto [it, added] = index_.emplace(key_, extra.size());
      if (!added) {
        extra[it->second].json = std::move(raw_);
        return;
      }
    }
    // Moved, not copied: a large pass-through value is held once.
    extra.push_back({key_, std::move(raw_)});
  }

  // The fields the reader takes for itself, told apart once per key (not by comparing the key with each
  // name at each use).
  enum KeyKind { kOtherKey, kTextKey, kIdKey, kDateKey };
  static KeyKind kind_of_key(std::string_view k) {
    return k == "text" ? kTextKey : k == "id" ? kIdKey : k == "date" ? kDateKey : kOtherKey;
  }

  std::string key_for_message() const { return document::to_valid_utf8(key_.substr(0, 64)); }

  static constexpr size_t kNotObjectKept = 1 << 20;
  enum State { kBeforeObject, kFirstKey, kNextKey, kKey, kColon, kBeforeValue, kText, kValue, kAfterValue,
               kAfterObject, kNotObject };
  InputDocument* out_ = nullptr;
  State state_ = kBeforeObject;
  const char* error_ = nullptr;
  std::string validator_error_;
  // offset_: the line's bytes parsed so far (in feed(), the place in the line of p[i]); error_at_: the
  // faulty byte's place in the line, which a message names (never where the read buffer cut the line);
  // value_begin_: the place of the value being followed.
  size_t offset_ = 0, error_at_ = 0, value_begin_ = 0, text_lone_ = 0;
  bool text_is_string_ = false, cr_after_object_ = false;
  std::string key_, raw_;
  KeyKind key_kind_ = kOtherKey;
  StringDecoder decoder_;
  ValueSpan span_;
  boost::json::basic_parser<ValidatingHandler> validator_{value_parse_options()};
  std::unordered_map<std::string, size_t> index_;
};

InputReader::InputReader(std::vector<std::string> inputs, ReaderOptions options) : options_(std::move(options)) {
  // The command checked --date; a caller's date that is neither form is none.
  if (std::string_view date; split_iso_date_time(options_.default_date, date, default_reference_time_))
    default_date_.assign(date);
  if (inputs.empty()) inputs.push_back("-");
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec)) {
      std::vector<std::string> files;
      expand_dir(in, files, problems_);
      std::sort(files.begin(), files.end());
      pending_.insert(pending_.end(), files.begin(), files.end());
    } else {
      pending_.push_back(in);
    }
  }
  bool sized = true;
  for (const auto& in : pending_) {
    std::error_code ec;
    const bool regular = in != "-" && fs::is_regular_file(in, ec);
    auto size = regular ? fs::file_size(in, ec) : 0;
    if (!regular || ec) sized = false;
    else total_bytes_ += size;
  }
  if (!sized) total_bytes_ = 0;
}

InputReader::~InputReader() = default;

bool InputReader::next(InputDocument& out) {
  out.reset();
  while (true) {
    if (jsonl_) {
      if (read_jsonl_line(out)) return true;
      const bool stopped = jsonl_->stopped();
      jsonl_.reset();
      if (stopped) return false;
    }
    if (next_input_ >= pending_.size()) return false;
    if (open_next_input(out)) return true;
  }
}

bool InputReader::open_next_input(InputDocument& out) {
  const std::string path = pending_[next_input_++];
  const bool jsonl = options_.force_jsonl || has_ext(path, ".jsonl");
  int fd = STDIN_FILENO;
  if (path != "-") {
    // A stream that is not a regular file (a FIFO) must not block the open: it is polled when read.
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    struct stat st {};
    if (fd < 0 || fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
      const std::string why = fd < 0 ? std::strerror(errno) : "a folder";
      if (fd >= 0) ::close(fd);
      out.id = boost::json::string(path);
      out.id_text = path;
      out.error = "cannot open '" + path + "': " + why;
      return true;
    }
    // Blocking reads from here on; a stream is polled before each.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  }
  const std::string name = path == "-" ? "<stdin>" : path;
  if (jsonl) {
    jsonl_ = std::make_unique<LineSource>(fd, path != "-", options_.stop_fd, &options_.before_wait);
    jsonl_name_ = name;
    line_no_ = 0;
    return false;
  }
  read_text(path, fd, out);
  if (fd != STDIN_FILENO) ::close(fd);
  return true;
}

void InputReader::read_text(const std::string& path, int fd, InputDocument& out) {
  out.id = boost::json::string(path);
  out.id_text = path;
  out.date = default_date_;
  out.reference_time = default_reference_time_;
  struct stat st {};
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) > options_.max_document_bytes) {
    out.error = "document of " + std::to_string(st.st_size) + " bytes exceeds max_document_bytes (" +
                std::to_string(options_.max_document_bytes) + "); not read";
    return;
  }
  if (S_ISREG(st.st_mode)) {
    // A regular file is read straight into the document, in one piece when it can be.
    out.text.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    while (got < out.text.size()) {
      const ssize_t n = ::read(fd, out.text.data() + got, out.text.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        out.error = "cannot read '" + path + "': " + std::strerror(errno);
        break;
      }
      if (n == 0) break;  // the file shrank meanwhile
      got += static_cast<size_t>(n);
    }
    out.text.resize(got);
    bytes_read_ += got;
    return;
  }
  LineSource source(fd, false, options_.stop_fd, &options_.before_wait);
  const bool fits = source.read_all(out.text, options_.max_document_bytes);
  bytes_read_ += out.text.size();
  if (!fits) {
    std::string().swap(out.text);
    out.error = "document '" + path + "' exceeds max_document_bytes (" + std::to_string(options_.max_document_bytes) +
                "); not processed";
  } else if (const int error = source.take_error()) {
    out.error = "cannot read '" + path + "': " + std::strerror(error);
  }
}

bool InputReader::read_jsonl_line(InputDocument& out) {
  if (!parser_) parser_ = std::make_unique<RecordParser>();
  RecordParser& parser = *parser_;
  // A line longer than any allowed document is not parsed past that size: memory stays bounded by the limit.
  const size_t keep = options_.max_document_bytes > SIZE_MAX - 4096 ? SIZE_MAX : options_.max_document_bytes + 4096;
  size_t length = 0, seen = 0;
  bool blank = true;
  // The id and date stay empty (as next() left them) unless the record gives its own; the line number and
  // the --date are put in after the line, not written first and then overwritten (two string copies per
  // record, most of which give both).
  parser.start(&out);
  auto sink = [&](const char* data, size_t n, bool whole) {
    const size_t before = seen;
    seen += n;
    if (blank)
      for (size_t i = 0; i < n && blank; ++i) blank = data[i] == ' ' || data[i] == '\t' || data[i] == '\r';
    if (whole && seen <= keep) parser.feed_whole(data, n);
    else if (seen <= keep) parser.feed(data, n);
    else if (before < keep) parser.feed(data, keep - before);  // past that, the line is too long: reported below
  };
  if (!jsonl_->next_line(sink, length)) {
    if (const int error = jsonl_->take_error()) {
      // A read error ends this input; it becomes one more record, so that it is not lost silently.
      out.id = boost::json::string(jsonl_name_);
      out.id_text = jsonl_name_;
      out.error = "cannot read '" + jsonl_name_ + "' past line " + std::to_string(line_no_) + ": " +
                  std::strerror(error);
      return true;
    }
    return false;
  }
  ++line_no_;
  bytes_read_ += length + 1;
  if (out.id.is_null()) {
    out.id = static_cast<int64_t>(line_no_);
    char number[24];
    out.id_text.assign(number, std::to_chars(number, number + sizeof number, line_no_).ptr);
  }
  // A date the record gave is a valid one, never empty.
  if (out.date.empty() && !default_date_.empty()) {
    out.date = default_date_;
    out.reference_time = default_reference_time_;
  }
  // FILE:LINE, for the messages only (made when one is).
  const auto where = [&] { return jsonl_name_ + ":" + std::to_string(line_no_); };
  if (blank) {
    // Every line gives a record, so that a scheduler can count them; a blank one carries no document.
    out.text.clear();
    out.warnings.push_back(where() + ": blank line, no document");
    return true;
  }
  auto refuse = [&](std::string why) {
    std::string().swap(out.text);
    out.extra.clear();
    out.warnings.clear();
    out.id = nullptr;
    out.extra.push_back({"line", std::to_string(line_no_)});
    out.error = where() + ": " + std::move(why);
  };
  if (length > keep) {
    refuse("line of " + std::to_string(length) + " bytes exceeds max_document_bytes (" +
           std::to_string(options_.max_document_bytes) + "); not processed");
    return true;
  }
  std::string problem = parser.finish();
  if (problem.empty()) return true;
  if (problem.rfind("the record has no", 0) == 0) {
    // The record was read; only its text is missing: its id and fields stay.
    std::string().swap(out.text);
    out.error = where() + ": " + problem;
    return true;
  }
  refuse(problem);
  return true;
}

}  // namespace textchain::io
