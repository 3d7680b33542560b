// The functions that project a scenario into its result (spec sections 3
// and 4).
#pragma once

#include <optional>

#include "inmail/result.h"
#include "inmail/scenario.h"

namespace inmail {

// The deterministic projection of spec section 3 (months, groups, totals
// with their cost, resolved) without solvers, Monte Carlo or comparisons.
Result project_deterministic(const Scenario& scenario);

// Both solvers of spec section 4 (null for several groups).
Solvers solve(const Scenario& scenario);

// The comparisons of spec section 4c; `own_totals` are the scenario's own
// (the row of its own policy and of its own plan).
Comparisons compare(const Scenario& scenario, const Totals& own_totals);

// The responses goal of spec section 4d for scenario.goal_responses (which
// must be set).
Goal goal_for(const Scenario& scenario);

// The cost of spec section 4b for `totals` of the scenario on `plan`.
std::optional<Cost> cost_of(const Scenario& scenario, Plan plan, const Totals& totals);

// Everything the spec's result holds: the deterministic projection, the
// solvers, Monte Carlo bands when scenario.trials > 0, the comparisons when
// scenario.compare and the goal when scenario.goal_responses.
Result project(const Scenario& scenario);

}  // namespace inmail
