// The `mojibake` rule: text that was UTF-8 (or CESU-8), decoded with a single-byte code page, possibly
// re-encoded as UTF-8 and decoded again (up to three times, code pages may differ), e.g. "â€™" for "’",
// "Ã©" and "ÃƒÂ©" for "é", "РїСЂРёРІРµС‚" for "привет", "caf√©" for "café", "╨£" for "М".
#ifndef TEXTCHAIN_CLEANUP_MOJIBAKE_HPP
#define TEXTCHAIN_CLEANUP_MOJIBAKE_HPP

#include <string>
#include <string_view>

#include "edit.hpp"

namespace textchain::cleanup {

// Appends to `out` (sorted) one edit per repaired span. A span is repaired only when mapping its
// characters back to the bytes a code page gave them yields valid UTF-8 that reads clearly better as text
// than the span did (see mojibake.cpp for the cost model); text that is correct in any script is never
// changed. C1 control characters left over are Windows-1252 punctuation read as Latin-1 ("\x93" for “).
void find_mojibake(std::string_view text, Edits& out);

// The offset of the first byte >= 0x80 at or after `pos` (text.size() when there is none): how
// find_mojibake skips ASCII, with 32-byte loads where the processor has AVX2; and the 16-byte form, which
// the others use (tests compare both with a plain loop).
size_t next_non_ascii(std::string_view text, size_t pos) noexcept;
size_t next_non_ascii_sse2(std::string_view text, size_t pos) noexcept;

// The code pages the rule knows, in the order of their indexes ("windows-1252", "latin-1", ...).
int mojibake_codec_count() noexcept;
const char* mojibake_codec_name(int codec) noexcept;

// The byte `codec` decodes to `cp`, or -1 when none (ASCII included: mojibake only involves bytes >= 0x80).
// Bytes a Windows code page leaves undefined decode to the Latin-1 character of the same value.
int mojibake_byte(char32_t cp, int codec) noexcept;

}  // namespace textchain::cleanup

#endif
