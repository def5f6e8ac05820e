// A growable array of trivially copyable elements for the annotation store's millions of records and
// attributes, and the room it lives in. Its own header: a container, not a part of the store.
#ifndef TEXTCHAIN_DOCUMENT_POD_ARRAY_HPP
#define TEXTCHAIN_DOCUMENT_POD_ARRAY_HPP

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <type_traits>
#include <utility>

namespace textchain::document {

// The room of a large PodArray: pages of its own, grown where the system can by remapping them (no copy,
// never held twice) and handed back to the system when freed. Below kMappedBytes, malloc's.
struct MappedRoom {
  static constexpr size_t kMappedBytes = size_t{1} << 20;
  // `bytes` (at least kMappedBytes) with the first `used` bytes of `old` (old_bytes long, mapped or not).
  static void* grow(void* old, size_t used, size_t old_bytes, bool old_mapped, size_t bytes);
  static void release(void* p, size_t bytes, bool mapped) noexcept;
};

// A growable array of trivially copyable elements whose room grows by half: small, with realloc; past
// MappedRoom::kMappedBytes, in pages of its own remapped as it grows (issue 19: a std::vector outgrowing its
// room is copied and briefly held twice, and its freed rooms stayed in the process's heap: at a dense
// 100 MB document's tens of megabytes of attributes, the store's peak).
template <class T>
class PodArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  PodArray() = default;
  PodArray(PodArray&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)),
        size_(std::exchange(o.size_, 0)),
        cap_(std::exchange(o.cap_, 0)),
        mapped_(std::exchange(o.mapped_, false)) {}
  PodArray& operator=(PodArray&& o) noexcept {
    if (this != &o) {
      MappedRoom::release(data_, cap_ * sizeof(T), mapped_);
      data_ = std::exchange(o.data_, nullptr);
      size_ = std::exchange(o.size_, 0);
      cap_ = std::exchange(o.cap_, 0);
      mapped_ = std::exchange(o.mapped_, false);
    }
    return *this;
  }
  ~PodArray() { MappedRoom::release(data_, cap_ * sizeof(T), mapped_); }

  size_t size() const noexcept { return size_; }
  size_t capacity() const noexcept { return cap_; }
  bool empty() const noexcept { return size_ == 0; }
  T* data() noexcept { return data_; }
  const T* data() const noexcept { return data_; }
  T& operator[](size_t i) noexcept { return data_[i]; }
  const T& operator[](size_t i) const noexcept { return data_[i]; }
  void clear() noexcept { size_ = 0; }
  void truncate(size_t n) noexcept { size_ = n; }  // n <= size()
  void reserve(size_t n) {
    if (n > cap_) regrow(n);
  }
  T& push_back(const T& v) {
    if (size_ == cap_) [[unlikely]]
      grow();
    T* const out = new (data_ + size_) T(v);
    ++size_;
    return *out;
  }

 private:
  [[gnu::noinline]] void grow() { regrow(cap_ < 8 ? 8 : cap_ + cap_ / 2); }
  void regrow(size_t n) {
    if (n > SIZE_MAX / sizeof(T)) throw std::bad_alloc();
    void* p;
    if (n * sizeof(T) >= MappedRoom::kMappedBytes) {
      p = MappedRoom::grow(data_, size_ * sizeof(T), cap_ * sizeof(T), mapped_, n * sizeof(T));
      mapped_ = true;
    } else {
      p = std::realloc(data_, n * sizeof(T));  // mapped_ is false: the room only grows
      if (!p) throw std::bad_alloc();
    }
    data_ = static_cast<T*>(p);
    cap_ = n;
  }
  T* data_ = nullptr;
  size_t size_ = 0, cap_ = 0;
  bool mapped_ = false;
};

}  // namespace textchain::document

#endif  // TEXTCHAIN_DOCUMENT_POD_ARRAY_HPP
