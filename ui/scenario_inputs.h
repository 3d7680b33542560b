// The scenario as the input panel edits it.
//
// Widgets write straight into these fields, and typed entry (Ctrl+click) may
// leave a value out of range: that is deliberate, so that the engine's own
// validation reports it next to the field instead of the UI silently clamping.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "inmail/scenario.h"

namespace inmail_ui {

struct GroupInputs {
  std::string name = "Group 1";
  std::int64_t seats = 1;
  std::int64_t sends_per_month = 0;
  double response_rate = 0.0;  // percent, as typed; the engine checks the 2 decimals
  std::int64_t response_days = 3;
};

struct ScenarioInputs {
  inmail::Policy policy = inmail::Policy::k2015;
  inmail::Plan plan = inmail::Plan::kRecruiter;
  bool allotment_overridden = false;
  std::int64_t allotment = 150;
  std::string start = "2015-01";
  std::int64_t months = 12;
  bool pooled = true;
  std::vector<GroupInputs> groups{GroupInputs{}};
  std::int64_t opening_balance = 0;
  bool launch_bonus = true;
  std::int64_t expiry_days = 90;
  bool balance_capped = false;
  std::int64_t balance_cap = 0;
  std::int64_t refresh_day = 1;
  std::int64_t trials = 0;
  std::uint64_t seed = 1;
};

// The month the page is opened in.
inline constexpr inmail::YearMonth kToday{2026, 11};

// The spec's scenario JSON for these inputs, every key written out.
std::string inputs_to_json(const ScenarioInputs& inputs);

// The engine's verdict on the inputs: a scenario, or every problem with it.
inmail::ParseResult parse_inputs(const ScenarioInputs& inputs);

// The inputs that show `scenario` (the inverse of parse_inputs).
ScenarioInputs inputs_from_scenario(const inmail::Scenario& scenario);

// The name a new group gets when it is appended as the `index`-th (0-based).
std::string default_group_name(std::size_t index);

// Switching plan also switches `pooled` and the allotment to the new plan's
// defaults (unless overridden), so that picking a plan never creates an error
// the user did not ask for.
void select_plan(ScenarioInputs& inputs, inmail::Plan plan);

}  // namespace inmail_ui
