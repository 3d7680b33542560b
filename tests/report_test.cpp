#include "inmail/report.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace inmail {
namespace {

TEST(Report, CsvHasTheTableHeaderAndOneRowPerMonth) {
  // Recruiter, 2 months from January 2015, no sends: 150 + 100 bonus, then 150.
  const Result result = testing::project_json_scenario(R"({"months": 2})");
  EXPECT_EQ(months_to_csv(result),
            "Month,Opening,Granted,Bonus,Refunded,Sent,Unsent,Responses,Expired,Closing\n"
            "2015-01,0,150,100,0,0,0,0,0,250\n"
            "2015-02,250,150,0,0,0,0,0,0,400\n");
}

TEST(Report, TableShowsMonthsAndSummary) {
  const Scenario scenario =
      testing::scenario_from(R"({"months": 1, "sends_per_month": 22, "response_rate": 50})");
  const std::string table = format_table(scenario, project(scenario));
  EXPECT_NE(table.find("2015-01"), std::string::npos);
  EXPECT_NE(table.find("InMails sent: 22"), std::string::npos);
  EXPECT_NE(table.find("Break-even response rate: 0.00%"), std::string::npos);
}

TEST(Report, TableExplainsSolversWithoutAnAnswer) {
  const char* const cases[][2] = {
      {R"({"groups": [{}, {}]})", "Break-even response rate: n/a (several groups)"},
      {R"({"policy": "legacy"})", "Break-even response rate: n/a (legacy"},
      {R"({"plan": "custom", "allotment": 0, "sends_per_month": 5})",
       "Break-even response rate: none (even 100%"},
  };
  for (const auto& [json, expected] : cases) {
    const Scenario scenario = testing::scenario_from(json);
    EXPECT_NE(format_table(scenario, project(scenario)).find(expected), std::string::npos) << json;
  }
}

}  // namespace
}  // namespace inmail
