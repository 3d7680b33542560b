// The scenario in the page's URL query, as docs/url-query.md defines it for
// both front ends.
#pragma once

#include <string>
#include <string_view>

#include "inmail/scenario.h"

namespace inmail_ui {

// The query (without "?") for `scenario`: only keys whose values differ from
// the defaults, one group in the shorthand keys, several as `groups=[...]`.
std::string scenario_to_query(const inmail::Scenario& scenario);

// The scenario JSON object a query stands for (a leading "?" is ignored), to
// be given to the engine's validation. Values that are not valid JSON become
// strings, so the engine reports them as wrong types at their field; unknown
// keys pass through. A key given twice keeps its last value.
std::string query_to_scenario_json(std::string_view query);

// application/x-www-form-urlencoded, as the browser's URLSearchParams writes
// and reads it: letters, digits and "*-._" stay, a space is "+", every other
// byte is %XX.
std::string form_encode(std::string_view text);
std::string form_decode(std::string_view text);

}  // namespace inmail_ui
