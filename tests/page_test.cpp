// What the pages get from the engine: the page JSON for a scenario as given,
// for a link, the CSV and the report helper.
#include "inmail/page.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "inmail/json.h"
#include "test_support.h"

namespace inmail {
namespace {

using nlohmann::json;

json page(const std::string& scenario, bool comparisons = false, bool monte_carlo = false) {
  return json::parse(page_json({scenario, "EUR", testing::kToday, comparisons, monte_carlo}));
}

TEST(Page, ShowsTheFiguresTheLinkAndTheDefaultsInForce) {
  const std::string scenario = R"({"policy": "current", "plan": "recruiter", "seats": 2})";
  const json shown = page(scenario);
  EXPECT_EQ(shown["query"], "v=2&seats=2&currency=EUR");
  EXPECT_EQ(shown["errors"], json::array());
  EXPECT_EQ(shown["result"], json::parse(project_json(scenario, testing::kToday).json));
  EXPECT_EQ(shown["notes"]["defaults"]["balance_cap"], "600 = 4 x 150 (help pages)");
  EXPECT_EQ(shown["notes"]["defaults"]["start"], "2026-11 (this month)");
  EXPECT_EQ(shown["notes"]["defaults"]["expiry_days"],
            "none: the cap alone limits the balance (help pages)");
  EXPECT_EQ(shown["notes"]["solvers"]["max_sustainable_sends"], nullptr);
}

TEST(Page, KeepsTheLinkAndDefaultsWhenTheInputHasErrors) {
  const json shown = page(R"({"policy": "current", "plan": "recruiter_lite", "months": "abc"})");
  EXPECT_EQ(shown["result"], nullptr);
  EXPECT_EQ(shown["errors"],
            json::parse(R"([{"field": "months", "message": "must be a whole number"}])"));
  EXPECT_EQ(shown["query"], "v=2&plan=recruiter_lite&months=abc&currency=EUR");
  EXPECT_EQ(shown["notes"]["defaults"]["balance_cap"], "120 = 4 x 30 (help pages)");
}

TEST(Page, ExplainsSolversWithoutAnAnswer) {
  const json shown = page(R"({"policy": "legacy", "groups": [{}, {}]})");
  EXPECT_EQ(shown["notes"]["solvers"]["max_sustainable_sends"]["code"], "several_groups");
  EXPECT_EQ(page(R"({"policy": "legacy"})")["notes"]["solvers"]["break_even_response_rate"]["code"],
            "legacy");
}

// The figures on the page's own thread leave Monte Carlo and the
// comparisons to workers; each is added on request.
TEST(Page, AddsComparisonsAndMonteCarloOnRequest) {
  const std::string scenario = R"({"policy": "current", "plan": "recruiter_lite",
      "sends_per_month": 20, "response_rate": 20, "trials": 5,
      "seat_prices": {"recruiter_lite": 170}})";
  EXPECT_EQ(page(scenario)["result"]["monte_carlo"], nullptr);
  EXPECT_EQ(page(scenario)["result"]["comparisons"], nullptr);
  EXPECT_EQ(page(scenario, false, true)["result"]["monte_carlo"]["trials"], 5);
  const json compared = page(scenario, true);
  EXPECT_EQ(compared["result"]["comparisons"]["plans"].size(), 6u);
  // Only Recruiter Lite has a price, and it leaves nothing unsent.
  EXPECT_EQ(compared["notes"]["cheapest_plan"], "recruiter_lite");
}

TEST(Page, WarnsOfTheThirteenPercentRule) {
  // 300 InMails a month at 10 %: about 140 in any 14 days from the second week on.
  const json shown = page(R"({"policy": "current", "start": "2027-03", "months": 1,
      "groups": [{"name": "Sourcers", "sends_per_month": 300, "response_rate": 10}]})");
  ASSERT_EQ(shown["notes"]["rate_warnings"].size(), 1u);
  EXPECT_EQ(shown["notes"]["rate_warnings"][0]["group"], 0);
  EXPECT_EQ(
      shown["notes"]["rate_warnings"][0]["text"].get<std::string>().rfind("Sourcers trips", 0), 0u);
}

TEST(Page, OpensALinkWithItsScenarioAndCurrency) {
  const json opened =
      json::parse(open_link_json("v=2&plan=recruiter_lite&currency=USD", testing::kToday));
  EXPECT_EQ(opened["scenario"], json::parse(R"({"policy": "current", "plan": "recruiter_lite"})"));
  EXPECT_EQ(opened["currency"], "USD");
  EXPECT_EQ(opened["errors"], json::array());
  EXPECT_EQ(opened["result"]["resolved"]["start"], "2026-11");
  EXPECT_EQ(opened["query"], "v=2&plan=recruiter_lite&currency=USD");
}

TEST(Page, ListsALinksOwnProblemsFirstAndShowsNoFigures) {
  const json opened = json::parse(open_link_json("plan=%ff&months=999999", testing::kToday));
  EXPECT_EQ(opened["errors"], json::parse(R"([
      {"field": "plan", "message": "is not UTF-8 text in the link"},
      {"field": "months", "message": "must be between 1 and 120"}])"));
  EXPECT_EQ(opened["result"], nullptr);
  // A link whose only problem is its own still shows no figures.
  EXPECT_EQ(json::parse(open_link_json("months=3&months=4", testing::kToday))["result"], nullptr);
}

// Whatever the text, the page gets JSON with its problems named.
TEST(Page, SurvivesHostileLinks) {
  const std::string hostile[] = {
      "%",
      "%%%%",
      "&&&=&=",
      "=1",
      "plan",
      "groups=[",
      "groups=" + std::string(3000, '['),
      "seats=1e999",
      "seed=-1",
      "months=" + std::string(70000, '9'),
      "name=%00",
      "\xff\xfe=\xff",
      "groups=[{\"name\":\"" + std::string(100, 'x') + "\"}]",
  };
  for (const std::string& query : hostile) {
    const json opened = json::parse(open_link_json(query, testing::kToday));
    EXPECT_FALSE(opened["errors"].empty()) << query;
    EXPECT_EQ(opened["result"], nullptr) << query;
  }
}

TEST(Page, CsvComesFromTheEnginesWriter) {
  const json csv = json::parse(csv_json(R"({"months": 1})", "USD", testing::kToday));
  EXPECT_EQ(csv["csv"].get<std::string>().rfind(
                "Month,Opening,Granted,Bonus,Refunded,Sent,Unsent,Responses,Expired,Closing\n"
                "2015-01,0,150,100,0,0,0,0,0,250\n",
                0),
            0u);
  EXPECT_EQ(json::parse(csv_json(R"({"months": 0})", "", testing::kToday))["errors"][0]["field"],
            "months");
}

TEST(Page, TurnsReportCountsIntoARate) {
  EXPECT_EQ(json::parse(report_rate_json(R"({"sent": 200, "accepted": 20, "declined": 6})")),
            json::parse(R"({"response_rate": 13, "errors": []})"));
  EXPECT_EQ(json::parse(report_rate_json(R"({"sent": 3, "accepted": 1, "declined": 0})")),
            json::parse(R"({"response_rate": 33.33, "errors": []})"));
  const json bad = json::parse(report_rate_json(R"({"sent": "x", "accepted": 1})"));
  EXPECT_EQ(bad["response_rate"], nullptr);
  EXPECT_EQ(bad["errors"], json::parse(R"([{"field": "sent", "message": "must be a whole number"},
      {"field": "declined", "message": "must be a whole number"}])"));
}

}  // namespace
}  // namespace inmail
