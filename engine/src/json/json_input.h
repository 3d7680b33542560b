// JSON text from outside (a scenario, a value in a link), read so that
// hostile input costs a linear scan: never deep recursion, never a throw.
#pragma once

#include <optional>
#include <string_view>

#include "inmail/json_value.h"
#include "inmail/scenario.h"

namespace inmail::detail {

// The parsed text, unless it is not valid JSON or nests arrays and objects
// deeper than limits::kMaxJsonDepth.
inline JsonParse parse_json_input(std::string_view text) {
  return parse_json(text, limits::kMaxJsonDepth);
}

inline std::optional<JsonValue> json_input_value(std::string_view text) {
  return parse_json_input(text).value;
}

// Why parse_json_input() refused the text, as an error of the whole
// document: where, for a person and for a tool, and the parser's reason.
inline FieldError syntax_problem(const JsonParse& parse) {
  if (parse.too_deep) return {"", parse.error};
  return {"", "invalid JSON at line " + std::to_string(parse.error_line) + ", column " +
                  std::to_string(parse.error_column) + " (byte " +
                  std::to_string(parse.error_byte) + "): " + parse.error};
}

}  // namespace inmail::detail
