// Exact recovery per kind of damage, for cleanup gold made of (broken, fixed) pairs that name their
// family ("windows-1252", "windows-1251>windows-1252", "cesu-8>latin-1", ...): how many broken texts the
// chain gave back exactly, and how many already-correct texts (input equal to gold) it changed.
#ifndef TEXTCHAIN_EVAL_FAMILY_RECOVERY_HPP
#define TEXTCHAIN_EVAL_FAMILY_RECOVERY_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace textchain::eval {

struct FamilyRow {
  std::string family;
  size_t documents = 0;
  size_t exact = 0;  // outputs equal to their gold
  double rate() const noexcept { return documents ? static_cast<double>(exact) / static_cast<double>(documents) : 0; }
};

class FamilyRecovery {
 public:
  // One scored pair. A pair whose input already equals its gold counts as clean text, whatever its family:
  // a false positive when the output differs.
  void add(std::string_view family, std::string_view input, std::string_view output, std::string_view gold);

  const std::vector<FamilyRow>& families() const noexcept { return rows_; }  // sorted by name
  size_t documents() const noexcept { return documents_; }
  size_t clean_documents() const noexcept { return clean_; }
  size_t false_positives() const noexcept { return changed_; }

 private:
  std::vector<FamilyRow> rows_;
  size_t documents_ = 0, clean_ = 0, changed_ = 0;
};

}  // namespace textchain::eval

#endif
