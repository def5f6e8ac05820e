// Prints the dates engine's figures on the development sets, with every error:
//   dates_dev_eval [seeds|news|chrono|all] [--errors]
#include "dev_sets.hpp"

#include <cstdio>
#include <cstring>

using namespace textchain;

static void print(const char* name, const eval::TimexScore& s, bool errors) {
  std::printf("%s: docs %zu gold %zu system %zu\n", name, s.documents, s.gold, s.system);
  std::printf("  strict  P %.4f R %.4f F1 %.4f\n", s.strict.precision, s.strict.recall, s.strict.f1);
  std::printf("  relaxed P %.4f R %.4f F1 %.4f\n", s.relaxed.precision, s.relaxed.recall, s.relaxed.f1);
  std::printf("  value F1 %.4f (accuracy %.4f)  type F1 %.4f  mod F1 %.4f\n", s.value_f1, s.value_accuracy, s.type_f1,
              s.mod_f1);
  if (!errors) return;
  for (const auto& e : s.errors) {
    std::printf("  %-14s %s", eval::to_string(e.kind), e.doc_id.c_str());
    if (e.gold) std::printf("  gold[%zu,%zu %s %s %s %s]", e.gold->begin, e.gold->end, e.gold->text.c_str(),
                            e.gold->timex_type.c_str(), e.gold->value.c_str(), e.gold->mod.c_str());
    if (e.system) std::printf("  sys[%zu,%zu %s %s %s %s]", e.system->begin, e.system->end, e.system->text.c_str(),
                              e.system->timex_type.c_str(), e.system->value.c_str(), e.system->mod.c_str());
    std::printf("\n");
  }
}

int main(int argc, char** argv) {
  const char* what = argc > 1 ? argv[1] : "all";
  const bool errors = argc > 2 && std::strcmp(argv[2], "--errors") == 0;
  const bool all = std::strcmp(what, "all") == 0;
  dates::Tagger tagger(dates::TaggerOptions{});
  if (all || std::strcmp(what, "seeds") == 0) {
    const auto docs = dates::dev::tag_gold_file(tagger, std::string(TEXTCHAIN_TEST_DATA_DIR) + "/dates_gold.jsonl",
                                                std::string(TEXTCHAIN_TEST_DATA_DIR) + "/seeds");
    print("seeds", eval::score_timex(docs), errors);
  }
  const auto shared = dates::dev::shared_data_dir();
  if ((all || std::strcmp(what, "news") == 0) && std::filesystem::exists(shared / "news-dev" / "dates.jsonl"))
    print("news-dev", eval::score_timex(dates::dev::tag_gold_file(tagger, shared / "news-dev" / "dates.jsonl")), errors);
  if ((all || std::strcmp(what, "chrono") == 0) && std::filesystem::exists(shared / "dates-chrono" / "cases.jsonl")) {
    const auto r = dates::dev::run_chrono(shared / "dates-chrono" / "cases.jsonl");
    std::printf("chrono: positives %zu/%zu = %.4f  negatives %zu/%zu = %.4f\n", r.positives_ok, r.positives,
                r.positives ? double(r.positives_ok) / r.positives : 0.0, r.negatives_ok, r.negatives,
                r.negatives ? double(r.negatives_ok) / r.negatives : 0.0);
    if (errors)
      for (const auto& f : r.failures) std::printf("  %s\n", f.c_str());
  }
  return 0;
}
