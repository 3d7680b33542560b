// A scenario (spec section 2): what the user asks the engine to project.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "inmail/calendar.h"
#include "inmail/plans.h"

namespace inmail {

// InMails each seat of a group wants to send per calendar month: one number,
// or a sending plan by month (spec v3), whose last entry repeats.
class MonthlySends {
 public:
  MonthlySends() = default;
  static MonthlySends constant(std::int64_t sends) { return MonthlySends({sends}, false); }
  static MonthlySends schedule(std::vector<std::int64_t> by_month) {
    return MonthlySends(std::move(by_month), true);
  }

  // The sends of month `month_index` (0-based from the start).
  std::int64_t in_month(int month_index) const {
    const auto last = by_month_.size() - 1;
    return by_month_[std::min(static_cast<std::size_t>(month_index), last)];
  }
  // Given as a list, even of one entry: the solvers, which vary one
  // constant volume, then have no answer.
  bool is_schedule() const { return is_schedule_; }
  // The entries as given: one for a number.
  const std::vector<std::int64_t>& by_month() const { return by_month_; }

 private:
  MonthlySends(std::vector<std::int64_t> by_month, bool is_schedule)
      : by_month_(std::move(by_month)), is_schedule_(is_schedule) {}

  std::vector<std::int64_t> by_month_{0};
  bool is_schedule_ = false;
};

// Seats that send alike. The initializers are the spec's defaults.
struct Group {
  std::string name;
  std::int64_t seats = 1;
  MonthlySends sends_per_month = MonthlySends::constant(0);
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
  // Responses the team wants per calendar month (spec v3, section 4d).
  std::optional<std::int64_t> goal_responses;

  std::int64_t total_seats() const;
  // Whether any group sends by a schedule (the solvers then have no answer).
  bool has_schedule() const;
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

// The rules that involve more than one field (spec sections 1 and 2): a
// plan the policy does not offer, custom without an allotment, pooling on a
// plan that does not pool, and our guard on Monte Carlo work. Empty when
// the resolved scenario keeps them all.
std::vector<FieldError> combination_errors(const Scenario& scenario);

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
inline constexpr std::size_t kMaxScheduleEntries = 120;
inline constexpr std::int64_t kMaxGoalResponses = 1000000;
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
