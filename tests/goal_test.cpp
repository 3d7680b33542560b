// The responses goal of spec section 4d, worked by hand. January 2016 has
// 21 business days; with responses 89 days after their sends nothing comes
// back within one month, so a row needs its whole volume in allotments.
#include <gtest/gtest.h>

#include "inmail/json.h"
#include "inmail/projection.h"
#include "test_support.h"

namespace inmail {
namespace {

using testing::project_json_scenario;

// 30 responses a month at 100 %: the team sends S = ceil(30 * 10000 / 10000)
// = 30 a month, in January 2016 under the 2015 policy.
constexpr const char* kThirtyResponses = R"({"plan": "premium_career", "start": "2016-01",
    "months": 1, "sends_per_month": [0], "response_rate": 100, "response_days": 89,
    "goal_responses": 30, "seat_prices": {"premium_career": 2.5}})";

const GoalRow& row_of(const Goal& goal, Plan plan) {
  for (const GoalRow& row : goal.rows) {
    if (row.plan == plan) return row;
  }
  ADD_FAILURE() << "no row for " << plan_info(plan).name;
  return goal.rows.front();
}

TEST(Goal, FindsTheFewestSeatsThatSendTheTeamsVolume) {
  const Result result = project_json_scenario(kThirtyResponses);
  ASSERT_TRUE(result.goal);
  const Goal& goal = *result.goal;
  EXPECT_EQ(goal.responses_per_month, 30);
  EXPECT_EQ(goal.sends_per_month, 30);
  EXPECT_FALSE(goal.reason);
  // Premium Career: 5 credits a seat, so ceil(30 / n) <= 5 from 6 seats on.
  const GoalRow& career = row_of(goal, Plan::kPremiumCareer);
  EXPECT_EQ(career.allotment, 5);
  EXPECT_FALSE(career.pooled);
  EXPECT_FALSE(career.balance_cap);  // none under the 2015 policy
  EXPECT_EQ(career.seats, 6);
  EXPECT_EQ(career.sends_per_seat, 5);
  ASSERT_TRUE(career.totals);
  EXPECT_EQ(career.totals->granted, 30);  // 5 x 6 seats on 1 January
  EXPECT_EQ(career.totals->sent, 30);
  EXPECT_EQ(career.totals->unsent, 0);
  EXPECT_EQ(career.totals->responses, 0);
  EXPECT_EQ(career.totals->pending_refunds, 30);
  // 2.50 x 6 seats x 1 month; 1500 / 30 sent; no response to divide by.
  ASSERT_TRUE(career.totals->cost);
  EXPECT_EQ(career.totals->cost->total_cents, 1500);
  EXPECT_EQ(career.totals->cost->per_sent_cents, 50);
  EXPECT_FALSE(career.totals->cost->per_response_cents);
}

TEST(Goal, HasARowForEveryPlanOfThePlanComparison) {
  const Goal goal = *project_json_scenario(kThirtyResponses).goal;
  // The 2015 policy's plans in the spec's order; custom is not the own plan.
  std::vector<Plan> plans;
  for (const GoalRow& row : goal.rows) plans.push_back(row.plan);
  EXPECT_EQ(plans,
            (std::vector<Plan>{Plan::kRecruiter, Plan::kRecruiterProfessionalServices,
                               Plan::kRecruiterLite, Plan::kTalentFinder, Plan::kSalesNavigator,
                               Plan::kPremiumCareer, Plan::kPremiumBusiness}));
  // A pooled Recruiter seat has 150; Recruiter Lite's 30 is exactly enough;
  // Talent Finder (25) and Premium Business (15) need two seats of 15.
  EXPECT_EQ(row_of(goal, Plan::kRecruiter).seats, 1);
  EXPECT_TRUE(row_of(goal, Plan::kRecruiter).pooled);
  EXPECT_EQ(row_of(goal, Plan::kRecruiter).totals->granted, 150);
  EXPECT_EQ(row_of(goal, Plan::kRecruiterLite).seats, 1);
  EXPECT_EQ(row_of(goal, Plan::kRecruiterLite).sends_per_seat, 30);
  EXPECT_EQ(row_of(goal, Plan::kTalentFinder).seats, 2);
  EXPECT_EQ(row_of(goal, Plan::kTalentFinder).sends_per_seat, 15);
  EXPECT_EQ(row_of(goal, Plan::kPremiumBusiness).seats, 2);
  EXPECT_EQ(row_of(goal, Plan::kPremiumBusiness).totals->granted, 30);
  // Rows without a price have no cost; the only priced row is the cheapest.
  EXPECT_FALSE(row_of(goal, Plan::kRecruiter).totals->cost);
  EXPECT_EQ(goal.cheapest, Plan::kPremiumCareer);
}

TEST(Goal, CheapestIsTheLowestTotalCostAndTheFirstOnATie) {
  std::string scenario = kThirtyResponses;
  const auto with_business_price = [&](const char* price) {
    std::string json = scenario;
    json.replace(json.find(R"("premium_career": 2.5)"), 21,
                 std::string(R"("premium_career": 2.5, "premium_business": )") + price);
    return project_json_scenario(json).goal->cheapest;
  };
  EXPECT_EQ(with_business_price("3"), Plan::kPremiumBusiness);   // 600 < 1500
  EXPECT_EQ(with_business_price("7.5"), Plan::kPremiumCareer);   // 1500 = 1500: the first
  EXPECT_EQ(with_business_price("7.51"), Plan::kPremiumCareer);  // 1502 > 1500
}

// Every row answers, none has a price: no row is the cheapest.
TEST(Goal, NoRowIsCheapestWithoutPrices) {
  std::string json = kThirtyResponses;
  const std::string prices = R"(, "seat_prices": {"premium_career": 2.5})";
  json.erase(json.find(prices), prices.size());
  const Goal goal = *project_json_scenario(json).goal;
  ASSERT_EQ(goal.rows.size(), 7u);
  for (const GoalRow& row : goal.rows) {
    ASSERT_TRUE(row.totals) << plan_info(row.plan).name;
    EXPECT_FALSE(row.totals->cost) << plan_info(row.plan).name;
  }
  EXPECT_FALSE(goal.cheapest);
}

TEST(Goal, RowsAnswerNothingWhenNoSeatCountUpTo100000Does) {
  // One response a month in 10,000 at 0.01 %: 10^10 InMails a month, more
  // than 100,000 seats of any plan hold.
  const Result result = project_json_scenario(R"({"policy": "current", "plan": "premium_career",
      "months": 2, "response_rate": 0.01, "goal_responses": 1000000,
      "seat_prices": {"premium_career": 1}})");
  const Goal& goal = *result.goal;
  EXPECT_EQ(goal.sends_per_month, 10000000000);
  EXPECT_FALSE(goal.reason);
  EXPECT_EQ(goal.rows.size(), 6u);  // today's six plans
  for (const GoalRow& row : goal.rows) {
    EXPECT_FALSE(row.seats) << plan_info(row.plan).name;
    EXPECT_FALSE(row.sends_per_seat);
    EXPECT_FALSE(row.totals);
  }
  EXPECT_FALSE(goal.cheapest);
}

TEST(Goal, NeedsOneGroupWithAResponseRate) {
  Goal goal = *project_json_scenario(R"({"goal_responses": 5, "groups": [
      {"response_rate": 0}, {"response_rate": 20}]})")
                   .goal;
  EXPECT_EQ(goal.reason, GoalReason::kSeveralGroups);  // checked before the rate
  EXPECT_EQ(goal.responses_per_month, 5);
  EXPECT_FALSE(goal.sends_per_month);
  EXPECT_FALSE(goal.cheapest);
  EXPECT_TRUE(goal.rows.empty());
  goal = *project_json_scenario(R"({"goal_responses": 5, "response_rate": 0})").goal;
  EXPECT_EQ(goal.reason, GoalReason::kZeroResponseRate);
  EXPECT_TRUE(goal.rows.empty());
  EXPECT_FALSE(project_json_scenario(R"({"response_rate": 20})").goal);
}

TEST(Goal, RoundsTheTeamsSendsUp) {
  // ceil(1 * 10000 / 3) = 3334 InMails for one response at 0.03 %.
  EXPECT_EQ(project_json_scenario(R"({"goal_responses": 1, "response_rate": 0.03})")
                .goal->sends_per_month,
            3334);
}

TEST(Goal, OwnRowKeepsTheUsersAllotmentAndChangesNothingElse) {
  const std::string base = R"({"policy": "current", "plan": "custom", "allotment": 10,
      "start": "2027-01", "months": 3, "sends_per_month": 12, "response_rate": 50,
      "compare": true)";
  const Result without = project_json_scenario(base + "}");
  const Result with = project_json_scenario(base + R"(, "goal_responses": 10})");
  const GoalRow& own = with.goal->rows.back();
  EXPECT_EQ(own.plan, Plan::kCustom);
  EXPECT_EQ(own.allotment, 10);
  // The goal changes neither the projection nor the comparisons.
  Result compared = with;
  compared.goal.reset();
  EXPECT_EQ(result_to_json(compared), result_to_json(without));
}

}  // namespace
}  // namespace inmail
