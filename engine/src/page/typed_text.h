// What a person typed into a field, read as the scenario's JSON value: the
// rule both pages follow for every input (docs/engine.md, "Numbers as
// people write them").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "inmail/json_value.h"
#include "inmail/schema.h"

namespace inmail::detail {

struct TypedValue {
  // nullopt: the text is empty, so the key is not given (its default holds).
  std::optional<JsonValue> value;
  // Why the text is not a value of the field where no validation message
  // would say it well (an ambiguous separator); empty otherwise.
  std::string problem;
};

// Reads `text` for a field of `kind`:
// - numbers accept a decimal comma where it is unambiguous ("25,5",
//   "170,50"), grouping separators ("1,000", "1.000.000", "12 500"), and
//   both together ("1.234,50", "1,234.50"); a lone separator followed by
//   three digits is a thousands separator in a whole-number field, and a
//   problem naming both readings in a decimal one ("1,250");
// - a sending plan is its entries separated by commas, semicolons or
//   spaces ("40, 40, 120"); "40,400" could be one number or two months, and
//   is a problem that says so;
// - "none" (any case) is the limit that is off;
// - text that is no number stays text, so that validation names the
//   field's rule ("must be a whole number").
TypedValue read_typed(FieldKind kind, std::string_view text);

// The text a field shows for a scenario value: the value's own writing
// (25.5, 40, 40, 120, none); "" for a key not given.
std::string field_text(const JsonValue* value);

}  // namespace inmail::detail
