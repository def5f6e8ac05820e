// The `mojibake` rule: text that was UTF-8, decoded as Windows-1252 or Latin-1 (once or twice) and
// re-encoded, e.g. "â€™" for "’", "Ã©" for "é", "ÃƒÂ©" for "é" (twice).
#ifndef TEXTCHAIN_CLEANUP_MOJIBAKE_HPP
#define TEXTCHAIN_CLEANUP_MOJIBAKE_HPP

#include <string_view>

#include "edit.hpp"

namespace textchain::cleanup {

// Appends to `out` (sorted) one edit per maximal repaired span. A span is repaired only when mapping its
// characters back to the bytes Windows-1252/Latin-1 gave them yields valid UTF-8 whose characters are
// plausible in context; text that is correct in any script is never changed.
void find_mojibake(std::string_view text, Edits& out);

// The byte a Windows-1252 or Latin-1 decoder turned into `cp`, or -1 when none did (ASCII included:
// mojibake only ever involves bytes >= 0x80).
int mojibake_byte(char32_t cp) noexcept;

}  // namespace textchain::cleanup

#endif
