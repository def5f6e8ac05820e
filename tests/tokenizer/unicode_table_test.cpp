// The committed property table is exactly what the generator makes from the installed Unicode data.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include <textchain/abi.h>

#include "text/unicode_props.hpp"

namespace {

namespace fs = std::filesystem;
namespace U = textchain::text::unicode;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(UnicodeTable, RegeneratingGivesTheCommittedFileByteForByte) {
  const fs::path ucd = TEXTCHAIN_UCD_DIR;
  if (!fs::exists(ucd / "auxiliary" / "WordBreakProperty.txt")) GTEST_SKIP() << "unicode-data not installed";
  if (std::system("python3 --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not found";
  const fs::path src = TEXTCHAIN_SOURCE_DIR;
  const fs::path out = fs::temp_directory_path() / ("textchain_unicode_props_" + std::to_string(::getpid()) + ".inc");
  const std::string cmd = "python3 '" + (src / "tools/unicode/gen_unicode_props.py").string() + "' --ucd '" +
                          ucd.string() + "' --output '" + out.string() + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  const std::string regenerated = slurp(out);
  const std::string committed = slurp(src / "core/src/text/unicode_props_table.inc");
  fs::remove(out);
  ASSERT_FALSE(committed.empty());
  EXPECT_TRUE(regenerated == committed)
      << "core/src/text/unicode_props_table.inc is stale: rerun tools/unicode/gen_unicode_props.py";
}

TEST(UnicodeTable, SpotChecks) {
  EXPECT_EQ(U::word_break(U::props_of('a')), U::kALetter);
  EXPECT_EQ(U::word_break(U::props_of('7')), U::kNumeric);
  EXPECT_EQ(U::word_break(U::props_of('\'')), U::kSingleQuote);
  EXPECT_EQ(U::word_break(U::props_of(0x2019)), U::kMidNumLet);  // ’
  EXPECT_EQ(U::word_break(U::props_of(0x05D0)), U::kHebrewLetter);
  EXPECT_EQ(U::word_break(U::props_of(0x30A2)), U::kKatakana);
  EXPECT_EQ(U::word_break(U::props_of(0x1F1E6)), U::kRegionalIndicator);
  EXPECT_EQ(U::word_break(U::props_of(0x200D)), U::kZWJ);
  EXPECT_EQ(U::word_break(U::props_of(0x3000)), U::kWSegSpace);
  EXPECT_TRUE(U::is_ext_pict(U::props_of(0x1F600)));
  EXPECT_FALSE(U::is_ext_pict(U::props_of('a')));
  EXPECT_EQ(U::token_kind(U::props_of(0x201C)), TC_TOKEN_QUOTE);   // “
  EXPECT_EQ(U::token_kind(U::props_of(0x00AB)), TC_TOKEN_QUOTE);   // «
  EXPECT_EQ(U::token_kind(U::props_of(0x00A0)), TC_TOKEN_SPACE);   // no-break space
  EXPECT_EQ(U::token_kind(U::props_of(0x2028)), TC_TOKEN_LINEBREAK);
  EXPECT_EQ(U::token_kind(U::props_of(0x4E2D)), TC_TOKEN_WORD);    // 中
  EXPECT_EQ(U::token_kind(U::props_of(0x2014)), TC_TOKEN_PUNCT);   // —
  EXPECT_EQ(U::token_kind(U::props_of('$')), TC_TOKEN_SYMBOL);
  EXPECT_TRUE(U::is_upper(U::props_of(0x00C9)));  // É
  EXPECT_TRUE(U::is_lower(U::props_of(0x0436)));  // ж
}

}  // namespace
