// The annotations of one document while a chain runs, stored compactly: a large document holds millions
// of them, and as public `Annotation`s (three std::strings, a vector of variants each) they cost some 600
// bytes apiece, several times the document itself.
//
// Here an annotation is 16 bytes; each attribute 8 (a string's bytes and a 16-byte reference apart, which
// a repeated short value shares) and each link 16 more. Names (types, plugin names,
// attribute keys, link roles) are interned: a few distinct ones repeat millions of times; short string
// values repeated nearby are stored once. Other attribute strings and string lists are copied into an arena
// of blocks that never move, so the views handed to plugins can point into it while more annotations are
// added. Offsets are 32-bit: a chain refuses
// documents over kMaxIndexableBytes (UINT32_MAX).
#ifndef TEXTCHAIN_DOCUMENT_ANNOTATION_STORE_HPP
#define TEXTCHAIN_DOCUMENT_ANNOTATION_STORE_HPP

#include <textchain/abi.h>
#include <textchain/host.hpp>

#include "document/pod_array.hpp"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace textchain::document {

// Append-only memory in blocks that never move: what it hands out stays valid until reset() or the
// arena's end.
class ByteArena {
 public:
  ByteArena() = default;
  // A moved-from arena is empty and usable: its current block went with the blocks it was cut from.
  ByteArena(ByteArena&& other) noexcept;
  ByteArena& operator=(ByteArena&& other) noexcept;
  // `size` bytes aligned to `align` (a power of two, at most alignof(std::max_align_t)).
  void* allocate(size_t size, size_t align);
  std::string_view copy(std::string_view s);
  void reset();
  // Empties the arena as reset() does, but a single block (all a short document needs) is kept for the
  // next one: what it held is gone, and nothing is allocated again for the next short document.
  void clear() {
    if (!blocks_.empty()) clear_blocks();  // an arena without blocks is as new (a document state's
  }                                         // views' arena, emptied before each step, mostly is)
  size_t capacity_bytes() const noexcept { return block_bytes_; }

 private:
  void clear_blocks();
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::byte* next_ = nullptr;
  size_t left_ = 0;
  // Blocks start small and double up to kMaxBlock: most documents (a tweet, a news article) need a few
  // hundred bytes, and a large block per document cost more than the document's annotations.
  size_t next_block_ = 256;
  size_t block_bytes_ = 0;  // the blocks' bytes, all together
};

// Distinct short strings, each stored once, numbered from 0 in order of first appearance.
class NameTable {
 public:
  NameTable() = default;
  // A moved-from table is empty and usable (its cache of recent ids is emptied too).
  NameTable(NameTable&& other) noexcept;
  NameTable& operator=(NameTable&& other) noexcept;
  static constexpr uint32_t kMaxNames = 1u << 29;
  // Throws std::length_error past kMaxNames distinct names.
  uint32_t intern(std::string_view name);
  size_t size() const noexcept { return names_.size(); }
  std::string_view operator[](uint32_t id) const noexcept { return names_[id]; }
  // Forgets every name, as a new table, keeping the memory of a small one (a worker reuses a table from
  // one document to the next).
  void clear();
  // About the bytes the table holds.
  size_t capacity_bytes() const noexcept {
    return bytes_.capacity_bytes() + names_.capacity() * sizeof(std::string_view) +
           (ids_ ? ids_->bucket_count() * sizeof(void*) + ids_->size() * 4 * sizeof(void*) : 0);
  }

 private:
  ByteArena bytes_;
  std::vector<std::string_view> names_;
  // Built once there are more than kFewNames names; until then a name is looked for in names_ (a document
  // has a dozen names, and a hash table for them cost more than the search).
  static constexpr size_t kFewNames = 16;
  // Null until then: a document of few names (a tweet's) neither builds nor moves a hash table.
  std::unique_ptr<std::unordered_map<std::string_view, uint32_t>> ids_;
  // Past kFewNames: the name last found per slot of a hash of its bytes (id + 1; 0: none), tried before
  // the hash table.
  std::array<uint32_t, 64> recent_{};
  uint32_t find_or_add(std::string_view name);
  // Names come in a repeating order (an annotation's type, its keys in the order its plugin writes them,
  // then the next annotation's type): per id, the id asked for right after it last time (id + 1; 0: none or
  // past 254), tried first with one compare (issue 19: the search was a fifth of add_annotation's instructions). Kept
  // for the first kHinted ids, in a few bytes of the table itself: a tweet's table is made and moved for
  // each document, and must not cost one more allocation or much more copying.
  static constexpr size_t kHinted = 32;
  std::array<uint8_t, kHinted> next_{};
  uint32_t last_ = UINT32_MAX;  // the id interned last; none yet
};

// One attribute in 8 bytes (issue 19: at 16, attributes were most of a dense document's store): its key
// (a name), its type and a 32-bit payload. BOOL (0/1), OFFSET (an original offset: 32-bit, see above) and
// an INT that fits in 32 bits are the payload itself; a wider INT (type kWideInt) and a DOUBLE are an index
// into the store's 8-byte values; a STRING or STRING_LIST is an index into its strings (kNoString: empty).
// Read it with AnnotationStore::value().
struct StoredAttribute {
  uint32_t key : 29 = 0;  // NameTable::kMaxNames names
  uint32_t type : 3 = 0;  // tc_value_type (0 to 6), or kWideInt
  uint32_t payload = 0;
  static constexpr uint32_t kWideInt = 7;
  static constexpr uint32_t kNoString = UINT32_MAX;
};
static_assert(sizeof(StoredAttribute) == 8);

// A link, with the index of the annotation that holds it: links are few, and an annotation's first link
// is found by a search of them rather than kept in every record (4 bytes of millions; issue 19).
struct StoredLink {
  uint64_t target = 0;
  uint32_t role = 0;   // a name
  uint32_t owner = 0;  // the annotation's index
};
static_assert(sizeof(StoredLink) == 16);

// A value read back from the store; strings borrowed from it.
struct StoredValue {
  uint32_t type = TC_VALUE_NULL;
  int64_t i = 0;  // BOOL, INT, OFFSET (an original offset)
  double d = 0;
  std::string_view s;
  std::span<const tc_str> list;
};

class AnnotationStore {
 public:
  AnnotationStore() = default;
  // A moved-from store is empty and usable, as a new one.
  AnnotationStore(AnnotationStore&& other) noexcept;
  AnnotationStore& operator=(AnnotationStore&& other) noexcept;

  size_t size() const noexcept { return annotations_.size(); }
  bool empty() const noexcept { return annotations_.empty(); }
  // Forgets every annotation and name, as a new store, keeping the memory of a small one: a worker reuses
  // one store from document to document (a tweet's store, built anew, cost several allocations).
  void clear();
  // The same, but the names stay, with their ids, when there are at most kKeptNames of them: a chain's
  // steps add the same types and keys to every document, and interning them anew per document (each a
  // search and a copy) was a sixth of add_annotation's instructions on tweets (issue 19). Ids then follow
  // the order of first use across the documents since the names were last forgotten, not within one.
  static constexpr size_t kKeptNames = 64;
  void clear_keeping_names();
  // About the bytes the store holds (its vectors' room and its arena's blocks).
  size_t capacity_bytes() const noexcept;

  // Adding one annotation: begin(), then its attributes and links, then commit(). An annotation begun and
  // not committed (the plugin's value was refused half-way) is dropped by abandon() or the next begin().
  void begin(std::string_view type, uint32_t plugin, uint32_t begin, uint32_t end);
  // Whether `type` is the type of the annotation last begun (since the store was last emptied): a plugin
  // adds runs of annotations of one type, and the host checks a type's bytes only when it changes (issue 19).
  bool is_last_type(std::string_view type) const noexcept;
  void add_null(std::string_view key);
  void add_bool(std::string_view key, bool value);
  void add_int(std::string_view key, int64_t value);
  void add_offset(std::string_view key, uint32_t original_offset);
  void add_double(std::string_view key, double value);
  void add_string(std::string_view key, std::string_view value);
  void add_string_list(std::string_view key, const tc_str* items, size_t count);
  void add_link(std::string_view role, uint64_t target);
  void commit();
  void abandon() noexcept;

  NameTable& names() noexcept { return names_; }
  const NameTable& names() const noexcept { return names_; }

  std::string_view type(size_t i) const noexcept { return names_[type_id(i)]; }
  std::string_view plugin(size_t i) const noexcept { return names_[plugin_id(i)]; }
  // The same as ids in names() (a writer escapes each name once).
  uint32_t type_id(size_t i) const noexcept {
    const uint16_t id = annotations_[i].type;
    return id != kWideName ? id : wide_name(i).type;
  }
  uint32_t plugin_id(size_t i) const noexcept {
    const uint16_t id = annotations_[i].plugin;
    return id != kWideName ? id : wide_name(i).plugin;
  }
  size_t begin(size_t i) const noexcept { return annotations_[i].begin; }
  size_t end(size_t i) const noexcept { return annotations_[i].end; }
  std::span<const StoredAttribute> attributes(size_t i) const noexcept;
  std::span<const StoredLink> links(size_t i) const noexcept;
  // What attribute `a` of this store holds (defined below, inline).
  StoredValue value(const StoredAttribute& a) const noexcept;
  // The string a STRING attribute `a` holds, as value(a).s, without the rest of a StoredValue (the record
  // writer reads most attributes through it).
  std::string_view string_value(const StoredAttribute& a) const noexcept {
    if (a.payload == StoredAttribute::kNoString) return {};
    const SideValue& s = side_[a.payload];
    return {static_cast<const char*>(s.data), s.size};
  }

  // The public form of annotation i (its id is i).
  Annotation to_annotation(size_t i) const;

  // The largest number of string bytes one attribute may hold (its size is 32-bit).
  static constexpr size_t kMaxStringBytes = UINT32_MAX;

 private:
  // The type's and the plugin's names as 16-bit ids: a chain has a few dozen names, and 4 bytes per record
  // were 3.4 MB of bench/memory/peak_memory.py's dense 100 MB document (docs/architecture.md#memory). An id of
  // kWideName or more is kWideName here, and the record's ids are in wide_names_.
  struct Record {
    uint16_t type, plugin;
    uint32_t begin, end;            // original coordinates
    uint32_t first_attribute;       // into attributes_; the next record's says where this one's end
  };
  static_assert(sizeof(Record) == 16);
  static constexpr uint16_t kWideName = UINT16_MAX;
  struct WideName {
    uint32_t annotation, type, plugin;
  };
  // The ids of annotation i, which has one of kWideName or more (in wide_names_, sorted by annotation).
  WideName wide_name(size_t i) const noexcept;
  StoredAttribute& push(std::string_view key, uint32_t type);

  NameTable names_;
  // Short string values (a speaker's name, a cue verb, a TIMEX3 type) repeat across a document's
  // annotations: one met recently is stored once. A table of the last value per hash slot, not a set of
  // all of them: no hashing of long strings, no node per distinct value, and a bounded size.
  static constexpr size_t kSharedValueBytes = 48;
  static constexpr size_t kMaxRecentValues = 4096;
  static constexpr size_t kFirstRecentSlots = 16;
  // The index in side_ of `value` (not empty), stored anew unless met recently.
  uint32_t shared_copy(std::string_view value);
  struct SideValue;
  uint32_t add_side(SideValue v);
  // The table grows (emptied: it is only a cache) as values are stored: 16 slots for a tweet's few
  // values, up to kMaxRecentValues for a document with millions. A slot holds an index in side_ + 1
  // (0: none).
  std::unique_ptr<uint32_t[]> recent_values_;
  size_t recent_slots_ = 0, values_stored_ = 0;
  ByteArena arena_;
  // Arrays: a deque costs two allocations per document even when empty, which a million tweets feel; a
  // std::vector outgrowing its room is briefly held twice while it is copied, which a 100 MB document of
  // millions of annotations feels: PodArrays (measure with bench/memory/peak_memory.py).
  PodArray<Record> annotations_;
  std::vector<WideName> wide_names_;  // empty unless some name's id is kWideName or more
  PodArray<StoredAttribute> attributes_;
  std::vector<StoredLink> links_;
  // What attributes refer to: a string (its bytes, or a STRING_LIST's tc_str array, in arena_) or an 8-byte
  // value (a wide INT, a DOUBLE's bit pattern), in one vector (one more per document cost tweets more
  // than the 8 bytes a rare wide value wastes).
  struct SideValue {
    const void* data = nullptr;
    uint64_t size = 0;  // STRING: bytes; STRING_LIST: elements; a wide INT, a DOUBLE: the bits (data null)
  };
  static_assert(sizeof(SideValue) == 16);
  PodArray<SideValue> side_;
  size_t committed_attributes_ = 0, committed_links_ = 0;
  bool open_ = false;
  Record pending_{};
  uint32_t pending_type_ = 0, pending_plugin_ = 0;
  // The id of the type last begun, tried before interning the next one (UINT32_MAX: none).
  uint32_t last_type_ = UINT32_MAX;
};

// Inline: the record writer reads every attribute through it (a call per attribute was some 20
// instructions of the 100 or so it costs to write one).
inline StoredValue AnnotationStore::value(const StoredAttribute& a) const noexcept {
  StoredValue v;
  v.type = a.type;
  switch (a.type) {
    case TC_VALUE_BOOL:
    case TC_VALUE_OFFSET: v.i = a.payload; break;
    case TC_VALUE_INT: v.i = static_cast<int32_t>(a.payload); break;
    case StoredAttribute::kWideInt:
      v.type = TC_VALUE_INT;
      v.i = static_cast<int64_t>(side_[a.payload].size);
      break;
    case TC_VALUE_DOUBLE: v.d = std::bit_cast<double>(side_[a.payload].size); break;
    case TC_VALUE_STRING:
      if (a.payload != StoredAttribute::kNoString) {
        const SideValue& s = side_[a.payload];
        v.s = {static_cast<const char*>(s.data), s.size};
      }
      break;
    case TC_VALUE_STRING_LIST:
      if (a.payload != StoredAttribute::kNoString) {
        const SideValue& s = side_[a.payload];
        v.list = {static_cast<const tc_str*>(s.data), s.size};
      }
      break;
    default: break;
  }
  return v;
}

}  // namespace textchain::document

#endif
