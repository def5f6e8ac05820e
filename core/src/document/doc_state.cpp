#include "document/doc_state.hpp"

#include "document/iso_date.hpp"
#include "document/utf8_repair.hpp"

#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <new>
#include <string>

using textchain::Diagnostic;
using textchain::document::AnnotationStore;
using textchain::document::StoredAttribute;
using textchain::document::StoredLink;
using textchain::document::StoredValue;
using textchain::document::TextEdit;

size_t tc_doc::to_input_begin(size_t pos) const noexcept {
  for (size_t k = maps.size(); k-- > 0;) pos = maps[k].to_old_begin(pos);
  return pos;
}
size_t tc_doc::to_input_end(size_t pos) const noexcept {
  for (size_t k = maps.size(); k-- > 0;) pos = maps[k].to_old_end(pos);
  return pos;
}
size_t tc_doc::to_current_begin(size_t pos) const noexcept {
  for (const auto& m : maps) pos = m.to_new_begin(pos);
  return pos;
}
size_t tc_doc::to_current_end(size_t pos) const noexcept {
  for (const auto& m : maps) pos = m.to_new_end(pos);
  return pos;
}

void tc_doc::drop_views() {
  views.clear();
  // One block stays for the next step's views (a block freed and made again per step that reads some).
  view_arrays.clear();
}

namespace {
template <class T>
void empty_keeping_room(std::vector<T>& v, size_t kept_bytes) {
  if (v.capacity() * sizeof(T) > kept_bytes)
    std::vector<T>().swap(v);
  else
    v.clear();
}
}  // namespace

void tc_doc::drop_tokens(size_t kept_bytes) {
  tokens_valid = sentences_valid = compact_valid = false;
  empty_keeping_room(tokens, kept_bytes);
  empty_keeping_room(compact.tokens, kept_bytes);
  empty_keeping_room(compact.long_tokens, kept_bytes);
  empty_keeping_room(sentences, kept_bytes);
}

void tc_doc::reset(size_t kept_bytes) {
  std::string().swap(input);
  id = {};
  date.clear();
  meta.clear();
  texts.clear();
  maps.clear();
  drop_tokens(kept_bytes);
  full_tokens_first = false;
  empty_keeping_room(views, kept_bytes);
  if (view_arrays.capacity_bytes() > kept_bytes) view_arrays.reset();
  else view_arrays.clear();
  views_version = SIZE_MAX;
  edits.clear();
  diagnostics.clear();
  step_plugin = {};
  step_plugin_name = kNoName;
  pending.clear();
  step_reported_error = false;
  host_failures = 0;
  record_edits = false;
}

void tc_doc::error(std::string plugin, std::string message) {
  diagnostics.push_back({Diagnostic::Level::error, std::move(plugin), std::move(message)});
}
void tc_doc::warning(std::string plugin, std::string message) {
  diagnostics.push_back({Diagnostic::Level::warning, std::move(plugin), std::move(message)});
}

void tc_doc::rewrite(const std::vector<TextEdit>& text_edits) {
  std::string next;
  auto map = textchain::document::OffsetMap::apply(current(), text_edits, next);
  texts.push_back(std::move(next));
  maps.push_back(std::move(map));
  // Only the input and the current version are ever read again (offsets go through the maps), and a step
  // reads the text only while it runs, before its edits are applied: the version before is freed, so a
  // chain of rewriting steps holds two copies of a large document, not one per step.
  if (texts.size() >= 2) std::string().swap(texts[texts.size() - 2]);
  tokens_valid = sentences_valid = compact_valid = false;
}

namespace {
bool is_continuation(std::string_view s, size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}
}  // namespace

void tc_doc::apply_pending_edits() {
  if (pending.empty()) return;
  // Plugins mostly propose their edits in text order (cleanup always does): the check is one pass, where
  // the stable sort took a temporary buffer and moved every edit's strings even when nothing moved.
  const auto by_begin = [](const PendingEdit& a, const PendingEdit& b) { return a.begin < b.begin; };
  if (!std::is_sorted(pending.begin(), pending.end(), by_begin)) std::stable_sort(pending.begin(), pending.end(), by_begin);
  const std::string_view text = current();
  size_t prev_end = 0;
  for (size_t i = 0; i < pending.size(); ++i) {
    const PendingEdit& e = pending[i];
    // An insertion at the end of the previous edit is allowed; any shared byte is not.
    if (i > 0 && e.begin < prev_end) {
      error(std::string(step_plugin), "edits overlap at byte " + std::to_string(e.begin) + "; none of this step's " +
                             std::to_string(pending.size()) + " edits were applied");
      pending.clear();
      return;
    }
    if (is_continuation(text, e.begin) || is_continuation(text, e.end)) {
      error(std::string(step_plugin), "edit [" + std::to_string(e.begin) + ", " + std::to_string(e.end) +
                             ") splits a UTF-8 character; none of this step's edits were applied");
      pending.clear();
      return;
    }
    prev_end = e.end;
  }
  std::vector<TextEdit> text_edits;
  text_edits.reserve(pending.size());
  for (PendingEdit& e : pending) {
    if (!record_edits) {
      text_edits.push_back({e.begin, e.end, std::move(e.replacement)});
      continue;
    }
    textchain::AppliedEdit applied;
    applied.plugin = step_plugin;
    applied.rule = e.rule;
    applied.original_begin = to_input_begin(e.begin);
    applied.original_end = e.end == e.begin ? applied.original_begin : to_input_end(e.end);
    if (applied.original_end < applied.original_begin) applied.original_end = applied.original_begin;
    applied.original = input.substr(applied.original_begin, applied.original_end - applied.original_begin);
    applied.replacement = e.replacement;
    edits.push_back(std::move(applied));
    text_edits.push_back({e.begin, e.end, std::move(e.replacement)});
  }
  pending.clear();
  rewrite(text_edits);
}

// ---------------------------------------------------------------------------------------------------
// The host function table. Every value coming from a plugin is checked here: this is the boundary.
// ---------------------------------------------------------------------------------------------------
namespace {

tc_str to_tc(std::string_view s) { return {s.data(), s.size()}; }
std::string_view view(tc_str s) { return s.data ? std::string_view(s.data, s.size) : std::string_view(); }

tc_str host_text(tc_doc* doc) { return to_tc(doc->current()); }

tc_str host_meta(tc_doc* doc, const char* key) {
  if (!key) return {"", 0};
  std::string_view k(key);
  if (k == "id") return to_tc(doc->id);
  if (k == "date") return to_tc(doc->date);
  for (const auto& [key, value] : doc->meta)
    if (key == k) return to_tc(value);
  return {"", 0};
}

const tc_token* host_tokens(tc_doc* doc, size_t* count) {
  if (!doc->tokens_valid) {
    const textchain::document::ViewTimer timer(doc->view_time);
    // Tokens take 12 bytes each, about four times the text: a vector that outgrows the tokenizer's own
    // estimate (a third of the bytes, which news text slightly exceeds) briefly holds twice that while it
    // reallocates, the peak of a large document's memory. Half the bytes covers any natural-language
    // text; the capacity beyond the tokens is never touched, so it costs no resident memory.
    try {
      doc->tokens.reserve(doc->current().size() / 2 + 16);
    } catch (const std::bad_alloc&) {
      // Under a tight address-space limit the estimate may not fit; plain growth can still succeed.
    }
    textchain::text::tokenize(doc->current(), doc->tokens);  // flags included
    doc->tokens_valid = true;
  }
  if (count) *count = doc->tokens.size();
  return doc->tokens.data();
}

const tc_token_compact* host_compact_tokens(tc_doc* doc, size_t* count, const tc_token_long** long_tokens, size_t* long_count) {
  if (!doc->compact_valid) {
    const textchain::document::ViewTimer timer(doc->view_time);
    if (doc->tokens_valid || doc->full_tokens_first) {
      size_t n = 0;
      const tc_token* full = host_tokens(doc, &n);  // made anyway by a step of this chain: no second scan
      textchain::text::to_compact({full, n}, doc->compact);
    } else {
      try {
        doc->compact.reserve(doc->current().size() / 2 + 16);  // as host_tokens: untouched capacity is free
      } catch (const std::bad_alloc&) {
      }
      textchain::text::tokenize(doc->current(), doc->compact);
    }
    doc->compact_valid = true;
  }
  if (count) *count = doc->compact.tokens.size();
  if (long_tokens) *long_tokens = doc->compact.long_tokens.empty() ? nullptr : doc->compact.long_tokens.data();
  if (long_count) *long_count = doc->compact.long_tokens.size();
  return doc->compact.tokens.data();
}

const tc_sentence* host_sentences(tc_doc* doc, size_t* count) {
  if (!doc->sentences_valid) {
    const textchain::document::ViewTimer timer(doc->view_time);
    if (doc->tokens_valid || doc->full_tokens_first) {
      // The 12-byte array exists, or a step of this chain will make it for this version anyway.
      size_t n = 0;
      const tc_token* t = host_tokens(doc, &n);
      textchain::text::split_sentences(doc->current(), {t, n}, doc->sentences);
    } else {
      // No step reads the 12-byte array: the sentences come from the compact form, which is a third smaller
      // (on the dense 100 MB document the array was 4.5 times the text, the largest thing a chain held).
      host_compact_tokens(doc, nullptr, nullptr, nullptr);
      textchain::text::split_sentences(doc->current(), doc->compact, doc->sentences);
    }
    doc->sentences_valid = true;
  }
  if (count) *count = doc->sentences.size();
  return doc->sentences.data();
}

size_t host_annotation_count(tc_doc* doc) { return doc->annotations->size(); }

// Fills a whole view (this host's size); the callers copy out as much as the plugin's struct holds. The
// view is built once per step and text version: its arrays stay valid until the step returns.
int fill_annotation_view(tc_doc* doc, size_t index, tc_annotation_view* out) {
  const AnnotationStore& store = *doc->annotations;
  if (!out || index >= store.size()) return -1;
  const size_t version = doc->version();
  if (doc->views_version != version) {
    doc->drop_views();
    doc->views_version = version;
  }
  if (doc->views.size() <= index) doc->views.resize(store.size(), nullptr);
  if (const tc_annotation_view* seen = doc->views[index]) {
    *out = *seen;
    return 0;
  }
  const auto attrs = store.attributes(index);
  const auto links = store.links(index);
  tc_attr* view_attrs = attrs.empty() ? nullptr
                                      : static_cast<tc_attr*>(doc->view_arrays.allocate(attrs.size() * sizeof(tc_attr), alignof(tc_attr)));
  for (size_t i = 0; i < attrs.size(); ++i) {
    const StoredValue x = store.value(attrs[i]);
    tc_attr v{};
    v.key = to_tc(store.names()[attrs[i].key]);
    v.value.type = x.type;
    switch (x.type) {
      case TC_VALUE_BOOL:
      case TC_VALUE_INT: v.value.i = x.i; break;
      case TC_VALUE_OFFSET: v.value.i = static_cast<int64_t>(doc->to_current_begin(static_cast<size_t>(x.i))); break;
      case TC_VALUE_DOUBLE: v.value.d = x.d; break;
      case TC_VALUE_STRING: v.value.s = x.s.empty() ? tc_str{"", 0} : to_tc(x.s); break;
      case TC_VALUE_STRING_LIST:
        v.value.list = x.list.data();
        v.value.list_size = x.list.size();
        break;
      default: break;
    }
    view_attrs[i] = v;
  }
  tc_link* view_links = links.empty() ? nullptr
                                      : static_cast<tc_link*>(doc->view_arrays.allocate(links.size() * sizeof(tc_link), alignof(tc_link)));
  for (size_t i = 0; i < links.size(); ++i) view_links[i] = {to_tc(store.names()[links[i].role]), links[i].target};
  tc_annotation_view v{};
  v.id = index;
  v.type = to_tc(store.type(index));
  v.plugin = to_tc(store.plugin(index));
  v.begin = doc->to_current_begin(store.begin(index));
  v.end = std::max<size_t>(v.begin, doc->to_current_end(store.end(index)));
  v.attrs = view_attrs;
  v.attr_count = attrs.size();
  v.links = view_links;
  v.link_count = links.size();
  auto* kept = static_cast<tc_annotation_view*>(doc->view_arrays.allocate(sizeof v, alignof(tc_annotation_view)));
  *kept = v;
  doc->views[index] = kept;
  *out = v;
  return 0;
}

int host_annotation_at(tc_doc* doc, size_t index, tc_annotation_view* out) {
  // A 1.0 plugin's view is TC_ANNOTATION_VIEW_SIZE_1_0 bytes: write no more, whatever this host knows.
  tc_annotation_view full{};
  if (!out || fill_annotation_view(doc, index, &full) != 0) return -1;
  std::memcpy(out, &full, TC_ANNOTATION_VIEW_SIZE_1_0);
  return 0;
}

int host_annotation_get(tc_doc* doc, size_t index, tc_annotation_view* out, size_t out_size) {
  if (!out || out_size < TC_ANNOTATION_VIEW_SIZE_1_0) return -1;
  tc_annotation_view full{};
  if (fill_annotation_view(doc, index, &full) != 0) return -1;
  std::memcpy(out, &full, std::min(out_size, sizeof full));
  return 0;
}

// The bytes of a type name, [a-z0-9_.-]: a table, one load per byte (every annotation's type is checked).
constexpr std::array<bool, 256> kTypeNameBytes = [] {
  std::array<bool, 256> a{};
  for (int c = 'a'; c <= 'z'; ++c) a[c] = true;
  for (int c = '0'; c <= '9'; ++c) a[c] = true;
  a['_'] = a['-'] = a['.'] = true;
  return a;
}();

bool valid_type_name(std::string_view t) {
  if (t.empty() || t.size() > 64) return false;
  for (char c : t)
    if (!kTypeNameBytes[static_cast<unsigned char>(c)]) return false;
  return true;
}

// `k` is the literal `w`: a fixed-size memcmp, always a load and a compare (string_view's == was left a
// call of compare() when the compiler chose not to inline it here: two per attribute).
template <size_t N>
bool is(std::string_view k, const char (&w)[N]) {
  return k.size() == N - 1 && std::memcmp(k.data(), w, N - 1) == 0;
}

// By the key's length first: every attribute of every annotation is checked, and most keys are of a
// length no reserved one has, or differ from it in their bytes at once.
bool reserved_key(std::string_view k) {
  switch (k.size()) {
    case 2: return is(k, "id");
    case 3: return is(k, "end");
    case 4: return is(k, "type") || is(k, "text");
    case 5: return is(k, "begin") || is(k, "links");
    case 6: return is(k, "plugin");
    default: return false;
  }
}

int refuse(tc_doc* doc, const std::string& why) {
  doc->error(std::string(doc->step_plugin), "annotation refused: " + why);
  doc->step_reported_error = true;
  return -1;
}

int host_add_annotation(tc_doc* doc, const tc_annotation_in* in, uint64_t* id) {
  if (!in) return refuse(doc, "null annotation");
  // Any size from 1.0's up: a later field is read only when struct_size covers it.
  if (in->struct_size < TC_ANNOTATION_IN_SIZE_1_0)
    return refuse(doc, "struct_size " + std::to_string(in->struct_size) + " is smaller than ABI 1.0's " +
                           std::to_string(TC_ANNOTATION_IN_SIZE_1_0) + " bytes");
  const size_t size = doc->current().size();
  std::string_view type = view(in->type);
  AnnotationStore& store = *doc->annotations;
  // The last type begun was checked when it was added (only this function begins annotations).
  if (!store.is_last_type(type) && !valid_type_name(type)) return refuse(doc, "type '" + std::string(type.substr(0, 64)) + "' is not [a-z0-9_.-]+");
  if (in->end < in->begin)
    return refuse(doc, "end " + std::to_string(in->end) + " < begin " + std::to_string(in->begin));
  if (in->end > size)
    return refuse(doc, "span [" + std::to_string(in->begin) + ", " + std::to_string(in->end) +
                           ") outside the text of " + std::to_string(size) + " bytes");
  if (in->attr_count && !in->attrs) return refuse(doc, "attrs is null");
  if (in->link_count && !in->links) return refuse(doc, "links is null");

  const size_t begin = doc->to_input_begin(in->begin);
  const size_t end = in->end == in->begin ? begin : std::max(begin, doc->to_input_end(in->end));
  // Original offsets are at most the input's size, which a chain keeps within kMaxIndexableBytes.
  if (doc->step_plugin_name == tc_doc::kNoName) doc->step_plugin_name = store.names().intern(doc->step_plugin);
  store.begin(type, doc->step_plugin_name, static_cast<uint32_t>(begin), static_cast<uint32_t>(end));
  const auto refuse_half_stored = [&](const std::string& why) {
    store.abandon();
    return refuse(doc, why);
  };
  for (size_t i = 0; i < in->attr_count; ++i) {
    const tc_attr& at = in->attrs[i];
    std::string_view key = view(at.key);
    if (key.empty() || reserved_key(key))
      return refuse_half_stored("attribute key '" + std::string(key) + "' is empty or reserved");
    switch (at.value.type) {
      case TC_VALUE_NULL: store.add_null(key); break;
      case TC_VALUE_BOOL: store.add_bool(key, at.value.i != 0); break;
      case TC_VALUE_INT: store.add_int(key, at.value.i); break;
      case TC_VALUE_DOUBLE: store.add_double(key, at.value.d); break;
      case TC_VALUE_STRING:
        if (at.value.s.size && !at.value.s.data)
          return refuse_half_stored("attribute '" + std::string(key) + "' has a null string");
        store.add_string(key, view(at.value.s));
        break;
      case TC_VALUE_STRING_LIST: {
        if (at.value.list_size && !at.value.list)
          return refuse_half_stored("attribute '" + std::string(key) + "' has a null list");
        // An element with a null pointer reads as "" (as view() reads any tc_str).
        store.add_string_list(key, at.value.list, at.value.list_size);
        break;
      }
      case TC_VALUE_OFFSET:
        if (at.value.i < 0 || static_cast<uint64_t>(at.value.i) > size)
          return refuse_half_stored("offset attribute '" + std::string(key) + "' = " + std::to_string(at.value.i) +
                                    " outside the text");
        store.add_offset(key, static_cast<uint32_t>(doc->to_input_begin(static_cast<size_t>(at.value.i))));
        break;
      default:
        return refuse_half_stored("attribute '" + std::string(key) + "' has unknown value type " +
                                  std::to_string(at.value.type));
    }
  }
  for (size_t i = 0; i < in->link_count; ++i) {
    if (in->links[i].target >= store.size())
      return refuse_half_stored("link to unknown annotation " + std::to_string(in->links[i].target));
    store.add_link(view(in->links[i].role), in->links[i].target);
  }
  if (id) *id = store.size();
  store.commit();
  return 0;
}

int host_propose_edit(tc_doc* doc, uint64_t begin, uint64_t end, tc_str replacement, tc_str rule) {
  const size_t size = doc->current().size();
  if (end < begin || end > size) {
    doc->error(std::string(doc->step_plugin), "edit [" + std::to_string(begin) + ", " + std::to_string(end) +
                                     ") refused: outside the text of " + std::to_string(size) + " bytes");
    doc->step_reported_error = true;
    return -1;
  }
  if (replacement.size && !replacement.data) {
    doc->error(std::string(doc->step_plugin), "edit refused: null replacement");
    doc->step_reported_error = true;
    return -1;
  }
  std::string text(view(replacement));
  // Later steps are promised valid UTF-8: bytes that are not become U+FFFD, as in the input.
  if (!textchain::document::is_valid_utf8(text)) {
    doc->warning(std::string(doc->step_plugin), "edit [" + std::to_string(begin) + ", " + std::to_string(end) +
                                       "): the replacement is not valid UTF-8; its invalid bytes became U+FFFD");
    text = textchain::document::to_valid_utf8(text);
  }
  doc->pending.push_back({static_cast<size_t>(begin), static_cast<size_t>(end), std::move(text),
                          std::string(view(rule))});
  return 0;
}

void host_report(tc_doc* doc, uint32_t level, tc_str message) {
  std::string msg(view(message));
  if (level == TC_LEVEL_WARNING) {
    doc->warning(std::string(doc->step_plugin), std::move(msg));
  } else {
    doc->error(std::string(doc->step_plugin), std::move(msg));
    doc->step_reported_error = true;
  }
}

int host_set_meta(tc_doc* doc, const char* key, tc_str value) {
  std::string_view k = key ? std::string_view(key) : std::string_view();
  std::string_view v = view(value);
  if (k == "date") {
    if (!textchain::document::is_iso_date(v)) {
      doc->warning(std::string(doc->step_plugin), "set_meta: date '" + std::string(v.substr(0, 32)) + "' is not YYYY-MM-DD; ignored");
      return -1;
    }
    if (doc->date.empty()) doc->date = std::string(v);
    return 0;
  }
  if (k.empty() || k == "id" || k.size() > 64 || k.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string_view::npos) {
    doc->warning(std::string(doc->step_plugin), "set_meta: key '" + std::string(k.substr(0, 64)) + "' refused");
    return -1;
  }
  for (auto& [mk, mv] : doc->meta)
    if (mk == k) {
      mv = std::string(v);
      return 0;
    }
  doc->meta.emplace_back(std::string(k), std::string(v));
  return 0;
}

// ---- The noexcept boundary ----------------------------------------------------------------------
// A host function is called from the plugin's frames, possibly C code: nothing may be thrown into them.
// Each entry of the table below runs its implementation inside `guarded`, which turns any exception
// (bad_alloc, length_error from an absurd size a plugin passed, ...) into an error diagnostic for the
// step and the function's error value.

void note_failure(tc_doc* doc, const char* function, const char* why) noexcept {
  if (!doc) return;
  doc->step_reported_error = true;
  try {
    doc->error(std::string(doc->step_plugin), std::string("host function ") + function + " failed: " + why);
  } catch (...) {
    doc->host_failures += 1;  // not even the message fits in memory: counted, reported after the step
  }
}

template <class R, class F>
R guarded(tc_doc* doc, const char* function, R on_error, F&& body) noexcept {
  if (!doc) return on_error;
  try {
    return body();
  } catch (const std::exception& e) {
    note_failure(doc, function, e.what());
  } catch (...) {
    note_failure(doc, function, "unknown exception");
  }
  return on_error;
}

tc_str g_text(tc_doc* doc) noexcept { return guarded(doc, "text", tc_str{"", 0}, [&] { return host_text(doc); }); }
tc_str g_meta(tc_doc* doc, const char* key) noexcept {
  return guarded(doc, "meta", tc_str{"", 0}, [&] { return host_meta(doc, key); });
}
const tc_token* g_tokens(tc_doc* doc, size_t* count) noexcept {
  if (count) *count = 0;
  return guarded(doc, "tokens", static_cast<const tc_token*>(nullptr), [&] { return host_tokens(doc, count); });
}
const tc_token_compact* g_compact_tokens(tc_doc* doc, size_t* count, const tc_token_long** long_tokens, size_t* long_count) noexcept {
  if (count) *count = 0;
  if (long_tokens) *long_tokens = nullptr;
  if (long_count) *long_count = 0;
  return guarded(doc, "compact_tokens", static_cast<const tc_token_compact*>(nullptr),
                 [&] { return host_compact_tokens(doc, count, long_tokens, long_count); });
}
const tc_sentence* g_sentences(tc_doc* doc, size_t* count) noexcept {
  if (count) *count = 0;
  return guarded(doc, "sentences", static_cast<const tc_sentence*>(nullptr), [&] { return host_sentences(doc, count); });
}
size_t g_annotation_count(tc_doc* doc) noexcept {
  return guarded(doc, "annotation_count", size_t{0}, [&] { return host_annotation_count(doc); });
}
int g_annotation_at(tc_doc* doc, size_t index, tc_annotation_view* out) noexcept {
  return guarded(doc, "annotation_at", -1, [&] { return host_annotation_at(doc, index, out); });
}
int g_annotation_get(tc_doc* doc, size_t index, tc_annotation_view* out, size_t out_size) noexcept {
  return guarded(doc, "annotation_get", -1, [&] { return host_annotation_get(doc, index, out, out_size); });
}
int g_add_annotation(tc_doc* doc, const tc_annotation_in* in, uint64_t* id) noexcept {
  return guarded(doc, "add_annotation", -1, [&] { return host_add_annotation(doc, in, id); });
}
int g_propose_edit(tc_doc* doc, uint64_t begin, uint64_t end, tc_str replacement, tc_str rule) noexcept {
  return guarded(doc, "propose_edit", -1, [&] { return host_propose_edit(doc, begin, end, replacement, rule); });
}
void g_report(tc_doc* doc, uint32_t level, tc_str message) noexcept {
  guarded(doc, "report", 0, [&] {
    host_report(doc, level, message);
    return 0;
  });
}
int g_set_meta(tc_doc* doc, const char* key, tc_str value) noexcept {
  return guarded(doc, "set_meta", -1, [&] { return host_set_meta(doc, key, value); });
}

const tc_host_api kHostApi = {
    sizeof(tc_host_api),
    TC_ABI_MAJOR,
    TC_ABI_MINOR,
    g_text,
    g_meta,
    g_tokens,
    g_sentences,
    g_annotation_count,
    g_annotation_at,
    g_add_annotation,
    g_propose_edit,
    g_report,
    g_set_meta,
    {},
    g_annotation_get,
    g_compact_tokens,
};

}  // namespace

const tc_host_api* textchain::document::host_api() noexcept { return &kHostApi; }
