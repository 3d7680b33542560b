// The engine describes itself: the scenario's fields with their limits,
// defaults, labels and hints, and the labels of every figure it reports.
// Front ends build their forms and tables from this instead of keeping
// copies (schema_json() for JavaScript, the tables below for C++).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "inmail/projection.h"

namespace inmail {

enum class FieldKind {
  kChoice,      // one of a list of names (policy, plan)
  kInteger,     // a whole number in [min, max]
  kHundredths,  // a number with at most 2 decimals; min and max in hundredths
  kLimit,       // a whole number in [min, max], or "none"
  kMonth,       // "YYYY-MM"
  kText,        // free text of at most max characters
  kBoolean,
  kSeed,    // an unsigned 64-bit whole number
  kGroups,  // the list of groups: min..max of them
  kPrices,  // an object of kHundredths values by plan name, each in [min, max]
};

struct FieldInfo {
  std::string_view key;
  std::string_view label;
  std::string_view hint;
  std::string_view section;  // where a form puts it: "Plan", "Team", ...
  FieldKind kind;
  std::int64_t min = 0;
  std::int64_t max = 0;
  bool in_group = false;  // a key of each group (the top-level shorthand too)
  // The default, as JSON text: "null" where it depends on the policy, the
  // plan or the caller's month (the result's `resolved` tells it).
  std::string default_json;
};

// Every scenario key, in the spec's order (group keys where `groups` is).
const std::vector<FieldInfo>& scenario_fields();
// A top-level key (in_group false) or a key of a group (in_group true).
const FieldInfo* find_field(std::string_view key, bool in_group);
// Whether a group key may stand at a scenario's top for its single group, a
// shorthand: every key of a group but its name.
bool is_shorthand_key(const FieldInfo& field);
// Whether a scenario object may hold `key` at its top: its own fields and
// the shorthand keys.
bool is_top_level_key(std::string_view key);
// Keys a link may hold besides the scenario's (the currency label).
const std::vector<FieldInfo>& link_fields();

// A column of a figures table: the result's key and its label.
template <class Figures>
struct Column {
  std::string_view key;
  std::string_view label;
  std::int64_t Figures::*figure;
};

// The month table after its Month column, in the result's key order.
const std::array<Column<MonthFigures>, 9>& month_columns();
// A group's figures per month.
const std::array<Column<GroupMonthFigures>, 5>& group_month_columns();
// The totals of the whole projection.
const std::array<Column<Totals>, 8>& total_columns();

// The labels of the figures that are not a column's: one copy for the CSV,
// the terminal table and both pages.
struct FigureLabels {
  std::string_view month = "Month";
  std::string_view group = "Group";
  std::string_view closing_at_end = "Closing balance at the end";
  std::string_view max_sustainable_sends = "Largest sustainable sends per seat and month";
  std::string_view break_even_response_rate = "Break-even response rate";
  std::string_view total_cost = "Total cost";
  std::string_view cost_per_sent = "Cost per InMail sent";
  std::string_view cost_per_response = "Cost per response";
  std::string_view cheapest_per_response = "cheapest per response";
  std::string_view no_limit = kNoLimit;
};
inline constexpr FigureLabels kFigureLabels{};

// Everything above, with the plans and policies of plans.h and the
// explanations of explain.h, as one JSON document.
std::string schema_json();

}  // namespace inmail
