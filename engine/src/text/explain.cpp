#include "inmail/explain.h"

namespace inmail {
namespace {

const Explanation kSeveralGroups{
    "several_groups", "One group only",
    "The solvers answer for a single group: with several groups there is no one volume or rate to "
    "solve for.",
    ""};
const Explanation kSchedule{
    "schedule", "Not for a sending plan",
    "The solvers vary one constant monthly volume: with a sending plan by month there is no one "
    "volume to solve for.",
    ""};
const Explanation kLegacy{
    "legacy", "Not before 2015",
    "Before 2015 an unanswered InMail earned its credit back, so no response rate makes up for "
    "too few credits.",
    ""};
const Explanation kUnreachable{
    "unreachable", "Even 100 % is not enough",
    "Even if every InMail is answered, some find no credit: the allotment is too small for the "
    "volume.",
    ""};

const Explanation kGoalSeveralGroups{
    "several_groups", "One group only",
    "The goal finds seats for one group sending alike: with several groups there is no one "
    "response rate to plan with.",
    ""};
const Explanation kGoalZeroRate{
    "zero_response_rate", "No responses at 0 %",
    "At a response rate of 0 % no number of InMails brings a response: enter the rate you expect.",
    ""};
const Explanation kGoalNoSeatCount{
    "no_seat_count", "Not even 100,000 seats",
    "No seat count up to 100,000 sends that many InMails on this plan without some going unsent.",
    ""};

const Explanation kRateRule{
    "rate_warning", "LinkedIn Recruiter's 13 % rule",
    "A Recruiter user who sends 100 or more InMails in 14 days with a response rate below 13 % is "
    "warned; if the rate stays low, LinkedIn switches bulk InMail off for two weeks. The figures "
    "here assume the sending goes on.",
    "LinkedIn help pages: InMail response rate and bulk InMail (Recruiter)"};

const Explanation kReportHelper{
    "report_helper", "From your InMail report",
    "Response rate = (accepted + declined) / sent. LinkedIn's InMail report counts responses "
    "within 30 days, while credits come back for responses within 90, so the rate it gives may "
    "be a little low.",
    "LinkedIn help pages: InMail report"};

constexpr std::int64_t kMaxReportCount = 1000000000;

std::string count_text(std::int64_t value) { return std::to_string(value); }

std::string allotment_hint(const Scenario& scenario) {
  const auto allotment = plan_allotment(scenario.plan, scenario.policy);
  if (!allotment) {
    return scenario.plan == Plan::kCustom ? "required for Custom" : "none under this policy";
  }
  return count_text(*allotment) + " (" + std::string(plan_info(scenario.plan).display_name) + ")";
}

std::string start_hint(const Scenario& scenario, YearMonth today) {
  const auto start = policy_info(scenario.policy).default_start;
  if (start) return format_year_month(*start) + " (the policy's start)";
  return format_year_month(today) + " (this month)";
}

std::string pooled_hint(const Scenario& scenario) {
  const PlanInfo& plan = plan_info(scenario.plan);
  if (plan.pools_default) return "pooled (" + std::string(plan.display_name) + " pools by default)";
  if (plan.pools)
    return "one balance per seat (" + std::string(plan.display_name) + " pools when asked)";
  return "one balance per seat (" + std::string(plan.display_name) + " does not pool)";
}

std::string expiry_hint(const Scenario& scenario) {
  const Limit days = default_expiry_days(scenario.policy, scenario.plan);
  if (!days) return "none: the cap alone limits the balance (help pages)";
  const bool help_pages = policy_info(scenario.policy).help_page_limits;
  return count_text(*days) + (help_pages ? " (help pages: credits last 90 days)" : " days");
}

std::string cap_hint(const Scenario& scenario) {
  const Limit cap = default_balance_cap(scenario.policy, scenario.plan, scenario.allotment);
  if (!cap) return std::string(kNoLimit);
  const std::int64_t multiple = plan_info(scenario.plan).help_page_cap_multiple;
  return count_text(*cap) + " = " + count_text(multiple) + " x " + count_text(scenario.allotment) +
         " (help pages)";
}

void check_count(std::int64_t value, const char* field, std::vector<FieldError>& errors) {
  if (value < 0 || value > kMaxReportCount) {
    errors.push_back(
        {field, "must be a whole number between 0 and " + count_text(kMaxReportCount)});
  }
}

}  // namespace

const std::vector<Explanation>& all_solver_notes() {
  static const std::vector<Explanation> notes = {kSeveralGroups, kSchedule, kLegacy, kUnreachable};
  return notes;
}

// Why neither solver runs, if neither does.
std::optional<Explanation> no_solver_note(const Scenario& scenario) {
  if (scenario.groups.size() != 1) return kSeveralGroups;
  if (scenario.has_schedule()) return kSchedule;
  return std::nullopt;
}

std::optional<Explanation> max_sustainable_sends_note(const Scenario& scenario,
                                                      const Solvers& solvers) {
  if (solvers.max_sustainable_sends) return std::nullopt;
  return no_solver_note(scenario);
}

std::optional<Explanation> break_even_note(const Scenario& scenario, const Solvers& solvers) {
  if (solvers.break_even_response_bp) return std::nullopt;
  if (const auto note = no_solver_note(scenario)) return note;
  if (policy_info(scenario.policy).refund_rule != RefundRule::kAnswered) return kLegacy;
  return kUnreachable;
}

const Explanation& goal_reason_note(GoalReason reason) {
  return reason == GoalReason::kSeveralGroups ? kGoalSeveralGroups : kGoalZeroRate;
}

const Explanation& goal_no_seat_count_note() { return kGoalNoSeatCount; }

const std::vector<Explanation>& all_goal_notes() {
  static const std::vector<Explanation> notes = {kGoalSeveralGroups, kGoalZeroRate,
                                                 kGoalNoSeatCount};
  return notes;
}

const Explanation& rate_rule_explanation() { return kRateRule; }

std::vector<RateWarning> rate_warnings(const Result& result) {
  std::vector<RateWarning> warnings;
  for (std::size_t index = 0; index < result.groups.size(); ++index) {
    const GroupFigures& group = result.groups[index];
    const std::int64_t days = group.rate_warning_days;
    if (days == 0) continue;
    warnings.push_back(
        {index, days,
         group.name + " trips the 13 % rule on " + count_text(days) +
             (days == 1 ? " day" : " days") +
             ": 100 or more InMails per seat within 14 days at a response rate below 13 %. "
             "LinkedIn warns, then may switch bulk InMail off for two weeks."});
  }
  return warnings;
}

DefaultHints default_hints(const Scenario& scenario, YearMonth today) {
  return {allotment_hint(scenario), start_hint(scenario, today), pooled_hint(scenario),
          expiry_hint(scenario), cap_hint(scenario)};
}

std::optional<Plan> cheapest_plan_per_response(const Comparisons& comparisons) {
  std::optional<Plan> cheapest;
  std::int64_t lowest = 0;
  for (const ComparisonRow& row : comparisons.plans) {
    if (row.totals.unsent > 0 || !row.totals.cost || !row.totals.cost->per_response_cents) {
      continue;
    }
    const std::int64_t cents = *row.totals.cost->per_response_cents;
    if (!cheapest || cents < lowest) {
      cheapest = row.plan;
      lowest = cents;
    }
  }
  return cheapest;
}

ReportRate response_rate_from_report(std::int64_t sent, std::int64_t accepted,
                                     std::int64_t declined) {
  ReportRate rate;
  check_count(sent, "sent", rate.errors);
  check_count(accepted, "accepted", rate.errors);
  check_count(declined, "declined", rate.errors);
  if (!rate.errors.empty()) return rate;
  if (sent == 0) {
    rate.errors.push_back({"sent", "must be at least 1"});
  } else if (accepted + declined > sent) {
    rate.errors.push_back({"declined", "accepted and declined together exceed the InMails sent"});
  } else {
    // (accepted + declined) / sent in basis points, rounded half up.
    rate.response_bp = (20000 * (accepted + declined) + sent) / (2 * sent);
  }
  return rate;
}

const Explanation& report_helper_explanation() { return kReportHelper; }

}  // namespace inmail
