// Golden comparisons (spec section 4c) worked out by hand; the comment on
// each case shows the arithmetic. Calendar facts: 1 November 2026 (the tests'
// today) is a Sunday, so November 2026 has 21 business days (2-6, 9-13,
// 16-20, 23-27, 30); 1 February and 1 March 2027 are Mondays; March, April
// and May 2027 have 31 + 30 + 31 = 92 days.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "inmail/projection.h"
#include "inmail/scenario_reader.h"
#include "test_support.h"

namespace inmail {
namespace {

using testing::kHalfAnswered;
using testing::project_json_scenario;

std::vector<Policy> policies_of(const std::vector<ComparisonRow>& rows) {
  std::vector<Policy> policies;
  for (const ComparisonRow& row : rows) policies.push_back(row.policy);
  return policies;
}

std::vector<Plan> plans_of(const std::vector<ComparisonRow>& rows) {
  std::vector<Plan> plans;
  for (const ComparisonRow& row : rows) plans.push_back(row.plan);
  return plans;
}

// A row's resolved values and the totals worked out for it.
struct Expected {
  std::int64_t allotment;
  bool pooled;
  Limit balance_cap;
  std::int64_t granted;
  std::int64_t expired;
};

void expect_row(const ComparisonRow& row, const Expected& expected) {
  SCOPED_TRACE(std::string(policy_name(row.policy)) + " " + std::string(plan_info(row.plan).name));
  EXPECT_EQ(row.allotment, expected.allotment);
  EXPECT_EQ(row.pooled, expected.pooled);
  EXPECT_EQ(row.balance_cap, expected.balance_cap);
  EXPECT_EQ(row.totals.granted, expected.granted);
  EXPECT_EQ(row.totals.expired, expected.expired);
}

constexpr Limit kNone = std::nullopt;

TEST(Comparison, RowsComeInTheSpecsOrderAndOnlyWhereOffered) {
  using P = Plan;
  // Recruiter Lite is offered by every policy; under `current` the plan rows
  // skip Talent Finder, and Custom shows only as the scenario's own plan.
  Result result = project_json_scenario(
      R"({"policy": "current", "plan": "recruiter_lite", "months": 1, "compare": true})");
  ASSERT_TRUE(result.comparisons);
  EXPECT_EQ(policies_of(result.comparisons->policies),
            (std::vector<Policy>{Policy::kLegacy, Policy::k2015, Policy::kCurrent}));
  EXPECT_EQ(plans_of(result.comparisons->plans),
            (std::vector<Plan>{P::kRecruiter, P::kRecruiterProfessionalServices, P::kRecruiterLite,
                               P::kSalesNavigator, P::kPremiumCareer, P::kPremiumBusiness}));

  // Sales Navigator has no legacy allotment: no legacy row.
  result = project_json_scenario(R"({"plan": "sales_navigator", "months": 1, "compare": true})");
  EXPECT_EQ(policies_of(result.comparisons->policies),
            (std::vector<Policy>{Policy::k2015, Policy::kCurrent}));
  EXPECT_EQ(plans_of(result.comparisons->plans),
            (std::vector<Plan>{P::kRecruiter, P::kRecruiterProfessionalServices, P::kRecruiterLite,
                               P::kTalentFinder, P::kSalesNavigator, P::kPremiumCareer,
                               P::kPremiumBusiness}));

  // Talent Finder has no `current` allotment: no current row.
  result = project_json_scenario(
      R"({"policy": "legacy", "plan": "talent_finder", "months": 1, "compare": true})");
  EXPECT_EQ(policies_of(result.comparisons->policies),
            (std::vector<Policy>{Policy::kLegacy, Policy::k2015}));
  EXPECT_EQ(plans_of(result.comparisons->plans),
            (std::vector<Plan>{P::kRecruiter, P::kRecruiterProfessionalServices, P::kRecruiterLite,
                               P::kTalentFinder}));

  // Custom is offered everywhere, and is the last plan row when it is the
  // scenario's own.
  result = project_json_scenario(R"({"policy": "current", "plan": "custom", "allotment": 10,
      "months": 1, "compare": true})");
  EXPECT_EQ(policies_of(result.comparisons->policies),
            (std::vector<Policy>{Policy::kLegacy, Policy::k2015, Policy::kCurrent}));
  EXPECT_EQ(
      plans_of(result.comparisons->plans),
      (std::vector<Plan>{P::kRecruiter, P::kRecruiterProfessionalServices, P::kRecruiterLite,
                         P::kSalesNavigator, P::kPremiumCareer, P::kPremiumBusiness, P::kCustom}));
  for (const ComparisonRow& row : result.comparisons->policies) {
    EXPECT_EQ(row.allotment, 10) << policy_name(row.policy);
  }

  EXPECT_FALSE(project_json_scenario(R"({"months": 1})").comparisons);
}

// kHalfAnswered (test_support.h): Recruiter Lite under `current`, November
// 2026 (today's month, no start given): one send a business day (21), half answered 3 days later.
// Send k (1-based, on the k-th business day) draws a response when k is even: Tue 3 -> Fri 6, Thu 5
// -> Sun 8, Mon 9 -> Thu 12, Wed 11 -> Sat 14, Fri 13 -> Mon 16, Tue 17 -> Fri 20, Thu 19 -> Sun
// 22, Mon 23 -> Thu 26, Wed 25 -> Sat 28, Fri 27 -> Mon 30: 10 responses, all in November.

TEST(Comparison, PolicyRowsOfAHalfAnsweredRecruiterLiteSeat) {
  const Result result = project_json_scenario(kHalfAnswered);
  ASSERT_TRUE(result.comparisons);
  const std::vector<ComparisonRow>& rows = result.comparisons->policies;
  ASSERT_EQ(rows.size(), 3U);

  // Legacy: 25 credits, no cap. The 11 unanswered sends (odd k: Mon 2, Wed 4,
  // Fri 6, Tue 10, Thu 12, Mon 16, Wed 18, Fri 20, Tue 24, Thu 26, Mon 30)
  // come back 7 days on: 8 by Fri 27 Nov, 3 in December (pending). The 10
  // responses still count, in November.
  expect_row(rows[0], {25, false, kNone, 25, 0});
  EXPECT_EQ(rows[0].totals.sent, 21);
  EXPECT_EQ(rows[0].totals.unsent, 0);
  EXPECT_EQ(rows[0].totals.refunded, 8);
  EXPECT_EQ(rows[0].totals.responses, 10);
  EXPECT_EQ(rows[0].totals.pending_refunds, 3);

  // 2015: 30 credits, no cap; the 10 responses are refunded.
  expect_row(rows[1], {30, false, kNone, 30, 0});
  EXPECT_EQ(rows[1].totals.sent, 21);
  EXPECT_EQ(rows[1].totals.refunded, 10);
  EXPECT_EQ(rows[1].totals.responses, 10);
  EXPECT_EQ(rows[1].totals.pending_refunds, 0);

  // `current`, the scenario itself: cap 4 x 30.
  expect_row(rows[2], {30, false, 120, 30, 0});
  EXPECT_EQ(rows[2].totals.refunded, 10);

  // Every row is Recruiter Lite at 10.00 a month: 1000 cents; per sent
  // (2000 + 21) div 42 = 48, per response 1000 / 10 = 100.
  for (const ComparisonRow& row : rows) {
    ASSERT_TRUE(row.totals.cost) << policy_name(row.policy);
    EXPECT_EQ(row.totals.cost->total_cents, 1000);
    EXPECT_EQ(row.totals.cost->per_sent_cents, 48);
    EXPECT_EQ(row.totals.cost->per_response_cents, 100);
  }
}

TEST(Comparison, PlanRowsOfAHalfAnsweredRecruiterLiteSeat) {
  const Result result = project_json_scenario(kHalfAnswered);
  ASSERT_TRUE(result.comparisons);
  const std::vector<ComparisonRow>& rows = result.comparisons->plans;
  ASSERT_EQ(rows.size(), 6U);

  // Every plan's own allotment, pooling and `current` cap; with 15 credits
  // or more the seat never runs dry (the 21 sends and 10 refunds leave
  // 15 + 10 - 21 = 4 at the end, and at least 3 at every point).
  expect_row(rows[0], {150, true, 600, 150, 0});  // recruiter
  expect_row(rows[1], {100, true, 400, 100, 0});  // recruiter_professional_services
  expect_row(rows[2], {30, false, 120, 30, 0});   // recruiter_lite, the scenario
  expect_row(rows[3], {50, false, 150, 50, 0});   // sales_navigator
  expect_row(rows[5], {15, false, 45, 15, 0});    // premium_business
  for (std::size_t i : {0U, 1U, 2U, 3U, 5U}) {
    EXPECT_EQ(rows[i].totals.sent, 21) << i;
    EXPECT_EQ(rows[i].totals.unsent, 0) << i;
    EXPECT_EQ(rows[i].totals.refunded, 10) << i;
  }

  // premium_career, 5 credits: sends Mon 2 .. Fri 6 (refund from Tue 3 on
  // Fri 6), Sun 8 refund, sends Mon 9, Tue 10; Wed 11 finds none; Thu 12
  // refund and send (its response comes Sun 15); Fri 13 none; Sun 15 refund,
  // Mon 16 send (the 9th, odd: no response); the other 10 business days find
  // none. Sent 9, unsent 2 + 10 = 12, responses 4.
  expect_row(rows[4], {5, false, 15, 5, 0});
  EXPECT_EQ(rows[4].totals.sent, 9);
  EXPECT_EQ(rows[4].totals.unsent, 12);
  EXPECT_EQ(rows[4].totals.responses, 4);
  EXPECT_EQ(rows[4].totals.refunded, 4);

  // Each row's cost comes from its own plan's price.
  // recruiter 825 -> 82500: (165000 + 21) div 42 = 3929; 82500 / 10 = 8250.
  ASSERT_TRUE(rows[0].totals.cost);
  EXPECT_EQ(rows[0].totals.cost->total_cents, 82500);
  EXPECT_EQ(rows[0].totals.cost->per_sent_cents, 3929);
  EXPECT_EQ(rows[0].totals.cost->per_response_cents, 8250);
  EXPECT_FALSE(rows[1].totals.cost);  // no price for recruiter_professional_services
  EXPECT_EQ(rows[2].totals.cost->per_response_cents, 100);
  // sales_navigator 99.99 -> 9999: (19998 + 21) div 42 = 476; (19998 + 10)
  // div 20 = 1000.
  ASSERT_TRUE(rows[3].totals.cost);
  EXPECT_EQ(rows[3].totals.cost->per_sent_cents, 476);
  EXPECT_EQ(rows[3].totals.cost->per_response_cents, 1000);
  // premium_career 0.01 -> 1: (2 + 9) div 18 = 0; (2 + 4) div 8 = 0.
  ASSERT_TRUE(rows[4].totals.cost);
  EXPECT_EQ(rows[4].totals.cost->total_cents, 1);
  EXPECT_EQ(rows[4].totals.cost->per_sent_cents, 0);
  EXPECT_EQ(rows[4].totals.cost->per_response_cents, 0);
  // premium_business 12.34 -> 1234: (2468 + 21) div 42 = 59; (2468 + 10)
  // div 20 = 123.
  ASSERT_TRUE(rows[5].totals.cost);
  EXPECT_EQ(rows[5].totals.cost->per_sent_cents, 59);
  EXPECT_EQ(rows[5].totals.cost->per_response_cents, 123);
}

TEST(Comparison, RowsOfTheOwnPolicyAndPlanAreTheScenariosTotals) {
  const Result result = project_json_scenario(kHalfAnswered);
  ASSERT_TRUE(result.comparisons);
  for (const ComparisonRow* row :
       {&result.comparisons->policies[2], &result.comparisons->plans[2]}) {
    EXPECT_EQ(row->policy, Policy::kCurrent);
    EXPECT_EQ(row->plan, Plan::kRecruiterLite);
    EXPECT_EQ(row->totals.granted, result.totals.granted);
    EXPECT_EQ(row->totals.sent, result.totals.sent);
    EXPECT_EQ(row->totals.refunded, result.totals.refunded);
    EXPECT_EQ(row->totals.responses, result.totals.responses);
    EXPECT_EQ(row->totals.pending_refunds, result.totals.pending_refunds);
    ASSERT_TRUE(row->totals.cost);
    EXPECT_EQ(row->totals.cost->per_sent_cents, result.totals.cost->per_sent_cents);
  }
  EXPECT_EQ(result.totals.granted, 30);
  EXPECT_EQ(result.totals.sent, 21);
  EXPECT_EQ(result.totals.refunded, 10);
}

TEST(Comparison, AnOverrideCarriesToPolicyRowsButNotToPlanRows) {
  // 2015 Recruiter, allotment 20, two seats with their own ledgers
  // (pooled: false), each opening with 70; February 2015, nothing sent.
  const Result result = project_json_scenario(R"({"plan": "recruiter", "allotment": 20,
      "pooled": false, "seats": 2, "opening_balance": 70, "start": "2015-02", "months": 1,
      "compare": true})");
  ASSERT_TRUE(result.comparisons);
  const std::vector<ComparisonRow>& policies = result.comparisons->policies;
  ASSERT_EQ(policies.size(), 3U);
  // The 20 and the pooling stay under every policy. No cap under legacy and
  // 2015; `current` caps at 4 x 20 = 80 a seat: 70 + 20 = 90, 10 over a
  // seat, 20 for the team.
  expect_row(policies[0], {20, false, kNone, 40, 0});
  expect_row(policies[1], {20, false, kNone, 40, 0});
  expect_row(policies[2], {20, false, 80, 40, 20});

  // Plan rows take each plan's 2015 allotment (no cap under 2015); the
  // explicit `pooled: false` carries to Recruiter Professional Services,
  // which pools by default. Granted: 2 seats x the allotment.
  const std::vector<ComparisonRow>& plans = result.comparisons->plans;
  ASSERT_EQ(plans.size(), 7U);
  expect_row(plans[0], {20, false, kNone, 40, 0});    // recruiter, the scenario
  expect_row(plans[1], {100, false, kNone, 200, 0});  // recruiter_professional_services
  expect_row(plans[2], {30, false, kNone, 60, 0});    // recruiter_lite
  expect_row(plans[3], {25, false, kNone, 50, 0});    // talent_finder
  expect_row(plans[4], {50, false, kNone, 100, 0});   // sales_navigator
  expect_row(plans[5], {5, false, kNone, 10, 0});     // premium_career
  expect_row(plans[6], {15, false, kNone, 30, 0});    // premium_business
}

TEST(Comparison, AnExplicitCapCarriesToPolicyRowsButNotToPlanRows) {
  // `current` Recruiter, allotment 20, cap 30 a seat, two pooled seats each
  // opening with 25; February 2027, nothing sent. The shared ledger holds
  // 50 + 40 = 90 after the refresh, 30 over 2 x 30.
  const Result result = project_json_scenario(R"({"policy": "current", "plan": "recruiter",
      "allotment": 20, "balance_cap": 30, "seats": 2, "opening_balance": 25, "start": "2027-02",
      "months": 1, "compare": true})");
  ASSERT_TRUE(result.comparisons);
  const std::vector<ComparisonRow>& policies = result.comparisons->policies;
  ASSERT_EQ(policies.size(), 3U);
  for (const ComparisonRow& row : policies) {
    expect_row(row, {20, true, 30, 40, 30});
    EXPECT_EQ(row.totals.bonus, 0);
  }

  // Plan rows: each plan's `current` allotment and default cap.
  const std::vector<ComparisonRow>& plans = result.comparisons->plans;
  ASSERT_EQ(plans.size(), 6U);
  expect_row(plans[0], {20, true, 30, 40, 30});  // recruiter, the scenario
  // Pooled, cap 400 a seat: 50 + 200 = 250, under 800.
  expect_row(plans[1], {100, true, 400, 200, 0});
  // Own ledgers, per seat: 25 + 30 = 55 <= 120; 25 + 50 = 75 <= 150.
  expect_row(plans[2], {30, false, 120, 60, 0});
  expect_row(plans[3], {50, false, 150, 100, 0});
  // premium_career: 25 + 5 = 30 over its cap 3 x 5 = 15, 15 a seat (with the
  // user's 30 nothing would go).
  expect_row(plans[4], {5, false, 15, 10, 30});
  // premium_business: 25 + 15 = 40 <= 45.
  expect_row(plans[5], {15, false, 45, 30, 0});
}

TEST(Comparison, LeftOutKeysTakeEachRowsDefaults) {
  // `current` Recruiter Lite, March to May 2027, nothing sent. Day 0 is 1
  // March; 1 April is day 31, 1 May day 61, 31 May day 91. A 90-day lot of
  // 1 March goes on day 90, 30 May; the later ones outlive the projection.
  const Result result = project_json_scenario(R"({"policy": "current", "plan": "recruiter_lite",
      "start": "2027-03", "months": 3, "compare": true})");
  ASSERT_TRUE(result.comparisons);
  const std::vector<ComparisonRow>& policies = result.comparisons->policies;
  ASSERT_EQ(policies.size(), 3U);
  expect_row(policies[0], {25, false, kNone, 75, 25});  // legacy: 90 days, March's 25 go
  expect_row(policies[1], {30, false, kNone, 90, 30});  // 2015: 90 days, March's 30 go
  expect_row(policies[2], {30, false, 120, 90, 0});     // current: no lapse by age, 90 <= 120

  const std::vector<ComparisonRow>& plans = result.comparisons->plans;
  ASSERT_EQ(plans.size(), 6U);
  // Recruiter plans keep every credit; the others lose March's lot on 30
  // May. Their caps (3 x allotment) are met exactly on 1 May, not exceeded.
  expect_row(plans[0], {150, true, 600, 450, 0});
  expect_row(plans[1], {100, true, 400, 300, 0});
  expect_row(plans[2], {30, false, 120, 90, 0});
  expect_row(plans[3], {50, false, 150, 150, 50});
  expect_row(plans[4], {5, false, 15, 15, 5});
  expect_row(plans[5], {15, false, 45, 45, 15});
}

TEST(Comparison, PolicyRowsStartInTheScenariosResolvedMonth) {
  // `current` Recruiter without a start: the 2015 row starts in today's
  // month, not at the 2015 policy's own default (January 2015).
  const std::string json = R"({"policy": "current", "plan": "recruiter", "months": 1,
      "compare": true})";
  Result result = project_json_scenario(json);  // today: November 2026
  ASSERT_TRUE(result.comparisons);
  const std::vector<ComparisonRow>& rows = result.comparisons->policies;
  ASSERT_EQ(rows.size(), 3U);
  EXPECT_EQ(rows[0].totals.granted, 50);
  EXPECT_EQ(rows[1].totals.granted, 150);
  EXPECT_EQ(rows[1].totals.bonus, 0);

  // A caller in January 2015: every row is January 2015, and only the 2015
  // row gets the launch bonus of 100 a seat.
  const ParseResult parsed = parse_scenario(json, YearMonth{2015, 1});
  ASSERT_TRUE(parsed.ok());
  result = project(*parsed.scenario);
  ASSERT_TRUE(result.comparisons);
  EXPECT_EQ(result.comparisons->policies[0].totals.bonus, 0);
  EXPECT_EQ(result.comparisons->policies[1].totals.bonus, 100);
  EXPECT_EQ(result.comparisons->policies[2].totals.bonus, 0);
}

}  // namespace
}  // namespace inmail
