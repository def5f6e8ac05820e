// Embedding textchain: load a chain from TOML, process one string, print the quotes and their speakers.
//   embed CHAIN.toml ["text"]
#include <textchain/host.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: embed CHAIN.toml [TEXT]\n";
    return 2;
  }
  std::string text = argc > 2 ? argv[2]
                              : "\"We will not back down,\" Maria Lopez said on Tuesday. She added: \"Never.\"";
  try {
    textchain::Host host;  // finds the plugins installed beside libtextchain
    textchain::Chain chain = host.load_chain(argv[1]);  // validated now: a bad config throws here
    textchain::Result result = chain.process(text, {.id = "example", .date = "2025-09-26"});
    for (const auto& d : result.diagnostics) std::cerr << d.plugin << ": " << d.message << "\n";
    int quotes = 0;
    for (const textchain::Annotation& a : result.annotations) {
      if (a.type != "quote") continue;
      std::string_view speaker = a.get_string("speaker");  // "" when the speaker is null
      std::cout << (speaker.empty() ? "(unknown speaker)" : speaker) << ": " << result.span_text(a) << "\n";
      ++quotes;
    }
    if (quotes == 0) std::cout << "no quotes found\n";
    return result.ok() ? 0 : 1;
  } catch (const std::exception& e) {  // textchain::ConfigError, textchain::PluginError
    std::cerr << "embed: " << e.what() << "\n";
    return 78;
  }
}
