#include "io/attribute_text.hpp"

#include <charconv>

namespace textchain::document {

std::string attribute_text(const AttributeValue& v) {
  return std::visit(
      [](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return "null";
        } else if constexpr (std::is_same_v<T, bool>) {
          return x ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::string>) {
          return x;
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          std::string s;
          for (const auto& e : x) s += (s.empty() ? "" : ", ") + e;
          return s;
        } else if constexpr (std::is_same_v<T, double>) {
          char buf[32];
          const auto r = std::to_chars(buf, buf + sizeof buf, x);
          return std::string(buf, r.ptr);
        } else {
          return std::to_string(x);
        }
      },
      v);
}

}  // namespace textchain::document
