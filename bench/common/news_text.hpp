// Benchmark input: realistic English news-like text of any size, generated from the sample corpus.
//
// The sample documents (examples/corpus/*.txt, shipped with the project) are cut into paragraphs and
// sentences, and reassembled in a shuffled order with variation: names, numbers, days and months are
// swapped for others, quote marks alternate between straight and curly, some paragraphs get a
// dateline. The result keeps the statistics that matter to a tokenizer (word lengths, punctuation,
// quotes, line breaks, the occasional non-ASCII character) without repeating one short text, and it is
// deterministic for a given size and seed. Nothing big is shipped: the text is generated at start-up.
//
//   #include "common/news_text.hpp"
//   const std::string& text = textchain::bench::news_text(4 << 20);   // 4 MiB
//
// Also multilingual_text(): non-ASCII-heavy news-like text (Cyrillic, Greek, accented Latin, CJK,
// Arabic, Hebrew, emoji) for the paths that leave ASCII.
#ifndef TEXTCHAIN_BENCH_COMMON_NEWS_TEXT_HPP
#define TEXTCHAIN_BENCH_COMMON_NEWS_TEXT_HPP

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#ifndef TEXTCHAIN_SOURCE_DIR
#error "news_text.hpp needs TEXTCHAIN_SOURCE_DIR (textchain_add_bench defines it)"
#endif

namespace textchain::bench {

namespace news_text_detail {

inline std::vector<std::string> read_corpus() {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(TEXTCHAIN_SOURCE_DIR) / "examples" / "corpus";
  std::vector<fs::path> files;
  if (fs::is_directory(dir))
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) throw std::runtime_error("news_text: no sample documents in " + dir.string());
  std::vector<std::string> docs;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    docs.push_back(s.str());
  }
  return docs;
}

// Paragraphs: text between blank lines, trimmed, non-empty.
inline std::vector<std::string> paragraphs(const std::vector<std::string>& docs) {
  std::vector<std::string> out;
  for (const std::string& d : docs) {
    size_t pos = 0;
    while (pos < d.size()) {
      size_t end = d.find("\n\n", pos);
      if (end == std::string::npos) end = d.size();
      std::string p = d.substr(pos, end - pos);
      const size_t b = p.find_first_not_of(" \n\r\t");
      const size_t e = p.find_last_not_of(" \n\r\t");
      if (b != std::string::npos) out.push_back(p.substr(b, e - b + 1));
      pos = end + 2;
    }
  }
  return out;
}

struct Swap {
  std::string_view from;
  std::vector<std::string_view> to;
};

inline const std::vector<Swap>& swaps() {
  static const std::vector<Swap> s = {
      {"Lavrov", {"Lavrov", "Blinken", "Wang", "Baerbock", "Sikorski", "Fidan", "Jaishankar", "Sybiha"}},
      {"Rubio", {"Rubio", "Kuleba", "Cameron", "Barrot", "Tajani", "Albares", "Joly", "Kallas"}},
      {"Zakharova", {"Zakharova", "Miller", "Peskov", "Nikolenko", "Lemoine", "Hebestreit"}},
      {"Trump", {"Trump", "Biden", "Macron", "Scholz", "Erdogan", "Modi", "Starmer", "Meloni"}},
      {"Putin", {"Putin", "Xi", "Lula", "Orban", "Tusk", "Stubb", "Sanchez"}},
      {"Ukraine", {"Ukraine", "Gaza", "Sudan", "Venezuela", "Taiwan", "Syria", "Armenia", "Moldova"}},
      {"Budapest", {"Budapest", "Geneva", "Vienna", "Riyadh", "Istanbul", "Helsinki", "Doha"}},
      {"Istanbul", {"Istanbul", "Ankara", "Cairo", "Oslo", "Rome", "Beijing"}},
      {"New York", {"New York", "Brussels", "Paris", "London", "Tokyo", "Nairobi"}},
      {"September", {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"}},
      {"February", {"February", "March", "October", "November"}},
      {"Wednesday", {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}},
      {"Tuesday", {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}},
      {"Saturday", {"Saturday", "Sunday", "Friday"}},
  };
  return s;
}

inline void replace_all(std::string& s, std::string_view from, std::string_view to) {
  if (from == to) return;
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
}

// Changes every run of digits to another number of the same length (keeps dates and years plausible).
inline void vary_numbers(std::string& s, std::mt19937& rng) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') continue;
    size_t j = i;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    if (j - i <= 2) {
      const unsigned v = 1 + rng() % 28;
      std::string r = std::to_string(v);
      if (j - i == 2 && r.size() == 1) r = "0" + r;
      if (j - i == 1) r = std::to_string(rng() % 9 + 1);
      s.replace(i, j - i, r);
      j = i + r.size();
    } else if (j - i == 4) {
      s.replace(i, 4, std::to_string(1990 + rng() % 36));
    }
    i = j;
  }
}

// Straight double quotes become curly ones in about half the paragraphs, as in wire copy.
inline void curl_quotes(std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  bool open = true;
  for (char c : s) {
    if (c == '"') {
      out += open ? "\xE2\x80\x9C" : "\xE2\x80\x9D";
      open = !open;
    } else if (c == '\'') {
      out += "\xE2\x80\x99";
    } else {
      out += c;
    }
  }
  s.swap(out);
}

inline std::string generate(const std::vector<std::string>& paras, size_t bytes, uint32_t seed) {
  std::mt19937 rng(seed);
  std::string text;
  text.reserve(bytes + 4096);
  static constexpr std::string_view kDatelines[] = {
      "MOSCOW, ", "KYIV, ", "WASHINGTON (Reuters) - ", "UNITED NATIONS, ", "BRUSSELS, ", "Doha [Qatar], "};
  while (text.size() < bytes) {
    std::string p = paras[rng() % paras.size()];
    for (const Swap& sw : swaps()) replace_all(p, sw.from, sw.to[rng() % sw.to.size()]);
    vary_numbers(p, rng);
    if (rng() % 2) curl_quotes(p);
    if (rng() % 10 == 0) p = std::string(kDatelines[rng() % std::size(kDatelines)]) + p;
    text += p;
    text += (rng() % 8 == 0) ? "\n" : "\n\n";
  }
  // Cut at a character boundary, never inside a UTF-8 sequence.
  size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  return text;
}

inline const std::vector<std::string_view>& multilingual_sentences() {
  static const std::vector<std::string_view> s = {
      "Министр иностранных дел России Сергей Лавров провёл переговоры с госсекретарём США в Нью-Йорке.",
      "Переговоры прошли в «конструктивной атмосфере», заявила официальный представитель МИД.",
      "Міністр закордонних справ України заявив, що зустріч відбудеться 23 жовтня у Женеві.",
      "Der Außenminister äußerte sich am Mittwoch zu den Gesprächen über die Ukraine: „Wir bleiben im Dialog.“",
      "Le ministre français a déclaré que les négociations « avancent lentement » à Genève.",
      "Ο υπουργός Εξωτερικών της Ελλάδας συναντήθηκε με τον ομόλογό του στην Αθήνα την Τρίτη.",
      "俄罗斯外长拉夫罗夫周三在纽约与美国国务卿举行了会谈，双方讨论了乌克兰问题。",
      "ロシアのラブロフ外相は水曜日、ニューヨークで米国務長官と会談した。",
      "التقى وزير الخارجية الروسي نظيره الأمريكي في نيويورك يوم الأربعاء لبحث الأزمة.",
      "שר החוץ הרוסי נפגש עם מזכיר המדינה האמריקאי בניו יורק ביום רביעי.",
      "Delegates from 195 countries 🇺🇳 attended; reactions ranged from 👍 to 😐 — and the talks went on.",
      "São Paulo, Zürich, Kraków and Reykjavík hosted côté-à-côté meetings on the crisis’s causes.",
  };
  return s;
}

}  // namespace news_text_detail

// English news-like text of about `bytes` bytes (exactly `bytes` unless that would split a character).
inline std::string news_text(size_t bytes, uint32_t seed = 20250926) {
  static const std::vector<std::string> paras = news_text_detail::paragraphs(news_text_detail::read_corpus());
  return news_text_detail::generate(paras, bytes, seed);
}

// News-like text where most characters are not ASCII: sentences in several scripts, shuffled.
inline std::string multilingual_text(size_t bytes, uint32_t seed = 20250926) {
  const auto& sentences = news_text_detail::multilingual_sentences();
  std::mt19937 rng(seed);
  std::string text;
  text.reserve(bytes + 512);
  while (text.size() < bytes) {
    text += sentences[rng() % sentences.size()];
    text += (rng() % 5 == 0) ? "\n\n" : " ";
  }
  size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  return text;
}

}  // namespace textchain::bench

#endif
