// `textchain run --format brat --output-dir DIR`: for each document, DIR/NAME.txt (its text, exactly what
// the offsets count) and DIR/NAME.ann beside it (brat/standoff.hpp), and one JSON line on stdout saying
// where they went: {"id", "txt", "ann", "annotations", "errors"[, "warnings"]}.
//
// NAME is the document id's file name without ".txt" (ids of JSON Lines records as they are), with every
// byte outside [A-Za-z0-9._-] written as '_'. A NAME already taken by an earlier document gets
// "-<position in the input>" added, so no file is overwritten.
#ifndef TEXTCHAIN_BRAT_DIRECTORY_HPP
#define TEXTCHAIN_BRAT_DIRECTORY_HPP

#include "io/input_reader.hpp"

#include <textchain/host.hpp>

#include <filesystem>
#include <mutex>
#include <set>
#include <string>

namespace textchain::brat {

class StandoffDirectory {
 public:
  // Creates `dir` when missing. Throws std::runtime_error when `dir` is empty or cannot be made.
  explicit StandoffDirectory(std::filesystem::path dir);
  // Writes the document's two files; returns its stdout line. A document that could not be read, or whose
  // files cannot be written, gets no files and its errors in the line. Thread-safe.
  std::string write(const io::InputDocument& in, const Result* result, size_t number);

 private:
  std::string claim_name(const io::InputDocument& in, size_t number);
  std::filesystem::path dir_;
  std::mutex mutex_;
  std::set<std::string> taken_;
};

}  // namespace textchain::brat

#endif
