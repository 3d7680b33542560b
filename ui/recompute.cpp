#include "recompute.h"

#include <utility>
#include <vector>

#include "inmail/link.h"
#include "inmail/monte_carlo.h"

namespace inmail_ui {
namespace {

// What project() gives without comparisons and Monte Carlo, which come later.
void show_scenario(AppState& state, const inmail::Scenario& scenario, double now_ms) {
  state.result = inmail::project_deterministic(scenario);
  state.result.solvers = inmail::solve(scenario);
  state.rate_warnings = inmail::rate_warnings(state.result);
  state.monte_carlo = MonteCarloSchedule{scenario.trials > 0, now_ms + kMonteCarloSettleMs};
  state.scenario = scenario;
}

void describe_defaults(AppState& state, inmail::Scenario resolved) {
  state.hints = inmail::default_hints(resolved, state.today);
  state.resolved = std::move(resolved);
}

}  // namespace

void open_link(AppState& state, std::string_view query, double now_ms) {
  const inmail::LinkContents link = inmail::decode_link(query);
  const inmail::ParseResult parsed = inmail::parse_scenario(link.scenario_json, state.today);
  if (link.errors.empty() && parsed.ok()) {
    state.inputs = inputs_from_scenario(*parsed.scenario, link.currency);
    on_inputs_changed(state, now_ms);
    return;
  }
  std::vector<inmail::FieldError> errors = link.errors;
  errors.insert(errors.end(), parsed.errors.begin(), parsed.errors.end());
  state.inputs = default_inputs(state.today);
  describe_defaults(state, inmail::read_leniently(inputs_to_json(state.inputs), state.today));
  state.errors = FieldErrors(std::move(errors));
  state.scenario_json = link.scenario_json;
  state.query = inmail::encode_link(link.scenario_json, link.currency).value_or("");
  state.scenario.reset();
  state.monte_carlo = MonteCarloSchedule{};
}

void on_inputs_changed(AppState& state, double now_ms) {
  state.scenario_json = inputs_to_json(state.inputs);
  state.query = inmail::encode_link(state.scenario_json, state.inputs.currency).value_or("");
  // The link must read back: its own problems (a currency label too long)
  // come first, as when it is opened.
  std::vector<inmail::FieldError> errors = inmail::decode_link(state.query).errors;
  inmail::ParseResult parsed = inmail::parse_scenario(state.scenario_json, state.today);
  errors.insert(errors.end(), parsed.errors.begin(), parsed.errors.end());
  state.errors = FieldErrors(std::move(errors));
  if (parsed.ok()) {
    describe_defaults(state, *parsed.scenario);
    if (state.errors.empty()) show_scenario(state, *parsed.scenario, now_ms);
  } else {
    describe_defaults(state, inmail::read_leniently(state.scenario_json, state.today));
  }
}

bool run_due_monte_carlo(AppState& state, double now_ms, bool widget_held) {
  if (!state.monte_carlo.pending || widget_held || now_ms < state.monte_carlo.due_ms) return false;
  state.result.monte_carlo = inmail::run_monte_carlo(*state.scenario);
  state.monte_carlo.pending = false;
  return true;
}

const inmail::Comparisons& comparisons(AppState& state) {
  if (!state.result.comparisons) {
    state.result.comparisons = inmail::compare(*state.scenario, state.result.totals);
  }
  return *state.result.comparisons;
}

}  // namespace inmail_ui
