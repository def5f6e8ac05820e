#include "lexicon.hpp"

#include <array>
#include <bit>
#include <cstring>

namespace textchain::dates {

const char* mod_name(uint8_t mod) noexcept {
  static constexpr const char* kNames[] = {"",          "START",     "MID",           "END",          "BEFORE",
                                           "AFTER",     "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",   "MORE_THAN",
                                           "EQUAL_OR_LESS", "EQUAL_OR_MORE", "APPROX"};
  return mod < sizeof(kNames) / sizeof(kNames[0]) ? kNames[mod] : "";
}

namespace {

struct Row {
  const char* word;
  Entry entry;
};

constexpr Entry E(Kind k, uint8_t v = 0, uint8_t f = 0) { return Entry{k, v, f, 0, Kind::none, 0}; }
constexpr Entry E2(Kind k, uint8_t v, uint8_t f, Kind k2, uint8_t v2) { return Entry{k, v, f, v2, k2, 0}; }

// clang-format off
constexpr Row kRows[] = {
  // Months. May and March are also verbs; the abbreviations need a number beside them.
  {"january", E(Kind::month, 1)}, {"february", E(Kind::month, 2)}, {"march", E(Kind::month, 3, F_AMBIGUOUS)},
  {"april", E(Kind::month, 4)}, {"may", E(Kind::month, 5, F_AMBIGUOUS)}, {"june", E(Kind::month, 6)},
  {"july", E(Kind::month, 7)}, {"august", E(Kind::month, 8)}, {"september", E(Kind::month, 9)},
  {"october", E(Kind::month, 10)}, {"november", E(Kind::month, 11)}, {"december", E(Kind::month, 12)},
  {"jan", E(Kind::month, 1, F_ABBREV)}, {"feb", E(Kind::month, 2, F_ABBREV)}, {"mar", E(Kind::month, 3, F_ABBREV)},
  {"apr", E(Kind::month, 4, F_ABBREV)}, {"jun", E(Kind::month, 6, F_ABBREV)}, {"jul", E(Kind::month, 7, F_ABBREV)},
  {"aug", E(Kind::month, 8, F_ABBREV)}, {"sep", E(Kind::month, 9, F_ABBREV)}, {"sept", E(Kind::month, 9, F_ABBREV)},
  {"oct", E(Kind::month, 10, F_ABBREV)}, {"nov", E(Kind::month, 11, F_ABBREV)}, {"dec", E(Kind::month, 12, F_ABBREV)},
  // Weekdays. Sat, Sun, Wed and Mon are ordinary words too.
  {"monday", E(Kind::weekday, 1)}, {"tuesday", E(Kind::weekday, 2)}, {"wednesday", E(Kind::weekday, 3)},
  {"thursday", E(Kind::weekday, 4)}, {"friday", E(Kind::weekday, 5)}, {"saturday", E(Kind::weekday, 6)},
  {"sunday", E(Kind::weekday, 7)},
  // Plural weekdays recur ("closed on Sundays"): a SET.
  {"mondays", E(Kind::weekday, 1, F_PLURAL)}, {"tuesdays", E(Kind::weekday, 2, F_PLURAL)},
  {"wednesdays", E(Kind::weekday, 3, F_PLURAL)}, {"thursdays", E(Kind::weekday, 4, F_PLURAL)},
  {"fridays", E(Kind::weekday, 5, F_PLURAL)}, {"saturdays", E(Kind::weekday, 6, F_PLURAL)},
  {"sundays", E(Kind::weekday, 7, F_PLURAL)},
  // Holidays: their dates are rules (rule_tables.cpp), but Christmas's (patterns_day.cpp's p_holiday).
  {"christmas", E(Kind::holiday, HO_CHRISTMAS)}, {"thanksgiving", E(Kind::holiday, HO_THANKSGIVING)},
  {"easter", E(Kind::holiday, HO_EASTER)}, {"halloween", E(Kind::holiday, HO_HALLOWEEN)},
  {"mon", E(Kind::weekday, 1, F_ABBREV | F_AMBIGUOUS)}, {"tue", E(Kind::weekday, 2, F_ABBREV)},
  {"tues", E(Kind::weekday, 2, F_ABBREV)}, {"wed", E(Kind::weekday, 3, F_ABBREV | F_AMBIGUOUS)},
  {"thu", E(Kind::weekday, 4, F_ABBREV)}, {"thur", E(Kind::weekday, 4, F_ABBREV)}, {"thurs", E(Kind::weekday, 4, F_ABBREV)},
  {"fri", E(Kind::weekday, 5, F_ABBREV)}, {"sat", E(Kind::weekday, 6, F_ABBREV | F_AMBIGUOUS)},
  {"sun", E(Kind::weekday, 7, F_ABBREV | F_AMBIGUOUS)},
  // Cardinals.
  {"zero", E(Kind::number, 0)}, {"one", E(Kind::number, 1)}, {"two", E(Kind::number, 2)}, {"three", E(Kind::number, 3)},
  {"four", E(Kind::number, 4)}, {"five", E(Kind::number, 5)}, {"six", E(Kind::number, 6)}, {"seven", E(Kind::number, 7)},
  {"eight", E(Kind::number, 8)}, {"nine", E(Kind::number, 9)}, {"ten", E(Kind::number, 10)},
  {"eleven", E(Kind::number, 11)}, {"twelve", E(Kind::number, 12)}, {"thirteen", E(Kind::number, 13)},
  {"fourteen", E(Kind::number, 14)}, {"fifteen", E(Kind::number, 15)}, {"sixteen", E(Kind::number, 16)},
  {"seventeen", E(Kind::number, 17)}, {"eighteen", E(Kind::number, 18)}, {"nineteen", E(Kind::number, 19)},
  {"twenty", E(Kind::number, 20)}, {"thirty", E(Kind::number, 30)}, {"forty", E(Kind::number, 40)},
  {"fifty", E(Kind::number, 50)}, {"sixty", E(Kind::number, 60)}, {"seventy", E(Kind::number, 70)},
  {"eighty", E(Kind::number, 80)}, {"ninety", E(Kind::number, 90)}, {"hundred", E(Kind::number, 100)},
  // Decades of the 1900s said in words ("the sixties"): TimeML's decade values, as "the 1960s" is 196.
  {"twenties", E(Kind::decade, 192)}, {"thirties", E(Kind::decade, 193)}, {"forties", E(Kind::decade, 194)},
  {"fifties", E(Kind::decade, 195)}, {"sixties", E(Kind::decade, 196)}, {"seventies", E(Kind::decade, 197)},
  {"eighties", E(Kind::decade, 198)}, {"nineties", E(Kind::decade, 199)},
  {"dozen", E(Kind::number, 12)},
  // Vague quantities: value 255 = "X" in a TIMEX3 value.
  {"several", E(Kind::number, 255)}, {"few", E(Kind::number, 255)}, {"many", E(Kind::number, 255)},
  {"some", E(Kind::number, 255)}, {"couple", E(Kind::number, 2)},
  // Ordinals.
  {"first", E(Kind::ordinal, 1)}, {"second", E2(Kind::ordinal, 2, 0, Kind::unit, U_SECOND)},
  {"third", E(Kind::ordinal, 3)}, {"fourth", E(Kind::ordinal, 4)}, {"fifth", E(Kind::ordinal, 5)},
  {"sixth", E(Kind::ordinal, 6)}, {"seventh", E(Kind::ordinal, 7)}, {"eighth", E(Kind::ordinal, 8)},
  {"ninth", E(Kind::ordinal, 9)}, {"tenth", E(Kind::ordinal, 10)}, {"eleventh", E(Kind::ordinal, 11)},
  {"twelfth", E(Kind::ordinal, 12)}, {"thirteenth", E(Kind::ordinal, 13)}, {"fourteenth", E(Kind::ordinal, 14)},
  {"fifteenth", E(Kind::ordinal, 15)}, {"sixteenth", E(Kind::ordinal, 16)}, {"seventeenth", E(Kind::ordinal, 17)},
  {"eighteenth", E(Kind::ordinal, 18)}, {"nineteenth", E(Kind::ordinal, 19)}, {"twentieth", E(Kind::ordinal, 20)},
  {"thirtieth", E(Kind::ordinal, 30)}, {"final", E(Kind::ordinal, kOrdinalLast)},
  {"latter", E(Kind::ordinal, kOrdinalLast)},
  // Units.
  {"sec", E(Kind::unit, U_SECOND)}, {"secs", E(Kind::unit, U_SECOND, F_PLURAL)}, {"seconds", E(Kind::unit, U_SECOND, F_PLURAL)},
  {"minute", E(Kind::unit, U_MINUTE)}, {"minutes", E(Kind::unit, U_MINUTE, F_PLURAL)}, {"min", E(Kind::unit, U_MINUTE)},
  {"mins", E(Kind::unit, U_MINUTE, F_PLURAL)}, {"hour", E(Kind::unit, U_HOUR)}, {"hours", E(Kind::unit, U_HOUR, F_PLURAL)},
  {"hr", E(Kind::unit, U_HOUR)}, {"hrs", E(Kind::unit, U_HOUR, F_PLURAL)}, {"day", E(Kind::unit, U_DAY)},
  {"days", E(Kind::unit, U_DAY, F_PLURAL)}, {"week", E(Kind::unit, U_WEEK)}, {"weeks", E(Kind::unit, U_WEEK, F_PLURAL)},
  {"fortnight", E(Kind::unit, U_FORTNIGHT)}, {"month", E(Kind::unit, U_MONTH)}, {"months", E(Kind::unit, U_MONTH, F_PLURAL)},
  {"quarter", E(Kind::unit, U_QUARTER)}, {"quarters", E(Kind::unit, U_QUARTER, F_PLURAL)},
  {"year", E(Kind::unit, U_YEAR)}, {"years", E(Kind::unit, U_YEAR, F_PLURAL)}, {"yr", E(Kind::unit, U_YEAR)},
  {"yrs", E(Kind::unit, U_YEAR, F_PLURAL)}, {"decade", E(Kind::unit, U_DECADE)}, {"decades", E(Kind::unit, U_DECADE, F_PLURAL)},
  {"century", E(Kind::unit, U_CENTURY)}, {"centuries", E(Kind::unit, U_CENTURY, F_PLURAL)},
  {"qtr", E(Kind::unit, U_QUARTER)}, {"wk", E(Kind::unit, U_WEEK)}, {"wks", E(Kind::unit, U_WEEK, F_PLURAL)},
  {"mo", E(Kind::unit, U_MONTH)}, {"mos", E(Kind::unit, U_MONTH, F_PLURAL)},
  {"weekend", E(Kind::unit, U_WEEKEND)}, {"weekends", E(Kind::unit, U_WEEKEND, F_PLURAL)},
  // Seasons ("fall" is a verb too: the grammar wants a determiner or a year with it).
  {"spring", E(Kind::season, S_SPRING)}, {"summer", E(Kind::season, S_SUMMER)}, {"autumn", E(Kind::season, S_AUTUMN)},
  {"winter", E(Kind::season, S_WINTER)}, {"fall", E(Kind::season, S_FALL, F_AMBIGUOUS)},
  // Parts of the day.
  {"morning", E(Kind::part_of_day, P_MORNING)}, {"afternoon", E(Kind::part_of_day, P_AFTERNOON)},
  {"evening", E(Kind::part_of_day, P_EVENING)}, {"night", E(Kind::part_of_day, P_NIGHT)},
  {"tonight", E(Kind::part_of_day, P_TONIGHT)},
  // Plural: a part of the day that recurs, read after a weekday ("Friday nights", a SET: p_weekday).
  {"mornings", E(Kind::part_of_day, P_MORNING, F_PLURAL)}, {"afternoons", E(Kind::part_of_day, P_AFTERNOON, F_PLURAL)},
  {"evenings", E(Kind::part_of_day, P_EVENING, F_PLURAL)}, {"nights", E(Kind::part_of_day, P_NIGHT, F_PLURAL)},
  // Deictic words.
  {"today", E(Kind::deictic, D_TODAY)}, {"yesterday", E(Kind::deictic, D_YESTERDAY)},
  {"tomorrow", E(Kind::deictic, D_TOMORROW)}, {"now", E(Kind::deictic, D_NOW)},
  {"recently", E(Kind::deictic, D_RECENTLY)}, {"recent", E(Kind::deictic, D_RECENT)},
  {"currently", E(Kind::deictic, D_CURRENTLY)}, {"future", E(Kind::deictic, D_FUTURE)},
{"nowadays", E(Kind::deictic, D_NOWADAYS)},
  {"soon", E(Kind::deictic, D_SOON)},
  // Shifters.
  {"last", E(Kind::shift, SH_LAST)}, {"next", E(Kind::shift, SH_NEXT)}, {"this", E(Kind::shift, SH_THIS)},
  {"coming", E(Kind::shift, SH_COMING)}, {"past", E2(Kind::shift, SH_PAST, 0, Kind::deictic, D_PAST)},
  {"previous", E(Kind::shift, SH_PREVIOUS)}, {"prior", E(Kind::shift, SH_PREVIOUS)}, {"following", E(Kind::shift, SH_FOLLOWING)},
  {"current", E(Kind::shift, SH_CURRENT)}, {"same", E(Kind::shift, SH_SAME)}, {"upcoming", E(Kind::shift, SH_COMING)},
  // Positions inside a period.
  {"early", E(Kind::position, PO_EARLY)}, {"late", E(Kind::position, PO_LATE)}, {"mid", E(Kind::position, PO_MID)},
  {"end", E(Kind::position, PO_END)}, {"beginning", E(Kind::position, PO_BEGINNING)},
  {"start", E(Kind::position, PO_START)}, {"middle", E(Kind::position, PO_MIDDLE)},
  // Comparators and approximators (outside the span, inside `mod`).
  {"over", E2(Kind::comparator, M_MORE_THAN, 0, Kind::preposition, PR_OVER_PREP)}, {"about", E(Kind::comparator, M_APPROX)},
  {"around", E(Kind::comparator, M_APPROX)}, {"approximately", E(Kind::comparator, M_APPROX)},
  {"roughly", E(Kind::comparator, M_APPROX)}, {"nearly", E(Kind::comparator, M_LESS_THAN)},
  {"almost", E(Kind::comparator, M_LESS_THAN)}, {"under", E(Kind::comparator, M_LESS_THAN)},
  {"more", E(Kind::comparator, M_MORE_THAN)}, {"less", E(Kind::comparator, M_LESS_THAN)},
  {"fewer", E(Kind::comparator, M_LESS_THAN)}, {"least", E(Kind::comparator, M_EQUAL_OR_MORE)},
  {"most", E(Kind::comparator, M_EQUAL_OR_LESS)}, {"than", E(Kind::comparator, M_NONE)},
  // Articles.
  {"the", E(Kind::article, AR_THE)}, {"a", E(Kind::article, AR_A)}, {"an", E(Kind::article, AR_A)},
  // Direction words after a duration.
  {"ago", E(Kind::ago, AG_AGO)}, {"earlier", E(Kind::ago, AG_AGO)}, {"before", E2(Kind::ago, AG_BEFORE, 0, Kind::preposition, PR_BEFORE)},
  {"later", E(Kind::ago, AG_LATER)}, {"hence", E(Kind::ago, AG_LATER)}, {"after", E2(Kind::ago, AG_AFTER, 0, Kind::preposition, PR_AFTER)},
  {"half", E(Kind::quarter, QW_HALF)},
  {"fiscal", E(Kind::fiscal, FI_FISCAL)}, {"fy", E(Kind::fiscal, FI_FY)}, {"q", E(Kind::quarter, QW_Q)}, {"h", E2(Kind::quarter, QW_H, 0, Kind::unit_letter, U_HOUR)}, {"financial", E(Kind::fiscal, FI_FISCAL)},
  // Zones: the value is the UTC offset in hours + kZoneUtc (kZoneUtc = UTC itself); kZoneUnknown: ET, PT (EST or EDT).
  {"utc", E(Kind::zone, kZoneUtc)}, {"gmt", E(Kind::zone, kZoneUtc)}, {"z", E(Kind::zone, kZoneUtc)}, {"est", E(Kind::zone, kZoneUtc - 5)},
  {"edt", E(Kind::zone, kZoneUtc - 4)}, {"cst", E(Kind::zone, kZoneUtc - 6)}, {"cdt", E(Kind::zone, kZoneUtc - 5)}, {"mst", E(Kind::zone, kZoneUtc - 7)},
  {"mdt", E(Kind::zone, kZoneUtc - 6)}, {"pst", E(Kind::zone, kZoneUtc - 8)}, {"pdt", E(Kind::zone, kZoneUtc - 7)}, {"cet", E(Kind::zone, kZoneUtc + 1)},
  {"cest", E(Kind::zone, kZoneUtc + 2)}, {"bst", E(Kind::zone, kZoneUtc + 1)}, {"et", E(Kind::zone, kZoneUnknown)}, {"pt", E(Kind::zone, kZoneUnknown)},
  {"msk", E(Kind::zone, kZoneUtc + 3)}, {"jst", E(Kind::zone, kZoneUtc + 9)},
  // Zones named by a region, a zone only before "time" (F_AMBIGUOUS): "8 p.m. Eastern time" adds no offset, as ET;
  // "Eastern Standard Time" the region's value, "Eastern Daylight Time" one hour more; "local time" none.
  {"eastern", E(Kind::zone, kZoneUtc - 5, F_AMBIGUOUS)}, {"central", E(Kind::zone, kZoneUtc - 6, F_AMBIGUOUS)},
  {"mountain", E(Kind::zone, kZoneUtc - 7, F_AMBIGUOUS)}, {"pacific", E(Kind::zone, kZoneUtc - 8, F_AMBIGUOUS)},
  {"local", E(Kind::zone, kZoneUnknown, F_AMBIGUOUS)},
  {"pm", E(Kind::ampm, 12)},
  {"every", E(Kind::every, EV_EACH)}, {"each", E(Kind::every, EV_EACH)}, {"per", E(Kind::every, EV_PER)},
  {"annual", E(Kind::frequency, U_YEAR)}, {"daily", E(Kind::frequency, U_DAY)}, {"weekly", E(Kind::frequency, U_WEEK)}, {"monthly", E(Kind::frequency, U_MONTH)},
  {"yearly", E(Kind::frequency, U_YEAR)}, {"annually", E(Kind::frequency, U_YEAR)}, {"hourly", E(Kind::frequency, U_HOUR)},
  {"quarterly", E(Kind::frequency, U_QUARTER)}, {"nightly", E(Kind::frequency, U_DAY)},
  {"fortnightly", E(Kind::frequency, U_FORTNIGHT)},  // every two weeks, SET P2W as "every fortnight"
  {"st", E(Kind::ordinal_suffix, 1)}, {"nd", E(Kind::ordinal_suffix, 2)}, {"rd", E(Kind::ordinal_suffix, 3)},
  {"th", E(Kind::ordinal_suffix, 4)},
  {"on", E(Kind::preposition, PR_ON)}, {"in", E(Kind::preposition, PR_IN)}, {"at", E(Kind::preposition, PR_AT)},
  {"by", E(Kind::preposition, PR_BY)}, {"from", E(Kind::preposition, PR_FROM)}, {"since", E(Kind::preposition, PR_SINCE)},
{"till", E(Kind::preposition, PR_UNTIL)}, {"during", E(Kind::preposition, PR_DURING)},
  {"of", E(Kind::preposition, PR_OF)}, {"for", E(Kind::preposition, PR_FOR)}, {"within", E(Kind::preposition, PR_WITHIN)},
  {"between", E(Kind::preposition, PR_BETWEEN)},
  {"and", E(Kind::conj, C_AND)}, {"or", E(Kind::conj, C_OR)}, {"to", E(Kind::conj, C_TO)},
  {"through", E(Kind::conj, C_THROUGH)}, {"thru", E(Kind::conj, C_THROUGH)},
  {"will", E(Kind::tense, TC_FUTURE)}, {"would", E(Kind::tense, TC_FUTURE)}, {"shall", E(Kind::tense, TC_FUTURE)}, {"ll", E(Kind::tense, TC_FUTURE)}, {"scheduled", E(Kind::tense, TC_FUTURE)},
  {"planned", E(Kind::tense, TC_FUTURE)}, {"plans", E(Kind::tense, TC_FUTURE)}, {"expected", E(Kind::tense, TC_FUTURE)},
  {"expect", E(Kind::tense, TC_FUTURE)}, {"expects", E(Kind::tense, TC_FUTURE)},
  {"was", E(Kind::tense, TC_PAST)}, {"were", E(Kind::tense, TC_PAST)}, {"had", E(Kind::tense, TC_PAST)}, {"did", E(Kind::tense, TC_PAST)},
  {"said", E(Kind::tense, TC_PAST)}, {"told", E(Kind::tense, TC_PAST)}, {"met", E(Kind::tense, TC_PAST)}, {"held", E(Kind::tense, TC_PAST)},
  {"made", E(Kind::tense, TC_PAST)}, {"took", E(Kind::tense, TC_PAST)}, {"came", E(Kind::tense, TC_PAST)}, {"went", E(Kind::tense, TC_PAST)},
  {"rose", E(Kind::tense, TC_PAST)}, {"fell", E(Kind::tense, TC_PAST)}, {"saw", E(Kind::tense, TC_PAST)}, {"began", E(Kind::tense, TC_PAST)},
  {"gave", E(Kind::tense, TC_PAST)}, {"lost", E(Kind::tense, TC_PAST)}, {"sold", E(Kind::tense, TC_PAST)}, {"won", E(Kind::tense, TC_PAST)},
  {"wrote", E(Kind::tense, TC_PAST)}, {"spoke", E(Kind::tense, TC_PAST)}, {"left", E(Kind::tense, TC_PAST)}, {"became", E(Kind::tense, TC_PAST)},
  {"broke", E(Kind::tense, TC_PAST)}, {"struck", E(Kind::tense, TC_PAST)}, {"ran", E(Kind::tense, TC_PAST)}, {"found", E(Kind::tense, TC_PAST)},
  {"brought", E(Kind::tense, TC_PAST)}, {"bought", E(Kind::tense, TC_PAST)}, {"fought", E(Kind::tense, TC_PAST)}, {"caught", E(Kind::tense, TC_PAST)},
  {"drove", E(Kind::tense, TC_PAST)}, {"flew", E(Kind::tense, TC_PAST)}, {"fled", E(Kind::tense, TC_PAST)}, {"grew", E(Kind::tense, TC_PAST)},
  {"knew", E(Kind::tense, TC_PAST)}, {"sank", E(Kind::tense, TC_PAST)}, {"shot", E(Kind::tense, TC_PAST)}, {"spent", E(Kind::tense, TC_PAST)},
  {"stole", E(Kind::tense, TC_PAST)}, {"threw", E(Kind::tense, TC_PAST)}, {"led", E(Kind::tense, TC_PAST)}, {"paid", E(Kind::tense, TC_PAST)},
  {"sent", E(Kind::tense, TC_PAST)}, {"kept", E(Kind::tense, TC_PAST)}, {"felt", E(Kind::tense, TC_PAST)}, {"got", E(Kind::tense, TC_PAST)},
  // Irregular past participles, which have no -ed to read: "has grown", "have risen" (a perfect looks back);
  // after a form of "be" they are passive, no cue ("will be given"). Forms that are also a present or a
  // noun ("become", "come", "cut", "set", "run") are left out.
  {"been", E(Kind::tense, TC_PAST)}, {"grown", E(Kind::tense, TC_PAST)}, {"risen", E(Kind::tense, TC_PAST)},
  {"fallen", E(Kind::tense, TC_PAST)}, {"seen", E(Kind::tense, TC_PAST)}, {"taken", E(Kind::tense, TC_PAST)},
  {"given", E(Kind::tense, TC_PAST)}, {"shown", E(Kind::tense, TC_PAST)}, {"known", E(Kind::tense, TC_PAST)},
  {"begun", E(Kind::tense, TC_PAST)}, {"gone", E(Kind::tense, TC_PAST)}, {"done", E(Kind::tense, TC_PAST)},
  {"written", E(Kind::tense, TC_PAST)}, {"driven", E(Kind::tense, TC_PAST)}, {"broken", E(Kind::tense, TC_PAST)},
  {"chosen", E(Kind::tense, TC_PAST)}, {"spoken", E(Kind::tense, TC_PAST)}, {"stolen", E(Kind::tense, TC_PAST)},
  {"frozen", E(Kind::tense, TC_PAST)}, {"drawn", E(Kind::tense, TC_PAST)}, {"thrown", E(Kind::tense, TC_PAST)},
  {"flown", E(Kind::tense, TC_PAST)}, {"shrunk", E(Kind::tense, TC_PAST)}, {"sunk", E(Kind::tense, TC_PAST)},
  {"noon", E(Kind::noon, NO_NOON)}, {"midday", E(Kind::noon, NO_NOON)}, {"midnight", E(Kind::noon, NO_MIDNIGHT)},
  {"until", E2(Kind::preposition, PR_UNTIL, 0, Kind::tense, TC_FUTURE)}, {"due", E(Kind::tense, TC_FUTURE_BEFORE_TO)}, {"set", E(Kind::tense, TC_FUTURE_BEFORE_TO)},
  {"going", E(Kind::tense, TC_FUTURE_BEFORE_TO)}, {"aims", E(Kind::tense, TC_FUTURE_BEFORE_TO)}, {"intends", E(Kind::tense, TC_FUTURE_BEFORE_TO)},
  {"plan", E(Kind::tense, TC_FUTURE_BEFORE_TO)}, {"planning", E(Kind::tense, TC_FUTURE_BEFORE_TO)},
  // An intention now, before an infinitive ("hopes to close the deal Friday"): what it aims at lies ahead.
  // Not "hope": a name too ("Spring of Hope"), which the lexicon must not know.
  {"hopes", E(Kind::tense, TC_FUTURE_BEFORE_TO)}, {"wants", E(Kind::tense, TC_FUTURE_BEFORE_TO)},
  {"seeks", E(Kind::tense, TC_FUTURE_BEFORE_TO)},
  // A commitment before an infinitive ("vowed to strike Monday", "agreed to pay by Friday"): what is promised lies
  // after the promise, so ahead (TimeML). Not before "to" they are past verbs in -ed ("agreed Monday to pay").
  {"promised", E(Kind::tense, TC_FUTURE_BEFORE_TO)}, {"vowed", E(Kind::tense, TC_FUTURE_BEFORE_TO)},
  {"pledged", E(Kind::tense, TC_FUTURE_BEFORE_TO)}, {"threatened", E(Kind::tense, TC_FUTURE_BEFORE_TO)},
  {"agreed", E(Kind::tense, TC_FUTURE_BEFORE_TO)}, {"decided", E(Kind::tense, TC_FUTURE_BEFORE_TO)},
  {"promises", E(Kind::tense, TC_FUTURE_BEFORE_TO)}, {"vows", E(Kind::tense, TC_FUTURE_BEFORE_TO)},
  {"pledges", E(Kind::tense, TC_FUTURE_BEFORE_TO)}, {"threatens", E(Kind::tense, TC_FUTURE_BEFORE_TO)},
  // Present tense: with a weekday or a month it points at the nearest one (TempEval), not the past.
  {"is", E(Kind::tense, TC_PRESENT)}, {"are", E(Kind::tense, TC_PRESENT)}, {"am", E2(Kind::ampm, 0, 0, Kind::tense, TC_PRESENT)},
  // "can" is a present too: "they can join in April" is the nearest April, not the last one.
  {"can", E(Kind::tense, TC_PRESENT)},
  {"ad", E(Kind::era, ER_AD)}, {"bc", E(Kind::era, ER_BC)}, {"be", E(Kind::era, ER_BE)},
  {"old", E(Kind::age, 1)}, {"that", E(Kind::demonstrative, 1)},
  {"straight", E(Kind::counting)}, {"consecutive", E(Kind::counting)}, {"trading", E(Kind::counting)},
  {"business", E(Kind::counting)}, {"working", E(Kind::counting)}, {"full", E(Kind::counting)},
  {"successive", E(Kind::counting)}, {"calendar", E(Kind::counting)}, {"additional", E(Kind::counting)},
  {"long", E(Kind::counting)},
  // Words only rules name (rule_tables.cpp): "the near term", "the time being".
  {"near", E(Kind::name)}, {"short", E(Kind::name)}, {"term", E(Kind::name)}, {"time", E(Kind::name)},
  {"being", E(Kind::name)}, {"high", E(Kind::name)}, {"post", E(Kind::name)}, {"pre", E(Kind::name)},
  {"entire", E(Kind::name)}, {"whole", E(Kind::name)}, {"single", E(Kind::name)}, {"election", E(Kind::name)},
  {"valentine", E(Kind::name)}, {"independence", E(Kind::name)}, {"veterans", E(Kind::name)},
  {"labor", E(Kind::name)}, {"memorial", E(Kind::name)},
  {"good", E(Kind::name)}, {"palm", E(Kind::name)}, {"ash", E(Kind::name)}, {"black", E(Kind::name)},
  {"cyber", E(Kind::name)}, {"super", E(Kind::name)}, {"foreseeable", E(Kind::name)},
  {"followed", E(Kind::name)}, {"ahead", E(Kind::name)}, {"come", E(Kind::name)}, {"rest", E(Kind::name)}, {"remainder", E(Kind::name)},
  // Written without the space (scraped text, chat): "lastweek", "nextmonth"; read by the rule table kGlued.
  {"lastweek", E(Kind::fused)}, {"lastmonth", E(Kind::fused)}, {"lastyear", E(Kind::fused)},
  {"nextweek", E(Kind::fused)}, {"nextmonth", E(Kind::fused)}, {"nextyear", E(Kind::fused)},
  // Unit letters: a length only glued to a number and before "ago" or "later" ("2h ago", "3w later"); "5m"
  // alone is millions in news, "3D" a film.
  {"d", E(Kind::unit_letter, U_DAY)}, {"w", E(Kind::unit_letter, U_WEEK)},
  {"m", E(Kind::unit_letter, U_MINUTE)}, {"s", E(Kind::unit_letter, U_SECOND)}, {"y", E(Kind::unit_letter, U_YEAR)},
  // Events a day names: "the September 11 attacks" (TimeML annotates the day).
  {"attack", E(Kind::event)}, {"attacks", E(Kind::event)}, {"bombing", E(Kind::event)},
  {"bombings", E(Kind::event)}, {"blast", E(Kind::event)}, {"blasts", E(Kind::event)},
  {"massacre", E(Kind::event)}, {"shootings", E(Kind::event)}, {"riots", E(Kind::event)},
  {"hijackings", E(Kind::event)}, {"killings", E(Kind::event)}, {"atrocities", E(Kind::event)},
};

// The word sets (lexicon.hpp's WordSet): a word listed here and in kRows keeps its kind and gains the set.
struct SetRow {
  uint64_t set;
  const char* name;   // as rules write it: <set:accumulated>
  const char* words;  // separated by spaces
};

// Calls f on each word of a SetRow's space-separated list.
template <class F>
constexpr void for_each_word(std::string_view words, F f) {
  for (std::string_view rest = words; !rest.empty();) {
    const size_t cut = rest.find(' ');
    f(rest.substr(0, cut));
    rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
  }
}
constexpr SetRow kSets[] = {
  {WS_UNTIL, "until", "until till"},
  {WS_ORDINAL_SUFFIX, "ordinal_suffix", "st nd rd th"},
  {WS_PRONOUN, "pronoun", "i we you he she they it anybody anyone everybody everyone nobody somebody someone"},
  {WS_SECURITY, "security", "treasury treasuries note notes bond bonds gilt gilts bund bunds yield yields"},
  {WS_EVENT_EDITION, "event_edition", "conference summit expo exposition games olympics cup championship championships festival show "
                     "forum fair congress convention awards census election elections assembly tournament biennale week"},
  {WS_PER_PERIOD, "per_period", "a an per"},
  {WS_RATE_UNIT, "rate_unit", "thousand million billion trillion percent dollars euros pounds barrels tonnes tons cents"},
  {WS_ACCUMULATED, "accumulated", "loss losses profit profits revenue revenues sales earnings income growth deficit surplus output "
                   "turnover production inflation budget spending decline gain gains rise increase drop return returns "
                   "salary shipments deliveries"},
  {WS_OVER_MEANS_MORE, "over_means_more", "be been being is are was were last lasts lasted lasting take takes took taken taking spend "
                       "spends spent wait waited waiting run ran running stretch stretched span spanned aged old just "
                       "well than nearly some"},
  {WS_BE, "be", "be been being is are am was were"},
  {WS_DETERMINER, "determiner", "the a an its his her their our my your this these"},
  {WS_SUBORDINATOR, "subordinator", "while when because although though whereas which who whose where if unless"},
  {WS_MARKET_SESSION, "market_session", "trading trade session dealings"},
  {WS_STREAK, "streak", "consecutive straight successive"},
  {WS_ONLY, "only", "just only mere"},
  {WS_BACKWARD, "backward", "before previous prior earlier"},
  {WS_FORWARD, "forward", "after later"},
  {WS_NOT_NARRATING, "not_narrating", "no not much even or sooner its their his her our"},
  {WS_LATER_NOUN, "later_noun", "than on stage version model date round half generation edition"},
  {WS_REPEAT, "repeat", "once twice times"},
  {WS_FROM_DOCUMENT, "from_document", "ago hence"},
  {WS_MORE, "more", "more"},
  {WS_LESS, "less", "less fewer"},
  {WS_AT_LEAST, "at_least", "least"},
  {WS_AT_MOST, "at_most", "most"},
  {WS_UP, "up", "up"},
  {WS_NEGATION, "negation", "no not"},
  {WS_OVER, "over", "over"},
  {WS_LIKE, "like", "like"},
  {WS_PERIOD_NOUN, "period_noun", "period time"},
  {WS_CLAUSE_GO_ON, "clause_go_on", "is was will and or"},
  {WS_SCHEDULE_NOUN, "schedule_noun", "date time stage"},
  {WS_PAST_BE, "past_be", "was were"},
  {WS_FEW, "few", "few"},
  {WS_DEADLINE, "deadline", "due"},
  {WS_COUPLE, "couple", "couple"},
  {WS_PLURAL_S, "plural_s", "s"},
  {WS_MERIDIEM_M, "meridiem_m", "m"},
  {WS_OCLOCK, "oclock", "o clock"},
  {WS_ISO_T, "iso_t", "t"},
  {WS_WEEKDAY_NOUN, "weekday_noun", "weekday"},
  {WS_NEW, "new", "new"},
  {WS_EVE, "eve", "eve"},
  {WS_ROW, "row", "row"},
  {WS_AS, "as", "as"},
  {WS_POSSESSIVE, "possessive", "his her their my your our"},
  {WS_LENGTH_SUFFIX, "length_suffix", "long"},
  {WS_ITS, "its", "its"},
  {WS_RELATIVE, "relative", "which who whose"},
  {WS_RELATIVE_SUBJECT, "relative_subject", "which who"},
  {WS_CLAUSE_LINK, "clause_link", "that and but"},
  {WS_ZONE_TIME, "zone_time", "time"},
  {WS_ZONE_STANDARD, "zone_standard", "standard"},
  {WS_ZONE_DAYLIGHT, "zone_daylight", "daylight"},
  {WS_APPROX_ALONE, "approx_alone", "around approximately roughly"},
  {WS_COME, "come", "come comes came"},
  {WS_STREET, "street", "street avenue ave road boulevard blvd drive lane parkway highway"},
  {WS_ADDRESS_PREP, "address_prep", "at on"},
  {WS_PUBLICATION, "publication", "times telegraph herald express mirror post tribune mail independent observer star "
                                  "sun journal gazette chronicle magazine"},
  {WS_LASTING, "lasting", "lasts lasted lasting take takes took taken taking spend spends spent wait waited waiting"},
  {WS_PLURAL_NO_S, "plural_no_s", "people men women children police staff personnel cattle sheep feet pence yen yuan"},
  {WS_PRESENT_ERA, "present_era", "youth world society generation generations children kids teenagers teens "
                                   "economy culture standards technology families parents"},
  {WS_SUPERLATIVE, "superlative", "best worst most least highest lowest biggest largest smallest longest shortest "
                                  "strongest weakest fastest slowest deepest sharpest steepest greatest heaviest "
                                  "hottest coldest warmest wettest driest busiest quietest"},
};

constexpr WordShapes lexicon_shapes() {
  WordShapes shapes;
  for (const Row& r : kRows) shapes.add(r.word);
  for (const SetRow& r : kSets) for_each_word(r.words, [&](std::string_view w) { shapes.add(w); });
  return shapes;
}
// clang-format on

constexpr size_t kMaxWord = 16;
constexpr int kSlotBits = 11;
constexpr size_t kSlots = size_t{1} << kSlotBits;  // > 2 x the words of kRows and kSets

struct Key {
  uint64_t a = 0, b = 0;
  bool operator==(const Key&) const = default;
};

// Lower-cases ASCII letters while packing; a non-ASCII byte makes the word unknown (returns false).
// constexpr (the table is built at compile time): the bytes become the key's words as memcpy lays them out.
constexpr bool pack(std::string_view w, Key& k) noexcept {
  if (w.empty() || w.size() > kMaxWord) return false;
  std::array<unsigned char, 8> lo{}, hi{};
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 0x80) return false;
    (i < 8 ? lo[i] : hi[i - 8]) = static_cast<unsigned char>(c | ((c >= 'A' && c <= 'Z') ? 0x20 : 0));
  }
  k.a = std::bit_cast<uint64_t>(lo);
  k.b = std::bit_cast<uint64_t>(hi);
  return true;
}

constexpr size_t slot_of(const Key& k) noexcept {
  uint64_t h = (k.a ^ (k.b * 0x9E3779B97F4A7C15ull)) * 0xff51afd7ed558ccdull;
  // The hash's top kSlotBits bits, one value per slot (a shift one bit too far left half of the slots unused as
  // starts, and long probe runs: lookup_folded 45.7M -> 39.5M instructions in dates_bench).
  return static_cast<size_t>(h >> (64 - kSlotBits));
}

struct Table {
  std::array<Key, kSlots> keys{};
  std::array<Entry, kSlots> entries{};
  std::array<bool, kSlots> used{};
  constexpr Table() {
    for (const Row& r : kRows) {
      Key k;
      pack(r.word, k);
      size_t s = slot_of(k);
      while (used[s] && !(keys[s] == k)) s = (s + 1) & (kSlots - 1);
      if (used[s]) continue;  // a duplicate row: the first one wins
      used[s] = true;
      keys[s] = k;
      entries[s] = r.entry;
    }
    for (const SetRow& r : kSets)
      for_each_word(r.words, [&](std::string_view word) {
        Key k;
        pack(word, k);
        size_t s = slot_of(k);
        while (used[s] && !(keys[s] == k)) s = (s + 1) & (kSlots - 1);
        used[s] = true;
        keys[s] = k;
        entries[s].sets |= r.set;  // a word of kRows keeps its kind
      });
  }
};

// Built at compile time, as kLexiconShapes: a look-up pays no guard of a lazily built table (and needs no saved
// registers for it: lookup_folded 64 -> 49 instructions a call in dates_bench).
constinit const Table kTable;

[[gnu::always_inline]] inline const Table& table() {
  return kTable;
}

const Entry kNone{};

constexpr const char* kKindNames[] = {
    "none",   "month",      "weekday", "number", "ordinal",  "unit",        "season",  "part_of_day", "deictic",
    "shift",  "position",   "comparator", "article", "ago",  "quarter",     "fiscal",  "zone",        "ampm",
    "every",  "frequency",  "preposition", "conj",  "tense", "noon",        "era",     "holiday",     "age",
    "demonstrative", "event", "counting", "unit_letter", "fused", "ordinal_suffix", "decade", "name"};
static_assert(sizeof(kKindNames) / sizeof(kKindNames[0]) == static_cast<size_t>(Kind::name) + 1,
              "a name for every Kind");

}  // namespace

Kind kind_from_name(std::string_view name) noexcept {
  for (size_t i = 1; i < sizeof(kKindNames) / sizeof(kKindNames[0]); ++i)
    if (name == kKindNames[i]) return static_cast<Kind>(i);
  return Kind::none;
}

const char* kind_name(Kind k) noexcept {
  const auto i = static_cast<size_t>(k);
  return i < sizeof(kKindNames) / sizeof(kKindNames[0]) ? kKindNames[i] : "none";
}

bool WordTable::add(std::string_view word, const Entry& e) {
  Key k;
  if (!pack(word, k)) return false;
  if ((used_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    used_ = 0;
    for (const Slot& s : old)
      if (s.used) {
        size_t i = slot_of(Key{s.a, s.b}) & (slots_.size() - 1);
        while (slots_[i].used) i = (i + 1) & (slots_.size() - 1);
        slots_[i] = s;
        ++used_;
      }
  }
  size_t i = slot_of(k) & (slots_.size() - 1);
  while (slots_[i].used && !(slots_[i].a == k.a && slots_[i].b == k.b)) i = (i + 1) & (slots_.size() - 1);
  if (!slots_[i].used) ++used_;
  slots_[i] = Slot{k.a, k.b, true, e};
  return true;
}

const Entry* WordTable::find(std::string_view word) const noexcept {
  Key k;
  if (used_ == 0 || !pack(word, k)) return nullptr;
  size_t i = slot_of(k) & (slots_.size() - 1);
  while (slots_[i].used) {
    if (slots_[i].a == k.a && slots_[i].b == k.b) return &slots_[i].entry;
    i = (i + 1) & (slots_.size() - 1);
  }
  return nullptr;
}

uint64_t word_set_from_name(std::string_view name) noexcept {
  for (const SetRow& r : kSets)
    if (name == r.name) return r.set;
  return 0;
}

constinit const WordShapes kLexiconShapes = lexicon_shapes();

void WordShapes::add_kind(Kind k) noexcept {
  for (const Row& r : kRows)
    if (r.entry.kind == k || r.entry.kind2 == k) add(r.word);
}

void WordShapes::add_sets(uint64_t sets) noexcept {
  for (const Row& r : kRows)
    if (r.entry.sets & sets) add(r.word);
  for (const SetRow& r : kSets)
    if (r.set & sets) for_each_word(r.words, [this](std::string_view w) { add(w); });
}

const Entry& lookup_folded(const unsigned char (&folded)[16], size_t len) noexcept {
  static_assert(kMaxWord == 16, "lookup_folded packs one 16-byte key");
  // Most words of a text are not in the lexicon: their shape is not there, so they cost no hash.
  if (!kLexiconShapes.may_hold_letters(folded, len)) return kNone;
  const Table& t = table();
  Key k;
  std::memcpy(&k.a, folded, 8);
  std::memcpy(&k.b, folded + 8, 8);
  size_t s = slot_of(k);
  while (t.used[s]) {
    if (t.keys[s] == k) return t.entries[s];
    s = (s + 1) & (kSlots - 1);
  }
  return kNone;
}

void for_each_builtin_word(void (*f)(std::string_view word, void* context), void* context) {
  for (const Row& r : kRows) f(r.word, context);
  for (const SetRow& r : kSets) for_each_word(r.words, [&](std::string_view w) { f(w, context); });
}

const Entry& lookup(std::string_view word) noexcept {
  if (!kLexiconShapes.may_hold(word)) return kNone;
  const Table& t = table();
  Key k;
  if (!pack(word, k)) return kNone;
  size_t s = slot_of(k);
  while (t.used[s]) {
    if (t.keys[s] == k) return t.entries[s];
    s = (s + 1) & (kSlots - 1);
  }
  return kNone;
}

}  // namespace textchain::dates
