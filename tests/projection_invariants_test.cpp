// Spec section 5 over thousands of generated scenarios.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "inmail/json.h"
#include "inmail/monte_carlo.h"
#include "inmail/projection.h"
#include "inmail/scenario_reader.h"
#include "rules/comparison.h"
#include "test_support.h"

namespace inmail {
namespace {

// Draws scenarios that reach every rule: short, long and endless credit
// lives, caps, late refresh days, tight and loose budgets, every policy,
// pooled or not, response rates around the 13 % rule's threshold.
class ScenarioGenerator {
 public:
  explicit ScenarioGenerator(std::uint64_t seed) : random_(seed) {}

  std::int64_t between(std::int64_t low, std::int64_t high) {
    return low +
           static_cast<std::int64_t>(random_.next() % static_cast<std::uint64_t>(high - low + 1));
  }
  bool coin() { return between(0, 1) == 1; }

  // Not given, "none", or a number in [low, high].
  std::optional<Limit> limit(std::int64_t low, std::int64_t high) {
    switch (between(0, 2)) {
      case 0:
        return std::nullopt;
      case 1:
        return Limit{};
      default:
        return Limit{between(low, high)};
    }
  }

  // A constant volume, or a sending plan of 1 to 5 months (spec v3).
  MonthlySends random_sends() {
    if (coin()) return MonthlySends::constant(between(0, 320));
    std::vector<std::int64_t> by_month(static_cast<std::size_t>(between(1, 5)));
    for (std::int64_t& month : by_month) month = between(0, 320);
    return MonthlySends::schedule(by_month);
  }

  Scenario next() {
    constexpr Policy kPolicies[] = {Policy::k2015, Policy::kLegacy, Policy::kCurrent};
    constexpr Plan kPlans[] = {Plan::kCustom, Plan::kRecruiter, Plan::kRecruiterLite};
    Scenario scenario;
    scenario.policy = kPolicies[between(0, 2)];
    scenario.plan = kPlans[between(0, 2)];
    if (scenario.plan == Plan::kCustom || coin()) scenario.given.allotment = between(0, 60);
    if (coin()) {
      scenario.given.start = {static_cast<int>(between(2013, 2016)),
                              static_cast<int>(between(1, 12))};
    }
    scenario.months = static_cast<int>(between(1, 14));
    if (coin()) scenario.given.pooled = plan_info(scenario.plan).pools && coin();
    const auto groups = static_cast<std::size_t>(between(1, 3));
    for (std::size_t i = 0; i < groups; ++i) {
      const std::int64_t bp = coin() ? between(0, 10000) : between(1250, 1350);
      scenario.groups.push_back({"G" + std::to_string(i), between(1, 4), random_sends(), bp,
                                 static_cast<int>(between(1, 89))});
    }
    scenario.opening_balance = between(0, 1) * between(0, 100);
    scenario.launch_bonus = coin();
    scenario.given.expiry_days = limit(1, 60);
    scenario.given.balance_cap = limit(0, 150);
    scenario.refresh_day = static_cast<int>(coin() ? 1 : between(1, 28));
    if (coin())
      scenario.seat_price_cents[static_cast<std::size_t>(scenario.plan)] = between(0, 9999);
    resolve_defaults(scenario, testing::kToday);
    return scenario;
  }

 private:
  Random random_;
};

void expect_invariants(const Scenario& scenario, const Result& result) {
  const std::string context = scenario_to_json(scenario);
  Totals sums;
  for (std::size_t m = 0; m < result.months.size(); ++m) {
    const MonthFigures& month = result.months[m];
    ASSERT_GE(month.opening, 0) << context;
    ASSERT_GE(month.closing, 0) << context;
    ASSERT_EQ(month.closing, month.opening + month.granted + month.bonus + month.refunded -
                                 month.sent - month.expired)
        << context;
    if (m > 0) {
      ASSERT_EQ(month.opening, result.months[m - 1].closing) << context;
    }
    if (scenario.policy != Policy::kLegacy) {
      ASSERT_EQ(month.responses, month.refunded) << context;
    }
    GroupMonthFigures group_sums;
    for (const GroupFigures& group : result.groups) {
      group_sums.sent += group.months[m].sent;
      group_sums.unsent += group.months[m].unsent;
      group_sums.responses += group.months[m].responses;
      group_sums.refunded += group.months[m].refunded;
    }
    ASSERT_EQ(group_sums.sent, month.sent) << context;
    ASSERT_EQ(group_sums.unsent, month.unsent) << context;
    ASSERT_EQ(group_sums.responses, month.responses) << context;
    ASSERT_EQ(group_sums.refunded, month.refunded) << context;
    for (const GroupFigures& group : result.groups) {
      // A warning day is a day of the month, and only Recruiter plans warn.
      ASSERT_LE(group.months[m].rate_warning_days, 31) << context;
      if (!plan_info(scenario.plan).rate_rule) {
        ASSERT_EQ(group.months[m].rate_warning_days, 0) << context;
      }
    }
    sums.granted += month.granted;
    sums.sent += month.sent;
    sums.unsent += month.unsent;
    sums.refunded += month.refunded;
    sums.expired += month.expired;
  }
  ASSERT_EQ(sums.granted, result.totals.granted) << context;
  ASSERT_EQ(sums.sent, result.totals.sent) << context;
  ASSERT_EQ(sums.unsent, result.totals.unsent) << context;
  ASSERT_EQ(sums.refunded, result.totals.refunded) << context;
  ASSERT_EQ(sums.expired, result.totals.expired) << context;
}

TEST(ProjectionInvariants, HoldForGeneratedScenarios) {
  ScenarioGenerator generator(20150101);
  for (int i = 0; i < 3000; ++i) {
    const Scenario scenario = generator.next();
    // Every generated scenario is one a person could write.
    ASSERT_TRUE(parse_scenario(scenario_to_json(scenario), testing::kToday).ok())
        << scenario_to_json(scenario);
    expect_invariants(scenario, project_deterministic(scenario));
  }
}

bool same_totals(const Totals& a, const Totals& b) {
  return a.granted == b.granted && a.bonus == b.bonus && a.refunded == b.refunded &&
         a.sent == b.sent && a.unsent == b.unsent && a.responses == b.responses &&
         a.expired == b.expired && a.pending_refunds == b.pending_refunds;
}

// Spec section 5: the comparison row of the scenario's own plan, and of its
// own policy, has exactly the scenario's totals. compare() puts the
// scenario's own totals in those rows, so the check projects each row's
// scenario as the comparisons build the others' (rules/comparison.h): the
// scenario under its own policy, the start pinned and the defaults resolved
// again, must project to the same totals.
TEST(ProjectionInvariants, OwnComparisonRowsAreTheScenario) {
  ScenarioGenerator generator(4);
  for (int i = 0; i < 300; ++i) {
    const Scenario scenario = generator.next();
    const Totals own = project_deterministic(scenario).totals;
    const Scenario rebuilt = detail::under_policy(scenario, scenario.policy);
    ASSERT_TRUE(same_totals(project_deterministic(rebuilt).totals, own))
        << scenario_to_json(scenario);
    const std::vector<Scenario> plan_rows = detail::plan_row_scenarios(scenario);
    const auto own_plan =
        std::count_if(plan_rows.begin(), plan_rows.end(),
                      [&](const Scenario& row) { return row.plan == scenario.plan; });
    ASSERT_EQ(own_plan, 1) << scenario_to_json(scenario);
    const Comparisons comparisons = compare(scenario, own);
    ASSERT_EQ(comparisons.plans.size(), plan_rows.size());
  }
}

TEST(ProjectionInvariants, IdenticalUnpooledSeatsMultiplyOneSeat) {
  ScenarioGenerator generator(7);
  for (int i = 0; i < 1000; ++i) {
    Scenario scenario = generator.next();
    scenario.pooled = false;
    scenario.groups.resize(1);
    scenario.groups[0].seats = 1;
    const Result one = project_deterministic(scenario);
    const std::int64_t seats = generator.between(2, 9);
    scenario.groups[0].seats = seats;
    const Result many = project_deterministic(scenario);
    for (std::size_t m = 0; m < one.months.size(); ++m) {
      ASSERT_EQ(many.months[m].sent, seats * one.months[m].sent);
      ASSERT_EQ(many.months[m].expired, seats * one.months[m].expired);
      ASSERT_EQ(many.months[m].closing, seats * one.months[m].closing);
    }
    ASSERT_EQ(many.totals.pending_refunds, seats * one.totals.pending_refunds);
  }
}

// Results depend only on the scenario: the same JSON again after other
// projections ran (no state carried over), and for the scenario read back
// from its own JSON.
TEST(ProjectionInvariants, SameScenarioSameJson) {
  ScenarioGenerator generator(3);
  std::vector<std::pair<Scenario, std::string>> projected;
  for (int i = 0; i < 200; ++i) {
    Scenario scenario = generator.next();
    scenario.trials = generator.between(0, 3);
    projected.emplace_back(scenario, result_to_json(project(scenario)));
  }
  for (const auto& [scenario, json] : projected) {
    const ParseResult read_back = parse_scenario(scenario_to_json(scenario), testing::kToday);
    ASSERT_TRUE(read_back.ok()) << scenario_to_json(scenario);
    ASSERT_EQ(result_to_json(project(*read_back.scenario)), json) << scenario_to_json(scenario);
  }
}

}  // namespace
}  // namespace inmail
