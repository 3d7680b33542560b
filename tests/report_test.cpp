#include "inmail/report.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace inmail {
namespace {

TEST(Report, CsvHasTheMonthTableThenTheGroups) {
  // Recruiter, 2 months from January 2015, no sends: 150 + 100 bonus, then 150.
  const Result result = testing::project_json_scenario(R"({"months": 2})");
  EXPECT_EQ(result_to_csv(result, ""),
            "Month,Opening,Granted,Bonus,Refunded,Sent,Unsent,Responses,Expired,Closing\n"
            "2015-01,0,150,100,0,0,0,0,0,250\n"
            "2015-02,250,150,0,0,0,0,0,0,400\n"
            "\n"
            "Group,Sent,Unsent,Responses,Refunded,13 % rule warning days\n"
            "Group 1,0,0,0,0,0\n");
}

TEST(Report, CsvListsTheCostsInTheUsersCurrency) {
  // 2 seats x 12.5 x 1 month = 25.00; 44 sent (22 each): 2500 / 44 = 56.8 -> 57
  // cents; 22 responses at 50 %: 2500 / 22 = 113.6 -> 114 cents.
  const Result result = testing::project_json_scenario(
      R"({"plan": "recruiter_lite", "months": 1, "seats": 2, "sends_per_month": 22,
          "response_rate": 50, "response_days": 1, "seat_prices": {"recruiter_lite": 12.5}})");
  const std::string csv = result_to_csv(result, "EUR");
  EXPECT_NE(csv.find("\nCost,Amount\n"
                     "Total cost (EUR),25.00\n"
                     "Cost per InMail sent (EUR),0.57\n"
                     "Cost per response (EUR),1.14\n"),
            std::string::npos)
      << csv;
}

TEST(Report, CsvQuotesNamesAndDefusesFormulas) {
  const Result result = testing::project_json_scenario(
      R"json({"groups": [{"name": "Sales, \"EMEA\""}, {"name": "=HYPERLINK(1)"}]})json");
  const std::string csv = result_to_csv(result, "");
  EXPECT_NE(csv.find("\n\"Sales, \"\"EMEA\"\"\",0,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\n'=HYPERLINK(1),0,"), std::string::npos) << csv;
}

TEST(Report, TableShowsMonthsAndSummary) {
  const Scenario scenario =
      testing::scenario_from(R"({"months": 1, "sends_per_month": 22, "response_rate": 50})");
  const std::string table = format_table(scenario, project(scenario), "");
  EXPECT_NE(table.find("2015-01"), std::string::npos);
  EXPECT_NE(table.find("InMails sent: 22"), std::string::npos);
  EXPECT_NE(table.find("Break-even response rate: 0.00%"), std::string::npos);
}

TEST(Report, TableExplainsSolversWithoutAnAnswer) {
  const char* const cases[][2] = {
      {R"({"groups": [{}, {}]})", "Break-even response rate: n/a (One group only)"},
      {R"({"groups": [{}, {}]})", "Largest sustainable sends per seat and month: n/a (One group"},
      {R"({"policy": "legacy"})", "Break-even response rate: n/a (Not before 2015)"},
      {R"({"plan": "custom", "allotment": 0, "sends_per_month": 5})",
       "Break-even response rate: n/a (Even 100 % is not enough)"},
  };
  for (const auto& [json, expected] : cases) {
    const Scenario scenario = testing::scenario_from(json);
    EXPECT_NE(format_table(scenario, project(scenario), "").find(expected), std::string::npos)
        << json;
  }
}

}  // namespace
}  // namespace inmail
