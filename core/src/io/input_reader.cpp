#include "io/input_reader.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/parse_options.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

namespace fs = std::filesystem;

namespace textchain::io {

namespace {
bool has_ext(const fs::path& p, std::string_view ext) { return p.extension() == ext; }

void expand_dir(const fs::path& dir, std::vector<std::string>& out) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::path& p = it->path();
    if (p.filename().string().rfind('.', 0) == 0) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && (has_ext(p, ".txt") || has_ext(p, ".jsonl") || has_ext(p, ".text")))
      files.push_back(p.string());
  }
  std::sort(files.begin(), files.end());
  out.insert(out.end(), files.begin(), files.end());
}
}  // namespace

InputReader::InputReader(std::vector<std::string> inputs, ReaderOptions options) : options_(std::move(options)) {
  if (inputs.empty()) inputs.push_back("-");
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec))
      expand_dir(in, pending_);
    else
      pending_.push_back(in);
  }
  bool sized = true;
  for (const auto& in : pending_) {
    std::error_code ec;
    auto size = in == "-" ? 0 : fs::file_size(in, ec);
    if (in == "-" || ec) sized = false;
    else total_bytes_ += size;
  }
  if (!sized) total_bytes_ = 0;
}

InputReader::~InputReader() = default;

bool InputReader::next(InputDocument& out) {
  out = InputDocument();
  while (true) {
    if (jsonl_) {
      if (read_jsonl_line(out)) return true;
      file_.reset();
      jsonl_ = nullptr;
    }
    if (next_input_ >= pending_.size()) return false;
    if (open_next_input(out)) return true;
  }
}

bool InputReader::open_next_input(InputDocument& out) {
  const std::string path = pending_[next_input_++];
  const bool jsonl = options_.force_jsonl || has_ext(path, ".jsonl");
  if (path == "-") {
    if (jsonl) {
      jsonl_ = &std::cin;
      jsonl_name_ = "<stdin>";
      line_no_ = 0;
      return false;
    }
    read_stdin_text(out);
    return true;
  }
  if (jsonl) {
    auto f = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*f) {
      out.id = boost::json::string(path);
      out.id_text = path;
      out.error = "cannot open '" + path + "'";
      return true;
    }
    file_ = std::move(f);
    jsonl_ = file_.get();
    jsonl_name_ = path;
    line_no_ = 0;
    return false;
  }
  read_text_file(path, out);
  return true;
}

void InputReader::read_text_file(const std::string& path, InputDocument& out) {
  out.id = boost::json::string(path);
  out.id_text = path;
  out.date = options_.default_date;
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) {
    out.error = "cannot read '" + path + "': " + ec.message();
    return;
  }
  if (size > options_.max_document_bytes) {
    out.error = "document of " + std::to_string(size) + " bytes exceeds max_document_bytes (" +
                std::to_string(options_.max_document_bytes) + "); not read";
    return;
  }
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    out.error = "cannot open '" + path + "'";
    return;
  }
  out.text.resize(size);
  f.read(out.text.data(), static_cast<std::streamsize>(size));
  out.text.resize(static_cast<size_t>(f.gcount()));
  bytes_read_ += out.text.size();
}

void InputReader::read_stdin_text(InputDocument& out) {
  out.id = "-";
  out.id_text = "-";
  out.date = options_.default_date;
  std::string text;
  char buf[1 << 16];
  while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
    text.append(buf, static_cast<size_t>(std::cin.gcount()));
    if (text.size() > options_.max_document_bytes) {
      out.error = "document on standard input exceeds max_document_bytes (" +
                  std::to_string(options_.max_document_bytes) + "); not processed";
      std::cin.ignore(std::numeric_limits<std::streamsize>::max());
      return;
    }
  }
  out.text = std::move(text);
}

bool InputReader::read_bounded_line(std::string& line, size_t keep, size_t& length) {
  line.clear();
  length = 0;
  char buf[1 << 16];
  while (true) {
    jsonl_->getline(buf, sizeof buf);
    const auto got = static_cast<size_t>(jsonl_->gcount());
    if (jsonl_->bad()) return length > 0;
    const bool full = jsonl_->fail() && !jsonl_->eof();  // no line end within the buffer yet
    if (jsonl_->eof() && got == 0) return length > 0;
    // gcount counts the extracted '\n', which getline does not store.
    const size_t n = full || jsonl_->eof() ? got : got - 1;
    length += n;
    if (line.size() < keep) line.append(buf, std::min(n, keep - line.size()));
    if (!full) return true;
    jsonl_->clear();
  }
}

bool InputReader::read_jsonl_line(InputDocument& out) {
  std::string line;
  // A line longer than any allowed document is not kept whole: memory stays bounded by the limit.
  const size_t keep = options_.max_document_bytes + 4096;
  size_t length = 0;
  while (true) {
    if (!read_bounded_line(line, keep, length)) return false;
    ++line_no_;
    bytes_read_ += length + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) break;  // blank lines are not documents
  }
  out.id = static_cast<int64_t>(line_no_);
  out.id_text = std::to_string(line_no_);
  out.date = options_.default_date;
  const std::string where = jsonl_name_ + ":" + std::to_string(line_no_);
  if (length > keep) {
    out.id = nullptr;
    out.extra["line"] = static_cast<int64_t>(line_no_);
    out.error = where + ": line of " + std::to_string(length) + " bytes exceeds max_document_bytes (" +
                std::to_string(options_.max_document_bytes) + "); not processed";
    return true;
  }
  boost::json::parse_options po;
  po.allow_invalid_utf8 = true;  // invalid bytes inside strings are repaired later, with a warning
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(line, ec, {}, po);
  if (ec || !v.is_object()) {
    out.id = nullptr;
    out.extra["line"] = static_cast<int64_t>(line_no_);
    out.error = where + ": " + (ec ? "not valid JSON (" + ec.message() + ")" : std::string("not a JSON object"));
    return true;
  }
  boost::json::object& obj = v.as_object();
  for (auto& kv : obj) {
    const std::string_view key = kv.key();
    if (key == "id") {
      if (kv.value().is_string()) {
        out.id = kv.value();
        out.id_text = std::string(kv.value().as_string());
      } else if (kv.value().is_int64() || kv.value().is_uint64()) {
        out.id = kv.value();
        out.id_text = boost::json::serialize(kv.value());
      } else if (!kv.value().is_null()) {
        out.warnings.push_back("'id' is neither a string nor an integer; using the line number");
      }
    } else if (key == "text") {
      if (kv.value().is_string()) {
        out.text = std::string(kv.value().as_string());
      }
    } else if (key == "date") {
      if (kv.value().is_string() && is_iso_date(kv.value().as_string())) {
        out.date = std::string(kv.value().as_string());
      } else if (!kv.value().is_null()) {
        out.warnings.push_back("'date' is not a YYYY-MM-DD date; ignored");
      }
    } else {
      out.extra.emplace(key, std::move(kv.value()));
    }
  }
  const boost::json::value* text = obj.if_contains("text");
  if (!text || !text->is_string()) out.error = where + ": the record has no \"text\" string";
  return true;
}

}  // namespace textchain::io
