// JSON text from outside (a scenario, a value in a link), parsed so that
// hostile input costs a linear scan: never deep recursion, never a throw.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "inmail/scenario.h"

namespace inmail::detail {

// The parsed text, or a discarded value when it is not valid JSON or nests
// arrays and objects deeper than limits::kMaxJsonDepth.
nlohmann::json parse_json_input(std::string_view text);

// Why parse_json_input() refused `text`, as an error of the whole document.
FieldError describe_syntax_problem(std::string_view text);

}  // namespace inmail::detail
