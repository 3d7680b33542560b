// The scenario in words, for a printout and the CSV's header, and the CSV
// download itself.
#include "inmail/explain.h"
#include "inmail/page_model.h"
#include "inmail/projection.h"
#include "inmail/report.h"
#include "inmail/scenario_reader.h"
#include "page/view_parts.h"
#include "text/words.h"

namespace inmail::detail {
namespace {

std::string limit_words(const Limit& limit, std::string_view unit, std::string_view none) {
  return limit ? count_text(*limit) + std::string(unit) : std::string(none);
}

std::string plan_line(const Scenario& scenario) {
  std::string line = "Plan: " + std::string(plan_info(scenario.plan).display_name) + ", " +
                     counted(scenario.allotment, "credit", "credits") + " a seat a month, ";
  line += scenario.pooled ? "one balance for the team" : "a balance per seat";
  line += "; balance cap " + limit_words(scenario.balance_cap, " a seat", "none");
  line +=
      "; credits last " + limit_words(scenario.expiry_days, " days", "until the cap removes them");
  return line + ".";
}

std::string sends_words(const MonthlySends& sends) {
  if (!sends.is_schedule()) return counted(sends.by_month()[0], "InMail", "InMails") + " a month";
  std::string plan;
  for (std::int64_t month : sends.by_month())
    plan += (plan.empty() ? "" : ", ") + count_text(month);
  return "a sending plan of " + plan + " InMails by month (the last repeats)";
}

std::string group_line(const Group& group) {
  return group.name + ": " + counted(group.seats, "seat", "seats") + ", each " +
         sends_words(group.sends_per_month) + ", " + percent_text(group.response_bp) +
         " answered after " + counted(group.response_days, "day", "days") + ".";
}

std::string prices_line(const Scenario& scenario, std::string_view currency) {
  std::string line;
  for (const PlanInfo& plan : all_plans()) {
    if (const auto cents = scenario.seat_price(plan.plan)) {
      line += (line.empty() ? "" : ", ") + std::string(plan.display_name) + " " +
              money_text(*cents, currency);
    }
  }
  return line.empty() ? "" : "Seat prices a month: " + line + ".";
}

}  // namespace

std::vector<std::string> scenario_words(const Scenario& scenario, std::string_view currency) {
  std::vector<std::string> lines = {
      "Rules: " + std::string(policy_info(scenario.policy).display_name) + ".",
      plan_line(scenario),
      "Months: " + std::to_string(scenario.months) + ", from " + month_name(scenario.start) +
          (scenario.refresh_day == 1
               ? ""
               : ", credits arriving on day " + std::to_string(scenario.refresh_day)) +
          ".",
  };
  for (const Group& group : scenario.groups) lines.push_back(group_line(group));
  if (scenario.opening_balance > 0) {
    lines.push_back("Opening balance: " + counted(scenario.opening_balance, "credit", "credits") +
                    " a seat.");
  }
  if (const std::string prices = prices_line(scenario, currency); !prices.empty()) {
    lines.push_back(prices);
  }
  if (scenario.goal_responses) {
    lines.push_back("Goal: " + counted(*scenario.goal_responses, "response", "responses") +
                    " a month.");
  }
  if (scenario.trials > 0) {
    lines.push_back("Monte Carlo: " + counted(scenario.trials, "trial", "trials") + ", seed " +
                    std::to_string(scenario.seed) + ".");
  }
  return lines;
}

}  // namespace inmail::detail

namespace inmail {

std::optional<CsvFile> csv_of(const PageState& state, YearMonth today, std::string_view date) {
  const ParseResult parsed = parse_scenario_object(state.scenario, today);
  if (!parsed.ok()) return std::nullopt;
  const Scenario& scenario = *parsed.scenario;
  Result result = project_deterministic(scenario);
  if (scenario.goal_responses) result.goal = goal_for(scenario);
  std::string header = csv_row({"InMail credit calculator: projection made " + std::string(date)});
  for (const std::string& line : detail::scenario_words(scenario, state.currency)) {
    header += csv_row({line});
  }
  const std::string plan(plan_info(scenario.plan).name);
  return CsvFile{"inmail-credits-" + plan + "-" + format_year_month(scenario.start) + "-" +
                     std::to_string(scenario.months) + "-months.csv",
                 header + "\n" + result_to_csv(scenario, result, state.currency)};
}

}  // namespace inmail
