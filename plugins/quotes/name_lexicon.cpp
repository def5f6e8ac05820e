#include "name_lexicon.hpp"

#include "text_chars.hpp"

#include <cstdint>
#include <vector>

namespace textchain::quotes {
namespace {

// A word list as a hash set, looked up case-insensitively (ASCII) without allocating: these lookups run
// for every capitalized word of a document with quotations, several times, so the table is a small
// open-addressing one (power-of-two size, at most a quarter full) hashed while the word is lower-cased, and a
// word longer than any in the list is rejected before hashing.
class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&list)[N]) {
    size_t cap = 16;
    while (cap < 4 * N) cap <<= 1;
    slots_.assign(cap, std::string_view{});
    mask_ = cap - 1;
    for (std::string_view w : list) {
      if (w.size() > max_len_) max_len_ = w.size();
      size_t h = hash(w.data(), w.size()) & mask_;
      while (!slots_[h].empty() && slots_[h] != w) h = (h + 1) & mask_;
      slots_[h] = w;  // the lists are written in lower case
    }
  }
  bool contains(std::string_view w) const {
    char buf[32];
    if (w.empty() || w.size() > max_len_ || w.size() > sizeof buf) return false;
    for (size_t i = 0; i < w.size(); ++i) {
      char c = w[i];
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      // Latin-1 capitals (C3 80..9E, but C3 97 is the multiplication sign) fold like ASCII: "Álvaro".
      const auto u = static_cast<unsigned char>(c);
      if (i > 0 && static_cast<unsigned char>(w[i - 1]) == 0xC3 && u >= 0x80 && u <= 0x9E && u != 0x97)
        buf[i] = static_cast<char>(u + 0x20);
    }
    const std::string_view low(buf, w.size());
    for (size_t h = hash(buf, w.size()) & mask_;; h = (h + 1) & mask_) {
      if (slots_[h].empty()) return false;
      if (slots_[h] == low) return true;
    }
  }

 private:
  static size_t hash(const char* p, size_t n) noexcept {  // FNV-1a, its high bits folded in
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 32));
  }
  std::vector<std::string_view> slots_;
  size_t mask_ = 0;
  size_t max_len_ = 0;
};


constexpr std::string_view kTitles[] = {
    "minister", "spokeswoman", "spokesman", "spokesperson", "secretary", "president", "vice", "deputy",
    "chairman", "chairwoman", "chairperson", "chair", "ceo", "cfo", "coo", "cto", "chief", "executive",
    "officer", "director", "manager", "head", "governor", "senator", "sen", "rep", "representative", "mayor",
    "judge", "justice", "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "general",
    "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "commander",
    "ambassador", "envoy", "adviser", "advisor", "analyst", "economist", "strategist", "founder", "cofounder",
    "co-founder", "owner", "editor", "correspondent", "reporter", "prime", "foreign", "defense", "defence",
    "finance", "state", "assistant", "undersecretary", "under-secretary", "acquisition", "communications",
    "senior", "associate", "vice-president", "principal", "partner", "king", "queen", "prince", "princess",
    "pope", "rev", "bishop", "dean", "coach", "premier", "chancellor", "commissioner", "attorney", "prosecutor",
    "inspector", "lawyer", "leader", "mp", "congressman", "congresswoman", "speaker", "treasurer", "trader",
    "administrator", "superintendent", "president-elect", "chairman-elect", "sheikh", "emir", "sultan",
    "designer", "engineer", "researcher", "scientist", "expert", "consultant", "counsel", "officials",
    "official", "minister-counsellor", "supremo", "boss", "vp", "evp", "svp",
    "spokespeople", "spokesmen", "anchor", "host", "columnist", "commentator", "candidate", "nominee",
    "delegate", "negotiator", "ombudsman", "regulator", "auditor", "controller", "comptroller", "marshal",
    "major", "corporal", "private", "cardinal", "archbishop", "rabbi", "imam", "ayatollah", "civilian",
    "interim", "acting", "former", "then", "co-chairman", "co-ceo", "managing", "operating", "financial",
    "technology", "marketing", "sales", "operations", "worldwide", "global", "regional", "national",
    "security", "affairs", "intelligence", "trade", "economic", "economy", "industry", "councillor",
    "councilor", "councilman", "councilwoman", "alderman", "chef", "rider", "barrister", "solicitor",
    "detective", "constable", "superintendent", "midfielder", "striker", "defender", "goalkeeper"};

constexpr std::string_view kOrgWords[] = {
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "llc", "plc", "ag",
    "sa", "gmbh", "group", "holdings", "airlines", "airways", "motors", "motor", "capital", "associates",
    "partners", "ministry", "department", "workers", "union", "bank", "agency", "institute", "association",
    "council", "office", "times", "news", "post", "journal", "press", "reuters", "committee", "commission",
    "authority", "board", "foundation", "university", "college", "party", "government", "administration",
    "federation", "organization", "organisation", "network", "television", "radio", "channel", "tv",
    "service", "services", "systems", "technologies", "industries", "international", "securities",
    "research", "investments", "management", "fund", "exchange", "treasury", "court", "parliament", "congress",
    "senate", "house", "embassy", "army", "navy", "force", "police", "bureau", "center", "centre",
    "project", "oversight", "society", "trust", "alliance", "coalition", "league", "club", "magazine",
    "herald", "tribune", "gazette", "telegraph", "guardian", "observer", "daily", "weekly", "wire",
    "kremlin", "pentagon", "cabinet", "forces", "computer", "electronics", "pharmaceuticals", "energy",
    "petroleum", "oil", "automotive", "aerospace", "nasa", "un", "eu", "nato", "tass", "ria", "interfax", "xinhua", "ani",
    "cnn", "bbc", "nbc", "abc", "cbs", "fox", "afp", "ap", "bloomberg", "ukrinform", "unian", "stores",
    "community", "charity", "brands", "foods", "pharma", "chemicals", "chemie", "insurance", "mining",
    "telecom", "logistics", "freight", "railways", "shipping", "hospital", "school", "museum", "library"};

constexpr std::string_view kNotNames[] = {
    "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "by", "from", "to", "of", "as",
    "after", "before", "when", "while", "if", "this", "that", "these", "those", "it", "he", "she", "they", "we",
    "i", "his", "her", "their", "its", "our", "my", "your", "you", "meanwhile", "however", "also", "last",
    "next", "earlier", "later", "yesterday", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "there", "here", "what", "who", "why", "how", "where",
    "which", "according", "despite", "although", "though", "since", "because", "so", "yet", "still", "now",
    "then", "thus", "instead", "unlike", "like", "all", "some", "many", "most", "both", "each", "every", "no",
    "not", "one", "two", "three", "several", "other", "another", "such", "speaking", "asked", "said", "says",
    "read", "see", "more", "photos", "photo", "video", "update", "updated", "breaking", "exclusive",
    "analysis", "opinion", "comment", "editorial", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am", "pm", "utc", "gmt", "is", "was",
    "are", "were", "will", "would", "has", "have", "had", "do", "does", "did", "can", "could", "should",
    "under", "over", "about", "into", "during", "until", "without", "within", "between", "among", "against",
    "through", "per", "via", "first", "second", "third", "even", "only", "just", "again", "whether"};

constexpr std::string_view kConnectors[] = {"of", "de", "del", "della", "da", "di", "do", "dos", "van", "von", "der",
                                            "den", "la", "le", "du", "bin", "al", "el", "ibn", "&", "and", "for",
                                            "the", "on", "y"};

constexpr std::string_view kPersonNouns[] = {
    "spokeswoman", "spokesman", "spokesperson", "minister", "president", "secretary", "chairman",
    "chairwoman", "chairperson", "executive", "ceo", "analyst", "official", "officials", "diplomat", "director",
    "manager", "head", "governor", "senator", "mayor", "judge", "leader", "adviser", "advisor", "economist",
    "strategist", "founder", "lawyer", "attorney", "ambassador", "envoy", "prosecutor", "chief", "source",
    "sources", "expert", "experts", "representative", "officer", "commissioner", "chancellor", "premier",
    "negotiator", "candidate", "man", "woman", "professor", "researcher", "scientist", "trader", "engineer",
    "designer", "boss", "deputy", "general", "king", "queen", "prince", "pope", "speaker", "worker",
    "employee", "resident", "witness", "owner", "investor", "consultant", "correspondent", "reporter",
    "delegate", "chair", "coach", "captain", "neighbour", "neighbor", "partner", "colleague", "doctor",
    "nurse", "teacher", "student", "farmer", "driver", "rider", "player", "striker", "opponent", "fisherman",
    "barrister", "solicitor", "councillor", "councilor", "chef", "mother", "father", "daughter", "son",
    "wife", "husband", "sister", "brother", "officer", "activist", "campaigner", "organiser", "organizer",
    "volunteer", "shopkeeper", "trader", "landlord", "tenant", "passenger", "pilot", "victim", "survivor"};

constexpr std::string_view kOrgNouns[] = {
    "company", "firm", "ministry", "government", "agency", "carmaker", "automaker", "airline", "manufacturer",
    "group", "bank", "maker", "department", "administration", "office", "union", "network", "newspaper",
    "paper", "broadcaster", "channel", "outlet", "publication", "organization", "organisation", "council",
    "committee", "commission", "court", "kremlin", "embassy", "corporation", "plane-maker", "planemaker",
    "automaker", "giant", "retailer", "insurer", "lender", "regulator", "board", "team", "party", "statement",
    "report", "website", "site", "invitation", "memo", "release", "letter", "filing", "announcement",
    "affairs", "authority", "bureau", "charity", "club", "trust", "foundation", "institute", "hospital",
    "police", "ministry"};

constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "his", "her", "their", "our", "this",
                                             "that", "one", "another", "some"};
constexpr std::string_view kIndefinite[] = {"a", "an", "one", "another", "some"};

constexpr std::string_view kFillers[] = {
    "has", "have", "had", "was", "were", "is", "are", "also", "then", "later", "further", "again", "previously",
    "recently", "repeatedly", "publicly", "reportedly", "would", "will", "could", "once", "has", "earlier",
    "already", "simply", "only", "just", "even", "had", "may", "might", "did", "does", "do", "not", "never",
    "firmly", "clearly", "flatly", "quickly", "immediately", "openly", "privately", "bluntly", "famously",
    "reportedly", "subsequently", "finally", "first", "told", "once", "often", "always", "still",
    "remembered", "went", "on"};

// Common given names whose gender is clear in English-language news (names used for both, such as "Chris",
// "Jean", "Alex", "Robin" or "Lee", and ones whose gender differs between languages, such as "Andrea" and
// "Nicola", are left out on purpose). Only the first word of a multi-word person name is
// looked up, so a given name that is also a surname ("James" in "LeBron James") does no harm.
constexpr std::string_view kMaleNames[] = {
    "aaron", "abdul", "adam", "ahmed", "alan", "albert", "alexander", "alexei", "ali", "alistair", "andre",
    "andrew", "andreas", "angelo", "anthony", "antonio", "arnold", "arthur", "barack", "ben", "benjamin",
    "bernard", "bill", "bob", "boris", "brad", "brian", "bruce", "carl", "carlos", "charles", "christian",
    "christopher", "colin", "craig", "dan", "daniel", "darren", "dave", "david", "dennis", "dieter", "dmitry",
    "donald", "doug", "douglas", "ed", "eddie", "edward", "emmanuel", "eric", "erik", "francois", "frank",
    "franz", "fred", "frederick", "fritz", "gary", "george", "georg", "gerald", "gerhard", "gordon", "greg",
    "gregory", "hans", "harold", "harry", "heinz", "henry", "howard", "hugh", "hugo", "ian", "ivan", "jack",
    "jacques", "jake", "james", "jason", "jeff", "jeffrey", "jerry", "jim", "jimmy", "joe", "johann",
    "john", "jonathan", "jorge", "jose", "joseph", "juan", "julien", "justin", "keith", "ken", "kenneth",
    "kevin", "klaus", "larry", "lawrence", "leon", "louis", "luis", "manuel", "marc", "marco", "mario",
    "mark", "martin", "matthew", "michael", "michel", "mike", "mikhail", "mohamed", "mohammed", "muhammad",
    "nathan", "neil", "nicholas", "nick", "nicolas", "nikolai", "oliver", "omar", "oscar", "patrick", "paul",
    "pedro", "peter", "philip", "phillip", "pierre", "ralph", "ray", "raymond", "richard", "rick", "rob",
    "robert", "roger", "ron", "ronald", "roy", "rupert", "russell", "ryan", "samuel", "scott", "sean",
    "sebastian", "sergei", "sergey", "stephen", "steve", "steven", "stuart", "ted", "thomas", "tim",
    "timothy", "todd", "tom", "tony", "victor", "vladimir", "walter", "warren", "wayne", "william", "wolfgang",
    "yuri",
    // International given names (Spanish, Portuguese, French, Germanic, Nordic, Italian, Slavic, Arabic,
    // Turkish, Indian, Japanese, Irish): news quotes people from everywhere.
    "derek", "callum", "jonas", "koen", "andrés", "andres", "tomás", "tomas", "joaquim", "fábio", "fabio",
    "arne", "declan", "gareth", "marcus", "laurens", "emil", "simon", "alejandro", "alberto", "álvaro",
    "alvaro", "ángel", "diego", "eduardo", "emilio", "enrique", "ernesto", "esteban", "felipe", "fernando",
    "francisco", "gonzalo", "guillermo", "ignacio", "javier", "jesús", "joaquín", "julio", "lorenzo", "lucas",
    "luís", "mateo", "miguel", "pablo", "rafael", "ramón", "raúl", "ricardo", "roberto", "rodrigo", "santiago",
    "sergio", "vicente", "joão", "paulo", "rui", "gonçalo", "thiago", "tiago", "sérgio", "rogério", "antoine",
    "baptiste", "benoît", "christophe", "clément", "didier", "françois", "frédéric", "guillaume", "henri",
    "jérôme", "laurent", "luc", "mathieu", "olivier", "pascal", "philippe", "rené", "sébastien", "thierry",
    "thibault", "yves", "xavier", "bernd", "dirk", "florian", "günter", "jürgen", "karl", "lars", "lukas",
    "markus", "matthias", "niklas", "ralf", "stefan", "thorsten", "uwe", "werner", "wilhelm", "pieter",
    "joost", "sander", "bram", "willem", "henrik", "anders", "bjørn", "magnus", "mats", "nils", "olaf", "sven",
    "mikael", "johan", "jens", "rasmus", "søren", "kristian", "lasse", "alessandro", "francesco", "giovanni",
    "giuseppe", "luca", "matteo", "paolo", "pietro", "salvatore", "stefano", "giorgio", "massimo", "fabrizio",
    "riccardo", "federico", "enrico", "aleksandr", "aleksander", "andrei", "andriy", "bogdan", "dmitri",
    "igor", "jakub", "jerzy", "krzysztof", "marek", "miroslav", "nikola", "oleg", "pavel", "petr", "piotr",
    "tomasz", "vadim", "viktor", "volodymyr", "wojciech", "zbigniew", "stanislav", "yaroslav", "anatoly",
    "maxim", "mykola", "taras", "oleksandr", "oleksiy", "abdullah", "ahmad", "ahmet", "amir", "bilal",
    "faisal", "hassan", "hussein", "ibrahim", "karim", "khalid", "mahmoud", "mehmet", "mustafa", "nabil",
    "rashid", "saeed", "salman", "tariq", "yousef", "youssef", "yusuf", "hamid", "reza", "hossein", "emre",
    "murat", "kemal", "aditya", "ajay", "amit", "anil", "arjun", "arun", "ashok", "deepak", "gaurav", "harish",
    "karan", "manoj", "mohan", "mukesh", "narendra", "prakash", "rahul", "raj", "rajesh", "rakesh", "ramesh",
    "ravi", "rohit", "sanjay", "sandeep", "sunil", "suresh", "vijay", "vikram", "vivek", "sachin", "nikhil",
    "rohan", "siddharth", "hiroshi", "takashi", "kenji", "haruto", "satoshi", "shinzo", "akira", "kazuo",
    "yoshiro", "alfred", "barry", "billy", "bradley", "brendan", "clive", "conor", "connor", "dominic",
    "duncan", "dylan", "edwin", "elliot", "elliott", "ethan", "euan", "fergus", "finn", "gavin", "geoffrey",
    "graham", "hamish", "harvey", "jeremy", "joel", "jon", "josh", "joshua", "kieran", "kyle", "liam", "luke",
    "malcolm", "neville", "nigel", "noah", "owen", "phil", "rhys", "rory", "ross", "seamus", "shane",
    "stanley", "trevor", "vincent", "wesley", "zach", "zachary", "edmund", "gerard", "kenny", "matt",
    "nathaniel", "quentin", "reginald", "rodney", "roland", "rufus", "tobias", "toby", "tristan", "vernon",
    "wilfred", "adrian", "aidan", "angus", "benedict", "cedric", "clifford", "cyril", "damian", "desmond",
    "elijah", "felix", "francis", "gilbert", "isaac", "jacob", "jared", "jerome", "julian", "kurt", "leonard",
    "lionel", "marvin", "norman", "percy", "reuben", "seth", "theo", "theodore", "tyler", "wallace", "seán",
    "ciarán", "cian", "eoin", "niall", "padraig", "diarmuid", "oisín"};
constexpr std::string_view kFemaleNames[] = {
    "alice", "alison", "amanda", "amy", "angela", "angelina", "ann", "anna", "anne", "barbara",
    "betty", "brenda", "carla", "carol", "caroline", "catherine", "cheryl", "christina", "christine", "claire",
    "claudia", "cynthia", "deborah", "diana", "diane", "donna", "dorothy", "elena", "elizabeth", "ellen",
    "emily", "emma", "eva", "fiona", "gillian", "gloria", "hannah", "heather", "helen", "helena", "hillary",
    "ingrid", "irene", "isabel", "jane", "janet", "janice", "jennifer", "jessica", "joan", "joanna", "josephine",
    "judith", "judy", "julia", "julie", "karen", "katherine", "kathleen", "kathryn", "kathy", "kate",
    "laura", "linda", "lisa", "louise", "lucy", "margaret", "maria", "marie", "marina", "martha", "mary",
    "melissa", "michelle", "monica", "nancy", "natalia", "natalie", "nicole", "olga", "pamela",
    "patricia", "rachel", "rebecca", "ruth", "sandra", "sarah", "sharon", "sheila", "sophie", "stephanie",
    "susan", "svetlana", "teresa", "theresa", "tina", "valerie", "victoria", "virginia", "wendy", "yulia",
    // International given names (Spanish, Portuguese, French, Germanic, Nordic, Italian, Slavic, Arabic,
    // Turkish, Indian, Japanese, Irish): news quotes people from everywhere.
    "aisha", "ayesha", "fatima", "fatma", "leila", "layla", "mariam", "maryam", "yasmin", "yasmine", "zainab",
    "zeynep", "amira", "samira", "nadia", "rania", "salma", "priya", "anjali", "ananya", "deepa", "divya",
    "kavita", "lakshmi", "meera", "neha", "pooja", "priyanka", "radha", "sunita", "sonia", "shreya", "anita",
    "asha", "indira", "gita", "geeta", "lucía", "lucia", "ana", "beatriz", "carmen", "catalina", "cristina",
    "daniela", "fernanda", "gabriela", "isabella", "juliana", "luana", "luciana", "luisa", "marta", "pilar",
    "raquel", "rosa", "silvia", "sofía", "sofia", "valentina", "ximena", "adriana", "alejandra", "camila",
    "francisca", "inês", "joana", "mariana", "rafaela", "amélie", "aurélie", "brigitte", "céline", "chantal",
    "delphine", "françoise", "geneviève", "isabelle", "juliette", "margaux", "mathilde", "nathalie",
    "sandrine", "ségolène", "sylvie", "véronique", "virginie", "yvonne", "agnès", "anaïs", "manon", "léa",
    "chloé", "chloe", "clémence", "hélène", "madeleine", "marine", "annika", "astrid", "birgit", "britta",
    "frida", "gudrun", "heidi", "helga", "ilse", "ingeborg", "inga", "karin", "katrin", "kerstin", "liv",
    "maja", "marit", "sabine", "sigrid", "silke", "solveig", "ulrike", "ursula", "anke", "antje", "ute",
    "greta", "liesbeth", "mieke", "saskia", "sanne", "femke", "kirsten", "lena", "linnea", "elin", "ebba",
    "freya", "hanna", "johanna", "katarina", "kristina", "malin", "mette", "pernille", "tove", "signe",
    "alessandra", "chiara", "francesca", "giulia", "giovanna", "federica", "elisa", "paola", "roberta",
    "serena", "alessia", "martina", "beatrice", "sara", "agnieszka", "alina", "anastasia", "darya",
    "ekaterina", "irina", "katarzyna", "ksenia", "larisa", "lyudmila", "magdalena", "malgorzata", "milena",
    "nadezhda", "natasha", "oksana", "tatiana", "tatyana", "vera", "yana", "yelena", "zofia", "zuzana",
    "iryna", "olena", "kateryna", "ivana", "jelena", "mira", "vesna", "ewa", "beata", "renata", "dorota",
    "jana", "petra", "lenka", "akiko", "keiko", "yoko", "yuko", "tomoko", "naoko", "haruka", "yumi", "mariko",
    "hiroko", "emiko", "kyoko", "megumi", "ayumi", "abigail", "adele", "agnes", "alexandra", "alicia",
    "amelia", "annabel", "annette", "audrey", "belinda", "bethany", "beverly", "bridget", "caitlin", "carolyn",
    "cassandra", "charlotte", "clara", "colleen", "constance", "daisy", "danielle", "debbie", "denise",
    "doris", "edith", "eileen", "eleanor", "elaine", "ella", "eloise", "esther", "evelyn", "felicity",
    "frances", "gemma", "georgina", "grace", "gwen", "harriet", "hazel", "imogen", "isla", "jacqueline",
    "jasmine", "jenny", "jill", "joanne", "jocelyn", "joyce", "katie", "kayla", "kirsty", "lauren", "leah",
    "lillian", "lily", "lorraine", "lydia", "lynn", "mabel", "maggie", "marian", "marion", "marjorie",
    "maureen", "megan", "melanie", "mildred", "miranda", "molly", "muriel", "naomi", "nina", "nora", "norma",
    "olivia", "pauline", "penelope", "penny", "phoebe", "phyllis", "polly", "priscilla", "rachael", "rebekah",
    "rita", "rosalind", "rosemary", "rosie", "samantha", "shannon", "shirley", "siobhan", "siobhán",
    "susannah", "sylvia", "tamsin", "tara", "tessa", "tracy", "vanessa", "violet", "winifred", "zoe", "zoë",
    "sorcha", "aoife", "niamh", "orla", "ciara"};
constexpr std::string_view kMaleTitles[] = {"mr", "sir", "lord", "king", "prince", "spokesman",
                                            "congressman", "businessman", "sheikh", "emir", "sultan"};
constexpr std::string_view kFemaleTitles[] = {"mrs", "ms", "miss", "lady", "dame", "queen", "princess",
                                              "spokeswoman", "chairwoman", "congresswoman", "businesswoman"};

}  // namespace

bool is_title_word(std::string_view w) {
  static const WordSet set(kTitles);
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return set.contains(w);
}
bool is_org_word(std::string_view w) {
  static const WordSet set(kOrgWords);
  return set.contains(w);
}
bool is_not_name_word(std::string_view w) {
  static const WordSet set(kNotNames);
  return set.contains(w);
}
bool is_name_connector(std::string_view w) {
  static const WordSet set(kConnectors);
  return set.contains(w);
}
bool is_person_noun(std::string_view w) {
  static const WordSet set(kPersonNouns);
  return set.contains(w);
}
bool is_org_noun(std::string_view w) {
  static const WordSet set(kOrgNouns);
  return set.contains(w);
}
bool is_determiner(std::string_view w) {
  static const WordSet set(kDeterminers);
  return set.contains(w);
}
bool is_indefinite(std::string_view w) {
  static const WordSet set(kIndefinite);
  return set.contains(w);
}
bool is_verb_filler(std::string_view w) {
  static const WordSet set(kFillers);
  return set.contains(w);
}

bool is_post_nominal(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  // Written in capitals (or "PhD", "Jr"), so "Mp" or "md" in running text are not taken.
  static constexpr std::string_view kPost[] = {"KC", "QC", "MP", "MEP", "MSP", "PhD", "MD", "Jr", "Sr", "OBE",
                                               "MBE", "CBE", "KBE", "DBE", "FRS", "Esq", "III"};
  for (auto x : kPost)
    if (w == x) return true;
  return false;
}

bool is_document_noun(std::string_view w) {
  static constexpr std::string_view kWords[] = {"statement", "report", "website", "site", "invitation", "memo",
                                                "release", "letter", "filing", "announcement", "email", "message"};
  for (auto x : kWords)
    if (iequals(w, x)) return true;
  return false;
}

bool is_month_word(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june",
                                                 "july", "august", "september", "october", "november", "december"};
  for (auto x : kMonths)
    if (iequals(w, x)) return true;
  return false;
}

Gender gender_of_given_name(std::string_view w) {
  static const WordSet male(kMaleNames), female(kFemaleNames);
  if (male.contains(w)) return Gender::male;
  if (female.contains(w)) return Gender::female;
  return Gender::unknown;
}

Gender gender_of_title(std::string_view w) {
  static const WordSet male(kMaleTitles), female(kFemaleTitles);
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (male.contains(w)) return Gender::male;
  if (female.contains(w)) return Gender::female;
  return Gender::unknown;
}

Pronoun pronoun_of(std::string_view w) {
  if (iequals(w, "he")) return Pronoun::he;
  if (iequals(w, "she")) return Pronoun::she;
  if (iequals(w, "they")) return Pronoun::they;
  if (iequals(w, "it")) return Pronoun::it;
  if (iequals(w, "i")) return Pronoun::i;
  if (iequals(w, "we")) return Pronoun::we;
  return Pronoun::none;
}

}  // namespace textchain::quotes
