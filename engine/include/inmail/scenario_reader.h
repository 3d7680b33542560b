// Reading a scenario from JSON (spec section 2): every problem found, named
// by its field (section 6), or the typed, resolved Scenario.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "inmail/json_value.h"
#include "inmail/scenario.h"

namespace inmail {

// Either a scenario or every problem found in the input; never both.
struct ParseResult {
  std::optional<Scenario> scenario;
  std::vector<FieldError> errors;

  bool ok() const { return scenario.has_value(); }
};

// Parses and validates scenario JSON. `today` is the caller's month (spec
// section 2): the start of a `current` scenario that names none. Never
// throws; all problems are collected, not just the first.
ParseResult parse_scenario(std::string_view json_text, YearMonth today);
// The same for JSON already read (a page's scenario as given).
ParseResult parse_scenario_object(const JsonValue& root, YearMonth today);

// The scenario JSON as far as it is valid, resolved: whatever cannot be read
// keeps its default. Front ends show the defaults in force while the input
// still has errors; the link codec leaves those defaults out of links.
Scenario read_leniently(std::string_view json_text, YearMonth today);
Scenario read_object_leniently(const JsonValue& root, YearMonth today);

}  // namespace inmail
