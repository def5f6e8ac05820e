// News-like documents for the chain, I/O and boundary benchmarks: the generated news text
// (common/news_text.hpp) cut at paragraph breaks into documents of about 4 KB, the size of a news article.
#ifndef TEXTCHAIN_BENCH_CHAIN_NEWS_DOCUMENTS_HPP
#define TEXTCHAIN_BENCH_CHAIN_NEWS_DOCUMENTS_HPP

#include "common/news_text.hpp"

#include <map>
#include <string>
#include <vector>

namespace textchain::bench {

struct NewsDocument {
  std::string id;
  std::string text;
};

// About `total_bytes` of text in documents of about `doc_bytes` each; built once per size and kept.
inline const std::vector<NewsDocument>& news_documents(size_t total_bytes, size_t doc_bytes = 4096) {
  static std::map<std::pair<size_t, size_t>, std::vector<NewsDocument>> cache;
  auto& docs = cache[{total_bytes, doc_bytes}];
  if (!docs.empty()) return docs;
  const std::string text = news_text(total_bytes);
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.size();
    if (text.size() - begin > doc_bytes + doc_bytes / 2) {
      const size_t brk = text.find("\n\n", begin + doc_bytes);
      if (brk != std::string::npos) end = brk + 2;
    }
    docs.push_back({std::to_string(docs.size() + 1), text.substr(begin, end - begin)});
    begin = end;
  }
  return docs;
}

}  // namespace textchain::bench

#endif
