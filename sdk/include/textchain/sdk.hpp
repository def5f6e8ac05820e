// textchain plugin SDK — the header-only C++ layer over <textchain/abi.h>.
//
// A plugin is a class constructed from its options, with a `process(textchain::Document&)` method, and one
// macro line that exports it. Its options are declared once, as rows that bind the members of a struct
// (name, member, typed default, help); the SDK fills the struct and hands it to the constructor:
//
//   #include <textchain/sdk.hpp>
//
//   struct ShoutOptions {
//     int64_t min_length = 0;
//     static const textchain::OptionTable<ShoutOptions>& table() {
//       static const textchain::OptionTable<ShoutOptions> rows{
//           textchain::bind("min_length", &ShoutOptions::min_length, 3, "shortest word reported, in bytes")};
//       return rows;
//     }
//   };
//
//   class Shout {
//    public:
//     using options_type = ShoutOptions;
//     explicit Shout(const ShoutOptions& options) : min_(options.min_length) {}
//     void process(textchain::Document& doc) {
//       for (const tc_token& token : doc.tokens())
//         if (textchain::is_all_capitals(token) && static_cast<int64_t>(token.end - token.begin) >= min_)
//           doc.annotate("shout", token.begin, token.end).add();
//     }
//    private:
//     int64_t min_;
//   };
//
//   TEXTCHAIN_PLUGIN(Shout,
//     .name = "shout", .version = "1.0.0", .description = "Finds words in capitals",
//     .license = "MIT",
//     .provides = { "shout" },
//     .thread_safe = true)
//
// The older style still works: a constructor taking `const textchain::Options&` that reads each option by
// name, with the rows in `.options = { textchain::option::integer("min_length", 3, "...") }`.
//
// Text basics come from the host, not from each plugin: tokens carry case and shape flags from the host's
// Unicode tables (textchain::is_capitalized, is_title_case, is_abbreviation ... below), `sentences()` are
// the host's sentence splitter's, and <textchain/utf8.hpp> (included here: textchain::utf8::decode,
// previous, decode_strict, encode, append) is the one UTF-8 decoder and encoder of the host and every
// plugin. A plugin writes no decoder, case test or sentence finder of its own.
//
// Every exception thrown by the constructor or by `process` is caught here, on the plugin's side of the
// boundary, and reported to the host as an error for that document (the host adds the plugin's name and
// the document's id). Nothing allocated by the plugin is freed by the host, nor the other way round.
#ifndef TEXTCHAIN_SDK_HPP
#define TEXTCHAIN_SDK_HPP

#include <textchain/abi.h>
#include <textchain/utf8.hpp>

#include <charconv>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <forward_list>
#include <functional>
#include <initializer_list>
#include <limits>
#include <mutex>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace textchain {

inline std::string_view view(tc_str s) noexcept { return {s.data ? s.data : "", s.size}; }
inline tc_str to_tc(std::string_view s) noexcept { return {s.data(), s.size()}; }

// ---------------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------------

namespace detail {
// A string with static storage made at run time: option defaults written from typed values. Option tables
// are built once per plugin library, so this only grows by a few strings.
inline const char* intern(std::string s) {
  static std::mutex mutex;
  static std::forward_list<std::string> pool;
  std::lock_guard<std::mutex> lock(mutex);
  pool.push_front(std::move(s));
  return pool.front().c_str();
}
inline std::string default_text(bool v) { return v ? "true" : "false"; }
template <std::integral I>
  requires(!std::same_as<I, bool>)
std::string default_text(I v) {
  return std::to_string(v);
}
inline std::string default_text(double v) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}
// A TOML array of strings: ["a", "b\"c"].
inline std::string default_text(std::initializer_list<const char*> items) {
  std::string out = "[";
  for (const char* item : items) {
    if (out.size() > 1) out += ", ";
    out += '"';
    for (const char* p = item; *p; ++p) {
      const unsigned char c = static_cast<unsigned char>(*p);
      if (c == '"' || c == '\\') {
        out += '\\';
        out += *p;
      } else if (c < 0x20 || c == 0x7F) {
        char esc[8];
        std::snprintf(esc, sizeof esc, "\\u%04X", c);
        out += esc;
      } else {
        out += *p;
      }
    }
    out += '"';
  }
  return out + "]";
}
}  // namespace detail

// Builders for rows of a plugin's option table (the `.options = {...}` style; see OptionTable for the
// style that also fills a struct). `help` is one line; it is printed by `textchain plugins describe` and
// emitted in the JSON schema. Name, choices and help must have static storage (string literals).
namespace option {
constexpr tc_option_def boolean(const char* name, bool def, const char* help, uint32_t flags = 0) {
  return {name, TC_OPTION_BOOL, flags, def ? "true" : "false", nullptr, help};
}
// Typed default: integer("min_length", 3, "...").
template <std::integral I>
  requires(!std::same_as<I, bool>)
tc_option_def integer(const char* name, I def, const char* help, uint32_t flags = 0) {
  return {name, TC_OPTION_INT, flags, detail::intern(detail::default_text(def)), nullptr, help};
}
// `def` as a decimal literal, e.g. "3" (the 1.0 style; still accepted).
constexpr tc_option_def integer(const char* name, const char* def, const char* help, uint32_t flags = 0) {
  return {name, TC_OPTION_INT, flags, def, nullptr, help};
}
inline tc_option_def number(const char* name, double def, const char* help, uint32_t flags = 0) {
  return {name, TC_OPTION_DOUBLE, flags, detail::intern(detail::default_text(def)), nullptr, help};
}
constexpr tc_option_def number(const char* name, const char* def, const char* help, uint32_t flags = 0) {
  return {name, TC_OPTION_DOUBLE, flags, def, nullptr, help};
}
// `def` is the raw string (no quotes); nullptr for "no default".
constexpr tc_option_def string(const char* name, const char* def, const char* help, uint32_t flags = 0) {
  return {name, TC_OPTION_STRING, flags, def, nullptr, help};
}
// `choices` separated by '|', e.g. "past|future|nearest"; `def` one of them.
constexpr tc_option_def enumeration(const char* name, const char* choices, const char* def, const char* help,
                                    uint32_t flags = 0) {
  return {name, TC_OPTION_ENUM, flags, def, choices, help};
}
// Typed default: string_list("cue_verbs", {"said", "noted"}, "...").
inline tc_option_def string_list(const char* name, std::initializer_list<const char*> def, const char* help,
                                 uint32_t flags = 0) {
  return {name, TC_OPTION_STRING_LIST, flags, detail::intern(detail::default_text(def)), nullptr, help};
}
// `def` in TOML array syntax, e.g. R"(["said", "noted"])" or "[]" (the 1.0 style; still accepted).
constexpr tc_option_def string_list(const char* name, const char* def, const char* help, uint32_t flags = 0) {
  return {name, TC_OPTION_STRING_LIST, flags, def, nullptr, help};
}
}  // namespace option

// A typed value: an option's value or an annotation attribute. Borrowed from the host.
class Value {
 public:
  explicit Value(const tc_value& v) noexcept : v_(&v) {}
  tc_value_type type() const noexcept { return static_cast<tc_value_type>(v_->type); }
  bool is_null() const noexcept { return v_->type == TC_VALUE_NULL; }
  bool as_bool() const { check(TC_VALUE_BOOL); return v_->i != 0; }
  int64_t as_int() const {
    if (v_->type != TC_VALUE_INT && v_->type != TC_VALUE_OFFSET) check(TC_VALUE_INT);
    return v_->i;
  }
  double as_double() const {
    if (v_->type == TC_VALUE_INT) return static_cast<double>(v_->i);
    check(TC_VALUE_DOUBLE);
    return v_->d;
  }
  std::string_view as_string() const { check(TC_VALUE_STRING); return view(v_->s); }
  std::vector<std::string_view> as_list() const {
    check(TC_VALUE_STRING_LIST);
    std::vector<std::string_view> out;
    out.reserve(v_->list_size);
    for (size_t i = 0; i < v_->list_size; ++i) out.push_back(view(v_->list[i]));
    return out;
  }

 private:
  void check(tc_value_type want) const {
    if (v_->type != static_cast<uint32_t>(want)) throw std::invalid_argument("textchain: value has another type");
  }
  const tc_value* v_;
};

// The options a step was configured with. The host validated them against the plugin's table and
// filled in defaults, so every declared option is present. Only valid during the constructor: copy
// what you keep.
class Options {
 public:
  explicit Options(const tc_options& o) noexcept : o_(&o) {}
  std::optional<Value> find(std::string_view name) const noexcept {
    for (size_t i = 0; i < o_->count; ++i)
      if (view(o_->items[i].key) == name) return Value(o_->items[i].value);
    return std::nullopt;
  }
  Value get(std::string_view name) const {
    if (auto v = find(name)) return *v;
    throw std::invalid_argument("textchain: option '" + std::string(name) + "' is not declared");
  }
  bool get_bool(std::string_view name) const { return get(name).as_bool(); }
  int64_t get_int(std::string_view name) const { return get(name).as_int(); }
  double get_double(std::string_view name) const { return get(name).as_double(); }
  // Empty when the option has no value and no default.
  std::string get_string(std::string_view name) const {
    Value v = get(name);
    return v.is_null() ? std::string() : std::string(v.as_string());
  }
  std::vector<std::string> get_list(std::string_view name) const {
    Value v = get(name);
    std::vector<std::string> out;
    if (v.is_null()) return out;
    for (auto s : v.as_list()) out.emplace_back(s);
    return out;
  }

 private:
  const tc_options* o_;
};

// One row of an OptionTable: an option bound to a member of the options struct `Config`, with its typed
// default and help. Make rows with textchain::bind / textchain::bind_choice.
template <class Config>
struct OptionField {
  tc_option_def row{};
  std::function<void(Config&, const Value&)> assign;  // converts the host's value into the member

  OptionField() = default;
  // A row binding a member of a base of Config (struct MyOptions : EngineOptions { ... }).
  template <class Base>
    requires(std::is_base_of_v<Base, Config> && !std::is_same_v<Base, Config>)
  OptionField(const OptionField<Base>& base)  // NOLINT: implicit, so base rows sit in a Config table
      : row(base.row), assign([f = base.assign](Config& c, const Value& v) { f(static_cast<Base&>(c), v); }) {}
};

namespace detail {
template <class T>
constexpr uint32_t option_type_of() {
  if constexpr (std::is_same_v<T, bool>) return TC_OPTION_BOOL;
  else if constexpr (std::is_integral_v<T>) return TC_OPTION_INT;
  else if constexpr (std::is_floating_point_v<T>) return TC_OPTION_DOUBLE;
  else if constexpr (std::is_same_v<T, std::string>) return TC_OPTION_STRING;
  else if constexpr (std::is_same_v<T, std::vector<std::string>>) return TC_OPTION_STRING_LIST;
  else static_assert(sizeof(T) == 0, "an option member is bool, an integer, a floating-point number, "
                                     "std::string or std::vector<std::string>");
  return 0;
}

template <class T>
void assign_value(T& out, const Value& v, const char* name) {
  if (v.is_null()) return;  // no value and no default: the member keeps its initializer
  if constexpr (std::is_same_v<T, bool>) {
    out = v.as_bool();
  } else if constexpr (std::is_integral_v<T>) {
    const int64_t x = v.as_int();
    if (!std::in_range<T>(x))
      throw std::invalid_argument(std::string("option '") + name + "' = " + std::to_string(x) +
                                  " is out of range for this plugin");
    out = static_cast<T>(x);
  } else if constexpr (std::is_floating_point_v<T>) {
    out = static_cast<T>(v.as_double());
  } else if constexpr (std::is_same_v<T, std::string>) {
    out = std::string(v.as_string());
  } else {
    out.clear();
    for (std::string_view s : v.as_list()) out.emplace_back(s);
  }
}
}  // namespace detail

// A row binding option `name` to `member`; the default has the member's type (a string literal for a
// std::string, {"a", "b"} for a list, nullptr for "no default").
template <class Config, class T, class D>
OptionField<Config> bind(const char* name, T Config::*member, D def, const char* help, uint32_t flags = 0) {
  OptionField<Config> f;
  f.row.name = name;
  f.row.type = detail::option_type_of<T>();
  f.row.flags = flags;
  f.row.help = help;
  if constexpr (std::is_same_v<T, std::string>) {
    f.row.default_value = def;  // const char*: the text itself, or nullptr
  } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
    f.row.default_value = detail::intern(detail::default_text(std::initializer_list<const char*>(def)));
  } else if constexpr (std::is_floating_point_v<T>) {
    f.row.default_value = detail::intern(detail::default_text(static_cast<double>(def)));
  } else {
    f.row.default_value = detail::intern(detail::default_text(static_cast<T>(def)));
  }
  f.assign = [member, name](Config& c, const Value& v) { detail::assign_value(c.*member, v, name); };
  return f;
}
template <class Config>
OptionField<Config> bind(const char* name, std::vector<std::string> Config::*member,
                         std::initializer_list<const char*> def, const char* help, uint32_t flags = 0) {
  return bind<Config, std::vector<std::string>, std::initializer_list<const char*>>(name, member, def, help, flags);
}
// A string option limited to `choices` ("past|future|nearest").
template <class Config>
OptionField<Config> bind_choice(const char* name, std::string Config::*member, const char* choices, const char* def,
                                const char* help, uint32_t flags = 0) {
  OptionField<Config> f = bind(name, member, def, help, flags);
  f.row.type = TC_OPTION_ENUM;
  f.row.choices = choices;
  return f;
}

// A plugin's options, declared once: the rows the host validates and documents, and how each fills a
// member of `Config`. A plugin class with `using options_type = Config;` and a constructor taking
// `const Config&` gets its rows from `Config::table()` and its struct filled by the SDK. Keep the table in
// static storage (a function-local static): the descriptor points into it.
template <class Config>
class OptionTable {
 public:
  OptionTable(std::initializer_list<OptionField<Config>> fields) : fields_(fields) {
    rows_.reserve(fields_.size());
    for (const auto& f : fields_) rows_.push_back(f.row);
  }
  OptionTable(const OptionTable&) = delete;
  OptionTable& operator=(const OptionTable&) = delete;

  const tc_option_def* rows() const noexcept { return rows_.data(); }
  size_t size() const noexcept { return rows_.size(); }

  // The struct filled from the options the host validated (every declared option present).
  Config read(const Options& options) const {
    Config c{};
    for (const auto& f : fields_)
      if (auto v = options.find(f.row.name)) f.assign(c, *v);
    return c;
  }

 private:
  std::vector<OptionField<Config>> fields_;
  std::vector<tc_option_def> rows_;
};

// ---------------------------------------------------------------------------------------------------
// Annotations
// ---------------------------------------------------------------------------------------------------

// An annotation added by an earlier step (or this one), in the coordinates of the text this step sees.
class AnnotationView {
 public:
  explicit AnnotationView(const tc_annotation_view& a) noexcept : a_(a) {}
  uint64_t id() const noexcept { return a_.id; }
  std::string_view type() const noexcept { return view(a_.type); }
  std::string_view plugin() const noexcept { return view(a_.plugin); }
  size_t begin() const noexcept { return a_.begin; }
  size_t end() const noexcept { return a_.end; }
  std::optional<Value> attr(std::string_view key) const noexcept {
    for (size_t i = 0; i < a_.attr_count; ++i)
      if (view(a_.attrs[i].key) == key) return Value(a_.attrs[i].value);
    return std::nullopt;
  }
  std::span<const tc_link> links() const noexcept { return {a_.links, a_.link_count}; }

 private:
  tc_annotation_view a_;
};

class Document;

// Thrown by AnnotationBuilder::add and Document::edit when the host refused the value. The host has
// already recorded an error naming the plugin and the reason: when it ends `process`, the SDK returns
// failure without a second report.
class Refused : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// ---- Compact tokens (ABI 1.2): the host's 8-byte form, white space left out ----

// A view over the host's compact tokens (tc_token_compact, abi.h) that hands each one out as a tc_token
// value: the same begin, end, kind and flags as in Document::tokens(), so the helpers below and
// Document::slice work unchanged. A token of 65,535 bytes or more has its end in the long-token table;
// operator[] looks it up (a binary search, for such tokens only). Valid until `process` returns.
class CompactTokenView {
 public:
  CompactTokenView() noexcept = default;
  CompactTokenView(std::span<const tc_token_compact> tokens, std::span<const tc_token_long> long_tokens) noexcept
      : tokens_(tokens), long_(long_tokens) {}

  size_t size() const noexcept { return tokens_.size(); }
  bool empty() const noexcept { return tokens_.empty(); }
  tc_token operator[](size_t i) const noexcept {
    const tc_token_compact& c = tokens_[i];
    return tc_token{c.begin, end_of(i), c.kind, c.flags};
  }
  uint32_t begin_of(size_t i) const noexcept { return tokens_[i].begin; }
  uint32_t end_of(size_t i) const noexcept {
    const tc_token_compact& c = tokens_[i];
    if (c.length != TC_TOKEN_LONG_LENGTH) [[likely]] return c.begin + c.length;
    size_t lo = 0, hi = long_.size();
    while (lo < hi) {
      const size_t mid = lo + (hi - lo) / 2;
      if (long_[mid].index < i) lo = mid + 1;
      else hi = mid;
    }
    return lo < long_.size() && long_[lo].index == i ? long_[lo].end : c.begin + c.length;
  }
  uint16_t kind_of(size_t i) const noexcept { return tokens_[i].kind; }
  uint16_t flags_of(size_t i) const noexcept { return tokens_[i].flags; }
  // The raw arrays, for code that wants the 8-byte records themselves.
  std::span<const tc_token_compact> compact() const noexcept { return tokens_; }
  std::span<const tc_token_long> long_tokens() const noexcept { return long_; }

  class iterator {
   public:
    using value_type = tc_token;
    using difference_type = std::ptrdiff_t;
    iterator() noexcept = default;
    iterator(const CompactTokenView* v, size_t i) noexcept : v_(v), i_(i) {}
    tc_token operator*() const noexcept { return (*v_)[i_]; }
    iterator& operator++() noexcept { ++i_; return *this; }
    iterator operator++(int) noexcept { iterator t = *this; ++i_; return t; }
    bool operator==(const iterator& o) const noexcept { return i_ == o.i_; }
    size_t index() const noexcept { return i_; }
   private:
    const CompactTokenView* v_ = nullptr;
    size_t i_ = 0;
  };
  iterator begin() const noexcept { return iterator(this, 0); }
  iterator end() const noexcept { return iterator(this, tokens_.size()); }

 private:
  std::span<const tc_token_compact> tokens_;
  std::span<const tc_token_long> long_;
};

// ---- Token flags (ABI 1.1): case and shape, computed by the host from its Unicode tables ----
inline bool is_word(const tc_token& t) noexcept { return t.kind == TC_TOKEN_WORD; }
// White space: horizontal space or a line break.
inline bool is_space(const tc_token& t) noexcept { return t.kind == TC_TOKEN_SPACE || t.kind == TC_TOKEN_LINEBREAK; }
// The first letter is a capital (Lu or Lt): "Łukasz", "NATO", "McCain", "I".
inline bool is_capitalized(const tc_token& t) noexcept { return (t.flags & TC_TOKEN_INITIAL_CAPITAL) != 0; }
// A cased letter and none in lower case: "NATO", "U.S", "I".
inline bool is_all_capitals(const tc_token& t) noexcept { return (t.flags & TC_TOKEN_ALL_CAPITALS) != 0; }
// A cased letter and no capital: "said", "żukowski".
inline bool is_lower_case(const tc_token& t) noexcept { return (t.flags & TC_TOKEN_LOWER_CASE) != 0; }
// A capital followed by lower-case letters only: "Łukasz", "Żukowski" (not "NATO", not "McCain").
inline bool is_title_case(const tc_token& t) noexcept { return (t.flags & TC_TOKEN_TITLE_CASE) != 0; }
inline bool has_digit(const tc_token& t) noexcept { return (t.flags & TC_TOKEN_HAS_DIGIT) != 0; }
inline bool has_letter(const tc_token& t) noexcept { return (t.flags & TC_TOKEN_HAS_LETTER) != 0; }
// A word whose following period marks an abbreviation or initial ("Mr", "U.S", "J"), not a sentence end.
inline bool is_abbreviation(const tc_token& t) noexcept { return (t.flags & TC_TOKEN_ABBREVIATION) != 0; }
inline bool is_ascii(const tc_token& t) noexcept { return (t.flags & TC_TOKEN_NON_ASCII) == 0; }

namespace detail {
// Elements kept in place up to N, on the heap beyond: an annotation's attributes and their strings fit in
// place, so building one allocates nothing. Holds no pointer to itself (data() is computed), so the
// default copy and move are correct.
template <class T, size_t N>
class SmallBuffer {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  SmallBuffer() noexcept {}
  SmallBuffer(const SmallBuffer& o) { append(o.data(), o.size()); }
  SmallBuffer& operator=(const SmallBuffer& o) {
    if (this != &o) {
      size_ = 0;
      heap_.clear();
      on_heap_ = false;
      append(o.data(), o.size());
    }
    return *this;
  }
  const T* data() const noexcept { return on_heap_ ? heap_.data() : local_; }
  size_t size() const noexcept { return size_; }
  void append(const T* p, size_t n) {
    if (!on_heap_ && size_ + n <= N) {
      if (n) std::memcpy(local_ + size_, p, n * sizeof(T));
    } else {
      if (!on_heap_) {
        heap_.reserve(2 * (size_ + n));
        heap_.assign(local_, local_ + size_);
        on_heap_ = true;
      }
      heap_.insert(heap_.end(), p, p + n);
    }
    size_ += n;
  }
  void push_back(const T& v) { append(&v, 1); }

 private:
  T local_[N];  // the first size_ are set while !on_heap_
  std::vector<T> heap_;
  size_t size_ = 0;
  bool on_heap_ = false;
};
}  // namespace detail

// One attribute for Document::add_annotation, pointing at the caller's bytes (nothing copied): the key and
// a string value must stay valid until add_annotation returns. For a plugin that adds many annotations
// from strings it already holds (its text, its lexicon's literals); AnnotationBuilder copies instead and
// is safe with temporaries.
inline tc_attr string_attr(std::string_view key, std::string_view value) noexcept {
  tc_attr a{};
  a.key = to_tc(key);
  a.value.type = TC_VALUE_STRING;
  a.value.s = to_tc(value);
  return a;
}
// A byte offset into the current text (the host maps it back to the original input).
inline tc_attr offset_attr(std::string_view key, size_t offset) noexcept {
  tc_attr a{};
  a.key = to_tc(key);
  a.value.type = TC_VALUE_OFFSET;
  a.value.i = static_cast<int64_t>(offset);
  return a;
}
inline tc_attr int_attr(std::string_view key, int64_t value) noexcept {
  tc_attr a{};
  a.key = to_tc(key);
  a.value.type = TC_VALUE_INT;
  a.value.i = value;
  return a;
}
inline tc_attr null_attr(std::string_view key) noexcept {
  tc_attr a{};
  a.key = to_tc(key);
  a.value.type = TC_VALUE_NULL;
  return a;
}

// Collects one annotation's attributes and links; `add()` hands it to the host. Owns copies of every
// string, so it is safe to build from temporaries. Up to 16 attributes, 4 links and 512 bytes of type,
// keys and values are held in the builder itself (no allocation: this runs once per annotation).
class AnnotationBuilder {
 public:
  AnnotationBuilder(Document& doc, std::string_view type, size_t begin, size_t end)
      : doc_(&doc), type_(keep(type)), begin_(begin), end_(end) {}

  AnnotationBuilder& attr(std::string_view key, std::string_view value) {
    return item(key, TC_VALUE_STRING, 0, 0.0, keep(value));
  }
  AnnotationBuilder& attr(std::string_view key, const char* value) { return attr(key, std::string_view(value)); }
  AnnotationBuilder& attr(std::string_view key, const std::string& value) { return attr(key, std::string_view(value)); }
  // Any integer type (int, size_t, int64_t ...): attr("n", v.size()) is not ambiguous. Values above
  // INT64_MAX are stored as INT64_MAX.
  template <std::integral I>
    requires(!std::same_as<I, bool>)
  AnnotationBuilder& attr(std::string_view key, I value) {
    const int64_t v = std::in_range<int64_t>(value) ? static_cast<int64_t>(value) : std::numeric_limits<int64_t>::max();
    return item(key, TC_VALUE_INT, v, 0.0, {});
  }
  template <std::floating_point F>
  AnnotationBuilder& attr(std::string_view key, F value) {
    return item(key, TC_VALUE_DOUBLE, 0, static_cast<double>(value), {});
  }
  AnnotationBuilder& attr(std::string_view key, bool value) { return item(key, TC_VALUE_BOOL, value ? 1 : 0, 0.0, {}); }
  AnnotationBuilder& attr_null(std::string_view key) { return item(key, TC_VALUE_NULL, 0, 0.0, {}); }
  // A byte offset into the current text; the host maps it back to the original input.
  AnnotationBuilder& attr_offset(std::string_view key, size_t offset) {
    return item(key, TC_VALUE_OFFSET, static_cast<int64_t>(offset), 0.0, {});
  }
  AnnotationBuilder& link(std::string_view role, uint64_t target) {
    links_.push_back({keep(role), target});
    return *this;
  }
  // Adds the annotation; returns its id. Throws textchain::Refused (a std::runtime_error) when the host
  // refuses it; the host has then recorded why, so the SDK does not report it a second time.
  uint64_t add();

 private:
  // Where a copied string stands in bytes_: offsets, not pointers, since bytes_ moves to the heap when it
  // outgrows its place (and with the builder when it is moved).
  struct Span {
    uint32_t at = 0, size = 0;
  };
  struct Item {
    Span key;
    uint32_t type;
    int64_t i;
    double d;
    Span s;
  };
  struct Link {
    Span role;
    uint64_t target;
  };
  Span keep(std::string_view v) {
    const Span sp{static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(v.size())};
    bytes_.append(v.data(), v.size());
    return sp;
  }
  AnnotationBuilder& item(std::string_view key, uint32_t type, int64_t i, double d, Span s) {
    items_.push_back({keep(key), type, i, d, s});
    return *this;
  }
  tc_str str(Span sp) const noexcept { return {bytes_.data() + sp.at, sp.size}; }

  Document* doc_;
  detail::SmallBuffer<char, 512> bytes_;  // type, keys, roles and string values, one after another
  Span type_;
  size_t begin_, end_;
  detail::SmallBuffer<Item, 16> items_;
  detail::SmallBuffer<Link, 4> links_;
};

// ---------------------------------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------------------------------

// One document as a step sees it: the current text (after earlier rewrites), its tokens and sentences
// (computed by the host once per text version), the annotations so far, and the record's metadata.
// Not thread-safe; valid only during `process`.
class Document {
 public:
  Document(tc_doc* doc, const tc_host_api* host) noexcept : doc_(doc), host_(host) {}

  std::string_view text() const noexcept { return view(host_->text(doc_)); }
  // The bytes [begin, end) of the current text, clamped to it: a bad offset gives a shorter or empty view,
  // never an exception (this function is noexcept).
  std::string_view slice(size_t begin, size_t end) const noexcept {
    const std::string_view t = text();
    if (begin > t.size()) begin = t.size();
    if (end > t.size()) end = t.size();
    if (end < begin) end = begin;
    return std::string_view(t.data() + begin, end - begin);
  }
  std::string_view slice(const tc_token& t) const noexcept { return slice(t.begin, t.end); }
  std::string_view id() const noexcept { return view(host_->meta(doc_, "id")); }
  // The document's creation date, "YYYY-MM-DD", or empty when the record and the command gave none.
  std::string_view date() const noexcept { return view(host_->meta(doc_, "date")); }
  std::string_view meta(const char* key) const noexcept { return view(host_->meta(doc_, key)); }

  std::span<const tc_token> tokens() const noexcept {
    size_t n = 0;
    const tc_token* t = host_->tokens(doc_, &n);
    return {t, n};
  }
  // The same tokens without white space, in the host's compact form (ABI 1.2): prefer it to tokens() in a
  // plugin that declares .token_forms = TC_READS_COMPACT_TOKENS, so the host never builds the 12-byte
  // array. Empty under a host without the entry (older than 1.2, which does not load a 1.2 plugin).
  CompactTokenView compact_tokens() const noexcept {
    if (!TC_HAS_FIELD(tc_host_api, compact_tokens, host_->struct_size) || !host_->compact_tokens) return {};
    size_t n = 0, nl = 0;
    const tc_token_long* longs = nullptr;
    const tc_token_compact* t = host_->compact_tokens(doc_, &n, &longs, &nl);
    return CompactTokenView({t, n}, {longs, nl});
  }
  std::span<const tc_sentence> sentences() const noexcept {
    size_t n = 0;
    const tc_sentence* s = host_->sentences(doc_, &n);
    return {s, n};
  }
  // True when the host fills tc_token.flags (ABI 1.1 and later; a plugin built with this SDK is only
  // loaded by such a host, so this is for code that may also run under an older one).
  bool has_token_flags() const noexcept { return host_->abi_major == 1 && host_->abi_minor >= 1; }

  size_t annotation_count() const noexcept { return host_->annotation_count(doc_); }
  AnnotationView annotation(size_t index) const {
    tc_annotation_view v{};
    const bool sized = TC_HAS_FIELD(tc_host_api, annotation_get, host_->struct_size) && host_->annotation_get;
    const int rc = sized ? host_->annotation_get(doc_, index, &v, sizeof v) : host_->annotation_at(doc_, index, &v);
    if (rc != 0) throw std::out_of_range("textchain: annotation index");
    return AnnotationView(v);
  }
  // Calls f(AnnotationView) for every annotation of `type` (all when empty).
  template <class F>
  void for_each_annotation(std::string_view type, F&& f) const {
    const size_t n = annotation_count();
    for (size_t i = 0; i < n; ++i) {
      AnnotationView a = annotation(i);
      if (type.empty() || a.type() == type) f(a);
    }
  }

  AnnotationBuilder annotate(std::string_view type, size_t begin, size_t end) {
    return AnnotationBuilder(*this, type, begin, end);
  }

  // Adds an annotation whose attributes point at the caller's bytes (string_attr, offset_attr, int_attr,
  // null_attr above); returns its id. Nothing is copied before the host stores it, so it costs less than
  // annotate(...).add(). Throws textchain::Refused when the host refuses it (reported once, as add()).
  uint64_t add_annotation(std::string_view type, size_t begin, size_t end, std::span<const tc_attr> attrs) {
    tc_annotation_in in{};
    in.struct_size = sizeof(tc_annotation_in);
    in.type = to_tc(type);
    in.begin = begin;
    in.end = end;
    in.attrs = attrs.data();
    in.attr_count = attrs.size();
    uint64_t id = 0;
    if (host_->add_annotation(doc_, &in, &id) != 0) throw Refused("textchain: annotation refused by the host");
    return id;
  }

  // Proposes replacing [begin, end) of the current text. Applied by the host after `process` returns;
  // the edits of one step must not overlap. Throws textchain::Refused when refused (reported once).
  void edit(size_t begin, size_t end, std::string_view replacement, std::string_view rule) {
    if (host_->propose_edit(doc_, begin, end, to_tc(replacement), to_tc(rule)) != 0)
      throw Refused("textchain: edit refused by the host");
  }

  // Sets metadata later steps and the output see (see tc_host_api::set_meta); false when refused.
  // Hosts older than this function's slot return false.
  bool set_meta(const char* key, std::string_view value) {
    if (host_->struct_size < offsetof(tc_host_api, set_meta) + sizeof host_->set_meta || !host_->set_meta) return false;
    return host_->set_meta(doc_, key, to_tc(value)) == 0;
  }

  void warn(std::string_view message) { host_->report(doc_, TC_LEVEL_WARNING, to_tc(message)); }
  void error(std::string_view message) { host_->report(doc_, TC_LEVEL_ERROR, to_tc(message)); }

  tc_doc* raw() const noexcept { return doc_; }
  const tc_host_api* host() const noexcept { return host_; }

 private:
  tc_doc* doc_;
  const tc_host_api* host_;
};

inline uint64_t AnnotationBuilder::add() {
  // The host's views of the strings, made only now: bytes_ no longer grows.
  detail::SmallBuffer<tc_attr, 16> attrs;
  for (const Item* it = items_.data(), *e = it + items_.size(); it != e; ++it) {
    tc_attr a{};
    a.key = str(it->key);
    a.value.type = it->type;
    a.value.i = it->i;
    a.value.d = it->d;
    a.value.s = str(it->s);
    attrs.push_back(a);
  }
  detail::SmallBuffer<tc_link, 4> links;
  for (const Link* l = links_.data(), *e = l + links_.size(); l != e; ++l) links.push_back({str(l->role), l->target});
  tc_annotation_in in{};
  in.struct_size = sizeof(tc_annotation_in);
  in.type = str(type_);
  in.begin = begin_;
  in.end = end_;
  in.attrs = attrs.data();
  in.attr_count = attrs.size();
  in.links = links.data();
  in.link_count = links.size();
  uint64_t id = 0;
  if (doc_->host()->add_annotation(doc_->raw(), &in, &id) != 0)
    throw Refused("textchain: annotation refused by the host");
  return id;
}

// ---------------------------------------------------------------------------------------------------
// Exporting a plugin
// ---------------------------------------------------------------------------------------------------

// What TEXTCHAIN_PLUGIN declares, with C++20 designated initializers.
struct PluginDeclaration {
  const char* name = nullptr;
  const char* version = "0.0.0";
  const char* description = "";
  const char* license = "";
  // The option rows, 1.0 style. A plugin with `options_type` (see OptionTable) leaves this empty.
  std::initializer_list<tc_option_def> options = {};
  std::initializer_list<const char*> provides = {};
  std::initializer_list<const char*> needs = {};  // annotation types it reads
  bool thread_safe = false;   // one instance may run `process` on several threads at once
  bool rewrites_text = false; // the plugin calls Document::edit
  // The token forms the plugin reads (ABI 1.2, TC_READS_* of abi.h). A plugin that reads only
  // Document::compact_tokens() says TC_READS_COMPACT_TOKENS, and one that reads neither tokens() nor
  // compact_tokens() (the text alone, or sentences()) TC_READS_NO_TOKENS, so that a chain of such steps never
  // makes the host build the 12-byte array (4.5 times the text); the default is the 1.0/1.1 form, what
  // tokens() reads.
  uint32_t token_forms = TC_READS_TOKENS;
};

namespace detail {

inline void write_error(char* out, size_t size, const char* what) noexcept {
  if (!out || size == 0) return;
  size_t n = std::strlen(what);
  if (n >= size) n = size - 1;
  std::memcpy(out, what, n);
  out[n] = '\0';
}

// A plugin class declares its options struct with `using options_type = X;` (X has a static table()).
template <class Plugin>
concept HasOptionsType = requires { typename Plugin::options_type; };

template <class Plugin>
void* create(const tc_options* options, char* error, size_t error_size) noexcept {
  try {
    if constexpr (HasOptionsType<Plugin>) {
      using Config = typename Plugin::options_type;
      return new Plugin(Config::table().read(Options(*options)));
    } else {
      return new Plugin(Options(*options));
    }
  } catch (const std::exception& e) {
    write_error(error, error_size, e.what());
  } catch (...) {
    write_error(error, error_size, "unknown exception in plugin constructor");
  }
  return nullptr;
}

template <class Plugin>
int process(void* instance, tc_doc* doc, const tc_host_api* host) noexcept {
  Document d(doc, host);
  try {
    static_cast<Plugin*>(instance)->process(d);
    return 0;
  } catch (const Refused&) {
    return 1;  // the host recorded why when it refused
  } catch (const std::exception& e) {
    host->report(doc, TC_LEVEL_ERROR, to_tc(std::string_view(e.what())));
  } catch (...) {
    host->report(doc, TC_LEVEL_ERROR, to_tc("unknown exception"));
  }
  return 1;
}

// A plugin with options_type whose declaration also lists `.options`: the options would be declared
// twice, so every step of it is refused with this message.
inline void* refuse_options_declared_twice(const tc_options*, char* error, size_t error_size) noexcept {
  write_error(error, error_size,
              "the plugin declares its options twice: in its options_type's table and in .options; keep the table");
  return nullptr;
}

template <class Plugin>
void destroy(void* instance) noexcept {
  delete static_cast<Plugin*>(instance);
}

template <class Plugin>
tc_plugin_descriptor make_descriptor(const PluginDeclaration& info) noexcept {
  tc_plugin_descriptor d{};
  d.struct_size = sizeof(tc_plugin_descriptor);
  d.abi_major = TC_ABI_MAJOR;
  d.abi_minor = TC_ABI_MINOR;
  d.name = info.name;
  d.version = info.version;
  d.description = info.description;
  d.license = info.license;
  if constexpr (HasOptionsType<Plugin>) {
    static_assert(std::is_constructible_v<Plugin, const typename Plugin::options_type&>,
                  "a plugin with options_type is constructed from `const options_type&`");
    d.options = Plugin::options_type::table().rows();
    d.option_count = Plugin::options_type::table().size();
  } else {
    d.options = info.options.begin();
    d.option_count = info.options.size();
  }
  d.option_stride = sizeof(tc_option_def);
  d.build = TC_BUILD_KNOWN;
#if defined(__OPTIMIZE__)
  d.build |= TC_BUILD_OPTIMIZED;
#endif
#if !defined(NDEBUG)
  d.build |= TC_BUILD_ASSERTIONS;
#endif
  d.provided_types = info.provides.begin();
  d.provided_count = info.provides.size();
  d.required_types = info.needs.begin();
  d.required_count = info.needs.size();
  d.flags = (info.thread_safe ? TC_PLUGIN_THREAD_SAFE : 0u) | (info.rewrites_text ? TC_PLUGIN_REWRITES_TEXT : 0u);
  d.token_forms = info.token_forms;
  d.create = &create<Plugin>;
  if (HasOptionsType<Plugin> && info.options.size() != 0) d.create = &refuse_options_declared_twice;
  d.process = &process<Plugin>;
  d.destroy = &destroy<Plugin>;
  return d;
}

}  // namespace detail
}  // namespace textchain

#define TEXTCHAIN_DETAIL_CAT2(a, b) a##b
#define TEXTCHAIN_DETAIL_CAT(a, b) TEXTCHAIN_DETAIL_CAT2(a, b)

// The entry symbol. A plugin built as a shared library exports `textchain_plugin_entry`; its static twin
// (built with -DTEXTCHAIN_STATIC_PLUGIN_ID=<name>, which textchain_add_plugin does) defines
// `textchain_plugin_entry_<name>` instead, so several plugins link into one binary.
#ifdef TEXTCHAIN_STATIC_PLUGIN_ID
#define TEXTCHAIN_DETAIL_ENTRY_DECL \
  extern "C" const tc_plugin_descriptor* TEXTCHAIN_DETAIL_CAT(textchain_plugin_entry_, TEXTCHAIN_STATIC_PLUGIN_ID)(void)
#else
#define TEXTCHAIN_DETAIL_ENTRY_DECL extern "C" TC_EXPORT const tc_plugin_descriptor* textchain_plugin_entry(void)
#endif

// Exports `Class` as a plugin. The arguments after the class are the designated initializers of a
// textchain::PluginDeclaration (.name is required). Use once per plugin library.
#define TEXTCHAIN_PLUGIN(Class, ...)                                                              \
  TEXTCHAIN_DETAIL_ENTRY_DECL;                                                                    \
  TEXTCHAIN_DETAIL_ENTRY_DECL {                                                                   \
    static const ::textchain::PluginDeclaration info{__VA_ARGS__};                                       \
    static const tc_plugin_descriptor descriptor = ::textchain::detail::make_descriptor<Class>(info); \
    return &descriptor;                                                                           \
  }

// Declares the entry of a static twin so a host can register it: TEXTCHAIN_DECLARE_STATIC_PLUGIN(dates)
// then host.add_static_plugin(textchain_plugin_entry_dates).
#define TEXTCHAIN_DECLARE_STATIC_PLUGIN(id) \
  extern "C" const tc_plugin_descriptor* TEXTCHAIN_DETAIL_CAT(textchain_plugin_entry_, id)(void)

#endif  // TEXTCHAIN_SDK_HPP
