// A Result in bytes, as a worker process sends it back to its supervisor (wire.hpp): everything but the
// original text, which the supervisor still holds (it gave the worker the text) and puts back.
#ifndef TEXTCHAIN_ISOLATION_RESULT_CODEC_HPP
#define TEXTCHAIN_ISOLATION_RESULT_CODEC_HPP

#include "isolation/wire.hpp"

#include <textchain/host.hpp>

namespace textchain::isolation {

// Appends `r` (without original_text) to a frame.
void encode_result(FrameBuilder& f, const Result& r);
// Reads what encode_result wrote; false when the bytes do not hold a whole Result.
bool decode_result(FrameParser& p, Result& r);

}  // namespace textchain::isolation

#endif
