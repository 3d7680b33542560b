// The ImGui page's state: inputs to scenario, recomputation, Monte Carlo
// scheduling and the test hook's JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "inmail/json.h"
#include "inmail/projection.h"
#include "month_columns.h"
#include "recompute.h"
#include "scenario_inputs.h"
#include "test_hook.h"

namespace inmail_ui {
namespace {

inmail::Scenario parse_ok(const ScenarioInputs& inputs) {
  inmail::ParseResult parsed = parse_inputs(inputs);
  EXPECT_TRUE(parsed.ok()) << inmail::errors_to_json(parsed.errors);
  return parsed.ok() ? *parsed.scenario : inmail::Scenario{};
}

std::vector<std::string> error_fields(const ScenarioInputs& inputs) {
  std::vector<std::string> fields;
  for (const inmail::FieldError& error : parse_inputs(inputs).errors) fields.push_back(error.field);
  return fields;
}

TEST(UiState, DefaultInputsAreTheSpecDefaultScenario) {
  const inmail::Scenario scenario = parse_ok(ScenarioInputs{});
  EXPECT_EQ(scenario.policy, inmail::Policy::k2015);
  EXPECT_EQ(scenario.plan, inmail::Plan::kRecruiter);
  EXPECT_EQ(scenario.allotment, 150);
  EXPECT_FALSE(scenario.given.allotment);
  EXPECT_EQ(inmail::format_year_month(scenario.start), "2015-01");
  EXPECT_EQ(scenario.months, 12);
  EXPECT_TRUE(scenario.pooled);
  ASSERT_EQ(scenario.groups.size(), 1u);
  EXPECT_EQ(scenario.groups[0].name, "Group 1");
  EXPECT_EQ(scenario.groups[0].seats, 1);
  EXPECT_EQ(scenario.groups[0].response_days, 3);
  EXPECT_FALSE(scenario.balance_cap.has_value());
  EXPECT_EQ(scenario.seed, 1u);
}

TEST(UiState, EditedInputsBecomeTheScenario) {
  ScenarioInputs inputs;
  inputs.policy = inmail::Policy::kLegacy;
  select_plan(inputs, inmail::Plan::kRecruiterLite);
  inputs.groups[0] = GroupInputs{"Sourcers", 3, 400, 25.5, 9};
  inputs.balance_capped = true;
  inputs.balance_cap = 100;
  inputs.seed = 18446744073709551615u;
  const inmail::Scenario scenario = parse_ok(inputs);
  EXPECT_EQ(scenario.policy, inmail::Policy::kLegacy);
  EXPECT_EQ(scenario.plan, inmail::Plan::kRecruiterLite);
  EXPECT_EQ(scenario.allotment, 25);  // Recruiter Lite's legacy allotment
  EXPECT_FALSE(scenario.pooled);      // picking Recruiter Lite turned pooling off
  EXPECT_EQ(scenario.groups[0].name, "Sourcers");
  EXPECT_EQ(scenario.groups[0].seats, 3);
  EXPECT_EQ(scenario.groups[0].sends_per_month, 400);
  EXPECT_EQ(scenario.groups[0].response_bp, 2550);
  EXPECT_EQ(scenario.groups[0].response_days, 9);
  EXPECT_EQ(scenario.balance_cap, 100);
  EXPECT_EQ(scenario.seed, 18446744073709551615u);
}

TEST(UiState, PickingTheCustomPlanKeepsTheAllotmentOnScreenAsItsOverride) {
  ScenarioInputs inputs;
  inputs.allotment = 70;
  select_plan(inputs, inmail::Plan::kCustom);
  const inmail::Scenario scenario = parse_ok(inputs);
  EXPECT_EQ(scenario.plan, inmail::Plan::kCustom);
  EXPECT_EQ(scenario.allotment, 70);
}

TEST(UiState, TypedValuesOutOfRangeAreReportedAtTheirFields) {
  ScenarioInputs inputs;
  inputs.months = 500;
  inputs.groups[0].response_rate = 25.555;
  inputs.groups.push_back(GroupInputs{"Second", 0, 10, 0.0, 3});
  EXPECT_EQ(error_fields(inputs),
            (std::vector<std::string>{"months", "groups[0].response_rate", "groups[1].seats"}));
}

TEST(UiState, InputsFromAScenarioGiveThatScenarioBack) {
  const inmail::ParseResult original = inmail::parse_scenario(
      R"({"policy":"2015","plan":"custom","allotment":80,"start":"2016-03","months":30,
          "pooled":true,"groups":[{"name":"A","seats":2,"sends_per_month":90,
          "response_rate":12.34,"response_days":8},{"name":"B","seats":5,"sends_per_month":7,
          "response_rate":100,"response_days":1}],"opening_balance":40,"launch_bonus":false,
          "expiry_days":60,"balance_cap":300,"refresh_day":15,"trials":20,"seed":99})", kToday);
  ASSERT_TRUE(original.ok());
  const inmail::Scenario round_trip = parse_ok(inputs_from_scenario(*original.scenario));
  EXPECT_EQ(inmail::scenario_to_json(round_trip), inmail::scenario_to_json(*original.scenario));
}

TEST(UiState, InvalidInputsKeepTheLastGoodViewsAndMarkThemStale) {
  AppState state;
  state.inputs.groups[0].sends_per_month = 100;
  on_inputs_changed(state, 0.0);
  ASSERT_TRUE(state.scenario.has_value());
  EXPECT_FALSE(views_are_stale(state));
  EXPECT_EQ(state.url_query, "sends_per_month=100");

  state.inputs.months = 0;
  on_inputs_changed(state, 10.0);
  EXPECT_TRUE(views_are_stale(state));
  EXPECT_EQ(state.result.months.size(), 12u);  // still the 12 months of the last good scenario
  EXPECT_EQ(state.url_query, "sends_per_month=100");
  EXPECT_EQ(state.errors.message_for("months"), "must be between 1 and 120");
}

TEST(UiState, ComparesBothPoliciesAndEveryPlanOfThePolicy) {
  AppState state;
  on_inputs_changed(state, 0.0);
  const std::array<PolicyColumn, 2>& policies = policy_comparison(state);
  // One Recruiter seat for 12 months: 50 credits a month under legacy, 150 under 2015.
  ASSERT_EQ(policies[0].policy, inmail::Policy::kLegacy);
  ASSERT_TRUE(policies[0].result.has_value());
  EXPECT_EQ(policies[0].result->totals.granted, 600);
  ASSERT_TRUE(policies[1].result.has_value());
  EXPECT_EQ(policies[1].result->totals.granted, 1800);
  EXPECT_EQ(policies[1].result->totals.bonus, 100);
  // 2015 offers every plan but custom.
  EXPECT_EQ(plan_comparison(state).size(), 7u);

  state.inputs.policy = inmail::Policy::kLegacy;
  on_inputs_changed(state, 0.0);
  EXPECT_FALSE(state.plans.has_value());  // not computed until asked for
  EXPECT_EQ(plan_comparison(state).size(), 4u);
}

TEST(UiState, PolicyComparisonExplainsAPlanTheOtherPolicyLacks) {
  AppState state;
  select_plan(state.inputs, inmail::Plan::kSalesNavigator);
  on_inputs_changed(state, 0.0);
  const std::array<PolicyColumn, 2>& policies = policy_comparison(state);
  EXPECT_FALSE(policies[0].result.has_value());
  EXPECT_FALSE(policies[0].unavailable.empty());
  EXPECT_TRUE(policies[1].result.has_value());
}

TEST(UiState, MonteCarloWaitsUntilTheInputsSettleThenMatchesTheEngine) {
  AppState state;
  state.inputs.groups[0] = GroupInputs{"Group 1", 2, 120, 30.0, 4};
  state.inputs.trials = 25;
  state.inputs.seed = 7;
  on_inputs_changed(state, 1000.0);
  EXPECT_TRUE(state.monte_carlo.pending);
  EXPECT_FALSE(state.result.monte_carlo.has_value());

  EXPECT_FALSE(run_due_monte_carlo(state, 1000.0 + kMonteCarloSettleMs - 1, false));
  EXPECT_FALSE(run_due_monte_carlo(state, 1000.0 + kMonteCarloSettleMs, true));  // still dragging
  EXPECT_TRUE(run_due_monte_carlo(state, 1000.0 + kMonteCarloSettleMs, false));
  EXPECT_FALSE(state.monte_carlo.pending);
  EXPECT_EQ(inmail::result_to_json(state.result),
            inmail::result_to_json(inmail::project(*state.scenario)));
}

TEST(UiState, LinkWithErrorsOpensTheDefaultScenarioAndKeepsTheErrors) {
  AppState state;
  load_query(state, "?months=abc&colour=red", 0.0);
  ASSERT_EQ(state.link_errors.size(), 2u);
  EXPECT_EQ(state.link_errors[0].field, "colour");
  EXPECT_EQ(state.link_errors[1].field, "months");
  ASSERT_TRUE(state.scenario.has_value());
  EXPECT_EQ(state.scenario->months, 12);
  EXPECT_TRUE(state.errors.empty());
}

TEST(UiState, LinkOpensItsScenario) {
  AppState state;
  load_query(state, "plan=recruiter_lite&seats=2&sends_per_month=30", 0.0);
  EXPECT_TRUE(state.link_errors.empty());
  EXPECT_EQ(state.inputs.plan, inmail::Plan::kRecruiterLite);
  EXPECT_EQ(state.inputs.groups[0].seats, 2);
  EXPECT_EQ(state.url_query, "plan=recruiter_lite&seats=2&sends_per_month=30");
}

TEST(UiState, SnapshotHoldsTheScenarioAndResultOnScreen) {
  AppState state;
  EXPECT_EQ(snapshot_json(state), R"({"scenario":null,"result":null})");
  on_inputs_changed(state, 0.0);
  const nlohmann::json snapshot = nlohmann::json::parse(snapshot_json(state));
  EXPECT_EQ(snapshot["scenario"]["plan"], "recruiter");
  EXPECT_EQ(snapshot["result"]["months"].size(), 12u);
  EXPECT_EQ(snapshot["result"]["totals"]["granted"], 1800);
}

TEST(UiState, FrameStatsKeepTheLatestSamples) {
  FrameStats stats;
  for (std::size_t i = 0; i < FrameStats::kCapacity + 3; ++i) {
    record_frame(stats, {static_cast<double>(i), 0.5}, i % 2 == 0);
  }
  EXPECT_EQ(stats.frames, static_cast<std::int64_t>(FrameStats::kCapacity + 3));
  ASSERT_EQ(stats.all_ms.size(), FrameStats::kCapacity);
  EXPECT_EQ(stats.all_ms.front(), 3.0);
  EXPECT_EQ(stats.edit_ms.size(), (FrameStats::kCapacity + 3 + 1) / 2);
  EXPECT_EQ(stats.edit_build_ms.size(), stats.edit_ms.size());
  EXPECT_EQ(stats.edit_build_ms.back(), 0.5);
}

TEST(UiState, MonthRowsSortByAnyColumn) {
  std::vector<inmail::MonthFigures> months(3);
  months[0].sent = 5;
  months[1].sent = 9;
  months[2].sent = 5;
  const std::size_t sent_column = 5;
  ASSERT_STREQ(kMonthColumns[sent_column].label, "Sent");
  EXPECT_EQ(sorted_month_rows(months, sent_column, true), (std::vector<std::size_t>{0, 2, 1}));
  EXPECT_EQ(sorted_month_rows(months, sent_column, false), (std::vector<std::size_t>{1, 0, 2}));
  EXPECT_EQ(sorted_month_rows(months, 0, false), (std::vector<std::size_t>{2, 1, 0}));
}

}  // namespace
}  // namespace inmail_ui
