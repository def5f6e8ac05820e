#include "cue_lexicon.hpp"

// CueLexicon is defined inline in its header (lookup is asked of most words the engine walks over); this file
// keeps the header compiled on its own.
