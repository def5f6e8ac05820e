// textchain host — the public embedding API.
//
//   textchain::Host host;                                   // finds the installed plugins
//   textchain::Chain chain = host.load_chain("news.toml");  // validated; throws ConfigError
//   textchain::Result r = chain.process("Sullivan said on Tuesday: \"...\"", {.id = "1", .date = "2025-09-26"});
//   for (const auto& a : r.annotations) ...                 // offsets into the text given
//
// Thread-safety: a Host is used from one thread while plugins are loaded and chains built; a Chain's
// `process` may be called from several threads at once (plugins not declared thread-safe get one
// instance per calling thread). Libraries are never unloaded while the process runs.
//
// To run a chain of untrusted plugins in worker processes (a crash, hang or exit() costs one document's
// result, not the program): textchain::IsolatedRunner, <textchain/isolated_runner.hpp>.
#ifndef TEXTCHAIN_HOST_HPP
#define TEXTCHAIN_HOST_HPP

#include <textchain/abi.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// The public API of libtextchain: everything else in the library is hidden (built with hidden visibility
// and a linker version script; tests/packaging checks the exported symbol list).
#if defined(_WIN32)
#if defined(TEXTCHAIN_BUILDING_HOST)
#define TEXTCHAIN_API __declspec(dllexport)
#else
#define TEXTCHAIN_API __declspec(dllimport)
#endif
#else
#define TEXTCHAIN_API __attribute__((visibility("default")))
#endif

namespace textchain {

// Version of the host library ("0.1.0"). The string has static storage. Thread-safe.
TEXTCHAIN_API const char* version() noexcept;

// ---- Results --------------------------------------------------------------------------------------

// An attribute value as it appears in the output record.
using AttributeValue = std::variant<std::nullptr_t, bool, int64_t, double, std::string, std::vector<std::string>>;

struct Attribute {
  std::string key;
  AttributeValue value;
};

struct Link {
  std::string role;
  uint64_t target;  // id of another annotation of the same result
};

// A typed span. begin/end are UTF-8 byte offsets into the ORIGINAL input text, whatever steps rewrote it.
struct TEXTCHAIN_API Annotation {
  uint64_t id = 0;
  std::string type;
  std::string plugin;
  size_t begin = 0;
  size_t end = 0;
  std::vector<Attribute> attributes;
  std::vector<Link> links;

  // The attribute named `key`, or null. The pointer is valid while this Annotation lives unchanged.
  const AttributeValue* find(std::string_view key) const noexcept;
  // The attribute as a string, or "" when absent or not a string. Borrowed from this Annotation.
  std::string_view get_string(std::string_view key) const noexcept;
};

// One edit a rewriting step made: [begin, end) of the text that step saw, replaced; `original_begin/end`
// is where it lies in the original input.
struct AppliedEdit {
  std::string plugin;
  std::string rule;
  size_t original_begin = 0;
  size_t original_end = 0;
  std::string original;     // the original bytes of that span
  std::string replacement;
};

struct Diagnostic {
  enum class Level { warning, error };
  Level level = Level::error;
  std::string plugin;  // empty when the host reports it
  std::string message;
};

struct TEXTCHAIN_API Result {
  std::string id;
  std::string date;                       // document date: the record's, or one a step found (a dateline)
  std::string original_text;              // the input exactly as given (invalid UTF-8 kept: offsets count its bytes)
  std::optional<std::string> text;        // the final text, present when a step rewrote it (offsets do
                                          // not index it; records call it "rewritten_text")
  std::vector<Annotation> annotations;    // in order of addition
  std::vector<AppliedEdit> edits;         // every edit applied, in order
  std::vector<Diagnostic> diagnostics;    // warnings and errors
  bool ok() const noexcept;               // no error diagnostic
  // Text of an annotation's span in the original input.
  std::string_view span_text(const Annotation& a) const noexcept;
};

struct DocumentInput {
  std::string id = {};
  std::string date = {};  // document creation date, YYYY-MM-DD (is_document_date); empty when unknown
  // The document's time of day with `date` ("HH:MM", "HH:MMZ" or "HH:MM+02:00"; empty when unknown): the
  // plugins read it as doc.meta("reference_time") (a record's "date" "2025-09-26T14:30" gives both).
  std::string reference_time = {};
};

// true when `date` is a document date as the host and the command accept one: YYYY-MM-DD naming a real
// calendar day (a record's "date", `--date`, a plugin's set_meta("date")). Chain::process passes
// DocumentInput::date to the plugins as given: check a date that comes from outside with this first
// (the Python binding and the command do). Thread-safe.
TEXTCHAIN_API bool is_document_date(std::string_view date) noexcept;

// Sets `input.date` and `input.reference_time` from a record's date as the command accepts one: a document
// date ("2025-09-26"), or an ISO 8601 date-time ("2025-09-26T14:30", with seconds, a fraction, "Z" or "+02:00",
// a space for the "T") whose time of day becomes reference_time. False, and `input` unchanged, for anything
// else. Thread-safe.
TEXTCHAIN_API bool set_document_date(DocumentInput& input, std::string_view date);

// ---- Errors ---------------------------------------------------------------------------------------

// A bad chain configuration: names the file, line and column when known.
class TEXTCHAIN_API ConfigError : public std::runtime_error {
 public:
  ConfigError(std::string file, int line, int column, const std::string& message);
  const std::string& file() const noexcept { return file_; }
  int line() const noexcept { return line_; }
  int column() const noexcept { return column_; }
  const std::string& message() const noexcept { return message_; }

 private:
  std::string file_;
  int line_, column_;
  std::string message_;
};

// A plugin library refused or not found.
class TEXTCHAIN_API PluginError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// ---- Plugins --------------------------------------------------------------------------------------

struct OptionInfo {
  std::string name;
  std::string type;  // "bool", "int", "double", "string", "enum", "string_list"
  std::string default_value;
  std::vector<std::string> choices;
  bool required = false;
  bool deprecated = false;
  std::string help;
};

struct PluginInfo {
  std::string name;
  std::string version;
  std::string description;
  std::string license;
  std::string path;  // the library file, or "(static)"
  unsigned abi_major = 0, abi_minor = 0;
  std::vector<OptionInfo> options;
  std::vector<std::string> provides;
  std::vector<std::string> needs;
  bool thread_safe = false;
  bool rewrites_text = false;
  // How the plugin was compiled, from its descriptor: "optimized", "optimized, assertions on",
  // "unoptimized", or "unknown (built before ABI 1.1)". `textchain bench` prints it beside the host's.
  std::string build;
  bool optimized = false;
  // The token forms the plugin reads (TC_READS_* of abi.h; TC_READS_TOKENS for a plugin before ABI 1.2).
  uint32_t token_forms = 0;
};

class Chain;
struct StepSpec;

// ---- Host -----------------------------------------------------------------------------------------

class TEXTCHAIN_API Host {
 public:
  // Plugin search path: the directories added, then TEXTCHAIN_PLUGIN_PATH (':'-separated), then the
  // built-in directory beside the executable (../lib/textchain/plugins). Plugins are loaded lazily.
  Host();
  ~Host();
  Host(const Host&) = delete;
  Host& operator=(const Host&) = delete;

  // Adds a directory searched before the built-in one (in the order added). A missing directory is not an
  // error: it is listed as "(missing)" when a plugin is not found.
  void add_plugin_dir(const std::filesystem::path& dir);
  // false: skip the built-in directory and TEXTCHAIN_PLUGIN_PATH (tests and sandboxed embedders use this).
  void set_use_default_dirs(bool use);
  // Registers a plugin linked into this program (a static twin, see TEXTCHAIN_DECLARE_STATIC_PLUGIN).
  // `entry` is called once, now. Throws PluginError on a bad descriptor or a name already registered.
  void add_static_plugin(tc_plugin_entry_fn entry);
  // Loads one library file explicitly (it is never unloaded). Returns its description, owned by the Host
  // and valid while it lives. Throws PluginError naming the file and saying what was found and expected
  // (not a shared library, no entry symbol, another ABI major, a newer minor, a duplicate name).
  const PluginInfo& load_plugin_file(const std::filesystem::path& file);

  // Every plugin found in the search path (each library loaded once, in directory then file-name order;
  // only files named textchain_*.so are considered). Refused libraries and unsafe permissions (a file or
  // directory writable by group or others) are collected into `problems` (may be null), never thrown.
  std::vector<PluginInfo> plugins(std::vector<std::string>* problems = nullptr);
  // One plugin by name, owned by the Host: the first file textchain_<name>.so in search order (no other
  // library is opened), whose descriptor must name it `name`. Throws PluginError listing the directories
  // searched and the plugin files there.
  const PluginInfo& plugin(std::string_view name);
  // Problems met so far without a scan: refused libraries, files or directories others can write.
  std::vector<std::string> problems() const;
  // The directories searched, in order: added ones, TEXTCHAIN_PLUGIN_PATH, the built-in ones.
  std::vector<std::filesystem::path> search_path() const;

  // Builds a chain from a TOML file: plugin_dirs (relative to the file), [plugins.X] defaults,
  // [chains.Y] steps. `chain_name` empty: default_chain, else the only chain. The command's default chain
  // is such a file, share/textchain/default-chain.toml.
  // Everything is validated before returning; throws ConfigError with file:line:col.
  Chain load_chain(const std::filesystem::path& config_file, std::string_view chain_name = {});
  // The chain `steps` instead of a named one, with the file's [plugins.X] options and plugin_dirs.
  Chain load_chain_with_steps(const std::filesystem::path& config_file, const std::vector<std::string>& steps);
  // The same from a TOML string (`source_name` is used in error messages).
  Chain load_chain_from_string(std::string_view toml, std::string_view source_name = "<config>",
                               std::string_view chain_name = {});
  // A chain of the named plugins with their default options. Throws ConfigError (a plugin not found,
  // with the search path; a plugin whose create refused its options).
  Chain make_chain(const std::vector<std::string>& steps);

  // Ownership: a Chain shares what it uses (the plugins' descriptions and instances) with the Host that
  // made it, and plugin libraries are never unloaded, so a Chain may outlive its Host.

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The largest document a chain can process: token offsets are 32-bit (tc_token).
inline constexpr size_t kMaxIndexableBytes = UINT32_MAX;

// Limits and policies applied to every document a chain processes.
struct ChainLimits {
  // Larger documents become an error result. At most kMaxIndexableBytes (set_limits clamps).
  size_t max_document_bytes = 256u * 1024u * 1024u;
};

class TEXTCHAIN_API Chain {
 public:
  Chain();
  ~Chain();
  Chain(Chain&&) noexcept;
  Chain& operator=(Chain&&) noexcept;

  // Runs every step on `text` (UTF-8; invalid bytes are replaced by U+FFFD with a warning). Never
  // throws for a document-level problem: errors (a plugin that threw, returned an error, or handed the
  // host a bad value) are diagnostics in the result, and later steps still run. Thread-safe.
  Result process(std::string_view text, const DocumentInput& input = {}) const;
  // The same, taking the text over instead of copying it: the result's `original_text` is that string.
  // For large documents, this saves one copy of the text.
  Result process_owned(std::string text, const DocumentInput& input = {}) const;

  // The steps: plugin names in order.
  std::vector<std::string> steps() const;
  // Not thread-safe with respect to concurrent process(): set limits before sharing the chain.
  void set_limits(const ChainLimits& limits);
  // Lists every edit of every step in Result::edits (original span, replacement, rule), as a step's
  // `explain = true` in the config does for that step; false: only the steps configured so. Not
  // thread-safe with respect to concurrent process().
  void set_explain(bool on);
  const ChainLimits& limits() const noexcept;


 private:
  struct Impl;
  friend struct ChainAccess;  // the host's own code (src/chain/chain_runner.hpp)
  explicit Chain(std::shared_ptr<Impl> impl);
  std::shared_ptr<Impl> impl_;
};

}  // namespace textchain

#endif  // TEXTCHAIN_HOST_HPP
