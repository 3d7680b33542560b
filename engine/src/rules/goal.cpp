// The responses goal of spec section 4d: how many seats, on which plan, to
// get R responses a month, and what that costs.
#include "inmail/projection.h"
#include "rules/comparison.h"
#include "rules/simulation.h"

namespace inmail {
namespace {

// a / b rounded up, for a >= 0 and b > 0.
std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

// The row's group as `seats` seats sharing the team's monthly sends.
void spread_over(Group& group, std::int64_t team_sends, std::int64_t seats) {
  group.seats = seats;
  group.sends_per_month = MonthlySends::constant(ceil_div(team_sends, seats));
}

// The fewest seats, by the spec's binary search, with which the row's
// scenario leaves no InMail unsent; nullopt when even the most seats do.
std::optional<std::int64_t> fewest_seats(Scenario& row, std::int64_t team_sends) {
  const Calendar calendar(row.start, row.months);
  const detail::Setup setup(row, calendar);
  detail::RunBuffers buffers;  // every probe of the search runs in these
  Group& group = row.groups[0];
  const auto unsent_with = [&](std::int64_t seats) {
    spread_over(group, team_sends, seats);
    return detail::any_unsent(buffers, setup);
  };
  std::int64_t low = 1;
  std::int64_t high = limits::kMaxSeats;
  if (unsent_with(high)) return std::nullopt;
  while (low < high) {
    const std::int64_t mid = (low + high) / 2;
    if (!unsent_with(mid)) {
      high = mid;
    } else {
      low = mid + 1;
    }
  }
  return low;
}

GoalRow goal_row(Scenario row, std::int64_t team_sends) {
  row.trials = 0;
  GoalRow answer{row.plan, row.allotment, row.pooled, row.balance_cap, {}, {}, {}};
  const std::optional<std::int64_t> seats = fewest_seats(row, team_sends);
  if (!seats) return answer;
  spread_over(row.groups[0], team_sends, *seats);
  answer.seats = seats;
  answer.sends_per_seat = ceil_div(team_sends, *seats);
  answer.totals = project_deterministic(row).totals;
  return answer;
}

// The first row with the lowest total cost, among rows that have one.
std::optional<Plan> cheapest_row(const std::vector<GoalRow>& rows) {
  const GoalRow* cheapest = nullptr;
  for (const GoalRow& row : rows) {
    if (!row.totals || !row.totals->cost) continue;
    if (!cheapest || row.totals->cost->total_cents < cheapest->totals->cost->total_cents) {
      cheapest = &row;
    }
  }
  return cheapest ? std::optional(cheapest->plan) : std::nullopt;
}

}  // namespace

Goal goal_for(const Scenario& scenario) {
  Goal goal;
  goal.responses_per_month = *scenario.goal_responses;
  if (scenario.groups.size() != 1) {
    goal.reason = GoalReason::kSeveralGroups;
    return goal;
  }
  const std::int64_t bp = scenario.groups[0].response_bp;
  if (bp == 0) {
    goal.reason = GoalReason::kZeroResponseRate;
    return goal;
  }
  // The team's sends at the group's rate: ceil(R * 10000 / bp).
  const std::int64_t team_sends = ceil_div(goal.responses_per_month * 10000, bp);
  goal.sends_per_month = team_sends;
  for (const Scenario& row : detail::plan_row_scenarios(scenario)) {
    goal.rows.push_back(goal_row(row, team_sends));
  }
  goal.cheapest = cheapest_row(goal.rows);
  return goal;
}

}  // namespace inmail
