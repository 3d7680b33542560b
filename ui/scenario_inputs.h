// The scenario as the user gave it, in the form the input panel edits.
//
// Keys whose defaults follow the policy, the plan or the month (allotment,
// start, pooled, expiry_days, balance_cap) are empty until the user sets
// them: the engine then applies its default and explains it. Widgets write
// straight into these fields, and typed entry (Ctrl+click) may leave a value
// out of range: the engine's validation reports it next to the field instead
// of the page clamping it. No value here has a default of its own: the page
// starts from the engine's default scenario (default_inputs).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "inmail/calendar.h"
#include "inmail/scenario.h"

namespace inmail_ui {

// The counts of LinkedIn's InMail report that the "From your InMail report"
// helper turns into a group's response rate. Not part of the scenario.
struct ReportCounts {
  std::int64_t sent = 0;
  std::int64_t accepted = 0;
  std::int64_t declined = 0;
};

struct GroupInputs {
  std::string name;
  std::int64_t seats = 0;
  std::int64_t sends_per_month = 0;
  double response_rate = 0.0;  // percent, as typed; the engine checks the 2 decimals
  std::int64_t response_days = 0;
  ReportCounts report;
};

struct ScenarioInputs {
  inmail::Policy policy{};
  inmail::Plan plan{};
  // Given by the user, or empty: the engine's default.
  std::optional<std::int64_t> allotment;
  std::optional<std::string> start;  // "YYYY-MM" as typed
  std::optional<bool> pooled;
  std::optional<inmail::Limit> expiry_days;  // a Limit without a value is "none"
  std::optional<inmail::Limit> balance_cap;

  std::int64_t months = 0;
  std::vector<GroupInputs> groups;
  std::int64_t opening_balance = 0;
  bool launch_bonus = false;
  std::int64_t refresh_day = 0;
  std::int64_t trials = 0;
  std::uint64_t seed = 0;
  // Price of one seat for one month, by plan (indexed by Plan); empty: none.
  std::array<std::optional<double>, inmail::kPlanCount> seat_prices;
  bool compare = false;  // carried through from a link; the page always compares

  std::string currency;  // the costs' label: kept in the link, not in the scenario
};

// The scenario JSON for the inputs: the keys the user gave, and every key
// with a fixed default (its value then changes nothing).
std::string inputs_to_json(const ScenarioInputs& inputs);

// The inputs that show `scenario` as the user gave it (the keys of
// `scenario.given` stay given, the others follow their defaults).
ScenarioInputs inputs_from_scenario(const inmail::Scenario& scenario, std::string currency);

// What a visit without a link shows: the engine's default scenario for a
// link-less visit (today's rules) in the month `today`.
ScenarioInputs default_inputs(inmail::YearMonth today);

// A new group at the end, as the engine would fill it in.
void add_group(ScenarioInputs& inputs);

// "From your InMail report": sets the group's response rate to the one the
// engine reads from its report counts; false, and nothing changed, when the
// counts have problems (inmail::response_rate_from_report names them).
bool use_report_rate(GroupInputs& group);

// Switching plan also drops what the new plan cannot take: a given `pooled`
// on a plan that does not pool. A plan without an allotment of its own
// (custom) keeps `allotment_in_use` as the user's. So a pick never creates an
// error the user did not ask for.
void select_plan(ScenarioInputs& inputs, inmail::Plan plan, std::int64_t allotment_in_use);

}  // namespace inmail_ui
