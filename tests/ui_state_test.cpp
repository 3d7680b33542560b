// The ImGui page's state: links, inputs as the user gave them, what the
// engine computes for them, Monte Carlo scheduling and the test hook's JSON.
#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "inmail/json.h"
#include "inmail/link.h"
#include "inmail/projection.h"
#include "inmail/schema.h"
#include "month_sort.h"
#include "recompute.h"
#include "scenario_inputs.h"
#include "test_hook.h"
#include "test_support.h"

namespace inmail_ui {
namespace {

using nlohmann::json;

using inmail::testing::kToday;

AppState opened(std::string_view query) {
  AppState state;
  state.today = kToday;
  open_link(state, query, 0.0);
  return state;
}

void edit(AppState& state) { on_inputs_changed(state, 0.0); }

// The keys of a JSON object, in their order.
std::vector<std::string> keys_of(const std::string& object_json) {
  const nlohmann::ordered_json object = nlohmann::ordered_json::parse(object_json);
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

std::vector<std::string> fields_of(const std::vector<inmail::FieldError>& errors) {
  std::vector<std::string> fields;
  for (const inmail::FieldError& error : errors) fields.push_back(error.field);
  return fields;
}

// What inmail::project gives for the page's scenario with comparisons on:
// the result the snapshot must hold.
std::string projected_with_comparisons(const AppState& state) {
  inmail::Scenario scenario = *state.scenario;
  scenario.compare = true;
  return inmail::result_to_json(inmail::project(scenario));
}

const std::vector<std::string> kKeysAlwaysWritten = {
    "policy",      "plan",   "months", "groups",      "opening_balance", "launch_bonus",
    "refresh_day", "trials", "seed",   "seat_prices", "compare"};

TEST(UiState, DefaultVisitShowsTodaysRulesThisMonthFor12Months) {
  const AppState state = opened("");
  EXPECT_TRUE(state.errors.empty());
  ASSERT_TRUE(state.scenario.has_value());
  EXPECT_EQ(state.scenario->policy, inmail::Policy::kCurrent);
  EXPECT_EQ(state.scenario->plan, inmail::Plan::kRecruiter);
  EXPECT_EQ(state.result.resolved.start, kToday);
  EXPECT_EQ(state.result.months.size(), 12u);
  EXPECT_EQ(inmail::format_year_month(state.result.months.front().month), "2026-11");
  // The cap follows today's rules: 4 x Recruiter's 150, and says so.
  EXPECT_EQ(state.result.resolved.balance_cap, 600);
  EXPECT_EQ(state.hints.balance_cap, "600 = 4 x 150 (help pages)");
  EXPECT_EQ(state.query, "");
}

TEST(UiState, InputsStartFromTheEnginesDefaultScenario) {
  const ScenarioInputs inputs = default_inputs(kToday);
  const inmail::ParseResult parsed = inmail::parse_scenario(inputs_to_json(inputs), kToday);
  ASSERT_TRUE(parsed.ok()) << inmail::errors_to_json(parsed.errors);
  const inmail::ParseResult engine_default =
      inmail::parse_scenario(inmail::decode_link("").scenario_json, kToday);
  ASSERT_TRUE(engine_default.ok());
  EXPECT_EQ(inmail::scenario_to_json(*parsed.scenario),
            inmail::scenario_to_json(*engine_default.scenario));
  ASSERT_EQ(inputs.groups.size(), 1u);
  EXPECT_EQ(inputs.groups[0].name, inmail::default_group_name(0));
  EXPECT_EQ(inputs.groups[0].seats, inmail::Group{}.seats);
  EXPECT_EQ(inputs.groups[0].response_days, inmail::Group{}.response_days);
}

TEST(UiState, TheScenarioHoldsOnlyTheKeysTheUserGave) {
  AppState state = opened("");
  EXPECT_EQ(keys_of(state.scenario_json), kKeysAlwaysWritten);

  ScenarioInputs& inputs = state.inputs;
  inputs.allotment = 20;
  inputs.start = "2026-01";
  inputs.pooled = false;
  inputs.expiry_days = inmail::Limit{30};
  inputs.balance_cap = inmail::Limit{};  // "none"
  edit(state);
  const json given = json::parse(state.scenario_json);
  EXPECT_EQ(given["allotment"], 20);
  EXPECT_EQ(given["start"], "2026-01");
  EXPECT_EQ(given["pooled"], false);
  EXPECT_EQ(given["expiry_days"], 30);
  EXPECT_EQ(given["balance_cap"], "none");
  ASSERT_TRUE(state.scenario.has_value());
  EXPECT_FALSE(state.scenario->balance_cap.has_value());
  EXPECT_EQ(state.scenario->expiry_days, 30);

  // Back to the defaults: the keys are gone and the engine's defaults apply.
  inputs.allotment.reset();
  inputs.start.reset();
  inputs.pooled.reset();
  inputs.expiry_days.reset();
  inputs.balance_cap.reset();
  edit(state);
  EXPECT_EQ(keys_of(state.scenario_json), kKeysAlwaysWritten);
  EXPECT_EQ(state.scenario->balance_cap, 600);
  EXPECT_EQ(state.query, "");
}

TEST(UiState, AGivenCapStaysGivenWhenThePlanChanges) {
  AppState state = opened("v=2&balance_cap=700&seats=2");
  ASSERT_TRUE(state.errors.empty());
  EXPECT_EQ(state.inputs.balance_cap, inmail::Limit{700});
  select_plan(state.inputs, inmail::Plan::kRecruiterLite, state.resolved.allotment);
  edit(state);
  EXPECT_EQ(state.scenario->balance_cap, 700);
  EXPECT_EQ(state.query, "v=2&plan=recruiter_lite&seats=2&balance_cap=700");
}

TEST(UiState, AnOldLinkWithoutAPolicyOpensAs2015) {
  const AppState state = opened("seats=2&sends_per_month=30");
  EXPECT_TRUE(state.errors.empty());
  ASSERT_TRUE(state.scenario.has_value());
  EXPECT_EQ(state.scenario->policy, inmail::Policy::k2015);
  EXPECT_EQ(inmail::format_year_month(state.scenario->start), "2015-01");
  EXPECT_EQ(state.inputs.groups[0].seats, 2);
  // The page's own link names its policy from now on.
  EXPECT_EQ(state.query, "policy=2015&seats=2&sends_per_month=30");
}

TEST(UiState, ALinksOwnErrorsComeFirstThenItsScenariosAndNoFiguresAreShown) {
  AppState state = opened("?plan=%ff&months=999999&months=5&seats=0&name=%c3%28");
  // A value that is not UTF-8 is reported by the link and not passed on.
  EXPECT_EQ(fields_of(state.errors.all()),
            (std::vector<std::string>{"plan", "months", "name", "months", "seats"}));
  EXPECT_FALSE(state.scenario.has_value());
  EXPECT_FALSE(figures_are_current(state));
  EXPECT_NE(state.errors.message_for("plan").find("UTF-8"), std::string::npos);
  EXPECT_NE(state.errors.message_for("groups[0].seats"), "");
  EXPECT_EQ(fields_of(state.errors.unplaced(1, state.inputs.plan)),
            (std::vector<std::string>{"name"}));
  // The inputs show the default scenario.
  EXPECT_EQ(inputs_to_json(state.inputs), inputs_to_json(default_inputs(kToday)));
  const json snapshot = json::parse(snapshot_json(state));
  EXPECT_TRUE(snapshot["result"].is_null());
  EXPECT_EQ(snapshot["errors"].size(), 5u);
  EXPECT_EQ(snapshot["errors"][0]["field"], "plan");
}

TEST(UiState, EditingAfterABadLinkDropsItsErrors) {
  AppState state = opened("months=0&colour=red");
  EXPECT_EQ(fields_of(state.errors.all()), (std::vector<std::string>{"colour", "months"}));
  state.inputs.months = 6;
  edit(state);
  EXPECT_TRUE(state.errors.empty());
  ASSERT_TRUE(state.scenario.has_value());
  EXPECT_EQ(state.result.months.size(), 6u);
  EXPECT_EQ(state.scenario->policy, inmail::Policy::kCurrent);
}

TEST(UiState, HostileLinksGiveErrorsNotAborts) {
  const std::string huge = "name=" + std::string(100 * 1024, 'a');
  for (const std::string& query :
       {huge, std::string("months=999999"), std::string("%"), std::string("=&=&&"),
        std::string("groups=") + std::string(40, '[') + std::string(40, ']'),
        std::string("plan=recruiter&plan=recruiter"), std::string("balance_cap=%00"),
        std::string("seat_prices={\"nope\":1}&currency=%e2%82%ac")}) {
    AppState state = opened(query);
    EXPECT_FALSE(state.errors.empty()) << query.substr(0, 40);
    EXPECT_FALSE(state.scenario.has_value()) << query.substr(0, 40);
    EXPECT_FALSE(json::parse(snapshot_json(state), nullptr, false).is_discarded());
  }
  EXPECT_EQ(fields_of(opened(huge).errors.all()), (std::vector<std::string>{""}));
}

TEST(UiState, TypedErrorsKeepTheLastFiguresOnScreenButNotInTheSnapshot) {
  AppState state = opened("v=2&sends_per_month=100");
  ASSERT_TRUE(figures_are_current(state));
  state.inputs.months = 0;
  state.inputs.groups[0].response_rate = std::numeric_limits<double>::infinity();
  edit(state);
  EXPECT_TRUE(views_are_stale(state));
  EXPECT_EQ(state.result.months.size(), 12u);  // the last valid scenario's
  EXPECT_EQ(state.errors.message_for("months"), "must be between 1 and 120");
  EXPECT_EQ(state.errors.message_for("groups[0].response_rate"), "must be a number");
  // The link follows the inputs, errors included, as it does on the JS page.
  EXPECT_NE(state.query.find("months=0"), std::string::npos);
  EXPECT_TRUE(json::parse(snapshot_json(state))["result"].is_null());
}

TEST(UiState, CostsAndTheCurrencyLiveInTheLink) {
  AppState state = opened("v=2&seats=3&sends_per_month=40&response_rate=25");
  state.inputs.seat_prices[static_cast<std::size_t>(inmail::Plan::kRecruiter)] = 99.5;
  state.inputs.seat_prices[static_cast<std::size_t>(inmail::Plan::kRecruiterLite)] = 10;
  state.inputs.currency = "EUR";
  edit(state);
  ASSERT_TRUE(figures_are_current(state));
  ASSERT_TRUE(state.result.totals.cost.has_value());
  EXPECT_EQ(state.result.totals.cost->total_cents, 9950 * 3 * 12);
  EXPECT_NE(state.query.find("currency=EUR"), std::string::npos);
  EXPECT_NE(state.query.find("seat_prices="), std::string::npos);

  const AppState reopened = opened(state.query);
  ASSERT_TRUE(reopened.errors.empty());
  EXPECT_EQ(reopened.inputs.currency, "EUR");
  EXPECT_EQ(reopened.inputs.seat_prices, state.inputs.seat_prices);
  EXPECT_EQ(reopened.query, state.query);
  EXPECT_EQ(inmail::result_to_json(reopened.result), inmail::result_to_json(state.result));
}

TEST(UiState, ACurrencyLabelTooLongForALinkIsReportedAtItsField) {
  AppState state = opened("");
  state.inputs.currency = std::string(inmail::limits::kMaxCurrencyChars + 1, 'X');
  edit(state);
  EXPECT_NE(state.errors.message_for("currency"), "");
  EXPECT_FALSE(figures_are_current(state));
}

TEST(UiState, ComparisonsAreTheEnginesAndComputedWhenAskedFor) {
  AppState state =
      opened("plan=recruiter&pooled=false&seats=5&sends_per_month=200&response_rate=25");
  EXPECT_FALSE(state.result.comparisons.has_value());
  const inmail::Comparisons& rows = comparisons(state);
  const inmail::Comparisons expected = inmail::compare(*state.scenario, state.result.totals);
  ASSERT_EQ(rows.plans.size(), expected.plans.size());
  ASSERT_EQ(rows.policies.size(), 3u);
  EXPECT_EQ(inmail::result_to_json(state.result), projected_with_comparisons(state));
  // The own plan's row is the scenario itself: pooling off, as given.
  EXPECT_EQ(rows.plans.front().plan, inmail::Plan::kRecruiter);
  EXPECT_FALSE(rows.plans.front().pooled);
  EXPECT_EQ(rows.plans.front().totals.unsent, state.result.totals.unsent);

  state.inputs.policy = inmail::Policy::kLegacy;
  edit(state);
  EXPECT_FALSE(state.result.comparisons.has_value());  // not computed until asked for
  EXPECT_EQ(comparisons(state).plans.size(), 4u);      // legacy offers four plans
}

TEST(UiState, TheCheapestPlanPerResponseIsTheEnginesPick) {
  AppState state = opened("v=2&seats=2&sends_per_month=20&response_rate=30");
  state.inputs.seat_prices[static_cast<std::size_t>(inmail::Plan::kRecruiter)] = 800;
  state.inputs.seat_prices[static_cast<std::size_t>(inmail::Plan::kRecruiterLite)] = 140;
  edit(state);
  EXPECT_EQ(inmail::cheapest_plan_per_response(comparisons(state)), inmail::Plan::kRecruiterLite);
}

TEST(UiState, SnapshotHoldsQueryScenarioResultWithComparisonsAndErrors) {
  AppState empty;
  EXPECT_EQ(json::parse(snapshot_json(empty))["result"], nullptr);

  AppState state = opened("policy=2015&plan=recruiter_lite&seats=2&sends_per_month=30");
  const json snapshot = json::parse(snapshot_json(state));
  EXPECT_EQ(keys_of(snapshot_json(state)),
            (std::vector<std::string>{"query", "scenario", "result", "errors"}));
  EXPECT_EQ(snapshot["query"], "policy=2015&plan=recruiter_lite&seats=2&sends_per_month=30");
  EXPECT_EQ(snapshot["scenario"], json::parse(state.scenario_json));
  EXPECT_EQ(snapshot["scenario"]["plan"], "recruiter_lite");
  EXPECT_EQ(snapshot["result"], json::parse(projected_with_comparisons(state)));
  EXPECT_FALSE(snapshot["result"]["comparisons"].is_null());
  EXPECT_EQ(snapshot["errors"], json::array());
}

TEST(UiState, MonteCarloWaitsUntilTheInputsSettleThenMatchesTheEngine) {
  AppState state = opened("v=2&seats=2&sends_per_month=120&response_rate=30&trials=25&seed=7");
  EXPECT_TRUE(state.monte_carlo.pending);
  EXPECT_FALSE(state.result.monte_carlo.has_value());
  EXPECT_TRUE(json::parse(snapshot_json(state))["result"]["monte_carlo"].is_null());

  EXPECT_FALSE(run_due_monte_carlo(state, kMonteCarloSettleMs - 1, false));
  EXPECT_FALSE(run_due_monte_carlo(state, kMonteCarloSettleMs, true));  // still dragging
  EXPECT_TRUE(run_due_monte_carlo(state, kMonteCarloSettleMs, false));
  EXPECT_FALSE(state.monte_carlo.pending);
  EXPECT_EQ(json::parse(snapshot_json(state))["result"],
            json::parse(projected_with_comparisons(state)));
}

TEST(UiState, RateWarningsArePlacedAtTheirGroups) {
  const AppState state =
      opened("v=2&groups=" + inmail::form_encode(R"([{"name":"Sourcers","seats":1,
          "sends_per_month":1000,"response_rate":5},{"name":"Managers","seats":1,
          "sends_per_month":10,"response_rate":40}])"));
  ASSERT_TRUE(state.errors.empty());
  ASSERT_EQ(state.rate_warnings.size(), 1u);
  EXPECT_EQ(state.rate_warnings[0].group, 0u);
  EXPECT_EQ(state.rate_warnings[0].text.rfind("Sourcers trips the 13 % rule on ", 0), 0u);
}

TEST(UiState, TheReportHelperSetsTheGroupsRate) {
  AppState state = opened("");
  GroupInputs& group = state.inputs.groups[0];
  group.report = ReportCounts{200, 30, 11};
  ASSERT_TRUE(use_report_rate(group));
  edit(state);
  EXPECT_EQ(json::parse(state.scenario_json)["groups"][0]["response_rate"], 20.5);
  EXPECT_EQ(state.scenario->groups[0].response_bp, 2050);

  group.report = ReportCounts{10, 8, 5};  // more answers than InMails
  EXPECT_FALSE(use_report_rate(group));
  EXPECT_EQ(group.response_rate, 20.5);
}

TEST(UiState, PickingAPlanNeverCreatesAnErrorTheUserDidNotAskFor) {
  AppState state = opened("v=2&pooled=true");
  select_plan(state.inputs, inmail::Plan::kSalesNavigator, state.resolved.allotment);
  edit(state);
  EXPECT_TRUE(state.errors.empty());
  EXPECT_FALSE(state.inputs.pooled.has_value());

  select_plan(state.inputs, inmail::Plan::kCustom, state.resolved.allotment);
  edit(state);
  EXPECT_TRUE(state.errors.empty());
  EXPECT_EQ(state.inputs.allotment, 50);  // Sales Navigator's, now the user's own
}

TEST(UiState, InputsFromALinkGiveItsScenarioBack) {
  const std::string query =
      "policy=2015&plan=custom&allotment=80&start=2016-03&months=30&pooled=true&groups=" +
      inmail::form_encode(R"([{"name":"A","seats":2,"sends_per_month":90,"response_rate":12.34,
          "response_days":8},{"name":"B","seats":5,"sends_per_month":7,"response_rate":100,
          "response_days":1}])") +
      "&opening_balance=40&launch_bonus=false&expiry_days=none&balance_cap=300&refresh_day=15"
      "&trials=20&seed=18446744073709551615&seat_prices=" +
      inmail::form_encode(R"({"recruiter":5,"custom":12.34})") + "&compare=true&currency=GBP";
  const AppState state = opened(query);
  ASSERT_TRUE(state.errors.empty()) << inmail::errors_to_json(state.errors.all());
  const inmail::LinkContents link = inmail::decode_link(query);
  const inmail::ParseResult parsed = inmail::parse_scenario(link.scenario_json, kToday);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(inmail::scenario_to_json(*state.scenario), inmail::scenario_to_json(*parsed.scenario));
  EXPECT_EQ(state.inputs.currency, "GBP");
  // The page's link is the engine's writing of the same scenario (the page
  // keeps seat prices in the plans' order, as the link above has them).
  EXPECT_EQ(state.query, inmail::encode_link(link.scenario_json, link.currency));
}

TEST(UiState, MonthRowsSortByAnyColumn) {
  std::vector<inmail::MonthFigures> months(3);
  months[0].sent = 5;
  months[1].sent = 9;
  months[2].sent = 5;
  std::size_t sent_column = 0;
  const auto& columns = inmail::month_columns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].key == "sent") sent_column = i + 1;  // after the Month column
  }
  ASSERT_NE(sent_column, 0u);
  EXPECT_EQ(sorted_month_rows(months, sent_column, true), (std::vector<std::size_t>{0, 2, 1}));
  EXPECT_EQ(sorted_month_rows(months, sent_column, false), (std::vector<std::size_t>{1, 0, 2}));
  EXPECT_EQ(sorted_month_rows(months, 0, false), (std::vector<std::size_t>{2, 1, 0}));
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

}  // namespace
}  // namespace inmail_ui
