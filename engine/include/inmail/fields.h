// The scenario's fields (spec section 2): one table of every key with its
// kind, limits, default, label, hint and section. Parsing, the messages of
// its limits, the page model and the schema all read it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace inmail {

enum class FieldKind {
  kChoice,      // one of a list of names (policy, plan)
  kInteger,     // a whole number in [min, max]
  kSchedule,    // a whole number in [min, max], or a list of them, one a month
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
  std::string_view section;  // where a form puts it: "Team", "Months", ...
  FieldKind kind = FieldKind::kText;
  // The range of a value (of each entry of a schedule, each price); the
  // count of groups; the length of a text.
  std::int64_t min = 0;
  std::int64_t max = 0;
  bool in_group = false;  // a key of each group (the top-level shorthand too)
  // The default, as JSON text: "null" where it depends on the policy, the
  // plan or the caller's month (the result's `resolved` tells it).
  std::string default_json;
  std::int64_t max_entries = 0;  // a schedule's months at most
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

// A kind's name in the schema: "choice", "hundredths", "prices", ...
const char* field_kind_name(FieldKind kind);

// The field of a constant key the engine names in its own code: a missing
// one is a bug that every run shows, so it stops rather than read another.
const FieldInfo& field_named(std::string_view key, bool in_group = false);

// The messages of a field's limits, worded from the table: "must be between
// 1 and 120" (hundredths as decimals: "between 0 and 100"), "must be at most
// 64 characters", "must hold 1 to 50 groups", "must hold 1 to 120 months
// (one number each)".
std::string range_message(const FieldInfo& field);
std::string count_message(const FieldInfo& field);
// A kHundredths value with a third decimal.
inline constexpr std::string_view kHundredthsMessage = "must have at most 2 decimals";

}  // namespace inmail
