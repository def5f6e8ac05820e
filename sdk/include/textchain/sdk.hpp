// textchain plugin SDK — the header-only C++ layer over <textchain/abi.h>.
//
// A plugin is a class constructed from its options, with a `process(textchain::Document&)` method, and one
// macro line that exports it:
//
//   #include <textchain/sdk.hpp>
//
//   class Shout {
//    public:
//     explicit Shout(const textchain::Options& options) : min_(options.get_int("min_length")) {}
//     void process(textchain::Document& doc) {
//       for (const auto& token : doc.tokens())
//         if (token.kind == TC_TOKEN_WORD && token.end - token.begin >= min_ && is_upper(doc.slice(token)))
//           doc.annotate("shout", token.begin, token.end).add();
//     }
//    private:
//     int64_t min_;
//   };
//
//   TEXTCHAIN_PLUGIN(Shout,
//     .name = "shout", .version = "1.0.0", .description = "Finds words in capitals",
//     .license = "MIT",
//     .options = { textchain::option::integer("min_length", 3, "shortest word reported") },
//     .provides = { "shout" },
//     .thread_safe = true)
//
// Every exception thrown by the constructor or by `process` is caught here, on the plugin's side of the
// boundary, and reported to the host as an error for that document (the host adds the plugin's name and
// the document's id). Nothing allocated by the plugin is freed by the host, nor the other way round.
#ifndef TEXTCHAIN_SDK_HPP
#define TEXTCHAIN_SDK_HPP

#include <textchain/abi.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <initializer_list>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace textchain {

inline std::string_view view(tc_str s) noexcept { return {s.data ? s.data : "", s.size}; }
inline tc_str to_tc(std::string_view s) noexcept { return {s.data(), s.size()}; }

// ---------------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------------

// Builders for rows of a plugin's option table. `help` is one line; it is printed by
// `textchain plugins describe` and emitted in the JSON schema. All strings must have static storage.
namespace option {
constexpr tc_option_def boolean(const char* name, bool def, const char* help, uint32_t flags = 0) {
  return {name, TC_OPTION_BOOL, flags, def ? "true" : "false", nullptr, help};
}
// `def` is a decimal literal, e.g. "3".
constexpr tc_option_def integer(const char* name, const char* def, const char* help, uint32_t flags = 0) {
  return {name, TC_OPTION_INT, flags, def, nullptr, help};
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
// `def` in TOML array syntax, e.g. R"(["said", "noted"])" or "[]".
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

// Collects one annotation's attributes and links; `add()` hands it to the host. Owns copies of every
// string, so it is safe to build from temporaries.
class AnnotationBuilder {
 public:
  AnnotationBuilder(Document& doc, std::string_view type, size_t begin, size_t end)
      : doc_(&doc), type_(type), begin_(begin), end_(end) {}

  AnnotationBuilder& attr(std::string_view key, std::string_view value) {
    items_.push_back({std::string(key), TC_VALUE_STRING, 0, 0.0, std::string(value)});
    return *this;
  }
  AnnotationBuilder& attr(std::string_view key, const char* value) { return attr(key, std::string_view(value)); }
  AnnotationBuilder& attr(std::string_view key, const std::string& value) { return attr(key, std::string_view(value)); }
  AnnotationBuilder& attr(std::string_view key, int64_t value) {
    items_.push_back({std::string(key), TC_VALUE_INT, value, 0.0, {}});
    return *this;
  }
  AnnotationBuilder& attr(std::string_view key, int value) { return attr(key, static_cast<int64_t>(value)); }
  AnnotationBuilder& attr(std::string_view key, double value) {
    items_.push_back({std::string(key), TC_VALUE_DOUBLE, 0, value, {}});
    return *this;
  }
  AnnotationBuilder& attr(std::string_view key, bool value) {
    items_.push_back({std::string(key), TC_VALUE_BOOL, value ? 1 : 0, 0.0, {}});
    return *this;
  }
  AnnotationBuilder& attr_null(std::string_view key) {
    items_.push_back({std::string(key), TC_VALUE_NULL, 0, 0.0, {}});
    return *this;
  }
  // A byte offset into the current text; the host maps it back to the original input.
  AnnotationBuilder& attr_offset(std::string_view key, size_t offset) {
    items_.push_back({std::string(key), TC_VALUE_OFFSET, static_cast<int64_t>(offset), 0.0, {}});
    return *this;
  }
  AnnotationBuilder& link(std::string_view role, uint64_t target) {
    links_.push_back({std::string(role), target});
    return *this;
  }
  // Adds the annotation; returns its id. Throws std::runtime_error when the host refuses it.
  uint64_t add();

 private:
  struct Item {
    std::string key;
    uint32_t type;
    int64_t i;
    double d;
    std::string s;
  };
  struct Link {
    std::string role;
    uint64_t target;
  };
  Document* doc_;
  std::string type_;
  size_t begin_, end_;
  std::vector<Item> items_;
  std::vector<Link> links_;
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
  std::string_view slice(size_t begin, size_t end) const noexcept { return text().substr(begin, end - begin); }
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
  std::span<const tc_sentence> sentences() const noexcept {
    size_t n = 0;
    const tc_sentence* s = host_->sentences(doc_, &n);
    return {s, n};
  }

  size_t annotation_count() const noexcept { return host_->annotation_count(doc_); }
  AnnotationView annotation(size_t index) const {
    tc_annotation_view v{};
    if (host_->annotation_at(doc_, index, &v) != 0) throw std::out_of_range("textchain: annotation index");
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

  // Proposes replacing [begin, end) of the current text. Applied by the host after `process` returns;
  // the edits of one step must not overlap. Throws std::runtime_error when refused.
  void edit(size_t begin, size_t end, std::string_view replacement, std::string_view rule) {
    if (host_->propose_edit(doc_, begin, end, to_tc(replacement), to_tc(rule)) != 0)
      throw std::runtime_error("textchain: edit refused by the host");
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
  std::vector<tc_attr> attrs;
  attrs.reserve(items_.size());
  for (const Item& it : items_) {
    tc_attr a{};
    a.key = to_tc(it.key);
    a.value.type = it.type;
    a.value.i = it.i;
    a.value.d = it.d;
    a.value.s = to_tc(it.s);
    attrs.push_back(a);
  }
  std::vector<tc_link> links;
  links.reserve(links_.size());
  for (const Link& l : links_) links.push_back({to_tc(l.role), l.target});
  tc_annotation_in in{};
  in.struct_size = sizeof(tc_annotation_in);
  in.type = to_tc(type_);
  in.begin = begin_;
  in.end = end_;
  in.attrs = attrs.data();
  in.attr_count = attrs.size();
  in.links = links.data();
  in.link_count = links.size();
  uint64_t id = 0;
  if (doc_->host()->add_annotation(doc_->raw(), &in, &id) != 0)
    throw std::runtime_error("textchain: annotation refused by the host");
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
  std::initializer_list<tc_option_def> options = {};
  std::initializer_list<const char*> provides = {};
  std::initializer_list<const char*> needs = {};  // annotation types it reads
  bool thread_safe = false;   // one instance may run `process` on several threads at once
  bool rewrites_text = false; // the plugin calls Document::edit
};

namespace detail {

inline void write_error(char* out, size_t size, const char* what) noexcept {
  if (!out || size == 0) return;
  size_t n = std::strlen(what);
  if (n >= size) n = size - 1;
  std::memcpy(out, what, n);
  out[n] = '\0';
}

template <class Plugin>
void* create(const tc_options* options, char* error, size_t error_size) noexcept {
  try {
    return new Plugin(Options(*options));
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
  } catch (const std::exception& e) {
    host->report(doc, TC_LEVEL_ERROR, to_tc(std::string_view(e.what())));
  } catch (...) {
    host->report(doc, TC_LEVEL_ERROR, to_tc("unknown exception"));
  }
  return 1;
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
  d.options = info.options.begin();
  d.option_count = info.options.size();
  d.provided_types = info.provides.begin();
  d.provided_count = info.provides.size();
  d.required_types = info.needs.begin();
  d.required_count = info.needs.size();
  d.flags = (info.thread_safe ? TC_PLUGIN_THREAD_SAFE : 0u) | (info.rewrites_text ? TC_PLUGIN_REWRITES_TEXT : 0u);
  d.create = &create<Plugin>;
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
