// A scenario (spec section 2): what the user asks the engine to project.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inmail/calendar.h"
#include "inmail/plans.h"

namespace inmail {

// Seats that send alike.
struct Group {
  std::string name;
  std::int64_t seats = 1;
  std::int64_t sends_per_month = 0;
  std::int64_t response_bp = 0;  // response rate in basis points, 0..10000
  int response_days = 3;
};

// A validated scenario with every default resolved.
struct Scenario {
  Policy policy = Policy::k2015;
  Plan plan = Plan::kRecruiter;
  std::int64_t allotment = 150;       // per seat per refresh, plan's or override
  bool allotment_overridden = false;  // true when the input named `allotment`
  YearMonth start;
  int months = 12;
  bool pooled = true;
  std::vector<Group> groups;
  std::int64_t opening_balance = 0;
  bool launch_bonus = true;
  int expiry_days = 90;
  std::optional<std::int64_t> balance_cap;
  int refresh_day = 1;
  std::int64_t trials = 0;
  std::uint64_t seed = 1;

  std::int64_t total_seats() const;
};

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

// Parses and validates scenario JSON. Never throws; all problems are
// collected, not just the first.
ParseResult parse_scenario(std::string_view json_text);

// Checks the cross-field rules on an already typed scenario (used by front
// ends that edit a Scenario directly). Empty when valid.
std::vector<FieldError> validate_scenario(const Scenario& scenario);

// Limits from the spec, shared by parsing, validation and the front ends.
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
// Our own guard (not in the spec): Monte Carlo work, in trials x ledger
// streams x days, above which a projection would take many seconds.
inline constexpr std::int64_t kMaxMonteCarloWork = 500000000;
// Our own guard: input larger than this is refused before parsing.
inline constexpr std::size_t kMaxInputBytes = 1 << 20;
inline constexpr int kMaxJsonDepth = 16;
}  // namespace limits

}  // namespace inmail
