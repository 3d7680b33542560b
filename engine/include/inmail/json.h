// The spec's JSON shapes: results (section 4), errors (section 6), scenarios.
#pragma once

#include <string>
#include <vector>

#include "inmail/projection.h"
#include "inmail/scenario_reader.h"

namespace inmail {

// Compact JSON unless `indent` >= 0.
std::string result_to_json(const Result& result, int indent = -1);
std::string errors_to_json(const std::vector<FieldError>& errors, int indent = -1);
// The scenario with every key written out: the values of keys with fixed
// defaults, and null for the keys whose defaults depend on the policy or
// the plan and that the user left out. parse_scenario() reads it back to an
// equal scenario.
std::string scenario_to_json(const Scenario& scenario);

// Parse, project and serialize in one call: the result JSON, or the errors
// JSON. `today` as for parse_scenario().
struct JsonOutcome {
  bool ok = false;
  std::string json;
};
JsonOutcome project_json(std::string_view scenario_json, YearMonth today, int indent = -1);

// Validation only: `{"errors": []}` when the scenario is valid, else the
// errors JSON. Cheap enough to call on every keystroke.
std::string validate_json(std::string_view scenario_json, YearMonth today);

}  // namespace inmail
