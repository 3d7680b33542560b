// Projection results (spec section 4) and the functions that compute them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "inmail/calendar.h"
#include "inmail/scenario.h"

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
};

struct GroupFigures {
  std::string name;
  std::vector<GroupMonthFigures> months;
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

struct Result {
  std::vector<MonthFigures> months;
  std::vector<GroupFigures> groups;
  Totals totals;
  Solvers solvers;
  std::optional<MonteCarlo> monte_carlo;
};

// The deterministic projection of spec section 3 (months, groups, totals)
// without solvers or Monte Carlo.
Result project_deterministic(const Scenario& scenario);

// Both solvers of spec section 4 (null for several groups).
Solvers solve(const Scenario& scenario);

// Everything the spec's result holds: the deterministic projection, the
// solvers, and Monte Carlo bands when scenario.trials > 0.
Result project(const Scenario& scenario);

}  // namespace inmail
