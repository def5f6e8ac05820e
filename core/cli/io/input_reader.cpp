#include "io/input_reader.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>
#include <boost/json/parse_options.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_stack.hpp>

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
// The events of boost::json's parser, forwarded to a value_stack as boost::json::parser does, except the
// top-level "text" string: its decoded pieces are appended to the document's text as they come, and the
// object gets an empty string in its place. The record's other fields are built as values, as before.
struct TextCapturingHandler {
  static constexpr std::size_t max_object_size = boost::json::object::max_size();
  static constexpr std::size_t max_array_size = boost::json::array::max_size();
  static constexpr std::size_t max_key_size = boost::json::string::max_size();
  static constexpr std::size_t max_string_size = boost::json::string::max_size();

  boost::json::value_stack st;
  std::string* text = nullptr;  // where the top-level "text" string goes
  size_t depth = 0;             // 1 inside the top-level object (or array)
  char key[4] = {};             // the first bytes of the current top-level key
  bool capture = false;         // the next value is the top-level "text"
  bool text_is_string = false;  // the last top-level "text" was a string (duplicate keys: the last wins)

  // Any value but a string ends a capture: the record's "text" is then not a string.
  void other_value() {
    if (capture) capture = text_is_string = false;
  }
  void key_part(std::string_view s, std::size_t n) {
    if (depth != 1) return;
    for (size_t i = 0, at = n - s.size(); i < s.size() && at + i < sizeof key; ++i) key[at + i] = s[i];
  }

  bool on_document_begin(boost::system::error_code&) { return true; }
  bool on_document_end(boost::system::error_code&) { return true; }
  bool on_object_begin(boost::system::error_code&) {
    other_value();
    ++depth;
    return true;
  }
  bool on_object_end(std::size_t n, boost::system::error_code&) {
    --depth;
    st.push_object(n);
    return true;
  }
  bool on_array_begin(boost::system::error_code&) {
    other_value();
    ++depth;
    return true;
  }
  bool on_array_end(std::size_t n, boost::system::error_code&) {
    --depth;
    st.push_array(n);
    return true;
  }
  bool on_key_part(std::string_view s, std::size_t n, boost::system::error_code&) {
    key_part(s, n);
    st.push_chars(s);
    return true;
  }
  bool on_key(std::string_view s, std::size_t n, boost::system::error_code&) {
    key_part(s, n);
    if (depth == 1 && n == 4 && std::string_view(key, 4) == "text") {
      capture = true;
      text->clear();
    }
    st.push_key(s);
    return true;
  }
  bool on_string_part(std::string_view s, std::size_t, boost::system::error_code&) {
    if (capture)
      text->append(s);
    else
      st.push_chars(s);
    return true;
  }
  bool on_string(std::string_view s, std::size_t, boost::system::error_code&) {
    if (!capture) {
      st.push_string(s);
      return true;
    }
    text->append(s);
    capture = false;
    text_is_string = true;
    st.push_string({});
    return true;
  }
  bool on_number_part(std::string_view, boost::system::error_code&) { return true; }
  bool on_int64(std::int64_t i, std::string_view, boost::system::error_code&) {
    other_value();
    st.push_int64(i);
    return true;
  }
  bool on_uint64(std::uint64_t u, std::string_view, boost::system::error_code&) {
    other_value();
    st.push_uint64(u);
    return true;
  }
  bool on_double(double d, std::string_view, boost::system::error_code&) {
    other_value();
    st.push_double(d);
    return true;
  }
  bool on_bool(bool b, boost::system::error_code&) {
    other_value();
    st.push_bool(b);
    return true;
  }
  bool on_null(boost::system::error_code&) {
    other_value();
    st.push_null();
    return true;
  }
  bool on_comment_part(std::string_view, boost::system::error_code&) { return true; }
  bool on_comment(std::string_view, boost::system::error_code&) { return true; }
};

}  // namespace

// One JSON Lines record, parsed from the pieces of its line as they are read.
class JsonlLineParser {
 public:
  explicit JsonlLineParser(const boost::json::parse_options& options) : parser_(options) {}

  void start(std::string* text) {
    parser_.reset();
    TextCapturingHandler& h = parser_.handler();
    h.st.reset();
    h.text = text;
    h.depth = 0;
    h.capture = h.text_is_string = false;
    ec_ = {};
  }
  // After an error the rest of the line is ignored.
  void feed(const char* data, size_t size) {
    if (ec_ || size == 0) return;
    const size_t used = parser_.write_some(true, data, size, ec_);
    if (!ec_ && used < size) ec_ = boost::json::error::extra_data;  // as boost::json::parse says
  }
  // The value of the whole line, or null with `ec` set.
  boost::json::value finish(boost::system::error_code& ec) {
    if (!ec_) parser_.write_some(false, nullptr, 0, ec_);
    ec = ec_;
    if (ec) return nullptr;
    return parser_.handler().st.release();
  }
  bool text_is_string() { return parser_.handler().text_is_string; }

 private:
  boost::json::basic_parser<TextCapturingHandler> parser_;
  boost::system::error_code ec_;
};

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

template <class Sink>
bool InputReader::read_line_chunks(Sink&& sink, size_t& length) {
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
    sink(buf, n);
    if (!full) return true;
    jsonl_->clear();
  }
}

bool InputReader::read_jsonl_line(InputDocument& out) {
  if (!parser_) {
    boost::json::parse_options po;
    po.allow_invalid_utf8 = true;  // invalid bytes inside strings are repaired later, with a warning
    parser_ = std::make_unique<JsonlLineParser>(po);
  }
  JsonlLineParser& parser = *parser_;
  // A line longer than any allowed document is not parsed past that size: memory stays bounded by the limit.
  const size_t keep = options_.max_document_bytes + 4096;
  size_t length = 0;
  while (true) {
    parser.start(&out.text);
    size_t seen = 0;
    bool blank = true, held_cr = false;
    auto sink = [&](const char* data, size_t n) {
      if (n == 0) return;
      seen += n;
      const bool parse = seen <= keep;  // past that, the line is too long: reported below
      // One '\r' ending the line (CRLF files) is not part of the record: a chunk's last '\r' waits until
      // more of the line follows it.
      if (held_cr) {
        blank = false;
        if (parse) parser.feed("\r", 1);
      }
      held_cr = data[n - 1] == '\r';
      n -= held_cr ? 1 : 0;
      if (blank) blank = std::string_view(data, n).find_first_not_of(" \t") == std::string_view::npos;
      if (parse) parser.feed(data, n);
    };
    if (!read_line_chunks(sink, length)) return false;
    ++line_no_;
    bytes_read_ += length + 1;
    if (!blank) break;  // blank lines (spaces and tabs) are not documents, however long
  }
  out.id = static_cast<int64_t>(line_no_);
  out.id_text = std::to_string(line_no_);
  out.date = options_.default_date;
  const std::string where = jsonl_name_ + ":" + std::to_string(line_no_);
  if (length > keep) {
    std::string().swap(out.text);
    out.id = nullptr;
    out.extra["line"] = static_cast<int64_t>(line_no_);
    out.error = where + ": line of " + std::to_string(length) + " bytes exceeds max_document_bytes (" +
                std::to_string(options_.max_document_bytes) + "); not processed";
    return true;
  }
  boost::system::error_code ec;
  boost::json::value v = parser.finish(ec);
  if (ec || !v.is_object()) {
    std::string().swap(out.text);
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
      // Already in out.text, decoded by the parser.
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
  if (!parser.text_is_string()) {
    std::string().swap(out.text);
    out.error = where + ": the record has no \"text\" string";
  }
  return true;
}

}  // namespace textchain::io
