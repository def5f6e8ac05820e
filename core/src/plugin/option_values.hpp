// The values of one step's options, owned by the host and handed to `create` as tc_options.
#ifndef TEXTCHAIN_PLUGIN_OPTION_VALUES_HPP
#define TEXTCHAIN_PLUGIN_OPTION_VALUES_HPP

#include <textchain/abi.h>
#include <textchain/host.hpp>

#include <string>
#include <vector>

namespace textchain::plugin {

// Parses an option's declared default (see tc_option_def) into `out` (may be null: check only).
bool parse_default(const tc_option_def& def, AttributeValue* out, std::string* why);

class OptionValues {
 public:
  OptionValues() = default;
  OptionValues(const OptionValues& other) : values_(other.values_) {}
  OptionValues& operator=(const OptionValues& other) {
    values_ = other.values_;
    return *this;
  }

  // Every option of a plugin's table at its default (null when it has none).
  static OptionValues defaults(const std::vector<tc_option_def>& rows);
  void set(const std::string& name, AttributeValue value);
  const AttributeValue* find(std::string_view name) const;
  const std::vector<std::pair<std::string, AttributeValue>>& values() const { return values_; }

  // A view valid until this object changes or dies.
  const tc_options& view() const;

 private:
  std::vector<std::pair<std::string, AttributeValue>> values_;
  mutable std::vector<tc_attr> attrs_;
  mutable std::vector<std::vector<tc_str>> lists_;
  mutable tc_options view_{};
};

// The value as TOML text, for `plugins describe` and error messages.
std::string to_toml_text(const AttributeValue& v);

}  // namespace textchain::plugin

#endif
