// What the engine says about its figures: the cheapest plan per response,
// why a solver has no answer, the defaults in force and the response rate
// from an InMail report. Figures are worked out by hand in the comments.
#include "inmail/explain.h"

#include <gtest/gtest.h>

#include <string>

#include "test_support.h"
#include "text/words.h"

namespace inmail {
namespace {

using testing::kToday;
using testing::project_json_scenario;
using testing::scenario_from;

// A plan row with only what cheapest_plan_per_response() looks at.
ComparisonRow priced_row(Plan plan, std::int64_t unsent, std::optional<std::int64_t> per_response) {
  ComparisonRow row;
  row.plan = plan;
  row.totals.unsent = unsent;
  row.totals.cost = Cost{1000, 10, per_response};
  return row;
}

TEST(Explain, CheapestPlanPerResponseAmongTheRowsThatSendEverything) {
  // The plan rows of a `current` Recruiter Lite seat in November 2026 (21
  // business days) sending one InMail a business day, half of them answered
  // 3 days later: 21 sent, 10 answered wherever the seat never runs dry (see
  // comparison_test.cpp). Per response: recruiter 82500 / 10 = 8250,
  // recruiter_lite 1000 / 10 = 100, sales_navigator 9999 / 10 -> 1000,
  // premium_business 1234 / 10 -> 123. premium_career, at 1 cent, costs 0 per
  // response but leaves 12 unsent; recruiter_professional_services has no
  // price. Cheapest: recruiter_lite.
  const Result result = project_json_scenario(testing::kHalfAnswered);
  ASSERT_TRUE(result.comparisons);
  EXPECT_EQ(cheapest_plan_per_response(*result.comparisons), Plan::kRecruiterLite);

  // Without prices no row qualifies.
  const Result unpriced = project_json_scenario(R"({"policy": "current", "plan": "recruiter_lite",
      "months": 1, "sends_per_month": 21, "response_rate": 50, "compare": true})");
  ASSERT_TRUE(unpriced.comparisons);
  EXPECT_FALSE(cheapest_plan_per_response(*unpriced.comparisons));
}

TEST(Explain, CheapestPlanPerResponseTakesTheFirstOnATie) {
  Comparisons comparisons;
  comparisons.plans = {priced_row(Plan::kRecruiter, 1, 50),  // leaves some unsent
                       priced_row(Plan::kRecruiterLite, 0, 120),
                       priced_row(Plan::kSalesNavigator, 0, 90),           // first of the two at 90
                       priced_row(Plan::kPremiumCareer, 0, std::nullopt),  // no response
                       priced_row(Plan::kPremiumBusiness, 0, 90)};
  EXPECT_EQ(cheapest_plan_per_response(comparisons), Plan::kSalesNavigator);

  comparisons.plans = {priced_row(Plan::kRecruiter, 1, 50),
                       priced_row(Plan::kPremiumCareer, 0, std::nullopt)};
  EXPECT_FALSE(cheapest_plan_per_response(comparisons));
  EXPECT_FALSE(cheapest_plan_per_response(Comparisons{}));
}

TEST(Explain, SolverNotesSayWhyASolverHasNoAnswer) {
  // Two groups: neither solver answers.
  Scenario scenario =
      scenario_from(R"({"groups": [{"sends_per_month": 10}, {"sends_per_month": 20}]})");
  Result result = project(scenario);
  ASSERT_TRUE(max_sustainable_sends_note(scenario, result.solvers));
  EXPECT_EQ(max_sustainable_sends_note(scenario, result.solvers)->code, "several_groups");
  ASSERT_TRUE(break_even_note(scenario, result.solvers));
  EXPECT_EQ(break_even_note(scenario, result.solvers)->code, "several_groups");

  // Legacy: the volume is solved, the break-even rate is not.
  scenario = scenario_from(R"({"policy": "legacy", "sends_per_month": 10})");
  result = project(scenario);
  EXPECT_FALSE(max_sustainable_sends_note(scenario, result.solvers));
  ASSERT_TRUE(break_even_note(scenario, result.solvers));
  EXPECT_EQ(break_even_note(scenario, result.solvers)->code, "legacy");

  // No credits at all: 0 sends is the most sustainable, and even 100 %
  // answered cannot send one InMail.
  scenario = scenario_from(
      R"({"plan": "custom", "allotment": 0, "sends_per_month": 10, "response_rate": 100})");
  result = project(scenario);
  EXPECT_EQ(result.solvers.max_sustainable_sends, 0);
  EXPECT_FALSE(max_sustainable_sends_note(scenario, result.solvers));
  ASSERT_TRUE(break_even_note(scenario, result.solvers));
  EXPECT_EQ(break_even_note(scenario, result.solvers)->code, "unreachable");

  // A sending plan by month, even of one month (spec v3): no volume to solve for.
  scenario = scenario_from(R"({"plan": "recruiter_lite", "sends_per_month": [5]})");
  result = project(scenario);
  ASSERT_TRUE(max_sustainable_sends_note(scenario, result.solvers));
  EXPECT_EQ(max_sustainable_sends_note(scenario, result.solvers)->code, "schedule");
  EXPECT_EQ(break_even_note(scenario, result.solvers)->code, "schedule");

  // Both answered: no note.
  scenario = scenario_from(R"({"plan": "recruiter_lite", "sends_per_month": 5})");
  result = project(scenario);
  EXPECT_FALSE(max_sustainable_sends_note(scenario, result.solvers));
  EXPECT_FALSE(break_even_note(scenario, result.solvers));

  std::vector<std::string_view> codes;
  for (const Explanation& note : all_solver_notes()) codes.push_back(note.code);
  EXPECT_EQ(codes,
            (std::vector<std::string_view>{"several_groups", "schedule", "legacy", "unreachable"}));
}

TEST(Explain, DefaultHintsUnderCurrentForRecruiter) {
  // `current` Recruiter: 150 a month, pooled, no lapse by age, cap 4 x 150.
  const DefaultHints hints = default_hints(scenario_from(R"({"policy": "current"})"), kToday);
  EXPECT_EQ(hints.allotment, "150 (Recruiter)");
  EXPECT_EQ(hints.start, "2026-11 (this month)");
  EXPECT_EQ(hints.pooled, "pooled (Recruiter pools by default)");
  EXPECT_EQ(hints.expiry_days, "none: the cap alone limits the balance (help pages)");
  EXPECT_EQ(hints.balance_cap, "600 = 4 x 150 (help pages)");
  EXPECT_EQ(default_hints(scenario_from(R"({"policy": "current"})"), YearMonth{2027, 2}).start,
            "2027-02 (this month)");
}

TEST(Explain, DefaultHintsFollowThePlanPolicyAndOverride) {
  // An override of 40 makes the Recruiter Lite cap 4 x 40 = 160.
  DefaultHints hints = default_hints(
      scenario_from(R"({"policy": "current", "plan": "recruiter_lite", "allotment": 40})"), kToday);
  EXPECT_EQ(hints.balance_cap, "160 = 4 x 40 (help pages)");
  EXPECT_EQ(hints.allotment, "30 (Recruiter Lite)");

  // Sales Navigator: 3 x 50, credits last 90 days, one balance a seat.
  hints =
      default_hints(scenario_from(R"({"policy": "current", "plan": "sales_navigator"})"), kToday);
  EXPECT_EQ(hints.balance_cap, "150 = 3 x 50 (help pages)");
  EXPECT_EQ(hints.expiry_days, "90 (help pages: credits last 90 days)");
  EXPECT_EQ(hints.pooled, "one balance per seat (Sales Navigator does not pool)");

  // Custom under `current`: no default allotment or cap, 90-day credits.
  hints = default_hints(
      scenario_from(R"({"policy": "current", "plan": "custom", "allotment": 10})"), kToday);
  EXPECT_EQ(hints.allotment, "required for Custom");
  EXPECT_EQ(hints.balance_cap, "none");
  EXPECT_EQ(hints.expiry_days, "90 (help pages: credits last 90 days)");
  EXPECT_EQ(hints.pooled, "one balance per seat (Custom pools when asked)");

  // 2015 Recruiter: no cap, 90 days, January 2015 whatever today is.
  hints = default_hints(scenario_from("{}"), YearMonth{2027, 2});
  EXPECT_EQ(hints.balance_cap, "none");
  EXPECT_EQ(hints.expiry_days, "90 days");
  EXPECT_EQ(hints.start, "2015-01 (the policy's start)");
  EXPECT_EQ(hints.allotment, "150 (Recruiter)");
}

TEST(Explain, RateWarningsNameTheGroupAndItsDays) {
  // February 2027 (from Monday the 1st, 20 business days), 10 sends a
  // business day: the 17 warning days of projection_test.cpp (Fri 12 ..
  // Sun 28). A 13 % group in the same team is not named.
  const Result result = project_json_scenario(R"({"plan": "recruiter", "allotment": 200,
      "start": "2027-02", "months": 1, "groups": [
      {"name": "Sourcers", "sends_per_month": 200},
      {"name": "Managers", "sends_per_month": 200, "response_rate": 13}]})");
  const std::vector<RateWarning> warnings = rate_warnings(result);
  ASSERT_EQ(warnings.size(), 1U);
  EXPECT_EQ(warnings[0].group, 0U);
  EXPECT_EQ(warnings[0].days, 17);
  EXPECT_EQ(warnings[0].text.rfind("Sourcers trips the 13 % rule on 17 days: ", 0), 0U)
      << warnings[0].text;
}

TEST(Explain, ResponseRateFromAnInMailReport) {
  // (accepted + declined) / sent in basis points, half up:
  // (20000 x (a + d) + sent) div (2 x sent).
  // 26 / 200 = 13.00 %: (520000 + 200) div 400 = 1300.
  EXPECT_EQ(response_rate_from_report(200, 20, 6).response_bp, 1300);
  EXPECT_TRUE(response_rate_from_report(200, 20, 6).errors.empty());
  // 1 / 3 = 33.333 %: 20003 div 6 = 3333; 2 / 3: 40003 div 6 = 6667.
  EXPECT_EQ(response_rate_from_report(3, 1, 0).response_bp, 3333);
  EXPECT_EQ(response_rate_from_report(3, 0, 2).response_bp, 6667);
  // 1 / 800 = 12.5 bp exactly: 20800 div 1600 = 13, half up.
  EXPECT_EQ(response_rate_from_report(800, 1, 0).response_bp, 13);
  // 1 / 801 = 12.48 bp: 20801 div 1602 = 12.
  EXPECT_EQ(response_rate_from_report(801, 0, 1).response_bp, 12);
  EXPECT_EQ(response_rate_from_report(5, 5, 0).response_bp, 10000);
  EXPECT_EQ(response_rate_from_report(5, 0, 0).response_bp, 0);
}

TEST(Words, MoneyHasTwoDecimalsAndASignOnlyBelowZero) {
  EXPECT_EQ(detail::amount_text(0), "0.00");
  EXPECT_EQ(detail::amount_text(1210), "12.10");
  EXPECT_EQ(detail::amount_text(8910000), "89,100.00");
  EXPECT_EQ(detail::amount_text(-5), "-0.05");
  EXPECT_EQ(detail::amount_text(-12345), "-123.45");
  EXPECT_EQ(detail::money_text(1999, "USD"), "19.99 USD");
}

TEST(Explain, ReportCountsGoUpToOneBillion) {
  EXPECT_EQ(response_rate_from_report(1000000000, 0, 1000000000).response_bp, 10000);
  const ReportRate rate = response_rate_from_report(1000000001, 0, 0);
  EXPECT_FALSE(rate.response_bp);
  // Written plainly, as every range in an error message is.
  EXPECT_EQ(rate.errors,
            (std::vector<FieldError>{{"sent", "must be a whole number between 0 and 1000000000"}}));
}

TEST(Explain, ResponseRateFromAReportNamesTheWrongCount) {
  ReportRate rate = response_rate_from_report(0, 0, 0);
  EXPECT_FALSE(rate.response_bp);
  ASSERT_EQ(rate.errors.size(), 1U);
  EXPECT_EQ(rate.errors[0].field, "sent");

  // 8 + 3 answers to 10 InMails.
  rate = response_rate_from_report(10, 8, 3);
  EXPECT_FALSE(rate.response_bp);
  ASSERT_EQ(rate.errors.size(), 1U);
  EXPECT_EQ(rate.errors[0].field, "declined");

  rate = response_rate_from_report(10, -1, 0);
  EXPECT_FALSE(rate.response_bp);
  ASSERT_EQ(rate.errors.size(), 1U);
  EXPECT_EQ(rate.errors[0].field, "accepted");
}

}  // namespace
}  // namespace inmail
