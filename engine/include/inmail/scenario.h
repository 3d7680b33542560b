// A scenario (spec section 2): what the user asks the engine to project.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inmail/calendar.h"
#include "inmail/plans.h"

namespace inmail {

// Seats that send alike. The initializers are the spec's defaults.
struct Group {
  std::string name;
  std::int64_t seats = 1;
  std::int64_t sends_per_month = 0;
  std::int64_t response_bp = 0;  // response rate in basis points, 0..10000
  int response_days = 3;
};

// "Group 1", "Group 2", ...: the name of the group at `index` (0-based)
// when the scenario gives none.
std::string default_group_name(std::size_t index);

// The keys whose defaults depend on the policy, the plan or the caller's
// `today`, as the user gave them; nullopt where the user left a key out.
// Comparisons (spec section 4c) resolve them again for other policies and
// plans, so they are kept apart from the values in use.
struct GivenKeys {
  std::optional<std::int64_t> allotment;
  std::optional<YearMonth> start;
  std::optional<bool> pooled;
  std::optional<Limit> expiry_days;
  std::optional<Limit> balance_cap;
};

// A validated scenario with every default resolved. The initializers are
// the spec's defaults for the keys that have fixed ones.
struct Scenario {
  Policy policy = Policy::k2015;
  Plan plan = Plan::kRecruiter;
  GivenKeys given;
  // Resolved by resolve_defaults() from `given`, the policy and the plan.
  std::int64_t allotment = 150;  // per seat per refresh
  YearMonth start;
  bool pooled = true;
  Limit expiry_days = kDefaultExpiryDays;  // nullopt: credits never lapse by age
  Limit balance_cap;                       // per seat; nullopt: no cap

  int months = 12;
  std::vector<Group> groups;
  std::int64_t opening_balance = 0;
  bool launch_bonus = true;
  int refresh_day = 1;
  std::int64_t trials = 0;
  std::uint64_t seed = 1;
  // Price of one seat for one month, in cents, by plan (indexed by Plan).
  std::array<std::optional<std::int64_t>, kPlanCount> seat_price_cents;
  bool compare = false;

  std::int64_t total_seats() const;
  std::optional<std::int64_t> seat_price(Plan of_plan) const {
    return seat_price_cents[static_cast<std::size_t>(of_plan)];
  }
};

// Fills allotment, start, pooled, expiry_days and balance_cap from `given`,
// or else from the defaults of spec section 1 (the start under `current`:
// `today`).
void resolve_defaults(Scenario& scenario, YearMonth today);

// One input problem, named by the field's path, e.g. "groups[0].response_rate".
struct FieldError {
  std::string field;
  std::string message;

  friend bool operator==(const FieldError& a, const FieldError& b) {
    return a.field == b.field && a.message == b.message;
  }
};

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

// The scenario JSON as far as it is valid, resolved: whatever cannot be read
// keeps its default. Front ends show the defaults in force while the input
// still has errors; the link codec leaves those defaults out of links.
Scenario read_leniently(std::string_view json_text, YearMonth today);

// Checks every rule on an already typed, resolved scenario (used by front
// ends that edit a Scenario directly). Empty when valid.
std::vector<FieldError> validate_scenario(const Scenario& scenario);

// A month a scenario may name: "YYYY-MM" from 2000-01 to 2100-12. A start,
// and the caller's month (the CLI's --today, a page's clock), are read with
// it; nullopt for anything else, whose error is kScenarioMonthMessage.
std::optional<YearMonth> parse_scenario_month(std::string_view text);
inline constexpr const char* kScenarioMonthMessage =
    "must be a month YYYY-MM from 2000-01 to 2100-12";

// Limits from the spec, shared by parsing, validation and the schema.
namespace limits {
inline constexpr std::int64_t kMaxAllotment = 100000;
inline constexpr int kMinYear = 2000;
inline constexpr int kMaxYear = 2100;
inline constexpr int kMaxMonths = 120;
inline constexpr std::size_t kMaxGroups = 50;
inline constexpr std::size_t kMaxGroupNameChars = 64;
inline constexpr std::int64_t kMaxSeats = 100000;
inline constexpr std::int64_t kMaxSendsPerMonth = 100000;
inline constexpr int kMaxResponseDays = 89;
inline constexpr std::int64_t kMaxOpeningBalance = 1000000;
inline constexpr int kMaxExpiryDays = 3650;
inline constexpr std::int64_t kMaxBalanceCap = 10000000;
inline constexpr int kMaxRefreshDay = 28;
inline constexpr std::int64_t kMaxTrials = 100000;
inline constexpr std::int64_t kMaxSeatPriceCents = 100000000;  // 1,000,000.00
// Our own guard (not in the spec): Monte Carlo work, in trials x ledger
// streams x days, above which a projection would take many seconds.
inline constexpr std::int64_t kMaxMonteCarloWork = 500000000;
// Our own guard: input larger than this is refused before parsing.
inline constexpr std::size_t kMaxInputBytes = 1 << 20;
inline constexpr int kMaxJsonDepth = 16;
}  // namespace limits

}  // namespace inmail
