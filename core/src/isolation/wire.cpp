#include "isolation/wire.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <unistd.h>

namespace textchain::isolation {

FrameBuilder::FrameBuilder(char kind) : FrameBuilder(kind, own_) {}

FrameBuilder::FrameBuilder(char kind, std::string& buffer) : bytes_(&buffer), start_(buffer.size()) {
  bytes_->append(sizeof(uint64_t), '\0');
  bytes_->push_back(kind);
}

FrameBuilder& FrameBuilder::u64(uint64_t v) {
  bytes_->append(reinterpret_cast<const char*>(&v), sizeof v);
  return *this;
}

FrameBuilder& FrameBuilder::str(std::string_view s) {
  u64(s.size());
  bytes_->append(s);
  return *this;
}

void FrameBuilder::close() {
  const uint64_t size = bytes_->size() - start_ - sizeof(uint64_t);  // 64 bits: a document of 4 GiB and more fits
  std::memcpy(bytes_->data() + start_, &size, sizeof size);
}

std::string FrameBuilder::finish() {
  close();
  return std::move(own_);
}

FrameParser::FrameParser(std::string_view payload) : rest_(payload) {
  if (rest_.empty()) {
    ok_ = false;
    return;
  }
  kind_ = rest_.front();
  rest_.remove_prefix(1);
}

uint64_t FrameParser::u64() {
  uint64_t v = 0;
  if (!ok_ || rest_.size() < sizeof v) {
    ok_ = false;
    return 0;
  }
  std::memcpy(&v, rest_.data(), sizeof v);
  rest_.remove_prefix(sizeof v);
  return v;
}

std::string FrameParser::str() { return std::string(view()); }

std::string_view FrameParser::view() {
  const uint64_t size = u64();
  if (!ok_ || rest_.size() < size) {
    ok_ = false;
    return {};
  }
  const std::string_view s = rest_.substr(0, size);
  rest_.remove_prefix(size);
  return s;
}

bool next_frame(std::string_view buffer, std::string_view& payload, size_t& consumed) {
  uint64_t size = 0;
  if (buffer.size() < sizeof size) return false;
  std::memcpy(&size, buffer.data(), sizeof size);
  if (buffer.size() - sizeof size < size) return false;
  payload = buffer.substr(sizeof size, size);
  consumed = sizeof size + size;
  return true;
}

bool write_all(int fd, const void* data, size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool FrameReader::has_frame() const {
  std::string_view payload;
  size_t consumed = 0;
  return next_frame(std::string_view(buffer_).substr(start_), payload, consumed);
}

bool FrameReader::next(std::string_view& payload) {
  size_t consumed = 0;
  while (!next_frame(std::string_view(buffer_).substr(start_), payload, consumed)) {
    // Room for at least what the pipe holds, and for the whole frame once its length is known.
    buffer_.erase(0, start_);
    start_ = 0;
    size_t want = 1 << 16;
    if (buffer_.size() >= sizeof(uint64_t)) {
      uint64_t size = 0;
      std::memcpy(&size, buffer_.data(), sizeof size);
      if (size > SIZE_MAX - sizeof size) return false;
      want = std::max<size_t>(want, sizeof size + size - buffer_.size());
    }
    const size_t have = buffer_.size();
    buffer_.resize(have + want);
    ssize_t n;
    while ((n = ::read(fd_, buffer_.data() + have, want)) < 0 && errno == EINTR) {
    }
    buffer_.resize(have + static_cast<size_t>(std::max<ssize_t>(n, 0)));
    if (n <= 0) return false;
  }
  start_ += consumed;
  return true;
}

}  // namespace textchain::isolation
