// The link codec (docs/url-query.md): encoding, decoding, hostile links, the
// links earlier versions wrote, and the round trip scenario -> link ->
// scenario.
#include "inmail/link.h"
#include "inmail/scenario_reader.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "inmail/json.h"
#include "inmail/monte_carlo.h"
#include "test_support.h"

namespace inmail {
namespace {

using nlohmann::json;

json scenario_of(std::string_view query) { return json::parse(decode_link(query).scenario_json); }

std::string link_of(const std::string& scenario_json, std::string_view currency = "") {
  const std::optional<std::string> query = encode_link(scenario_json, currency);
  EXPECT_TRUE(query.has_value()) << scenario_json;
  return query.value_or("");
}

std::vector<FieldError> link_errors(std::string_view query) { return decode_link(query).errors; }

TEST(Link, FormEncodingMatchesUrlSearchParams) {
  EXPECT_EQ(form_encode("Hiring managers"), "Hiring+managers");
  EXPECT_EQ(form_encode("a&b=c/d"), "a%26b%3Dc%2Fd");
  EXPECT_EQ(form_encode("-_.*~"), "-_.*%7E");
  EXPECT_EQ(form_encode("\xC3\xA9"), "%C3%A9");  // é in UTF-8
  EXPECT_EQ(form_encode(R"([{"n":1}])"), "%5B%7B%22n%22%3A1%7D%5D");
}

TEST(Link, FormDecodingUndoesEncodingAndKeepsStrayPercents) {
  EXPECT_EQ(form_decode("Hiring+managers"), "Hiring managers");
  EXPECT_EQ(form_decode("a%26b%3dc"), "a&b=c");
  EXPECT_EQ(form_decode("%C3%A9"), "\xC3\xA9");
  EXPECT_EQ(form_decode("100%"), "100%");
  EXPECT_EQ(form_decode("%zz%4"), "%zz%4");
}

TEST(Link, AnEmptyLinkOpensTodaysRules) {
  EXPECT_EQ(scenario_of(""), json::parse(R"({"policy": "current"})"));
  EXPECT_EQ(scenario_of("?"), json::parse(R"({"policy": "current"})"));
  // Today's rules with every default are marked, so that the link differs
  // from the empty one (which opens the pages' worked example).
  EXPECT_EQ(link_of(R"({"policy": "current"})"), "v=2");
  EXPECT_EQ(scenario_of("v=2"), json::parse(R"({"policy": "current"})"));
}

TEST(Link, TodaysRulesAreMarkedNotNamed) {
  const std::string query = link_of(R"({"policy": "current", "plan": "recruiter_lite"})");
  EXPECT_EQ(query, "v=2&plan=recruiter_lite");
  EXPECT_EQ(scenario_of(query), json::parse(R"({"policy": "current", "plan": "recruiter_lite"})"));
}

// A link made before today's rules names no policy: it is a 2015 scenario.
TEST(Link, OlderLinksWithoutAPolicyMean2015) {
  EXPECT_EQ(scenario_of("plan=recruiter_lite&seats=3&sends_per_month=45&response_rate=20"),
            json::parse(R"({"policy": "2015", "plan": "recruiter_lite", "seats": 3,
                            "sends_per_month": 45, "response_rate": 20})"));
  EXPECT_EQ(scenario_of("policy=legacy&months=6")["policy"], "legacy");
}

TEST(Link, OtherPoliciesAreNamed) {
  EXPECT_EQ(link_of(R"({"policy": "2015"})"), "policy=2015");
  EXPECT_EQ(link_of("{}"), "policy=2015");  // the spec's default policy
  EXPECT_EQ(link_of(R"({"policy": "legacy", "months": 6})"), "policy=legacy&months=6");
}

TEST(Link, FixedDefaultsAreLeftOutAndChosenValuesKept) {
  EXPECT_EQ(link_of(R"({"policy": "current", "months": 12, "seats": 1, "trials": 0,
                        "launch_bonus": true, "response_days": 3, "compare": false})"),
            "v=2");
  // A value the user chose stays even where it equals the policy's default:
  // it carries over to comparisons, where a default would not.
  EXPECT_EQ(link_of(R"({"policy": "current", "balance_cap": 600, "pooled": true})"),
            "v=2&pooled=true&balance_cap=600");
  EXPECT_EQ(link_of(R"({"policy": "2015", "allotment": 150, "expiry_days": "none"})"),
            "policy=2015&allotment=150&expiry_days=none");
}

TEST(Link, KeysComeInTheSpecsOrder) {
  EXPECT_EQ(link_of(R"({"seed": 4, "trials": 10, "start": "2027-01", "plan": "recruiter",
                        "policy": "current", "response_rate": 12.5, "months": 3})"),
            "v=2&start=2027-01&months=3&response_rate=12.5&trials=10&seed=4");
}

TEST(Link, OneDefaultNamedGroupUsesTheShorthandKeys) {
  EXPECT_EQ(link_of(R"({"policy": "2015", "groups": [{"name": "Group 1", "seats": 2,
                        "sends_per_month": 100, "response_rate": 25.5}]})"),
            "policy=2015&seats=2&sends_per_month=100&response_rate=25.5");
}

TEST(Link, OtherGroupsUseTheGroupsArray) {
  const std::string query = link_of(R"({"policy": "2015", "groups": [{"name": "Sourcers"}]})");
  EXPECT_EQ(query, "policy=2015&groups=%5B%7B%22name%22%3A%22Sourcers%22%7D%5D");
  EXPECT_EQ(scenario_of(query)["groups"][0]["name"], "Sourcers");
}

// A link keeps whatever the engine will report, so that nothing is lost;
// keys the engine does not know come back apart from the scenario.
TEST(Link, KeepsWrongValuesAndUnknownKeys) {
  const std::string query = link_of(
      R"({"policy": "2015", "months": "abc", "seats": "12", "colour": "red", "name": "x",
          "groups": [{"name": "A"}, {"name": "B"}]})");
  const LinkContents link = decode_link(query);
  EXPECT_EQ(json::parse(link.scenario_json), json::parse(R"({"policy": "2015", "months": "abc",
      "seats": "12", "groups": [{"name": "A"}, {"name": "B"}]})"));
  using Keys = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(link.unknown_keys, (Keys{{"colour", "red"}, {"name", "x"}}));
  EXPECT_TRUE(link.errors.empty());
}

// What mail, social and ad tools add to a shared link says nothing about the
// scenario: it is dropped, whatever its value.
TEST(Link, DropsTrackingParameters) {
  const LinkContents link = decode_link(
      "v=2&plan=recruiter_lite&utm_source=linkedin&utm_medium=social&fbclid=Iw%FF&gclid=x"
      "&msclkid=1&mc_cid=2&mc_eid=3&li_fat_id=4&trk=5");
  EXPECT_EQ(json::parse(link.scenario_json),
            json::parse(R"({"policy": "current", "plan": "recruiter_lite"})"));
  EXPECT_TRUE(link.unknown_keys.empty());
  EXPECT_TRUE(link.errors.empty());  // fbclid's bytes are not read
  // A link of tracking parameters alone names no scenario key: today's rules.
  EXPECT_EQ(scenario_of("utm_source=x"), json::parse(R"({"policy": "current"})"));
  for (const char* key : {"utm_source", "utm_anything", "fbclid", "gclid", "msclkid", "mc_cid",
                          "mc_eid", "_hsenc", "mtm_campaign"}) {
    EXPECT_TRUE(is_tracking_parameter(key)) << key;
  }
  for (const char* key : {"seats", "currency", "ref", "utm", "source", "gclidx"}) {
    EXPECT_FALSE(is_tracking_parameter(key)) << key;
  }
}

TEST(Link, WritesUnknownKeysItKeepsAfterTheScenario) {
  const std::vector<std::pair<std::string, std::string>> unknown = {{"colour", "red & blue"}};
  EXPECT_EQ(encode_link(JsonValue::object({{"policy", "current"}, {"seats", 2}}), "EUR", unknown),
            "v=2&seats=2&colour=red+%26+blue&currency=EUR");
}

// A shorthand key beside `groups` is an error, whatever its value: the link
// keeps it even when it holds the default.
TEST(Link, KeepsShorthandKeysBesideGroups) {
  EXPECT_EQ(link_of(R"({"policy": "2015", "groups": "x", "seats": 1})"),
            "policy=2015&groups=x&seats=1");
}

TEST(Link, WritesSendingPlansAsTheirMonths) {
  EXPECT_EQ(
      link_of(R"({"policy": "current", "sends_per_month": [40, 40, 120], "goal_responses": 20})"),
      "v=2&sends_per_month=40,40,120&goal_responses=20");
  // One month stays a list, which a number is not (its solvers differ).
  EXPECT_EQ(link_of(R"({"policy": "current", "sends_per_month": [40]})"),
            "v=2&sends_per_month=%5B40%5D");
  EXPECT_EQ(scenario_of("v=2&sends_per_month=%5B40%5D")["sends_per_month"], json::parse("[40]"));
  EXPECT_EQ(scenario_of("v=2&sends_per_month=40,40,120&goal_responses=20"),
            json::parse(R"({"policy": "current", "sends_per_month": [40, 40, 120],
                            "goal_responses": 20})"));
  // As typed by hand: spaces, and a bad month that validation names by index.
  EXPECT_EQ(scenario_of("v=2&sends_per_month=40,+x,,7")["sends_per_month"],
            json::parse(R"([40, "x", "", 7])"));
  EXPECT_EQ(scenario_of("v=2&groups=%5B%7B%22sends_per_month%22%3A%5B1%2C2%5D%7D%5D")["groups"],
            json::parse(R"([{"sends_per_month": [1, 2]}])"));
}

// The currency is a label, never JSON: "123" and "null" stay text.
TEST(Link, ReadsTheCurrencyAsText) {
  EXPECT_EQ(decode_link("v=2&currency=123").currency, "123");
  EXPECT_EQ(decode_link("v=2&currency=null").currency, "null");
}

TEST(Link, WritesAPlanOfTwoMonthsAsItsMonths) {
  EXPECT_EQ(link_of(R"({"policy": "current", "sends_per_month": [40, 120]})"),
            "v=2&sends_per_month=40,120");
}

TEST(Link, EncodesOnlyAScenarioObject) {
  EXPECT_FALSE(encode_link("[1]", ""));
  EXPECT_FALSE(encode_link("\"current\"", ""));
  EXPECT_FALSE(encode_link("{", ""));
}

// Only a plan of whole numbers is written as its months: one with a month
// that is no whole number keeps its JSON, so that the link reads back as
// the same (invalid) plan for validation to name.
TEST(Link, WritesAPlanWithAMonthThatIsNoWholeNumberAsJson) {
  EXPECT_EQ(link_of(R"({"policy": "current", "sends_per_month": [40, 40.5]})"),
            "v=2&sends_per_month=%5B40%2C40.5%5D");
  EXPECT_EQ(link_of(R"({"policy": "current", "sends_per_month": [40, "x"]})"),
            "v=2&sends_per_month=%5B40%2C%22x%22%5D");
  EXPECT_EQ(scenario_of("v=2&sends_per_month=%5B40%2C40.5%5D")["sends_per_month"],
            json::parse("[40, 40.5]"));
}

TEST(Link, DecodesValuesAsJsonExceptTheTextKeys) {
  EXPECT_EQ(scenario_of("policy=2015&plan=recruiter_lite&start=2015-01&seats=2&pooled=false"
                        "&response_rate=25.5&balance_cap=none"),
            json::parse(R"({"policy": "2015", "plan": "recruiter_lite", "start": "2015-01",
                            "seats": 2, "pooled": false, "response_rate": 25.5,
                            "balance_cap": "none"})"));
}

TEST(Link, CarriesTheCurrencyLabel) {
  const std::string query = link_of(R"({"policy": "2015"})", "€ (EUR)");
  EXPECT_EQ(query, "policy=2015&currency=%E2%82%AC+%28EUR%29");
  EXPECT_EQ(decode_link(query).currency, "€ (EUR)");
  EXPECT_FALSE(scenario_of(query).contains("currency"));
}

TEST(Link, NamesTheKeyOfTextThatIsNotUtf8) {
  EXPECT_EQ(link_errors("plan=%ff"),
            (std::vector<FieldError>{{"plan", "is not UTF-8 text in the link"}}));
  EXPECT_EQ(link_errors("name=%c3%28"),
            (std::vector<FieldError>{{"name", "is not UTF-8 text in the link"}}));
  // An overlong encoding and a lone surrogate are not UTF-8 either.
  EXPECT_EQ(link_errors("plan=%c0%af").size(), 1u);
  EXPECT_EQ(link_errors("plan=%ed%a0%80").size(), 1u);
  EXPECT_EQ(link_errors("%ff=1"),
            (std::vector<FieldError>{{"", "the link holds a key that is not UTF-8 text"}}));
  EXPECT_TRUE(link_errors("name=%F0%9F%98%80").empty());  // an emoji is fine
}

TEST(Link, ReportsRepeatedKeysAndKeepsTheFirst) {
  const LinkContents contents = decode_link("months=3&&months=4&");
  EXPECT_EQ(contents.errors,
            (std::vector<FieldError>{{"months", "is given more than once in the link"}}));
  EXPECT_EQ(json::parse(contents.scenario_json)["months"], 3);
}

TEST(Link, RefusesLinksLongerThanItWrites) {
  const std::string query = "plan=" + std::string(100 * 1024, 'a');
  const LinkContents contents = decode_link(query);
  ASSERT_EQ(contents.errors.size(), 1u);
  EXPECT_EQ(contents.errors[0].field, "");
  EXPECT_EQ(json::parse(contents.scenario_json), json::parse(R"({"policy": "current"})"));
}

TEST(Link, ReportsUnknownFormatsAndLongCurrencies) {
  EXPECT_EQ(link_errors("v=3&plan=recruiter")[0].field, "v");
  EXPECT_EQ(link_errors("currency=" + std::string(13, 'x'))[0],
            (FieldError{"currency", "must be at most 12 characters"}));
}

TEST(Link, DeepValuesStayText) {
  const std::string deep(5000, '[');
  EXPECT_EQ(scenario_of("v=2&months=" + form_encode(deep))["months"], deep);
}

// Links as the previous version's codec wrote them keep their scenarios.
TEST(Link, LinksOfThePreviousVersionKeepTheirMeaning) {
  const char* const old_links[][2] = {
      {"", R"({"policy": "current"})"},
      {"plan=recruiter_lite&seats=3&sends_per_month=45&response_rate=20",
       R"({"policy": "2015", "plan": "recruiter_lite", "seats": 3, "sends_per_month": 45,
           "response_rate": 20})"},
      {"policy=legacy&plan=custom&allotment=300&start=2016-02&months=24&pooled=true"
       "&response_rate=25.05&opening_balance=10&launch_bonus=false&expiry_days=30&balance_cap=0"
       "&refresh_day=28&trials=100&seed=18446744073709551615",
       R"({"policy": "legacy", "plan": "custom", "allotment": 300, "start": "2016-02",
           "months": 24, "pooled": true, "response_rate": 25.05, "opening_balance": 10,
           "launch_bonus": false, "expiry_days": 30, "balance_cap": 0, "refresh_day": 28,
           "trials": 100, "seed": 18446744073709551615})"},
      {"groups=%5B%7B%22name%22%3A%22Sourcers%22%2C%22seats%22%3A3%2C%22sends_per_month%22"
       "%3A0%2C%22response_rate%22%3A0%2C%22response_days%22%3A3%7D%5D",
       R"({"policy": "2015", "groups": [{"name": "Sourcers", "seats": 3, "sends_per_month": 0,
           "response_rate": 0, "response_days": 3}]})"},
  };
  for (const auto& [query, expected] : old_links) {
    EXPECT_EQ(scenario_of(query), json::parse(expected)) << query;
    EXPECT_TRUE(link_errors(query).empty()) << query;
  }
}

// Scenarios as a user gives them: any subset of the keys, with values of
// every kind the spec allows.
class GivenScenarios {
 public:
  explicit GivenScenarios(std::uint64_t seed) : random_(seed) {}

  json next() {
    json scenario = json::object();
    const char* const policies[] = {"current", "2015", "legacy"};
    scenario["policy"] = policies[between(0, 2)];
    const char* const plans[] = {"recruiter", "recruiter_lite", "custom"};
    scenario["plan"] = plans[between(0, 2)];
    if (scenario["plan"] == "custom" || coin()) scenario["allotment"] = between(0, 500);
    if (coin())
      scenario["start"] =
          "20" + std::to_string(between(10, 40)) + "-0" + std::to_string(between(1, 9));
    if (coin()) scenario["months"] = between(1, 120);
    if (coin()) scenario["pooled"] = scenario["plan"] != "recruiter_lite" && coin();
    if (coin()) {
      scenario["groups"] = json::array();
      for (std::int64_t i = between(1, 3); i > 0; --i) scenario["groups"].push_back(group());
    } else {
      scenario.update(group());
      scenario.erase("name");
    }
    if (coin()) scenario["expiry_days"] = coin() ? json("none") : json(between(1, 3650));
    if (coin()) scenario["balance_cap"] = coin() ? json("none") : json(between(0, 10000));
    if (coin()) scenario["seat_prices"] = {{"recruiter", hundredths(99999)}};
    if (coin()) scenario["seed"] = random_.next();
    return scenario;
  }

 private:
  std::int64_t between(std::int64_t low, std::int64_t high) {
    return low +
           static_cast<std::int64_t>(random_.next() % static_cast<std::uint64_t>(high - low + 1));
  }
  bool coin() { return between(0, 1) == 1; }
  // A number with at most 2 decimals, up to max / 100.
  double hundredths(std::int64_t max) { return static_cast<double>(between(0, max)) / 100.0; }

  json group() {
    const char* const names[] = {"Group 1", "Sourcers & co", "Hiring = managers", "Équipe 🚀"};
    json group = {{"name", names[between(0, 3)]}};
    if (coin()) group["seats"] = between(1, 100000);
    if (coin()) group["sends_per_month"] = between(0, 100000);
    if (coin()) group["response_rate"] = hundredths(10000);
    if (coin()) group["response_days"] = between(1, 89);
    return group;
  }

  Random random_;
};

TEST(Link, EveryScenarioSurvivesTheRoundTrip) {
  GivenScenarios scenarios(2026);
  for (int i = 0; i < 2000; ++i) {
    const json given = scenarios.next();
    const ParseResult original = parse_scenario(given.dump(), testing::kToday);
    ASSERT_TRUE(original.ok()) << given.dump() << errors_to_json(original.errors);
    const std::string query = link_of(given.dump(), i % 2 == 0 ? "EUR" : "");
    const LinkContents decoded = decode_link(query);
    ASSERT_TRUE(decoded.errors.empty()) << query;
    EXPECT_EQ(decoded.currency, i % 2 == 0 ? "EUR" : "");
    const ParseResult round_trip = parse_scenario(decoded.scenario_json, testing::kToday);
    ASSERT_TRUE(round_trip.ok()) << query;
    ASSERT_EQ(scenario_to_json(*round_trip.scenario), scenario_to_json(*original.scenario))
        << given.dump() << "\n"
        << query;
  }
}

}  // namespace
}  // namespace inmail
