#include "inmail/json.h"
#include "inmail/scenario_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "inmail/json_value.h"
#include "test_support.h"

namespace inmail {
namespace {

using nlohmann::json;

std::string read_file(const std::string& path) {
  std::ifstream stream(path);
  std::stringstream text;
  text << stream.rdbuf();
  return text.str();
}

// A compile-time path: under Node, WebAssembly sees no environment variables.
std::string examples_dir() { return INMAIL_TEST_DATA_DIR "/spec_examples/"; }

class SpecExample : public ::testing::TestWithParam<const char*> {};

// The spec's worked examples, computed by an independent implementation.
TEST_P(SpecExample, ReproducesTheResultExactly) {
  const std::string text = read_file(examples_dir() + GetParam());
  ASSERT_FALSE(text.empty()) << "missing example " << GetParam();
  const json example = json::parse(text);
  // An example whose result depends on the caller's month says which.
  const YearMonth today = example.contains("today")
                              ? *parse_year_month(example["today"].get<std::string>())
                              : testing::kToday;
  const JsonOutcome outcome = project_json(example["scenario"].dump(), today);
  ASSERT_TRUE(outcome.ok) << outcome.json;
  EXPECT_EQ(json::parse(outcome.json), example["result"]);
}

INSTANTIATE_TEST_SUITE_P(Json, SpecExample,
                         ::testing::Values("basic-2015.json", "custom-cap-refresh28.json",
                                           "legacy-slow-replies.json", "pooled-two-groups.json",
                                           "today-default-start-cap-none.json",
                                           "today-lite-compare-prices.json",
                                           "today-recruiter-13-percent-rule.json"));

TEST(Json, ResultKeysComeInTheSpecsOrder) {
  const JsonOutcome outcome = project_json(R"({"months": 1})", testing::kToday);
  ASSERT_TRUE(outcome.ok);
  EXPECT_EQ(outcome.json.rfind(R"({"months":[{"month":"2015-01","opening":0,"granted":150,)", 0),
            0u);
  EXPECT_NE(outcome.json.find(R"("monte_carlo":null)"), std::string::npos);
}

TEST(Json, GroupNamesAreEscaped) {
  const JsonOutcome outcome =
      project_json(R"({"groups": [{"name": "Say \"hi\"\\ \u00e9"}]})", testing::kToday);
  ASSERT_TRUE(outcome.ok);
  EXPECT_NE(outcome.json.find(R"("name":"Say \"hi\"\\ é")"), std::string::npos) << outcome.json;
}

TEST(Json, PrettyAndCompactResultsHoldTheSameValues) {
  const Scenario scenario = testing::scenario_from(
      R"({"months": 3, "sends_per_month": 300, "response_rate": 33.3, "trials": 4})");
  const Result result = project(scenario);
  const std::string pretty = result_to_json(result, 2);
  EXPECT_NE(pretty.find("{\n  \"months\": [\n    {\n      \"month\": \"2015-01\","),
            std::string::npos);
  EXPECT_EQ(json::parse(pretty), json::parse(result_to_json(result)));
}

TEST(Json, ErrorsNameTheirFields) {
  const JsonOutcome outcome =
      project_json(R"({"groups": [{"response_rate": 101}]})", testing::kToday);
  EXPECT_FALSE(outcome.ok);
  EXPECT_EQ(
      outcome.json,
      R"({"errors":[{"field":"groups[0].response_rate","message":"must be between 0 and 100"}]})");
}

TEST(Json, ANumberPastTheDoubleRangeIsAnErrorOfItsField) {
  const JsonOutcome outcome = project_json(R"({"months": 1e309})", testing::kToday);
  EXPECT_FALSE(outcome.ok);
  EXPECT_EQ(outcome.json,
            R"({"errors":[{"field":"months","message":"must be between 1 and 120"}]})");
}

TEST(Json, ValidateGivesAnEmptyListForGoodInput) {
  EXPECT_EQ(validate_json("{}", testing::kToday), R"({"errors":[]})");
  EXPECT_EQ(validate_json(R"({"months": 0})", testing::kToday),
            R"({"errors":[{"field":"months","message":"must be between 1 and 120"}]})");
}

TEST(Json, BreakEvenRateIsAPercent) {
  Result result;
  result.solvers.break_even_response_bp = 4515;
  EXPECT_NE(result_to_json(result).find(R"("break_even_response_rate":45.15)"), std::string::npos);
  // Every rate is written as its double bp / 100 would be.
  for (std::int64_t bp = 0; bp <= 10000; ++bp) {
    result.solvers.break_even_response_bp = bp;
    const std::string expected =
        "\"break_even_response_rate\":" + json_double_text(static_cast<double>(bp) / 100.0) + "}";
    ASSERT_NE(result_to_json(result).find(expected), std::string::npos) << bp;
  }
}

TEST(Json, ScenarioRoundTripsThroughItsJson) {
  const Scenario scenario = testing::scenario_from(R"({"policy": "legacy", "plan": "custom",
      "allotment": 40, "start": "2020-06", "months": 7, "pooled": true,
      "groups": [{"name": "A", "seats": 2, "sends_per_month": 10, "response_rate": 25.5,
                  "response_days": 4}, {"name": "B"}],
      "opening_balance": 3, "launch_bonus": false, "expiry_days": 30, "balance_cap": 99,
      "refresh_day": 15, "trials": 5, "seed": 18446744073709551615})");
  const std::string once = scenario_to_json(scenario);
  const ParseResult again = parse_scenario(once, testing::kToday);
  ASSERT_TRUE(again.ok()) << once;
  EXPECT_EQ(scenario_to_json(*again.scenario), once);
  EXPECT_NE(once.find(R"("response_rate":25.5)"), std::string::npos);
  EXPECT_NE(once.find(R"("seed":18446744073709551615)"), std::string::npos);
}

TEST(Json, MonteCarloBlockHasTheSpecsShape) {
  const JsonOutcome outcome =
      project_json(R"({"months": 2, "sends_per_month": 400, "response_rate": 30, "trials": 20,
                       "seed": 5})",
                   testing::kToday);
  ASSERT_TRUE(outcome.ok);
  const json monte_carlo = json::parse(outcome.json)["monte_carlo"];
  EXPECT_EQ(monte_carlo["trials"], 20);
  EXPECT_EQ(monte_carlo["seed"], 5);
  ASSERT_EQ(monte_carlo["months"].size(), 2u);
  for (const char* key :
       {"month", "closing_p10", "closing_p50", "closing_p90", "shortfall_probability"}) {
    EXPECT_TRUE(monte_carlo["months"][0].contains(key)) << key;
  }
}

}  // namespace
}  // namespace inmail
