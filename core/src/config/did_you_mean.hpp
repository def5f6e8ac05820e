// Suggestions for misspelt names in configs and on the command line.
#ifndef TEXTCHAIN_CONFIG_DID_YOU_MEAN_HPP
#define TEXTCHAIN_CONFIG_DID_YOU_MEAN_HPP

#include <string>
#include <string_view>
#include <vector>

namespace textchain::config {

// The candidate closest to `word` by edit distance, if it is close enough to be a plausible typo
// (distance <= 2, and less than half the word); empty otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace textchain::config

#endif
