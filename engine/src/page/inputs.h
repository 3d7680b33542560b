// What the inputs of a page show for a PageState, shared by the update
// function (which keeps text as typed only where it differs) and the view.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "inmail/explain.h"
#include "inmail/page_model.h"
#include "page/field_path.h"

namespace inmail::detail {

// The value the scenario gives at `path`, or nullptr.
const JsonValue* given_value(const JsonValue& scenario, const FieldPath& path);

// The text an input shows without what was typed into it: the value
// given, else a fixed default ("12" months), else "".
std::string value_text(const PageState& state, std::string_view path);

// The text of the fixed default at `path` ("12" months); "" where the
// default follows the policy, the plan or the month.
std::string fixed_default_text(std::string_view path);

// The text the input at `path` shows: as typed, else value_text().
std::string input_text(const PageState& state, std::string_view path);

// Keeps `text` as typed at `path` where it differs from value_text() (a
// decimal comma, a cleared field), and forgets it where it does not.
void remember_typed(PageState& state, const std::string& path, const std::string& text);

// The report helper's counts read as whole numbers and turned into a
// response rate; nullopt while no count is typed.
std::optional<ReportRate> report_rate(const ReportCounts& counts);

}  // namespace inmail::detail
