// A plugin that misbehaves on purpose, one way per `mode` option, to prove the host checks every value
// that crosses the boundary. Built with the C++ SDK.
#include <textchain/sdk.hpp>

#include <stdexcept>
#include <string>

class Hostile {
 public:
  explicit Hostile(const textchain::Options& o) : mode_(o.get_string("mode")), every_(o.get_int("every")) {
    if (mode_ == "create-fails") throw std::runtime_error("refusing to start: mode is create-fails");
  }
  void process(textchain::Document& doc) {
    // Decided by the document's id (its value when it is a number, else the sum of its bytes), so the same
    // documents misbehave under any -j: an instance's count would depend on which thread or worker got
    // which document. Only a document without an id falls back to the count.
    ++count_;
    int64_t key = count_;
    std::string_view id = doc.id();
    if (!id.empty() && id.find_first_not_of("0123456789") == std::string_view::npos && id.size() < 18) {
      key = std::stoll(std::string(id));
    } else if (!id.empty()) {
      key = 0;
      for (unsigned char c : id) key += c;
    }
    const bool hit = every_ <= 1 || key % every_ == 0;
    if (!hit) {
      doc.annotate("seen", 0, 0).add();
      return;
    }
    const size_t n = doc.text().size();
    if (mode_ == "throw") throw std::runtime_error("thrown on purpose in " + std::string(doc.id()));
    if (mode_ == "throw-int") throw 42;
    if (mode_ == "error") {
      doc.error("reported on purpose");
      return;
    }
    if (mode_ == "outside") doc.annotate("bad", n, n + 10).add();
    if (mode_ == "reversed") doc.annotate("bad", n > 2 ? 2 : n, 0).add();
    if (mode_ == "bad-type") doc.annotate("Bad Type!", 0, 0).add();
    if (mode_ == "overlapping-edits" && n >= 4) {
      doc.edit(0, 3, "x", "test");
      doc.edit(2, 4, "y", "test");
    }
    if (mode_ == "split-utf8") {
      // Cut inside the first multi-byte character, if any.
      std::string_view t = doc.text();
      for (size_t i = 0; i < t.size(); ++i)
        if (static_cast<unsigned char>(t[i]) >= 0xC0) {
          doc.edit(i + 1, i + 1, "z", "test");
          break;
        }
    }
    if (mode_ == "edit-outside") doc.edit(n, n + 5, "x", "test");
    if (mode_ == "shift") {
      // Marks the last word (with its bounds as offset attributes), then inserts four bytes at the start:
      // a later step must see both mapped forward.
      const tc_token* last = nullptr;
      for (const auto& t : doc.tokens())
        if (t.kind == TC_TOKEN_WORD) last = &t;
      if (last)
        doc.annotate("marker", last->begin, last->end)
            .attr_offset("word_begin", last->begin)
            .attr_offset("word_end", last->end)
            .add();
      doc.edit(0, 0, ">>> ", "shift");
    }
    if (mode_ == "many-keys") {
      // More distinct names than a reused annotation store keeps from one document to the next.
      auto a = doc.annotate("marker", 0, 0);
      for (int k = 0; k < 70; ++k) a.attr("key" + std::to_string(k), k);
      a.add();
    }
    if (mode_ == "upper") {
      // A well-behaved rewrite: capitalise every word's first letter (for offset-map tests).
      for (const auto& t : doc.tokens())
        if (t.kind == TC_TOKEN_WORD && doc.text()[t.begin] >= 'a' && doc.text()[t.begin] <= 'z')
          doc.edit(t.begin, t.begin + 1, std::string(1, static_cast<char>(doc.text()[t.begin] - 32)), "upper");
    }
  }

 private:
  std::string mode_;
  int64_t every_;
  int64_t count_ = 0;
};

TEXTCHAIN_PLUGIN(Hostile,
                 .name = "hostile", .version = "0.1.0",
                 .description = "Misbehaves on purpose (tests only)", .license = "Apache-2.0",
                 .options = {textchain::option::enumeration(
                                 "mode",
                                 "none|throw|throw-int|error|outside|reversed|bad-type|overlapping-edits|split-utf8|"
                                 "edit-outside|upper|shift|many-keys|create-fails",
                                 "none", "how to misbehave"),
                             textchain::option::integer("every", "1", "misbehave on every Nth document only")},
                 .provides = {"bad", "seen", "marker"}, .thread_safe = false, .rewrites_text = true)
