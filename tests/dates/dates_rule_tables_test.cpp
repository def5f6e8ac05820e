// The built-in rule tables (rule_tables.cpp), one group at a time, on sentences of our own.
#include "dev_sets.hpp"
#include "rule_matcher.hpp"
#include "tagger.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

using namespace textchain::dates;

namespace {

std::string tagged(std::string_view text, std::string_view date = "2025-12-03") {
  return textchain::dates::dev::bracketed(text, Tagger(TaggerOptions{}).tag(text, date));
}

}  // namespace

TEST(DatesRuleTables, AgesAreNotDates) {
  EXPECT_EQ(tagged("The 44-year-old baker was released."), "");
  EXPECT_EQ(tagged("A six-year-old girl and her 3-month-old brother were found."), "");
  // A length before another noun is still a length.
  EXPECT_EQ(tagged("It signed a 10-year lease."), "[10-year|DURATION|P10Y]");
}

TEST(DatesRuleTables, Holidays) {
  // Thanksgiving is the fourth Thursday of November; the year follows the tense.
  EXPECT_EQ(tagged("The ship sank on Thanksgiving Day."), "[Thanksgiving Day|DATE|2025-11-27]");
  EXPECT_EQ(tagged("Stores expect crowds on Thanksgiving.", "2026-10-01"), "[Thanksgiving|DATE|2026-11-26]");
  EXPECT_EQ(tagged("The shop will reopen after Easter.", "2026-02-10"), "[Easter|DATE|2026-04-05]");
  EXPECT_EQ(tagged("Trains ran on Easter Monday.", "2025-06-01"), "[Easter Monday|DATE|2025-04-21]");
  EXPECT_EQ(tagged("Masks sold out before Halloween.", "2025-11-05"), "[Halloween|DATE|2025-10-31]");
  // "last" / "next": the latest one before the document date, the first one after it.
  EXPECT_EQ(tagged("The ferry sank last Thanksgiving.", "2026-02-10"), "[last Thanksgiving|DATE|2025-11-27]");
  EXPECT_EQ(tagged("It reopens next Easter.", "2025-05-01"), "[next Easter|DATE|2026-04-05]");
  // "Easter week" is the ISO week holding Easter Sunday (2025-04-20).
  EXPECT_EQ(tagged("Crowds grew during Easter week.", "2025-05-01"), "[Easter week|DATE|2025-W16]");
}

TEST(DatesRuleTables, IdiomsThatAreNotTimes) {
  EXPECT_EQ(tagged("It was high noon for the government."), "");
  EXPECT_EQ(tagged("The vote is at noon."), "[noon|TIME|2025-12-03T12:00]");
}

TEST(DatesRuleTables, NarrativeReferences) {
  // "that day" is the story's day, not the document's.
  EXPECT_EQ(tagged("The bridge closed on March 3, 2019. Engineers arrived later that day."),
            "[March 3, 2019|DATE|2019-03-03][later that day|DATE|2019-03-03]");
  EXPECT_EQ(tagged("The firm was founded in 1987. That year it hired nine people."),
            "[1987|DATE|1987][That year|DATE|1987]");
  EXPECT_EQ(tagged("He left on May 2, 2021 and sold the house that same day."),
            "[May 2, 2021|DATE|2021-05-02][that same day|DATE|2021-05-02]");
  // Without a date in the story, the document's.
  EXPECT_EQ(tagged("Rain fell. Earlier that day the river rose."), "[Earlier that day|DATE|2025-12-03]");
  // "the following week", "the previous year", "the next day" count from the story's date; "the next
  // month" fronted before a comma too (session 37: it was the document's), elsewhere from the document's.
  EXPECT_EQ(tagged("The mill opened on March 3, 2019. The following week it closed."),
            "[March 3, 2019|DATE|2019-03-03][The following week|DATE|2019-W10]");
  EXPECT_EQ(tagged("In 1977 he moved. The following year he married."), "[1977|DATE|1977][The following year|DATE|1978]");
  EXPECT_EQ(tagged("It opened on May 2, 2021. The next day it shut. The next month, prices rose."),
            "[May 2, 2021|DATE|2021-05-02][The next day|DATE|2021-05-03][The next month|DATE|2021-06]");
  EXPECT_EQ(tagged("It opened on May 2, 2021. Rents will rise over the next month."),
            "[May 2, 2021|DATE|2021-05-02][the next month|DATE|2026-01]");
  // "that time": the anaphor without its preposition, at the story's date.
  EXPECT_EQ(tagged("Bids are due on April 14, 2024. Offers made after that time are void."),
            "[April 14, 2024|DATE|2024-04-14][that time|DATE|2024-04-14]");
}

TEST(DatesRuleTables, ADayThatNamesAnEventIsStillADay) {
  EXPECT_EQ(tagged("Security changed after the September 11 attacks.", "2002-03-01"),
            "[September 11|DATE|2001-09-11]");
  EXPECT_EQ(tagged("It recalled the March 4, 2004, bombings."), "[March 4, 2004|DATE|2004-03-04]");
}

TEST(DatesRuleTables, VagueReferences) {
  EXPECT_EQ(tagged("Prices may fall in the near future."), "[the near future|DATE|FUTURE_REF]");
  EXPECT_EQ(tagged("Rates stay low for the time being."), "[the time being|DATE|PRESENT_REF]");
  EXPECT_EQ(tagged("In the long term the plant will close."), "[the long term|DATE|FUTURE_REF]");
  EXPECT_EQ(tagged("Nobody knows what the future holds."), "[the future|DATE|FUTURE_REF]");
  // "long" between a number and its unit still counts: "six long years".
  EXPECT_EQ(tagged("They waited six long years."), "[six long years|DURATION|P6Y]");
}

TEST(DatesRuleTables, Recurrences) {
  EXPECT_EQ(tagged("The club meets every Saturday morning."), "[every Saturday morning|SET|XXXX-WXX-6TMO]");
  EXPECT_EQ(tagged("Buses leave every two hours."), "[every two hours|SET|PT2H]");
  EXPECT_EQ(tagged("The lake freezes each winter."), "[each winter|SET|XXXX-WI]");
  EXPECT_EQ(tagged("Nurses check on him every night."), "[every night|SET|XXXX-XX-XXTNI]");
  EXPECT_EQ(tagged("Two doses per week are enough."), "[per week|SET|P1W]");
  EXPECT_EQ(tagged("Prices are reset daily."), "[daily|SET|P1D]");
  // "annual" before an amount summed over the year is a length; before anything else it recurs.
  EXPECT_EQ(tagged("The firm reported an annual loss."), "[annual|DURATION|P1Y]");
  EXPECT_EQ(tagged("They held their annual meeting."), "[annual|SET|P1Y]");
  // "per" is a rate of units, not each morning; "Sun" is also the star.
  EXPECT_EQ(tagged("It costs $3 per night in the dorm."), "");
  EXPECT_EQ(tagged("Every Sun rises."), "");
}

TEST(DatesRuleTables, FiscalYears) {
  EXPECT_EQ(tagged("Sales rose in FY2024."), "[FY2024|DATE|FY2024]");
  EXPECT_EQ(tagged("Sales rose in FY24."), "[FY24|DATE|FY2024]");
  EXPECT_EQ(tagged("Sales rose in fiscal 2024."), "[fiscal 2024|DATE|FY2024]");
  EXPECT_EQ(tagged("Sales rose in the financial year 2024."), "[financial year 2024|DATE|FY2024]");
}

TEST(DatesRuleTables, LengthsWithoutANumber) {
  // The word before the unit decides (a lookbehind): a length after "for", "in", "within", "over the".
  EXPECT_EQ(tagged("The town has waited for years."), "[years|DURATION|PXY]");
  EXPECT_EQ(tagged("Tickets sold out in just minutes."), "[minutes|DURATION|PTXM]");
  EXPECT_EQ(tagged("Prices rose over the months."), "[months|DURATION|PXM]");
  EXPECT_EQ(tagged("It was decades in the making."), "[decades|DURATION|PXY]");
  // Elsewhere a plural unit counts nothing by itself, and weekends are no length here.
  EXPECT_EQ(tagged("The years of war left scars."), "");
  EXPECT_EQ(tagged("They work for weekends only."), "");
}

// "for the rest of the week": the part left of a period, a length of one unit (MEANTIME's span: "the week").
// Before, nothing was found there.
TEST(DatesRuleTables, TheRestOfAPeriod) {
  EXPECT_EQ(tagged("Traders expect the rally to last for the rest of the week."), "[the week|DURATION|P1W]");
  EXPECT_EQ(tagged("Bookings should stay low through the remainder of the year."), "[the year|DURATION|P1Y]");
  // Without "rest of" it is no length: "the week" alone stays unannotated, "the rest of the day" is the day.
  EXPECT_EQ(tagged("The week ended quietly."), "");
  EXPECT_EQ(tagged("He rested on Monday and the rest of the team trained."), "[Monday|DATE|2025-12-01]");
}

TEST(DatesRuleTables, PartsOfDayNamedAlone) {
  EXPECT_EQ(tagged("The vote is tonight."), "[tonight|TIME|2025-12-03TNI]");
  // Without a document date: a night of a day not known.
  EXPECT_EQ(tagged("The vote is tonight.", ""), "[tonight|TIME|XXXX-XX-XXTNI]");
  // "in morning trading": the day the story reports on, else the document's.
  EXPECT_EQ(tagged("Shares fell in afternoon trading."), "[afternoon|TIME|2025-12-03TAF]");
  EXPECT_EQ(tagged("The index closed on May 2, 2024. It had risen in morning trading."),
            "[May 2, 2024|DATE|2024-05-02][morning|TIME|2024-05-02TMO]");
  // A part of the day before another noun names no time.
  EXPECT_EQ(tagged("The morning paper was late."), "");
  EXPECT_EQ(tagged("Night trading was thin."), "");
}

TEST(DatesRuleTables, QuartersAndHalves) {
  EXPECT_EQ(tagged("Sales in Q4 2009 fell."), "[Q4 2009|DATE|2009-Q4]");
  EXPECT_EQ(tagged("In q2 nothing happened."), "");  // a lower-case q names no quarter
  EXPECT_EQ(tagged("H2 of fiscal 2011 was weak."), "[H2 of fiscal 2011|DATE|2011-H2]");
  EXPECT_EQ(tagged("The third quarter of 2009 was bad."), "[The third quarter of 2009|DATE|2009-Q3]");
  EXPECT_EQ(tagged("The final quarter of fiscal year 2012 was good."),
            "[The final quarter of fiscal year 2012|DATE|2012-Q4]");
  EXPECT_EQ(tagged("Results for the last-quarter of 2008 were late."), "[last-quarter of 2008|DATE|2008-Q4]");
  // The year named by a shift word counts from the document's.
  EXPECT_EQ(tagged("The second half of last year was slow."), "[The second half of last year|DATE|2024-H2]");
  EXPECT_EQ(tagged("In the first half of this year, sales rose."), "[the first half of this year|DATE|2025-H1]");
  // Without a year: the one the sentence's tense points to, seen from the document date (2025-12-03).
  EXPECT_EQ(tagged("Profit rose in the first quarter."), "[the first quarter|DATE|2025-Q1]");
  EXPECT_EQ(tagged("Third-quarter profit will rise."), "[Third-quarter|DATE|2026-Q3]");  // ahead: next year's
  // Embedded in a pattern method's expression, with its mod.
  EXPECT_EQ(tagged("Prices fell at the end of the third quarter."), "[the end of the third quarter|DATE|2025-Q3|END]");
  // "last quarter" alone is the quarter before the document's.
  EXPECT_EQ(tagged("Last quarter sales fell."), "[Last quarter|DATE|2025-Q3]");
  EXPECT_EQ(tagged("Q5 is not a quarter."), "");
}

TEST(DatesRuleTables, Seasons) {
  EXPECT_EQ(tagged("The fall of 2009 was cold."), "[fall of 2009|DATE|2009-FA]");
  EXPECT_EQ(tagged("The summer of '09 was dry."), "[summer of '09|DATE|2009-SU]");
  EXPECT_EQ(tagged("It rained in summer."), "[summer|DATE|2025-SU]");
  EXPECT_EQ(tagged("Summer was hot."), "[Summer|DATE|2025-SU]");
  EXPECT_EQ(tagged("The team returned after summer."), "[summer|DATE|2025-SU]");
  // "fall" is a season only where the words around say so.
  EXPECT_EQ(tagged("Prices fall in autumn."), "[autumn|DATE|2025-FA]");
  EXPECT_EQ(tagged("Fall came early."), "");
  EXPECT_EQ(tagged("In the fall the leaves drop."), "[fall|DATE|2025-FA]");
  // Embedded in a pattern method's expression, with its mod.
  EXPECT_EQ(tagged("Buds open in early spring."), "[early spring|DATE|2025-SP|START]");
  EXPECT_EQ(tagged("Snow came at the end of the winter of 2008."), "[the end of the winter of 2008|DATE|2008-WI|END]");
}

namespace {

void collect_word(std::string_view word, void* context) {
  auto& words = *static_cast<std::vector<std::string>*>(context);
  std::string lower(word), capital(word), upper(word);
  for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  if (!capital.empty() && capital[0] >= 'a' && capital[0] <= 'z') capital[0] = static_cast<char>(capital[0] - 32);
  words.push_back(lower);
  words.push_back(capital);
  words.push_back(upper);
}

}  // namespace

// The matcher turns a rule away when its first, second or third element's filter (ElemFilter, a copy of the
// element's kind, values, flags, capital and number range) does not admit the token; that must never turn away a
// token the element itself matches. Every built-in rule's first three elements against every lexicon word in three
// casings, numbers of each length around the rules' bounds, punctuation marks and unknown words.
TEST(DatesRuleTables, ElementFilterAdmitsEveryMatch) {
  std::vector<std::string> texts;
  for_each_builtin_word(collect_word, &texts);
  for (const char* s : {"0", "1", "5", "05", "9", "10", "12", "13", "24", "25", "31", "32", "40", "59", "60", "90", "99",
                        "100", "365", "999", "1000", "1066", "1899", "1900", "1999", "2000", "2024", "2099", "2999",
                        "3000", "9999", "12345", "007", "-", ".", ",", "/", ":", "'", "\"", "%", "$", "&", "(", ")", "?",
                        "Granma", "granma", "Smith", "blorp", "S", "s", "th", "st"})
    texts.emplace_back(s);
  const auto rules = RuleSet::builtin();
  ASSERT_GT(rules->size(), 100u);
  ASSERT_GT(texts.size(), 500u);
  std::vector<Tok> toks;
  for (const std::string& s : texts) {
    const Tok t = next_token(s, 0);
    ASSERT_NE(t.kind, TokKind::end) << s;
    toks.push_back(t);
  }
  size_t checked = 0, turned_away = 0;
  for (size_t i = 0; i < rules->size(); ++i) {
    const Rule& r = rules->at(i);
    for (int which = 0; which < 3; ++which) {
      const size_t k = r.lead + static_cast<size_t>(which);
      const ElemFilter& f = which == 0 ? r.first : which == 1 ? r.second : r.third;
      if (k >= r.pattern.size() || !f.checked) continue;
      for (size_t n = 0; n < toks.size(); ++n) {
        const Tok& t = toks[n];
        const bool matches = element_value(r.pattern[k], t, t.lex, texts[n]) != std::numeric_limits<int>::min();
        const bool admitted = filter_admits(f, t, t.lex);
        ++checked;
        turned_away += !admitted;
        EXPECT_TRUE(admitted || !matches) << r.name << " element " << k << " token " << texts[n];
      }
    }
  }
  // The filters do turn tokens away (else they cost a test for nothing).
  EXPECT_GT(checked, 100000u);
  EXPECT_GT(turned_away, checked / 2);
}

// RuleSet::third_mask holds the class of every token a rule's third element matches, under each class its second
// may take: the matcher's and p_the's gate (RuleMatcher::may_reach_third) turns away no match. And it is narrow
// where the speed comes from: after "the" and an ordinal no built-in rule reads a word of no kind ("the first time").
TEST(DatesRuleTables, ThirdMaskHoldsEveryThirdTokenARuleMatches) {
  std::vector<std::string> texts;
  for_each_builtin_word(collect_word, &texts);
  for (const char* s : {"0", "1", "5", "12", "31", "2024", "-", ".", ",", "/", ":", "'", "%", "Granma", "blorp", "s", "th"})
    texts.emplace_back(s);
  const auto rules = RuleSet::builtin();
  const auto bits_of = [](const Tok& t, int& bit, int& bit2) {
    bit = bit2 = -1;
    if (t.kind == TokKind::number) bit = RuleSet::kSecondNumber;
    else if (t.kind == TokKind::punct) bit = RuleSet::kSecondPunct;
    else if (t.lex.kind == Kind::none) bit = RuleSet::kSecondName;
    else bit = static_cast<int>(t.lex.kind), bit2 = t.lex.kind2 != Kind::none ? static_cast<int>(t.lex.kind2) : -1;
  };
  size_t checked = 0;
  for (size_t i = 0; i < rules->size(); ++i) {
    const Rule& r = rules->at(i);
    const PatternElem& first = r.pattern[r.lead];
    const Kind key = first.kind == ElemKind::number ? Kind::none : first.lex;
    // The masks of the lists the rule is under (its second's classes).
    uint64_t third = 0;
    for (int b = 0; b < 64; ++b)
      if (r.second_tokens >> b & 1) third |= rules->third_mask(key, b);
    if (third >> RuleSet::kSecondAny & 1) continue;
    // Not anything: then the rule reads a second token and then a third, one of its elements after the second up
    // to the first that must match, and none negated.
    size_t k = r.lead + 2;
    ASSERT_LT(k, r.pattern.size()) << r.name << ": may end after its second token";
    for (; k < r.pattern.size(); ++k) {
      ASSERT_FALSE(r.pattern[k].negated) << r.name;
      for (const std::string& s : texts) {
        const Tok t = next_token(s, 0);
        if (element_value(r.pattern[k], t, t.lex, s) == std::numeric_limits<int>::min()) continue;
        int bit, bit2;
        bits_of(t, bit, bit2);
        ++checked;
        EXPECT_TRUE((third >> bit & 1) || (bit2 >= 0 && (third >> bit2 & 1))) << r.name << " token " << s;
      }
      if (!r.pattern[k].optional) break;
    }
    ASSERT_LT(k, r.pattern.size()) << r.name << ": may end after optional elements";
  }
  EXPECT_GT(checked, 1000u);
  const uint64_t after_the_first = rules->third_mask(Kind::article, static_cast<int>(Kind::ordinal));
  EXPECT_FALSE(after_the_first >> RuleSet::kSecondAny & 1);
  EXPECT_FALSE(after_the_first >> RuleSet::kSecondName & 1);
  EXPECT_TRUE(after_the_first >> static_cast<int>(Kind::unit) & 1);  // "the first week of March"
}
