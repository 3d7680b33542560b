// The result of a projection (spec section 4): the figures by month, by
// group and in total, the solvers' answers, Monte Carlo bands, the
// comparisons and the responses goal.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "inmail/calendar.h"
#include "inmail/plans.h"

namespace inmail {

// Team figures for one calendar month, summed over every ledger.
struct MonthFigures {
  YearMonth month;
  std::int64_t opening = 0;
  std::int64_t granted = 0;
  std::int64_t bonus = 0;
  std::int64_t refunded = 0;
  std::int64_t sent = 0;
  std::int64_t unsent = 0;
  std::int64_t responses = 0;
  std::int64_t expired = 0;
  std::int64_t closing = 0;
};

// One group's figures for one month; `refunded` is what its sends earned back.
struct GroupMonthFigures {
  YearMonth month;
  std::int64_t sent = 0;
  std::int64_t unsent = 0;
  std::int64_t responses = 0;
  std::int64_t refunded = 0;
  // Days (of the group, not seat-days) on which its sending trips LinkedIn
  // Recruiter's 13 % response-rate rule (spec section 3b).
  std::int64_t rate_warning_days = 0;
};

struct GroupFigures {
  std::string name;
  std::int64_t rate_warning_days = 0;  // over the whole projection
  std::vector<GroupMonthFigures> months;
};

// What the seats cost (spec section 4b), in cents of the user's currency;
// the averages are nullopt where nothing was sent or answered.
struct Cost {
  std::int64_t total_cents = 0;
  std::optional<std::int64_t> per_sent_cents;
  std::optional<std::int64_t> per_response_cents;
};

struct Totals {
  std::int64_t granted = 0;
  std::int64_t bonus = 0;
  std::int64_t refunded = 0;
  std::int64_t sent = 0;
  std::int64_t unsent = 0;
  std::int64_t responses = 0;
  std::int64_t expired = 0;
  std::int64_t pending_refunds = 0;
  std::optional<Cost> cost;  // nullopt without a price for the plan
};

// Solver answers; nullopt where the spec gives null.
struct Solvers {
  std::optional<std::int64_t> max_sustainable_sends;
  std::optional<std::int64_t> break_even_response_bp;  // shown as bp / 100 percent
};

struct MonteCarloMonth {
  YearMonth month;
  std::int64_t closing_p10 = 0;
  std::int64_t closing_p50 = 0;
  std::int64_t closing_p90 = 0;
  std::int64_t trials_with_unsent = 0;  // shortfall_probability = this / trials
};

struct MonteCarlo {
  std::int64_t trials = 0;
  std::uint64_t seed = 0;
  std::vector<MonteCarloMonth> months;
};

// One row of a comparison (spec section 4c): the totals of the scenario
// under another policy or plan, with that row's resolved values.
struct ComparisonRow {
  Policy policy = Policy::k2015;
  Plan plan = Plan::kRecruiter;
  std::int64_t allotment = 0;
  bool pooled = false;
  Limit balance_cap;
  Totals totals;
};

struct Comparisons {
  std::vector<ComparisonRow> policies;  // legacy, 2015, current: those offering the plan
  std::vector<ComparisonRow> plans;     // every plan the policy offers, in the spec's order
};

// Why the responses goal has no rows (spec section 4d).
enum class GoalReason { kSeveralGroups, kZeroResponseRate };

// One plan's answer to the responses goal: the fewest seats that send the
// goal's volume without an unsent InMail, and what they give and cost.
// `seats`, `sends_per_seat` and `totals` are nullopt when no seat count up
// to limits::kMaxSeats does.
struct GoalRow {
  Plan plan = Plan::kRecruiter;
  std::int64_t allotment = 0;
  bool pooled = false;
  Limit balance_cap;
  std::optional<std::int64_t> seats;
  std::optional<std::int64_t> sends_per_seat;
  std::optional<Totals> totals;
};

// How many seats, on which plan, for `responses_per_month` responses a
// month (spec section 4d).
struct Goal {
  std::int64_t responses_per_month = 0;
  std::optional<std::int64_t> sends_per_month;  // the team's, at the group's rate
  std::optional<GoalReason> reason;             // set when there are no rows
  std::optional<Plan> cheapest;                 // the row with the lowest total cost
  std::vector<GoalRow> rows;                    // the plan comparison's plans, in its order
};

// The scenario as the engine used it, every default filled in (spec section 4).
struct Resolved {
  Policy policy = Policy::k2015;
  Plan plan = Plan::kRecruiter;
  std::int64_t allotment = 0;
  YearMonth start;
  int months = 0;
  bool pooled = false;
  Limit balance_cap;
  Limit expiry_days;
};

struct Result {
  std::vector<MonthFigures> months;
  std::vector<GroupFigures> groups;
  Totals totals;
  Solvers solvers;
  std::optional<MonteCarlo> monte_carlo;
  std::optional<Comparisons> comparisons;  // when the scenario asks to compare
  std::optional<Goal> goal;                // when the scenario names goal_responses
  Resolved resolved;
};

}  // namespace inmail
