// How the page's state follows its inputs; browser-independent so that it is
// tested natively.
#pragma once

#include <string_view>

#include "app_state.h"

namespace inmail_ui {

// Monte Carlo waits this long after the last change before it runs.
inline constexpr double kMonteCarloSettleMs = 250.0;

// Opens the scenario of a URL query (docs/url-query.md). A query with errors
// keeps them in `link_errors` and shows the default scenario instead.
void load_query(AppState& state, std::string_view query, double now_ms);

// Validates the inputs; when they are good, recomputes every deterministic
// view now and schedules Monte Carlo. Otherwise keeps the last good views.
void on_inputs_changed(AppState& state, double now_ms);

// Runs the scheduled Monte Carlo once it is due and no widget is held.
// Returns true when it ran.
bool run_due_monte_carlo(AppState& state, double now_ms, bool widget_held);

// "Legacy vs 2015" and the plan comparison of the scenario on screen. Each
// costs up to a few dozen projections, so they are computed when their tab is
// shown (the frame the input changes, if the tab is open), not for hidden tabs.
// Require a scenario on screen.
const std::array<PolicyColumn, 2>& policy_comparison(AppState& state);
const std::vector<PlanRow>& plan_comparison(AppState& state);

// True while the views show a scenario other than the inputs'.
inline bool views_are_stale(const AppState& state) { return !state.errors.empty(); }

}  // namespace inmail_ui
