// The mojibake rule's cost model: how much a span of text, in its context, does what text does not. It
// counts a symbol glued to a letter ("Ã©", "√©"), a capital after a small letter inside a word
// ("cafÃ©"), letters of two scripts inside one word, C1 controls, a combining mark on no letter, and a
// few more pairs written at the rule (mojibake_cost.cpp). A repair is worth making when its result costs
// clearly less than the span it replaces.
#ifndef TEXTCHAIN_CLEANUP_MOJIBAKE_COST_HPP
#define TEXTCHAIN_CLEANUP_MOJIBAKE_COST_HPP

#include <string_view>

namespace textchain::cleanup {

// The characters around a span (0: the edge of the text).
struct CostContext {
  char32_t before2 = 0, before = 0, after = 0;
};

// The cost of `span` between its neighbours: every pair that touches it, and its own characters.
// A decomposed code-page character ("A" + combining tilde) is judged as the composed one.
int span_cost(std::string_view span, const CostContext& context) noexcept;

// False when `s` holds a character a real decoding never yields: a control (a C1 control is a code
// page's byte, not text), an unassigned or private-use code point, a letter of a script nobody writes
// news in.
bool readable_result(std::string_view s) noexcept;

}  // namespace textchain::cleanup

#endif
