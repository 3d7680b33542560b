// Spec section 5 over thousands of generated scenarios.
#include <gtest/gtest.h>

#include <string>

#include "inmail/json.h"
#include "inmail/monte_carlo.h"
#include "inmail/projection.h"
#include "test_support.h"

namespace inmail {
namespace {

// Draws scenarios that reach every rule: short and long credit lives, caps,
// late refresh days, tight and loose budgets, both policies, pooled or not.
class ScenarioGenerator {
 public:
  explicit ScenarioGenerator(std::uint64_t seed) : random_(seed) {}

  std::int64_t between(std::int64_t low, std::int64_t high) {
    return low +
           static_cast<std::int64_t>(random_.next() % static_cast<std::uint64_t>(high - low + 1));
  }
  bool coin() { return between(0, 1) == 1; }

  Scenario next() {
    Scenario scenario;
    scenario.policy = coin() ? Policy::k2015 : Policy::kLegacy;
    scenario.plan = coin() ? Plan::kCustom : Plan::kRecruiter;
    scenario.allotment = between(0, 60);
    scenario.start = {static_cast<int>(between(2013, 2016)), static_cast<int>(between(1, 12))};
    scenario.months = static_cast<int>(between(1, 14));
    scenario.pooled = coin();
    const auto groups = static_cast<std::size_t>(between(1, 3));
    for (std::size_t i = 0; i < groups; ++i) {
      scenario.groups.push_back({"G" + std::to_string(i), between(1, 4), between(0, 120),
                                 between(0, 10000), static_cast<int>(between(1, 89))});
    }
    scenario.opening_balance = between(0, 1) * between(0, 100);
    scenario.launch_bonus = coin();
    scenario.expiry_days = static_cast<int>(coin() ? 90 : between(1, 60));
    if (coin()) scenario.balance_cap = between(0, 150);
    scenario.refresh_day = static_cast<int>(coin() ? 1 : between(1, 28));
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
    if (scenario.policy == Policy::k2015) {
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
    ASSERT_TRUE(validate_scenario(scenario).empty()) << scenario_to_json(scenario);
    expect_invariants(scenario, project_deterministic(scenario));
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

TEST(ProjectionInvariants, SameScenarioSameJson) {
  ScenarioGenerator generator(3);
  for (int i = 0; i < 200; ++i) {
    Scenario scenario = generator.next();
    scenario.trials = generator.between(0, 3);
    ASSERT_EQ(result_to_json(project(scenario)), result_to_json(project(scenario)));
  }
}

}  // namespace
}  // namespace inmail
