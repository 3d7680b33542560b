// What the engine says about its figures, in words front ends show as they
// are: why a solver has no answer, where a default comes from, what the 13 %
// rule means, which plan is cheapest per response.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inmail/projection.h"
#include "inmail/scenario.h"

namespace inmail {

// A fixed text with a code front ends and tests can match on.
struct Explanation {
  std::string_view code;
  std::string_view title;
  std::string_view text;
  std::string_view source;  // where the rule comes from; empty for the engine's own
};

// Why a solver gave null, for every way it can (the schema lists them).
const std::vector<Explanation>& all_solver_notes();
std::optional<Explanation> max_sustainable_sends_note(const Scenario& scenario,
                                                      const Solvers& solvers);
std::optional<Explanation> break_even_note(const Scenario& scenario, const Solvers& solvers);

// Why the responses goal (spec section 4d) has no rows, and why a plan's row
// has no seat count.
const Explanation& goal_reason_note(GoalReason reason);
const Explanation& goal_no_seat_count_note();
// Every way the goal can lack an answer (the schema lists them).
const std::vector<Explanation>& all_goal_notes();

// LinkedIn Recruiter's 13 % rule (spec section 3b).
const Explanation& rate_rule_explanation();
// A group whose sending trips the rule: "Sourcers trips the 13 % rule on 12
// days: ...".
struct RateWarning {
  std::size_t group = 0;  // index in the result's groups
  std::int64_t days = 0;
  std::string text;
};
std::vector<RateWarning> rate_warnings(const Result& result);

// The defaults in force for the keys whose defaults depend on the policy,
// the plan or the month, with where each comes from, e.g. "600 = 4 x 150
// (help pages)". For a form's placeholders.
struct DefaultHints {
  std::string allotment;
  std::string start;
  std::string pooled;
  std::string expiry_days;
  std::string balance_cap;
};
DefaultHints default_hints(const Scenario& scenario, YearMonth today);

// The plan with the lowest cost per response among the plan rows that leave
// no InMail unsent and have one; the first in the rows' order on a tie.
std::optional<Plan> cheapest_plan_per_response(const Comparisons& comparisons);

// "From your InMail report": the response rate in basis points of a group
// whose report shows `sent` InMails, `accepted` and `declined`, rounded
// half up to 2 decimals; or the problems with the counts.
struct ReportRate {
  std::optional<std::int64_t> response_bp;
  std::vector<FieldError> errors;
};
ReportRate response_rate_from_report(std::int64_t sent, std::int64_t accepted,
                                     std::int64_t declined);
const Explanation& report_helper_explanation();

}  // namespace inmail
