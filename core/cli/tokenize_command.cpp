// `textchain tokenize [--sentences] [INPUT...]`: every segment between word boundaries, as JSON Lines.
#include "chain_options.hpp"
#include "commands.hpp"
#include "record_output.hpp"

#include "document/utf8_repair.hpp"
#include "io/input_reader.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

#include <boost/json.hpp>

#include <csignal>
#include <cstdio>
#include <unistd.h>
#include <memory>

namespace textchain::cli {
namespace {
struct TokenizeOptions {
  ChainOptions chain;  // only --config, accepted for uniformity
  bool sentences = false;
  bool jsonl = false;
  std::vector<std::string> inputs;
};

const char* kind_name(uint16_t k) {
  switch (k) {
    case TC_TOKEN_WORD: return "word";
    case TC_TOKEN_NUMBER: return "number";
    case TC_TOKEN_PUNCT: return "punct";
    case TC_TOKEN_SPACE: return "space";
    case TC_TOKEN_LINEBREAK: return "linebreak";
    case TC_TOKEN_QUOTE: return "quote";
    default: return "symbol";
  }
}

int tokenize(const TokenizeOptions& o) {
  // A closed stdout (`| head`) is seen as EPIPE on write, so the command can stop quietly.
  std::signal(SIGPIPE, SIG_IGN);
  RecordOutput output(STDOUT_FILENO);
  io::ReaderOptions ro;
  ro.force_jsonl = o.jsonl;
  io::InputReader reader(o.inputs, ro);
  io::InputDocument doc;
  std::vector<tc_token> tokens;
  std::vector<tc_sentence> sentences;
  bool failed = false;
  while (reader.next(doc)) {
    boost::json::object rec;
    rec["id"] = doc.id;
    if (doc.id.is_string() && !document::is_valid_utf8(doc.id.get_string()))
      rec["id"] = document::to_valid_utf8(doc.id.get_string());
    if (!doc.error.empty()) {
      rec["error"] = doc.error;
      failed = true;
    } else {
      text::tokenize(doc.text, tokens);
      boost::json::array arr;
      arr.reserve(tokens.size());
      for (const auto& t : tokens) arr.push_back(boost::json::array{t.begin, t.end, kind_name(t.kind)});
      rec["tokens"] = std::move(arr);
      if (o.sentences) {
        text::split_sentences(doc.text, tokens, sentences);
        boost::json::array s;
        for (const auto& x : sentences) s.push_back(boost::json::array{x.begin, x.end});
        rec["sentences"] = std::move(s);
      }
    }
    std::string line = boost::json::serialize(rec);
    line.push_back('\n');
    if (!output.write(line)) break;
  }
  output.flush();
  return output.exit_status(failed ? kExitDocumentErrors : kExitOk);
}
}  // namespace

Command register_tokenize(CLI::App& app) {
  auto o = std::make_shared<TokenizeOptions>();
  CLI::App* cmd = app.add_subcommand("tokenize", "Print every word-boundary segment (and sentences) of each document");
  add_config_option(*cmd, o->chain);
  cmd->add_flag("--sentences", o->sentences, "Also print sentence spans");
  cmd->add_flag("--jsonl", o->jsonl, "Read every input (and stdin) as JSON Lines");
  cmd->add_option("inputs", o->inputs, "Text files, .jsonl files, folders, or - for stdin");
  return [o] { return tokenize(*o); };
}

}  // namespace textchain::cli
