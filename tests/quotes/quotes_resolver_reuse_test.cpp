// The engine reuses the vectors the previous document of its thread left (the resolver's paragraphs, names,
// surname hits and speaker notes; the index's token bits, line breaks and outermost quotations): a document
// must get the same answers after any other, bigger or smaller, as it gets alone on a fresh thread. Documents are made of sentences invented for the test, shuffled at random.
#include "mention_resolver.hpp"
#include "quote_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace tq = textchain::quotes::testing;
using textchain::quotes::FoundQuote;

namespace {

std::string answers(const std::vector<FoundQuote>& found) {
  std::string s;
  for (const FoundQuote& q : found) {
    s += std::to_string(q.begin) + "-" + std::to_string(q.end) + " " + std::string(q.kind) + " " + q.speaker.value_or("?") + " " +
         std::to_string(q.speaker_begin) + "-" + std::to_string(q.speaker_end) + " " +
         (q.speaker_method ? q.speaker_method : "") + "\n";
  }
  return s;
}

// The answers for `text` from a resolver that is the first of its thread.
std::string answers_alone(const std::string& text) {
  std::string out;
  std::thread t([&] { out = answers(tq::run_engine(text)); });
  t.join();
  return out;
}

std::string random_document(std::mt19937& rng) {
  static const char* kPieces[] = {
      "\"We will appeal the ruling,\" Hale said. ",
      "Ludwig van Hale drafted the appeal on Monday. ",
      "\"The budget is late again,\" she said. ",
      "Mayor Dana Vail opened the meeting. ",
      "\"It is a fair deal,\" said Vail, who chairs the board. ",
      "The Harbor Safety Board (HSB) met on Friday. ",
      "\"Nothing has changed,\" the HSB said in a statement. ",
      "Ann J. Okafor, a spokeswoman, declined to comment. ",
      "\"We are still counting,\" Okafor told reporters. ",
      "Mr Okafor said the count would end soon. ",
      "\"He is right,\" added Tom Brandt. ",
      "Brandt later walked out of the room. ",
      "Council member Ji-won Park said the vote was close. ",
      "\"Close is not enough,\" Park said. ",
      "\n\n",
      "\n",
  };
  std::string t;
  const size_t pieces = 1 + rng() % 60;
  for (size_t i = 0; i < pieces; ++i) t += kPieces[rng() % (sizeof kPieces / sizeof kPieces[0])];
  return t;
}

}  // namespace

TEST(ResolverReuse, ADocumentGetsTheSameAnswersAfterAnyOther) {
  std::mt19937 rng(1205);
  std::vector<std::string> docs;
  for (int i = 0; i < 60; ++i) docs.push_back(random_document(rng));
  std::vector<std::string> alone;
  size_t attributed = 0;
  for (const std::string& d : docs) {
    alone.push_back(answers_alone(d));
    attributed += alone.back().find(" said") != std::string::npos || alone.back().find("cue") != std::string::npos;
  }
  ASSERT_GT(attributed, 10u);  // the documents do attribute quotations: there is something to compare
  // On this thread, one after another in random orders: every document after documents of every size.
  for (int round = 0; round < 3; ++round) {
    std::vector<size_t> order(docs.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    for (const size_t i : order) ASSERT_EQ(answers(tq::run_engine(docs[i])), alone[i]) << docs[i];
  }
}
