// The scenarios behind the rows of spec section 4c, shared by the
// comparisons and the responses goal (section 4d), which asks the same plans.
#pragma once

#include <vector>

#include "inmail/scenario.h"

namespace inmail::detail {

// The scenario under `policy`: what the user gave stays, what they left out
// takes that policy's defaults. Resolved.
Scenario under_policy(const Scenario& scenario, Policy policy);

// One scenario per plan the scenario's policy offers, in the spec's order
// (custom only when it is the scenario's own plan): the scenario itself for
// its own plan, else on that plan with its own allotment and cap, and the
// user's pooling only where the plan pools. Resolved.
std::vector<Scenario> plan_row_scenarios(const Scenario& scenario);

}  // namespace inmail::detail
