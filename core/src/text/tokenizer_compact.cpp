// tokenize(text, CompactTokens&): the tokenizer compiled a second time, writing the compact token form of
// ABI 1.2 (text/compact_tokens.hpp) instead of the 12-byte array. See tokenizer.cpp's TokenOut for why a
// second translation unit.
#define TEXTCHAIN_TOKENIZER_COMPACT 1
#include "tokenizer.cpp"
