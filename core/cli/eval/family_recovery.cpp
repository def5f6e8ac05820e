#include "eval/family_recovery.hpp"

#include <algorithm>

namespace textchain::eval {

void FamilyRecovery::add(std::string_view family, std::string_view input, std::string_view output, std::string_view gold) {
  ++documents_;
  if (input == gold) {
    ++clean_;
    changed_ += output != input;
    return;
  }
  auto it = std::lower_bound(rows_.begin(), rows_.end(), family,
                             [](const FamilyRow& r, std::string_view f) { return r.family < f; });
  if (it == rows_.end() || it->family != family) it = rows_.insert(it, FamilyRow{std::string(family)});
  ++it->documents;
  it->exact += output == gold;
}

}  // namespace textchain::eval
