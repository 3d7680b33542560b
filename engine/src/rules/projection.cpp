#include "inmail/projection.h"

#include <algorithm>

#include "inmail/monte_carlo.h"
#include "rules/simulation.h"

namespace inmail {
namespace detail {

Setup::Setup(const Scenario& scenario_in, const Calendar& calendar_in)
    : scenario(scenario_in),
      calendar(calendar_in),
      refunds_unanswered(policy_info(scenario_in.policy).refund_rule ==
                         RefundRule::kUnansweredAfterAWeek) {
  if (!scenario.launch_bonus || !has_launch_bonus(scenario.policy, scenario.plan)) return;
  const YearMonth bonus_month = *policy_info(scenario.policy).launch_bonus_month;
  for (int index = 0; index < calendar.month_count(); ++index) {
    if (calendar.month(index) == bonus_month) bonus_month_index = index;
  }
}

}  // namespace detail

namespace {

using detail::LedgerRun;
using detail::LedgerSpec;
using detail::pooled_ledger;
using detail::seat_ledger;
using detail::StreamMonth;

// The spec's deterministic response rule, floor(M(t) bp / 10000) -
// floor(M(t-1) bp / 10000), kept as a running remainder: with
// M(t-1) bp = 10000 q + r, today's responses are (r + sent bp) div 10000.
// One small division a day instead of two of 64-bit products, which
// WebAssembly cannot turn into multiplications (it has no 128-bit multiply).
struct DeterministicResponses {
  std::int64_t operator()(detail::StreamState& stream, std::int64_t sent_today) const {
    const std::int64_t owed = stream.response_remainder + sent_today * stream.response_bp;
    // A day's sends times a rate nearly always fit 32 bits, whose division
    // is the cheaper one.
    const std::int64_t responses =
        owed < 10000         ? 0
        : owed <= UINT32_MAX ? static_cast<std::int64_t>(static_cast<std::uint32_t>(owed) / 10000U)
                             : owed / 10000;
    stream.response_remainder = owed - responses * 10000;
    return responses;
  }
};

const LedgerRun& run_deterministic(detail::RunBuffers& buffers, const detail::Setup& setup,
                                   const LedgerSpec& spec, bool stop_at_first_unsent) {
  return detail::run_ledger(buffers, setup, spec, DeterministicResponses{}, stop_at_first_unsent);
}

void add_scaled(MonthFigures& into, const MonthFigures& from, std::int64_t factor) {
  into.opening += from.opening * factor;
  into.granted += from.granted * factor;
  into.bonus += from.bonus * factor;
  into.refunded += from.refunded * factor;
  into.sent += from.sent * factor;
  into.unsent += from.unsent * factor;
  into.responses += from.responses * factor;
  into.expired += from.expired * factor;
  into.closing += from.closing * factor;
}

// A group's figures from one stream of a run: `seats` of them when the
// stream is one seat of the group, else 1. Warning days are the group's
// days, never multiplied.
GroupFigures group_figures(const Scenario& scenario, std::size_t group, const LedgerRun& run,
                           std::size_t stream, std::int64_t seats) {
  GroupFigures figures{scenario.groups[group].name, 0, {}};
  figures.months.reserve(run.months.size());
  for (std::size_t month = 0; month < run.months.size(); ++month) {
    const StreamMonth& from = run.stream_month(month, stream);
    figures.months.push_back({from.month, from.sent * seats, from.unsent * seats,
                              from.responses * seats, from.refunded * seats,
                              from.rate_warning_days});
    figures.rate_warning_days += from.rate_warning_days;
  }
  return figures;
}

Totals sum_totals(const std::vector<MonthFigures>& months, std::int64_t pending_refunds) {
  Totals totals;
  for (const MonthFigures& month : months) {
    totals.granted += month.granted;
    totals.bonus += month.bonus;
    totals.refunded += month.refunded;
    totals.sent += month.sent;
    totals.unsent += month.unsent;
    totals.responses += month.responses;
    totals.expired += month.expired;
  }
  totals.pending_refunds = pending_refunds;
  return totals;
}

// (2x + y) div (2y): x / y rounded half up, for non-negative integers.
std::optional<std::int64_t> round_half_up(std::int64_t x, std::int64_t y) {
  if (y == 0) return std::nullopt;
  return (2 * x + y) / (2 * y);
}

Resolved resolved_of(const Scenario& scenario) {
  return {scenario.policy, scenario.plan,   scenario.allotment,   scenario.start,
          scenario.months, scenario.pooled, scenario.balance_cap, scenario.expiry_days};
}

Result pooled_projection(const detail::Setup& setup) {
  const LedgerSpec spec = pooled_ledger(setup.scenario);
  detail::RunBuffers buffers;
  const LedgerRun& run = run_deterministic(buffers, setup, spec, false);
  Result result;
  result.months = run.months;
  result.groups.reserve(spec.streams.size());
  for (std::size_t group = 0; group < spec.streams.size(); ++group) {
    result.groups.push_back(group_figures(setup.scenario, group, run, group, 1));
  }
  result.totals = sum_totals(result.months, run.pending_refunds);
  return result;
}

// Seats of a group behave identically, so one seat's run times `seats` is
// the group, and the team is the sum of its groups.
Result seat_projection(const detail::Setup& setup) {
  const Scenario& scenario = setup.scenario;
  Result result;
  result.months = detail::empty_months(setup.calendar);
  result.groups.reserve(scenario.groups.size());
  std::int64_t pending_refunds = 0;
  detail::RunBuffers buffers;
  for (std::size_t group = 0; group < scenario.groups.size(); ++group) {
    const std::int64_t seats = scenario.groups[group].seats;
    const LedgerRun& run = run_deterministic(buffers, setup, seat_ledger(scenario, group), false);
    for (std::size_t month = 0; month < run.months.size(); ++month) {
      add_scaled(result.months[month], run.months[month], seats);
    }
    result.groups.push_back(group_figures(scenario, group, run, 0, seats));
    pending_refunds += run.pending_refunds * seats;
  }
  result.totals = sum_totals(result.months, pending_refunds);
  return result;
}

}  // namespace

namespace detail {

bool any_unsent(RunBuffers& buffers, const Setup& setup) {
  const Scenario& scenario = setup.scenario;
  if (scenario.pooled) {
    return run_deterministic(buffers, setup, pooled_ledger(scenario), true).any_unsent;
  }
  for (std::size_t group = 0; group < scenario.groups.size(); ++group) {
    if (run_deterministic(buffers, setup, seat_ledger(scenario, group), true).any_unsent) {
      return true;
    }
  }
  return false;
}

}  // namespace detail

namespace {

using detail::any_unsent;

std::int64_t max_sustainable_sends(Scenario probe, const Calendar& calendar) {
  const detail::Setup setup(probe, calendar);
  detail::RunBuffers buffers;
  std::int64_t low = 0;
  std::int64_t high = limits::kMaxSendsPerMonth;
  while (low < high) {
    const std::int64_t mid = (low + high + 1) / 2;
    probe.groups[0].sends_per_month = MonthlySends::constant(mid);
    if (!any_unsent(buffers, setup)) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}

std::optional<std::int64_t> break_even_response_bp(Scenario probe, const Calendar& calendar) {
  const detail::Setup setup(probe, calendar);
  detail::RunBuffers buffers;
  std::int64_t low = 0;
  std::int64_t high = 10000;
  while (low < high) {
    const std::int64_t mid = (low + high) / 2;
    probe.groups[0].response_bp = mid;
    if (!any_unsent(buffers, setup)) {
      high = mid;
    } else {
      low = mid + 1;
    }
  }
  // Every candidate below 10000 that the search ends on was probed and had
  // no unsent; 10000 may never have been probed, and may fail.
  if (low < 10000) return low;
  probe.groups[0].response_bp = low;
  if (any_unsent(buffers, setup)) return std::nullopt;
  return low;
}

// One calendar serves the projection and every solver probe.
Result project_deterministic(const Scenario& scenario, const Calendar& calendar) {
  detail::Setup setup(scenario, calendar);
  setup.counts_rate_warnings = true;
  Result result = scenario.pooled ? pooled_projection(setup) : seat_projection(setup);
  result.totals.cost = cost_of(scenario, scenario.plan, result.totals);
  result.resolved = resolved_of(scenario);
  return result;
}

Solvers solve(const Scenario& scenario, const Calendar& calendar) {
  Solvers solvers;
  // Both vary one group's constant volume or rate.
  if (scenario.groups.size() != 1 || scenario.has_schedule()) return solvers;
  solvers.max_sustainable_sends = max_sustainable_sends(scenario, calendar);
  // No response rate makes up for too few credits where unanswered InMails
  // are the ones credited back.
  if (policy_info(scenario.policy).refund_rule == RefundRule::kAnswered) {
    solvers.break_even_response_bp = break_even_response_bp(scenario, calendar);
  }
  return solvers;
}

}  // namespace

Result project_deterministic(const Scenario& scenario) {
  return project_deterministic(scenario, Calendar(scenario.start, scenario.months));
}

Solvers solve(const Scenario& scenario) {
  return solve(scenario, Calendar(scenario.start, scenario.months));
}

std::optional<Cost> cost_of(const Scenario& scenario, Plan plan, const Totals& totals) {
  const std::optional<std::int64_t> cents = scenario.seat_price(plan);
  if (!cents) return std::nullopt;
  const std::int64_t total = *cents * scenario.total_seats() * scenario.months;
  return Cost{total, round_half_up(total, totals.sent), round_half_up(total, totals.responses)};
}

Result project(const Scenario& scenario) {
  const Calendar calendar(scenario.start, scenario.months);
  Result result = project_deterministic(scenario, calendar);
  result.solvers = solve(scenario, calendar);
  if (scenario.trials > 0) result.monte_carlo = run_monte_carlo(scenario);
  if (scenario.compare) result.comparisons = compare(scenario, result.totals);
  if (scenario.goal_responses) result.goal = goal_for(scenario);
  return result;
}

}  // namespace inmail
