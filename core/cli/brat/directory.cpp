#include "brat/directory.hpp"

#include "brat/standoff.hpp"
#include "document/utf8_repair.hpp"

#include <boost/json/serialize.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace textchain::brat {
namespace {

constexpr size_t kMaxNameBytes = 120;

std::string safe_name(std::string_view id) {
  if (const size_t slash = id.find_last_of('/'); slash != std::string_view::npos) id.remove_prefix(slash + 1);
  if (id.size() > 4 && id.substr(id.size() - 4) == ".txt") id.remove_suffix(4);
  std::string name;
  for (char c : id.substr(0, kMaxNameBytes)) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                    c == '-' || c == '.';
    name.push_back(ok ? c : '_');
  }
  if (name.empty() || name[0] == '.') name.insert(name.begin(), '_');  // no hidden file, no ".."
  return name;
}

boost::json::string json_text(std::string_view s) {
  return boost::json::string(document::is_valid_utf8(s) ? std::string(s) : document::to_valid_utf8(s));
}

bool write_file(const std::filesystem::path& path, std::string_view data, std::string& error) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (f) f.write(data.data(), static_cast<std::streamsize>(data.size()));
  if (f) f.close();
  if (!f) error = "cannot write " + path.string() + ": " + std::strerror(errno);
  return static_cast<bool>(f);
}

}  // namespace

StandoffDirectory::StandoffDirectory(std::filesystem::path dir) : dir_(std::move(dir)) {
  if (dir_.empty()) throw std::runtime_error("--format brat needs --output-dir DIR (where the .txt and .ann files go)");
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec || !std::filesystem::is_directory(dir_))
    throw std::runtime_error("cannot make the output folder " + dir_.string() + (ec ? ": " + ec.message() : ""));
}

std::string StandoffDirectory::claim_name(const io::InputDocument& in, size_t number) {
  std::string name = safe_name(in.id_text);
  std::lock_guard<std::mutex> lock(mutex_);
  if (!taken_.insert(name).second) {
    name += "-" + std::to_string(number);
    while (!taken_.insert(name).second) name += "_";
  }
  return name;
}

std::string StandoffDirectory::write(const io::InputDocument& in, const Result* result, size_t number) {
  boost::json::array errors, warnings;
  auto problem = [](boost::json::array& list, std::string_view plugin, std::string_view message) {
    list.push_back(boost::json::object{
        {"plugin", plugin.empty() ? boost::json::value(nullptr) : boost::json::value(json_text(plugin))},
        {"message", json_text(message)}});
  };
  if (!in.error.empty()) problem(errors, {}, in.error);
  for (const auto& w : in.warnings) problem(warnings, {}, w);
  if (result)
    for (const auto& d : result->diagnostics)
      problem(d.level == Diagnostic::Level::error ? errors : warnings, d.plugin, d.message);

  boost::json::object line;
  line["id"] = in.id.is_string() ? boost::json::value(json_text(in.id.as_string())) : in.id;
  if (result) {
    const std::string name = claim_name(in, number);
    const std::filesystem::path txt = dir_ / (name + ".txt"), ann = dir_ / (name + ".ann");
    std::string error;
    if (write_file(txt, standoff_text(*result), error) && write_file(ann, standoff(*result), error)) {
      line["txt"] = json_text(txt.string());
      line["ann"] = json_text(ann.string());
    } else {
      problem(errors, {}, error);
    }
    line["annotations"] = result->annotations.size();
  }
  line["errors"] = std::move(errors);
  if (!warnings.empty()) line["warnings"] = std::move(warnings);
  return boost::json::serialize(line) + "\n";
}

}  // namespace textchain::brat
