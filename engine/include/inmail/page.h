// What a front end shows for the scenario a user has given, in one JSON
// document: the link, the problems, the figures and the engine's words about
// them. Pages render it; they compute nothing themselves.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "inmail/calendar.h"
#include "inmail/scenario.h"

namespace inmail {

struct PageRequest {
  std::string_view scenario_json;  // as the user gave it: only the keys given
  std::string_view currency;       // the label of the costs, kept in the link
  YearMonth today;                 // the caller's month (spec section 2)
  bool comparisons = false;        // add the comparisons and the cheapest plan
  bool monte_carlo = false;        // run the Monte Carlo trials the scenario asks for
  // The caller's own problems (a clock outside the months a scenario may
  // name): listed first, and, like any error, no figures.
  std::vector<FieldError> caller_errors = {};
};

// {"query": the link's query for the input (also when it has errors),
//  "errors": [{"field", "message"}],
//  "result": the result of spec section 4, or null when there are errors,
//  "notes": {"defaults": {key: text}, "solvers": {key: {code, title, text} or null},
//            "rate_warnings": [{"group": index, "days", "text"}],
//            "cheapest_plan": plan name or null}}
std::string page_json(const PageRequest& request);

// The CSV of result_to_csv() for the input: {"csv": text} or {"errors": [...]}.
std::string csv_json(std::string_view scenario_json, std::string_view currency, YearMonth today);

// A page opened with a link: {"scenario": the scenario as the link gives it,
// "currency": text, then the fields of page_json() (figures only)}, the link's
// own problems listed before the scenario's (after `caller_errors`, as in
// PageRequest).
std::string open_link_json(std::string_view query, YearMonth today,
                           std::vector<FieldError> caller_errors = {});

// response_rate_from_report() as JSON: {"response_rate": percent, "errors": []}
// or {"response_rate": null, "errors": [...]}; `counts_json` holds sent,
// accepted and declined.
std::string report_rate_json(std::string_view counts_json);

}  // namespace inmail
