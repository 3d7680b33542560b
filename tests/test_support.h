// Helpers shared by the engine tests.
#pragma once

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "inmail/projection.h"
#include "inmail/scenario_reader.h"

namespace inmail {

// How GoogleTest prints an error in a failure: "field: message".
inline void PrintTo(const FieldError& error, std::ostream* out) {
  *out << '"' << error.field << ": " << error.message << '"';
}

}  // namespace inmail

namespace inmail::testing {

// The caller's month in tests: the start of a `current` scenario that names
// none. Fixed, so that no test depends on the clock.
inline constexpr YearMonth kToday{2026, 11};

// Parses scenario JSON that the test expects to be valid, for a caller
// whose month is `today`.
inline Scenario scenario_from(const std::string& json, YearMonth today = kToday) {
  ParseResult parsed = parse_scenario(json, today);
  EXPECT_TRUE(parsed.ok()) << "invalid test scenario: " << json;
  return parsed.ok() ? *parsed.scenario : Scenario{};
}

inline Result project_json_scenario(const std::string& json, YearMonth today = kToday) {
  return project(scenario_from(json, today));
}

// A Recruiter Lite seat under `current` in November 2026 (21 business days,
// every price given): one send a business day (21), half answered 3 days
// later. Worked by hand in comparison_test.cpp.
inline constexpr const char* kHalfAnswered = R"({"policy": "current", "plan": "recruiter_lite",
    "months": 1, "sends_per_month": 21, "response_rate": 50, "response_days": 3,
    "compare": true, "seat_prices": {"recruiter": 825, "recruiter_lite": 10,
    "sales_navigator": 99.99, "premium_career": 0.01, "premium_business": 12.34}})";

// The errors a scenario gives; empty when it is valid.
inline std::vector<FieldError> errors_of(const std::string& json) {
  return parse_scenario(json, kToday).errors;
}

}  // namespace inmail::testing
