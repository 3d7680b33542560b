// Helpers shared by the engine tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "inmail/projection.h"
#include "inmail/scenario.h"

namespace inmail::testing {

// Parses scenario JSON that the test expects to be valid.
inline Scenario scenario_from(const std::string& json) {
  ParseResult parsed = parse_scenario(json);
  EXPECT_TRUE(parsed.ok()) << "invalid test scenario: " << json;
  return parsed.ok() ? *parsed.scenario : Scenario{};
}

inline Result project_json_scenario(const std::string& json) {
  return project(scenario_from(json));
}

// The errors a scenario gives; empty when it is valid.
inline std::vector<FieldError> errors_of(const std::string& json) {
  return parse_scenario(json).errors;
}

}  // namespace inmail::testing
