#include "plugin/option_values.hpp"

#include <toml++/toml.h>

#include <charconv>
#include <cstdlib>
#include <sstream>

namespace textchain::plugin {

bool parse_default(const tc_option_def& def, AttributeValue* out, std::string* why) {
  AttributeValue v = nullptr;
  if (!def.default_value) {
    if (out) *out = v;
    return true;
  }
  std::string_view s(def.default_value);
  switch (def.type) {
    case TC_OPTION_BOOL:
      if (s != "true" && s != "false") {
        if (why) *why = "'" + std::string(s) + "' is not true or false";
        return false;
      }
      v = (s == "true");
      break;
    case TC_OPTION_INT: {
      int64_t x = 0;
      auto r = std::from_chars(s.data(), s.data() + s.size(), x);
      if (r.ec != std::errc() || r.ptr != s.data() + s.size()) {
        if (why) *why = "'" + std::string(s) + "' is not an integer";
        return false;
      }
      v = x;
      break;
    }
    case TC_OPTION_DOUBLE: {
      char* end = nullptr;
      std::string tmp(s);
      double x = std::strtod(tmp.c_str(), &end);
      if (tmp.empty() || *end) {
        if (why) *why = "'" + tmp + "' is not a number";
        return false;
      }
      v = x;
      break;
    }
    case TC_OPTION_STRING: v = std::string(s); break;
    case TC_OPTION_ENUM: {
      std::string_view choices(def.choices ? def.choices : "");
      bool found = false;
      while (!choices.empty()) {
        size_t bar = choices.find('|');
        if (choices.substr(0, bar) == s) found = true;
        if (bar == std::string_view::npos) break;
        choices.remove_prefix(bar + 1);
      }
      if (!found) {
        if (why) *why = "'" + std::string(s) + "' is not one of " + (def.choices ? def.choices : "");
        return false;
      }
      v = std::string(s);
      break;
    }
    case TC_OPTION_STRING_LIST: {
      try {
        toml::table t = toml::parse("v = " + std::string(s));
        const toml::array* arr = t["v"].as_array();
        if (!arr) throw std::runtime_error("not an array");
        std::vector<std::string> list;
        for (const auto& el : *arr) {
          auto str = el.value<std::string>();
          if (!str) throw std::runtime_error("an element is not a string");
          list.push_back(*str);
        }
        v = std::move(list);
      } catch (const std::exception& e) {
        if (why) *why = "'" + std::string(s) + "' is not a TOML array of strings";
        return false;
      }
      break;
    }
    default:
      if (why) *why = "unknown type";
      return false;
  }
  if (out) *out = std::move(v);
  return true;
}

OptionValues OptionValues::defaults(const std::vector<tc_option_def>& rows) {
  OptionValues o;
  for (const tc_option_def& row : rows) {
    AttributeValue v = nullptr;
    parse_default(row, &v, nullptr);  // checked when the plugin was loaded
    o.values_.emplace_back(row.name, std::move(v));
  }
  return o;
}

void OptionValues::set(const std::string& name, AttributeValue value) {
  for (auto& [k, v] : values_)
    if (k == name) {
      v = std::move(value);
      return;
    }
  values_.emplace_back(name, std::move(value));
}

const AttributeValue* OptionValues::find(std::string_view name) const {
  for (const auto& [k, v] : values_)
    if (k == name) return &v;
  return nullptr;
}

const tc_options& OptionValues::view() const {
  attrs_.clear();
  lists_.clear();
  lists_.reserve(values_.size());
  for (const auto& [k, v] : values_) {
    tc_attr a{};
    a.key = {k.data(), k.size()};
    std::visit(
        [&](const auto& x) {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, std::nullptr_t>) {
            a.value.type = TC_VALUE_NULL;
          } else if constexpr (std::is_same_v<T, bool>) {
            a.value.type = TC_VALUE_BOOL;
            a.value.i = x;
          } else if constexpr (std::is_same_v<T, int64_t>) {
            a.value.type = TC_VALUE_INT;
            a.value.i = x;
          } else if constexpr (std::is_same_v<T, double>) {
            a.value.type = TC_VALUE_DOUBLE;
            a.value.d = x;
          } else if constexpr (std::is_same_v<T, std::string>) {
            a.value.type = TC_VALUE_STRING;
            a.value.s = {x.data(), x.size()};
          } else {
            a.value.type = TC_VALUE_STRING_LIST;
            auto& l = lists_.emplace_back();
            for (const auto& s : x) l.push_back({s.data(), s.size()});
            a.value.list = l.data();
            a.value.list_size = l.size();
          }
        },
        v);
    attrs_.push_back(a);
  }
  view_.items = attrs_.data();
  view_.count = attrs_.size();
  return view_;
}

std::string to_toml_text(const AttributeValue& v) {
  return std::visit(
      [](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return "(none)";
        } else if constexpr (std::is_same_v<T, bool>) {
          return x ? "true" : "false";
        } else if constexpr (std::is_same_v<T, int64_t>) {
          return std::to_string(x);
        } else if constexpr (std::is_same_v<T, double>) {
          std::ostringstream os;
          os << x;
          return os.str();
        } else if constexpr (std::is_same_v<T, std::string>) {
          std::ostringstream os;
          os << toml::value<std::string>(x);
          return os.str();
        } else {
          toml::array arr;
          for (const auto& s : x) arr.push_back(s);
          std::ostringstream os;
          os << arr;
          return os.str();
        }
      },
      v);
}

}  // namespace textchain::plugin
