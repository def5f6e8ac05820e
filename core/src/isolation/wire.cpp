#include "isolation/wire.hpp"

#include <cerrno>
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

bool read_exact(int fd, void* data, size_t size) {
  char* p = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t n = ::read(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<size_t>(n);
  }
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

bool read_frame(int fd, std::string& payload) {
  uint64_t size = 0;
  if (!read_exact(fd, &size, sizeof size)) return false;
  payload.resize(size);
  return read_exact(fd, payload.data(), size);
}

}  // namespace textchain::isolation
