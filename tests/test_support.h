// Helpers shared by the engine tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "inmail/projection.h"
#include "inmail/scenario.h"

namespace inmail::testing {

// The caller's month in tests: the start of a `current` scenario that names
// none. Fixed, so that no test depends on the clock.
inline constexpr YearMonth kToday{2026, 11};

// Parses scenario JSON that the test expects to be valid.
inline Scenario scenario_from(const std::string& json) {
  ParseResult parsed = parse_scenario(json, kToday);
  EXPECT_TRUE(parsed.ok()) << "invalid test scenario: " << json;
  return parsed.ok() ? *parsed.scenario : Scenario{};
}

inline Result project_json_scenario(const std::string& json) {
  return project(scenario_from(json));
}

// The errors a scenario gives; empty when it is valid.
inline std::vector<FieldError> errors_of(const std::string& json) {
  return parse_scenario(json, kToday).errors;
}

}  // namespace inmail::testing
