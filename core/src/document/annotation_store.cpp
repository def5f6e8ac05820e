#include "document/annotation_store.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <new>
#include <stdexcept>
#include <utility>

namespace textchain::document {

// ---- ByteArena ----------------------------------------------------------------------------------------

namespace {
constexpr size_t kMaxBlock = 64 * 1024;
}  // namespace

namespace {
size_t padding(const std::byte* p, size_t align) {
  return (align - reinterpret_cast<uintptr_t>(p) % align) % align;
}
}  // namespace

void* ByteArena::allocate(size_t size, size_t align) {
  if (size + align > kMaxBlock / 4) {
    // A large request gets a block of its own; the block being filled stays the current one.
    blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(size + align));
    block_bytes_ += size + align;
    std::byte* block = blocks_.back().get();
    return block + padding(block, align);
  }
  if (!next_ || padding(next_, align) + size > left_) {
    const size_t bytes = std::max(next_block_, size + align);
    blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(bytes));
    block_bytes_ += bytes;
    next_ = blocks_.back().get();
    left_ = bytes;
    next_block_ = std::min(kMaxBlock, next_block_ * 2);
  }
  const size_t pad = padding(next_, align);
  std::byte* out = next_ + pad;
  next_ = out + size;
  left_ -= pad + size;
  return out;
}

std::string_view ByteArena::copy(std::string_view s) {
  if (s.empty()) return {};
  char* out;
  if (s.size() <= left_) {  // the common case: no alignment, room in the current block
    out = reinterpret_cast<char*>(next_);
    next_ += s.size();
    left_ -= s.size();
  } else {
    out = static_cast<char*>(allocate(s.size(), 1));
  }
  std::memcpy(out, s.data(), s.size());
  return {out, s.size()};
}

ByteArena::ByteArena(ByteArena&& other) noexcept
    : blocks_(std::move(other.blocks_)),
      next_(std::exchange(other.next_, nullptr)),
      left_(std::exchange(other.left_, 0)),
      next_block_(std::exchange(other.next_block_, 256)),
      block_bytes_(std::exchange(other.block_bytes_, 0)) {
  other.blocks_.clear();
}

ByteArena& ByteArena::operator=(ByteArena&& other) noexcept {
  if (this != &other) {
    blocks_ = std::move(other.blocks_);
    other.blocks_.clear();
    next_ = std::exchange(other.next_, nullptr);
    left_ = std::exchange(other.left_, 0);
    next_block_ = std::exchange(other.next_block_, 256);
    block_bytes_ = std::exchange(other.block_bytes_, 0);
  }
  return *this;
}

void ByteArena::reset() {
  blocks_.clear();
  next_ = nullptr;
  left_ = 0;
  next_block_ = 256;
  block_bytes_ = 0;
}

void ByteArena::clear_blocks() {
  // One block that is the current one (a block of its own for a large request leaves next_ null): its
  // bytes handed out so far are taken back. The next block's size stays where the first block left it,
  // as after that block was made in a new arena.
  if (blocks_.size() == 1 && next_) {
    std::byte* const first = blocks_.front().get();
    left_ += static_cast<size_t>(next_ - first);
    next_ = first;
    return;
  }
  reset();
}

namespace {
// A multiply-xorshift hash of a short string's bytes, eight at a time (names and short values only: a
// long string is not hashed). Inlined: it is called per short string value, and the call cost a fifth of
// its instructions (issue 19).
[[gnu::always_inline]] inline uint64_t short_hash(std::string_view s) noexcept {
  const auto mix = [](uint64_t h, uint64_t w) {
    h = (h ^ w) * 0xFF51AFD7ED558CCDu;
    return h ^ (h >> 29);
  };
  uint64_t h = s.size() * 0x9E3779B97F4A7C15u;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);  // a fixed size: one load, not a call
    h = mix(h, w);
  }
  // The tail in at most two loads, not byte by byte (most names and short values are under eight bytes):
  // the last eight bytes, overlapping those mixed in already; under eight, the first and last four (or
  // the first, middle and last byte), overlapping too. The size, mixed in first, tells apart what they
  // would confuse; a hash only picks a slot, the bytes are compared after.
  const size_t n = s.size();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  if (i < n) {
    uint64_t w;
    if (n >= 8) {
      std::memcpy(&w, p + n - 8, 8);
    } else if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      w = a | uint64_t{b} << 32;
    } else {
      w = p[0] | uint64_t{p[n / 2]} << 8 | uint64_t{p[n - 1]} << 16;
    }
    h = mix(h, w);
  }
  return h;
}

// Whether the `n` bytes at `a` and at `b` are the same. Names and short values mostly have 4 to 16 bytes:
// those are compared in two overlapping loads from each, not by a call to memcmp (issue 19: a memcmp call
// per attribute key and per short value was some 20 instructions of add_annotation's ~100 per attribute).
bool same_bytes(const void* a, const void* b, size_t n) noexcept {
  const auto* x = static_cast<const char*>(a);
  const auto* y = static_cast<const char*>(b);
  if (n >= 8 && n <= 16) {
    uint64_t x0, x1, y0, y1;
    std::memcpy(&x0, x, 8);
    std::memcpy(&x1, x + n - 8, 8);
    std::memcpy(&y0, y, 8);
    std::memcpy(&y1, y + n - 8, 8);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  if (n >= 4 && n < 8) {
    uint32_t x0, x1, y0, y1;
    std::memcpy(&x0, x, 4);
    std::memcpy(&x1, x + n - 4, 4);
    std::memcpy(&y0, y, 4);
    std::memcpy(&y1, y + n - 4, 4);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  return n == 0 || std::memcmp(x, y, n) == 0;
}

bool same_name(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && same_bytes(a.data(), b.data(), a.size());
}
}  // namespace

// ---- NameTable ----------------------------------------------------------------------------------------

NameTable::NameTable(NameTable&& other) noexcept { *this = std::move(other); }

NameTable& NameTable::operator=(NameTable&& other) noexcept {
  if (this != &other) {
    // recent_ is all zeros in a table of kFewNames names or fewer (it is used past them, and emptied with
    // them): only a larger table's is copied or emptied (a store moves its table a few times per document).
    if (names_.size() > kFewNames) recent_ = {};
    if (other.names_.size() > kFewNames) {
      recent_ = other.recent_;
      other.recent_ = {};
    }
    bytes_ = std::move(other.bytes_);
    names_ = std::move(other.names_);
    other.names_.clear();
    ids_ = std::move(other.ids_);
    next_ = std::exchange(other.next_, {});
    last_ = std::exchange(other.last_, UINT32_MAX);
  }
  return *this;
}

void NameTable::clear() {
  bytes_.clear();
  if (names_.size() > kFewNames) recent_ = {};  // else all zeros already (see operator=)
  names_.clear();
  if (ids_) ids_->clear();
  next_ = {};
  last_ = UINT32_MAX;
}

uint32_t NameTable::intern(std::string_view name) {
  if (last_ < kHinted) {
    uint8_t& guess = next_[last_];
    if (guess && same_name(names_[guess - 1u], name)) return last_ = guess - 1u;
    const uint32_t id = find_or_add(name);
    guess = id < UINT8_MAX ? static_cast<uint8_t>(id + 1) : 0;
    return last_ = id;
  }
  return last_ = find_or_add(name);
}

uint32_t NameTable::find_or_add(std::string_view name) {
  // A document has a dozen names: a search of them compares sizes first, and costs less than a hash.
  uint32_t* slot = nullptr;
  if (names_.size() <= kFewNames) {
    for (size_t i = 0; i < names_.size(); ++i)
      if (same_name(names_[i], name)) return static_cast<uint32_t>(i);
  } else {
    slot = &recent_[short_hash(name.substr(0, 64)) % recent_.size()];
    if (*slot && same_name(names_[*slot - 1], name)) return *slot - 1;
    if (auto it = ids_->find(name); it != ids_->end()) {
      *slot = it->second + 1;
      return it->second;
    }
  }
  if (names_.size() >= kMaxNames) throw std::length_error("more than 2^29 distinct names in one document");
  const std::string_view stored = bytes_.copy(name);
  const uint32_t id = static_cast<uint32_t>(names_.size());
  if (names_.empty()) names_.reserve(kFewNames);
  // Made before the name that needs it is added: a refused allocation leaves the table as it was.
  if (names_.size() == kFewNames && !ids_) ids_ = std::make_unique<std::unordered_map<std::string_view, uint32_t>>();
  names_.push_back(stored);
  if (names_.size() == kFewNames + 1) {
    for (size_t i = 0; i < names_.size(); ++i) ids_->emplace(names_[i], static_cast<uint32_t>(i));
  } else if (names_.size() > kFewNames + 1) {
    ids_->emplace(stored, id);
  }
  if (slot) *slot = id + 1;
  return id;
}

// ---- AnnotationStore ----------------------------------------------------------------------------------

namespace {
// Room for one more element, grown by half, not doubled: a vector outgrowing its room is held twice while
// it is copied, and a dense 100 MB document's attributes are tens of megabytes (issue 19: peak memory).
// The check is inline, the growth out of line: a tweet's pushes mostly find room.
template <class T>
[[gnu::noinline]] void grow_by_half(std::vector<T>& v) {
  v.reserve(std::max<size_t>(8, v.capacity() + v.capacity() / 2));
}
template <class T>
inline void make_room_for_one(std::vector<T>& v) {
  if (v.size() == v.capacity()) [[unlikely]]
    grow_by_half(v);
}
}  // namespace

AnnotationStore::AnnotationStore(AnnotationStore&& other) noexcept { *this = std::move(other); }

AnnotationStore& AnnotationStore::operator=(AnnotationStore&& other) noexcept {
  if (this == &other) return *this;
  names_ = std::move(other.names_);
  recent_values_ = std::move(other.recent_values_);
  recent_slots_ = std::exchange(other.recent_slots_, 0);
  values_stored_ = std::exchange(other.values_stored_, 0);
  arena_ = std::move(other.arena_);
  annotations_ = std::move(other.annotations_);
  other.annotations_.clear();
  wide_names_ = std::move(other.wide_names_);
  other.wide_names_.clear();
  attributes_ = std::move(other.attributes_);
  other.attributes_.clear();
  links_ = std::move(other.links_);
  other.links_.clear();
  side_ = std::move(other.side_);
  other.side_.clear();
  committed_attributes_ = std::exchange(other.committed_attributes_, 0);
  committed_links_ = std::exchange(other.committed_links_, 0);
  open_ = std::exchange(other.open_, false);
  pending_ = std::exchange(other.pending_, Record{});
  pending_type_ = std::exchange(other.pending_type_, 0);
  pending_plugin_ = std::exchange(other.pending_plugin_, 0);
  last_type_ = std::exchange(other.last_type_, UINT32_MAX);
  return *this;
}

void AnnotationStore::clear() {
  names_.clear();
  clear_keeping_names();
}

void AnnotationStore::clear_keeping_names() {
  // Many names (a plugin naming its keys after the text) are forgotten: the table would grow without
  // bound from document to document.
  if (names_.size() > kKeptNames) names_.clear();
  // The table of recent values is a cache: emptied, it is kept at a tweet's size and dropped when larger
  // (it then grows again as a new store's does).
  if (recent_slots_ == kFirstRecentSlots) {
    if (values_stored_) std::fill_n(recent_values_.get(), recent_slots_, 0u);
  } else {
    recent_values_.reset();
    recent_slots_ = 0;
  }
  values_stored_ = 0;
  arena_.clear();
  annotations_.clear();
  wide_names_.clear();
  attributes_.clear();
  links_.clear();
  side_.clear();
  committed_attributes_ = committed_links_ = 0;
  open_ = false;
  pending_ = {};
  last_type_ = UINT32_MAX;
}

size_t AnnotationStore::capacity_bytes() const noexcept {
  return annotations_.capacity() * sizeof(Record) + wide_names_.capacity() * sizeof(WideName) + attributes_.capacity() * sizeof(StoredAttribute) +
         links_.capacity() * sizeof(StoredLink) + side_.capacity() * sizeof(SideValue) +
         recent_slots_ * sizeof(uint32_t) + arena_.capacity_bytes() +
         names_.capacity_bytes();
}

void AnnotationStore::begin(std::string_view type, uint32_t plugin, uint32_t begin, uint32_t end) {
  abandon();
  // Indexes are 32-bit: a document with four billion attributes would not fit in memory anyway, but the
  // limit is checked, not assumed.
  if (attributes_.size() >= UINT32_MAX || links_.size() >= UINT32_MAX || annotations_.size() >= UINT32_MAX)
    throw std::length_error("too many annotations in one document");
  if (annotations_.empty() && annotations_.capacity() == 0) {
    // Room for a short document's annotations at once, not grown one doubling (one allocation) at a time.
    annotations_.reserve(8);
    attributes_.reserve(32);
  }
  pending_type_ = is_last_type(type) ? last_type_ : (last_type_ = names_.intern(type));
  pending_plugin_ = plugin;
  pending_ = {static_cast<uint16_t>(std::min<uint32_t>(pending_type_, kWideName)),
              static_cast<uint16_t>(std::min<uint32_t>(plugin, kWideName)), begin, end,
              static_cast<uint32_t>(attributes_.size())};
  open_ = true;
}

bool AnnotationStore::is_last_type(std::string_view type) const noexcept {
  return last_type_ != UINT32_MAX && same_name(names_[last_type_], type);
}

inline StoredAttribute& AnnotationStore::push(std::string_view key, uint32_t type) {
  if (attributes_.size() >= UINT32_MAX) throw std::length_error("too many attributes in one document");
  StoredAttribute& a = attributes_.push_back({});
  a.key = names_.intern(key);
  a.type = type;
  return a;
}

void AnnotationStore::add_null(std::string_view key) { push(key, TC_VALUE_NULL); }
void AnnotationStore::add_bool(std::string_view key, bool value) { push(key, TC_VALUE_BOOL).payload = value ? 1 : 0; }
void AnnotationStore::add_int(std::string_view key, int64_t value) {
  if (value >= INT32_MIN && value <= INT32_MAX) {
    push(key, TC_VALUE_INT).payload = static_cast<uint32_t>(static_cast<int32_t>(value));
    return;
  }
  push(key, StoredAttribute::kWideInt).payload = add_side({.size = static_cast<uint64_t>(value)});
}
void AnnotationStore::add_offset(std::string_view key, uint32_t original_offset) {
  push(key, TC_VALUE_OFFSET).payload = original_offset;
}
void AnnotationStore::add_double(std::string_view key, double value) {
  push(key, TC_VALUE_DOUBLE).payload = add_side({.size = std::bit_cast<uint64_t>(value)});
}

inline uint32_t AnnotationStore::add_side(SideValue v) {
  if (side_.size() >= StoredAttribute::kNoString) throw std::length_error("too many strings in one document");
  side_.push_back(v);
  return static_cast<uint32_t>(side_.size() - 1);
}

// Inlined in add_string, its one caller (a call per short string value cost some 15 instructions).
[[gnu::always_inline]] inline uint32_t AnnotationStore::shared_copy(std::string_view value) {
  const uint64_t h = short_hash(value);
  if (values_stored_ >= 8 * recent_slots_ && recent_slots_ < kMaxRecentValues) {
    recent_slots_ = recent_slots_ ? recent_slots_ * 4 : kFirstRecentSlots;
    recent_values_ = std::make_unique<uint32_t[]>(recent_slots_);
  }
  ++values_stored_;
  static_assert(std::has_single_bit(kFirstRecentSlots) && kMaxRecentValues % kFirstRecentSlots == 0);
  // The slots are a power of two (kFirstRecentSlots times powers of 4): a mask, not a 64-bit division.
  uint32_t& slot = recent_values_[h & (recent_slots_ - 1)];
  if (slot) {
    const SideValue& seen = side_[slot - 1];
    if (seen.size == value.size() && same_bytes(seen.data, value.data(), value.size())) return slot - 1;
  }
  const std::string_view stored = arena_.copy(value);
  const uint32_t id = add_side({.data = stored.data(), .size = stored.size()});
  slot = id + 1;
  return id;
}

void AnnotationStore::add_string(std::string_view key, std::string_view value) {
  if (value.size() > kMaxStringBytes) throw std::length_error("attribute string over 4 GiB");
  StoredAttribute& a = push(key, TC_VALUE_STRING);
  if (value.empty()) {
    a.payload = StoredAttribute::kNoString;
  } else if (value.size() <= kSharedValueBytes) {
    a.payload = shared_copy(value);
  } else {
    const std::string_view stored = arena_.copy(value);
    a.payload = add_side({.data = stored.data(), .size = stored.size()});
  }
}

void AnnotationStore::add_string_list(std::string_view key, const tc_str* items, size_t count) {
  if (count > UINT32_MAX / sizeof(tc_str)) throw std::length_error("attribute list too long");
  StoredAttribute& a = push(key, TC_VALUE_STRING_LIST);
  if (!count) {
    a.payload = StoredAttribute::kNoString;
    return;
  }
  // The list is kept as the tc_str array a plugin's view hands out, its strings beside it in the arena.
  tc_str* list = static_cast<tc_str*>(arena_.allocate(count * sizeof(tc_str), alignof(tc_str)));
  for (size_t j = 0; j < count; ++j) {
    const std::string_view s = arena_.copy(items[j].data ? std::string_view(items[j].data, items[j].size) : std::string_view());
    list[j] = {s.data() ? s.data() : "", s.size()};
  }
  a.payload = add_side({.data = list, .size = count});
}

void AnnotationStore::add_link(std::string_view role, uint64_t target) {
  if (links_.size() >= UINT32_MAX) throw std::length_error("too many links in one document");
  const uint32_t r = names_.intern(role);
  make_room_for_one(links_);
  links_.push_back({target, r, static_cast<uint32_t>(annotations_.size())});
}

void AnnotationStore::commit() {
  if (!open_) return;
  if (pending_.type == kWideName || pending_.plugin == kWideName) [[unlikely]] {
    wide_names_.push_back({static_cast<uint32_t>(annotations_.size()), pending_type_, pending_plugin_});
    try {
      annotations_.push_back(pending_);
    } catch (...) {
      wide_names_.pop_back();
      throw;
    }
  } else {
    annotations_.push_back(pending_);
  }
  committed_attributes_ = attributes_.size();
  committed_links_ = links_.size();
  open_ = false;
}

void AnnotationStore::abandon() noexcept {
  if (!open_) return;
  attributes_.truncate(committed_attributes_);
  links_.resize(committed_links_);
  open_ = false;
}

AnnotationStore::WideName AnnotationStore::wide_name(size_t i) const noexcept {
  return *std::lower_bound(wide_names_.begin(), wide_names_.end(), i,
                           [](const WideName& w, size_t at) { return w.annotation < at; });
}

std::span<const StoredAttribute> AnnotationStore::attributes(size_t i) const noexcept {
  const size_t first = annotations_[i].first_attribute;
  const size_t last = i + 1 < annotations_.size() ? annotations_[i + 1].first_attribute : committed_attributes_;
  return {attributes_.data() + first, last - first};
}

std::span<const StoredLink> AnnotationStore::links(size_t i) const noexcept {
  if (links_.empty()) return {};  // most documents: no plugin links anything
  // Committed links are in the order of their owners (the one being added, if any, owns those past them).
  const StoredLink* const first = links_.data();
  const StoredLink* const last = first + committed_links_;
  const auto owner_below = [](const StoredLink& l, size_t owner) { return l.owner < owner; };
  const StoredLink* const from = std::lower_bound(first, last, i, owner_below);
  const StoredLink* to = from;
  while (to != last && to->owner == i) ++to;
  return {from, static_cast<size_t>(to - from)};
}

Annotation AnnotationStore::to_annotation(size_t i) const {
  Annotation out;
  out.id = i;
  out.type = std::string(type(i));
  out.plugin = std::string(plugin(i));
  out.begin = begin(i);
  out.end = end(i);
  const auto attrs = attributes(i);
  out.attributes.reserve(attrs.size());
  for (const StoredAttribute& a : attrs) {
    Attribute& at = out.attributes.emplace_back();
    at.key = std::string(names_[a.key]);
    const StoredValue v = value(a);
    switch (v.type) {
      case TC_VALUE_NULL: at.value = nullptr; break;
      case TC_VALUE_BOOL: at.value = v.i != 0; break;
      case TC_VALUE_INT:
      case TC_VALUE_OFFSET: at.value = v.i; break;
      case TC_VALUE_DOUBLE: at.value = v.d; break;
      case TC_VALUE_STRING: at.value = std::string(v.s); break;
      default: {
        std::vector<std::string> list;
        list.reserve(v.list.size());
        for (const tc_str& s : v.list) list.emplace_back(s.data, s.size);
        at.value = std::move(list);
      }
    }
  }
  for (const StoredLink& l : links(i)) out.links.push_back({std::string(names_[l.role]), l.target});
  return out;
}

}  // namespace textchain::document
