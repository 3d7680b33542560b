// The scenario in the URL query (docs/url-query.md): encoding, decoding, and
// the round trip through the engine.
#include "url_query.h"

#include "scenario_inputs.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "inmail/json.h"

namespace inmail_ui {
namespace {

inmail::Scenario scenario_from(std::string_view json_text) {
  inmail::ParseResult parsed = inmail::parse_scenario(json_text, inmail_ui::kToday);
  EXPECT_TRUE(parsed.ok()) << inmail::errors_to_json(parsed.errors);
  return parsed.ok() ? *parsed.scenario : inmail::Scenario{};
}

nlohmann::json decoded(std::string_view query) {
  return nlohmann::json::parse(query_to_scenario_json(query));
}

TEST(UrlQuery, FormEncodingMatchesUrlSearchParams) {
  EXPECT_EQ(form_encode("Hiring managers"), "Hiring+managers");
  EXPECT_EQ(form_encode("a&b=c/d"), "a%26b%3Dc%2Fd");
  EXPECT_EQ(form_encode("-_.*~"), "-_.*%7E");
  EXPECT_EQ(form_encode("\xC3\xA9"), "%C3%A9");  // é in UTF-8
  EXPECT_EQ(form_encode(R"([{"n":1}])"), "%5B%7B%22n%22%3A1%7D%5D");
}

TEST(UrlQuery, FormDecodingUndoesEncodingAndKeepsStrayPercents) {
  EXPECT_EQ(form_decode("Hiring+managers"), "Hiring managers");
  EXPECT_EQ(form_decode("a%26b%3dc"), "a&b=c");
  EXPECT_EQ(form_decode("%C3%A9"), "\xC3\xA9");
  EXPECT_EQ(form_decode("100%"), "100%");
  EXPECT_EQ(form_decode("%zz%4"), "%zz%4");
}

TEST(UrlQuery, DefaultScenarioIsAnEmptyQuery) {
  EXPECT_EQ(scenario_to_query(scenario_from("{}")), "");
}

TEST(UrlQuery, OneGroupUsesTheShorthandKeysAndLeavesDefaultsOut) {
  const inmail::Scenario scenario = scenario_from(
      R"({"policy":"legacy","plan":"recruiter_lite","seats":2,"sends_per_month":100,
          "response_rate":25.5,"response_days":3,"pooled":false,"months":12})");
  EXPECT_EQ(scenario_to_query(scenario),
            "policy=legacy&plan=recruiter_lite&seats=2&sends_per_month=100&response_rate=25.5");
}

TEST(UrlQuery, EveryNonDefaultValueIsWrittenAsJson) {
  const inmail::Scenario scenario = scenario_from(
      R"({"plan":"custom","allotment":300,"start":"2016-02","months":24,"pooled":true,
          "response_rate":25.05,"opening_balance":10,"launch_bonus":false,"expiry_days":30,
          "balance_cap":0,"refresh_day":28,"trials":100,"seed":18446744073709551615})");
  EXPECT_EQ(scenario_to_query(scenario),
            "plan=custom&allotment=300&start=2016-02&months=24&pooled=true&response_rate=25.05"
            "&opening_balance=10&launch_bonus=false&expiry_days=30&balance_cap=0"
            "&refresh_day=28&trials=100&seed=18446744073709551615");
}

TEST(UrlQuery, AnAllotmentEqualToThePlansIsLeftOut) {
  EXPECT_EQ(scenario_to_query(scenario_from(R"({"allotment":150})")), "");
  EXPECT_EQ(scenario_to_query(scenario_from(R"({"allotment":151})")), "allotment=151");
}

TEST(UrlQuery, SeveralGroupsOrARenamedGroupUseTheGroupsArray) {
  const inmail::Scenario renamed = scenario_from(R"({"groups":[{"name":"Sourcers","seats":3}]})");
  EXPECT_EQ(scenario_to_query(renamed),
            "groups=%5B%7B%22name%22%3A%22Sourcers%22%2C%22seats%22%3A3%2C%22sends_per_month%22"
            "%3A0%2C%22response_rate%22%3A0%2C%22response_days%22%3A3%7D%5D");
  EXPECT_EQ(decoded(scenario_to_query(renamed))["groups"][0]["name"], "Sourcers");
}

TEST(UrlQuery, DecodingTurnsValuesIntoJsonExceptTheTextKeys) {
  EXPECT_EQ(decoded("?plan=recruiter_lite&start=2015-01&seats=2&pooled=false&response_rate=25.5"),
            nlohmann::json::parse(R"({"plan":"recruiter_lite","start":"2015-01","seats":2,
                                     "pooled":false,"response_rate":25.5})"));
  // A policy of 2015 stays the string "2015", not the number.
  EXPECT_EQ(decoded("policy=2015")["policy"], "2015");
}

TEST(UrlQuery, DecodingLeavesProblemsForTheEngineToReport) {
  const nlohmann::json scenario = decoded("months=abc&colour=red&seats=");
  EXPECT_EQ(scenario["months"], "abc");
  EXPECT_EQ(scenario["colour"], "red");
  EXPECT_EQ(scenario["seats"], "");

  const inmail::ParseResult parsed = inmail::parse_scenario(scenario.dump(), inmail_ui::kToday);
  std::vector<std::string> fields;
  for (const inmail::FieldError& error : parsed.errors) fields.push_back(error.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"colour", "months", "seats"}));
}

TEST(UrlQuery, DecodingKeepsTheLastOfARepeatedKeyAndSkipsEmptyPairs) {
  EXPECT_EQ(decoded("months=3&&months=4&"), nlohmann::json::parse(R"({"months":4})"));
  EXPECT_EQ(decoded("launch_bonus"), nlohmann::json::parse(R"({"launch_bonus":""})"));
}

TEST(UrlQuery, EveryScenarioSurvivesTheRoundTrip) {
  const char* scenarios[] = {
      "{}",
      R"({"policy":"legacy","plan":"talent_finder","seats":7,"response_rate":0.01})",
      R"({"plan":"premium_business","start":"2100-12","months":120,"balance_cap":45,
          "response_days":89,"sends_per_month":100000,"seed":0})",
      R"({"plan":"custom","allotment":0,"pooled":true,"groups":[
          {"name":"Sourcers & co","seats":3,"sends_per_month":400,"response_rate":25,"response_days":3},
          {"name":"Hiring managers","seats":7,"sends_per_month":40,"response_rate":40.5,"response_days":5}]})",
  };
  for (const char* text : scenarios) {
    const inmail::Scenario original = scenario_from(text);
    const std::string query = scenario_to_query(original);
    const inmail::Scenario round_trip = scenario_from(query_to_scenario_json(query));
    EXPECT_EQ(inmail::scenario_to_json(round_trip), inmail::scenario_to_json(original)) << query;
  }
}

}  // namespace
}  // namespace inmail_ui
