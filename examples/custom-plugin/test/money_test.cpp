// Unit tests of the money plugin: the figure reader on its own, then the whole plugin inside a host,
// linked in as its static twin.
#include "figure.hpp"

#include <textchain/host.hpp>
#include <textchain/sdk.hpp>

#include <gtest/gtest.h>

#include <string>
#include <variant>

TEXTCHAIN_DECLARE_STATIC_PLUGIN(money);

namespace {

TEST(Figure, ReadsGroupsAndDecimals) {
  auto f = money::read_figure("1,200.50 USD");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->length, 8u);
  EXPECT_DOUBLE_EQ(f->value(0), 1200.5);
  EXPECT_DOUBLE_EQ(f->value(9), 1.2005e12);
}

TEST(Figure, StopsBeforeWhatIsNotPartOfIt) {
  EXPECT_EQ(money::read_figure("27m")->length, 2u);
  EXPECT_EQ(money::read_figure("1,20")->length, 1u);   // not a thousands group
  EXPECT_EQ(money::read_figure("3.")->length, 1u);     // a full stop, not a decimal point
  EXPECT_FALSE(money::read_figure("m27"));
}

TEST(Figure, ScaledValueIsCorrectlyRounded) {
  EXPECT_EQ(money::read_figure("7.2")->value(9), 7200000000.0);
  EXPECT_EQ(money::read_figure("0.1")->value(6), 100000.0);
}

TEST(Figure, ScaleWords) {
  EXPECT_EQ(money::scale_exponent("billion", false), 9);
  EXPECT_EQ(money::scale_exponent("Bn", false), 9);
  EXPECT_EQ(money::scale_exponent("m", false), 0);  // "5 m" is metres as often as millions
  EXPECT_EQ(money::scale_exponent("m", true), 6);   // "5m"
  EXPECT_EQ(money::scale_exponent("people", false), 0);
}

struct Found {
  std::string text;
  std::string currency;
  double value;
};

class MoneyPlugin : public ::testing::Test {
 protected:
  MoneyPlugin() {
    host_.set_use_default_dirs(false);
    host_.add_static_plugin(textchain_plugin_entry_money);
  }

  std::vector<Found> run(std::string_view text, const std::string& options = "") {
    textchain::Chain chain = host_.load_chain_from_string(
        "[chains.m]\nsteps = [{ plugin = \"money\", options = {" + options + "} }]\n");
    textchain::Result r = chain.process(text, {.id = "t", .date = ""});
    EXPECT_TRUE(r.ok());
    std::vector<Found> out;
    for (const auto& a : r.annotations) {
      EXPECT_EQ(a.type, "money");
      const auto* value = a.find("value");
      EXPECT_TRUE(value && std::holds_alternative<double>(*value));
      out.push_back({std::string(r.span_text(a)), std::string(a.get_string("currency")),
                     value ? std::get<double>(*value) : 0.0});
    }
    return out;
  }

  textchain::Host host_;
};

void expect_one(const std::vector<Found>& found, std::string_view text, std::string_view currency, double value) {
  ASSERT_EQ(found.size(), 1u) << "for " << text;
  EXPECT_EQ(found[0].text, text);
  EXPECT_EQ(found[0].currency, currency);
  EXPECT_DOUBLE_EQ(found[0].value, value);
}

TEST_F(MoneyPlugin, CurrencyBeforeTheFigure) {
  expect_one(run("It cost $27 in all."), "$27", "USD", 27);
  expect_one(run("a loan of €1.5 billion."), "€1.5 billion", "EUR", 1.5e9);
  expect_one(run("worth US$ 7.2 bn today"), "US$ 7.2 bn", "USD", 7.2e9);
  expect_one(run("they paid £3bn for it"), "£3bn", "GBP", 3e9);
  expect_one(run("sold for HK$12m."), "HK$12m", "HKD", 12e6);
  expect_one(run("a fine of EUR 40,000 was"), "EUR 40,000", "EUR", 40000);
}

TEST_F(MoneyPlugin, CurrencyAfterTheFigure) {
  expect_one(run("spent 27 million roubles on it"), "27 million roubles", "RUB", 27e6);
  expect_one(run("up to 1,200.50 USD each"), "1,200.50 USD", "USD", 1200.5);
  expect_one(run("some 5 million Canadian dollars"), "5 million Canadian dollars", "CAD", 5e6);
  expect_one(run("about 300 yen."), "300 yen", "JPY", 300);
  expect_one(run("cost 5 million U.S. dollars."), "5 million U.S. dollars", "USD", 5e6);
}

TEST_F(MoneyPlugin, RepeatedCurrencyBelongsToTheAmount) {
  expect_one(run("a $5 million dollars deal"), "$5 million dollars", "USD", 5e6);
}

TEST_F(MoneyPlugin, FiguresWithoutCurrencyAreNotMoney) {
  EXPECT_TRUE(run("27 million people voted in 2025.").empty());
  EXPECT_TRUE(run("He lost 20 pounds.").empty());      // weight: "pounds" needs a scale word
  EXPECT_TRUE(run("the 1990s and the 3rd $").empty());
  expect_one(run("a 20 million pounds budget"), "20 million pounds", "GBP", 20e6);
}

TEST_F(MoneyPlugin, SeveralAmountsInOrder) {
  auto found = run("From $27 to €1.5 billion and 27 million roubles.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].text, "$27");
  EXPECT_EQ(found[1].text, "€1.5 billion");
  EXPECT_EQ(found[2].text, "27 million roubles");
}

TEST_F(MoneyPlugin, CurrenciesOption) {
  auto found = run("From $27 to €1.5 billion.", "currencies = [\"EUR\"]");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].currency, "EUR");
}

TEST_F(MoneyPlugin, MinValueOption) {
  auto found = run("From $27 to €1.5 billion.", "min_value = 1000.0");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "€1.5 billion");
}

TEST_F(MoneyPlugin, DollarOption) {
  expect_one(run("It cost $27.", "dollar = \"AUD\""), "$27", "AUD", 27);
  expect_one(run("It cost US$27.", "dollar = \"AUD\""), "US$27", "USD", 27);
}

TEST_F(MoneyPlugin, BadOptionsAreConfigErrors) {
  EXPECT_THROW(run("x", "dollar = \"usd\""), textchain::ConfigError);
  EXPECT_THROW(run("x", "currencies = [\"euro\"]"), textchain::ConfigError);
  EXPECT_THROW(run("x", "min_valu = 3.0"), textchain::ConfigError);  // unknown option, caught by the host
}

TEST_F(MoneyPlugin, OffsetsAreIntoTheOriginalText) {
  textchain::Chain chain = host_.make_chain({"money"});
  std::string text = "Prix : €1.5 billion";
  textchain::Result r = chain.process(text);
  ASSERT_EQ(r.annotations.size(), 1u);
  EXPECT_EQ(r.annotations[0].begin, text.find("€"));
  EXPECT_EQ(r.annotations[0].end, text.size());
}

}  // namespace
