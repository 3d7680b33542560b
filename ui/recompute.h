// How the page's state follows a link and its inputs; browser-independent so
// that it is tested natively.
#pragma once

#include <string_view>

#include "app_state.h"
#include "inmail/projection.h"

namespace inmail_ui {

// Monte Carlo waits this long after the last change before it runs.
inline constexpr double kMonteCarloSettleMs = 250.0;

// Opens a URL query (docs/url-query.md) in the month `state.today`. A link
// with errors shows them (its own first, then its scenario's), no figures,
// and the default scenario's inputs.
void open_link(AppState& state, std::string_view query, double now_ms);

// Asks the engine about the inputs; when they are valid, recomputes the
// deterministic figures and both solvers now and schedules Monte Carlo.
// Otherwise the views keep the last valid figures.
void on_inputs_changed(AppState& state, double now_ms);

// Runs the scheduled Monte Carlo once it is due and no widget is held.
// Returns true when it ran.
bool run_due_monte_carlo(AppState& state, double now_ms, bool widget_held);

// The engine's comparisons of the scenario on screen (policies and plans).
// They cost up to a dozen projections, so they are computed when first asked
// for (their tab on screen, the test hook), then kept with the result.
// Requires a scenario on screen.
const inmail::Comparisons& comparisons(AppState& state);

// Figures are shown only for inputs without errors.
inline bool figures_are_current(const AppState& state) {
  return state.scenario.has_value() && state.errors.empty();
}
// True while the views show a scenario other than the inputs'.
inline bool views_are_stale(const AppState& state) {
  return state.scenario.has_value() && !state.errors.empty();
}

}  // namespace inmail_ui
