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
  const Result result = testing::project_json_scenario(
      R"({"months": 1, "sends_per_month": 22, "response_rate": 50})");
  const std::string table = format_table(result);
  EXPECT_NE(table.find("2015-01"), std::string::npos);
  EXPECT_NE(table.find("InMails sent: 22"), std::string::npos);
  EXPECT_NE(table.find("Break-even response rate: 0.00%"), std::string::npos);
}

}  // namespace
}  // namespace inmail
