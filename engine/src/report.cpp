#include "inmail/report.h"

#include <string>
#include <vector>

#include "inmail/explain.h"
#include "inmail/schema.h"

namespace inmail {
namespace {

constexpr std::string_view kMonthLabel = kFigureLabels.month;
constexpr std::string_view kGroupLabel = kFigureLabels.group;

// A CSV field: quoted when it holds a separator, a quote or a line break;
// text a spreadsheet would run as a formula gets a leading apostrophe.
std::string csv_field(std::string_view text) {
  std::string field(text);
  if (!field.empty() &&
      (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@')) {
    field.insert(field.begin(), '\'');
  }
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string padded(std::string_view text, std::size_t width) {
  return text.size() >= width ? std::string(text)
                              : std::string(width - text.size(), ' ') + std::string(text);
}

std::string with_currency(std::string_view label, std::string_view currency) {
  return currency.empty() ? std::string(label)
                          : std::string(label) + " (" + std::string(currency) + ")";
}

// The cost lines: label and amount, or "n/a" where the divisor is 0.
std::vector<std::pair<std::string, std::string>> cost_lines(const Cost& cost,
                                                            std::string_view currency) {
  const auto amount = [](const std::optional<std::int64_t>& cents) {
    return cents ? money_text(*cents) : std::string("n/a");
  };
  return {
      {with_currency(kFigureLabels.total_cost, currency), money_text(cost.total_cents)},
      {with_currency(kFigureLabels.cost_per_sent, currency), amount(cost.per_sent_cents)},
      {with_currency(kFigureLabels.cost_per_response, currency), amount(cost.per_response_cents)}};
}

std::int64_t group_total(const GroupFigures& group, std::int64_t GroupMonthFigures::*figure) {
  std::int64_t total = 0;
  for (const GroupMonthFigures& month : group.months) total += month.*figure;
  return total;
}

// Basis points as a percentage with two decimals, as cents are money.
std::string percent_text(std::int64_t bp) { return money_text(bp) + "%"; }

std::string solver_text(const std::optional<std::int64_t>& answer,
                        const std::optional<Explanation>& note, bool percent) {
  if (answer) return percent ? percent_text(*answer) : std::to_string(*answer);
  return note ? "n/a (" + std::string(note->title) + ")" : std::string("n/a");
}

std::string summary_line(std::string_view label, const std::string& value) {
  return std::string(label) + ": " + value + "\n";
}

std::string month_table(const Result& result) {
  constexpr std::size_t kWidth = 11;
  std::string table = padded(kMonthLabel, 7);
  for (const auto& column : month_columns()) table += padded(column.label, kWidth);
  table += "\n";
  for (const MonthFigures& month : result.months) {
    table += format_year_month(month.month);
    for (const auto& column : month_columns()) {
      table += padded(std::to_string(month.*column.figure), kWidth);
    }
    table += "\n";
  }
  return table;
}

std::string group_table(const Result& result) {
  std::string table = "\n" + std::string(kGroupLabel);
  for (const auto& column : group_month_columns()) table += " | " + std::string(column.label);
  table += "\n";
  for (const GroupFigures& group : result.groups) {
    table += group.name;
    for (const auto& column : group_month_columns()) {
      table += " | " + std::to_string(group_total(group, column.figure));
    }
    table += "\n";
  }
  return table;
}

}  // namespace

std::string money_text(std::int64_t cents) {
  std::string fraction = std::to_string(cents % 100);
  if (fraction.size() < 2) fraction.insert(fraction.begin(), '0');
  return std::to_string(cents / 100) + "." + fraction;
}

std::string result_to_csv(const Result& result, std::string_view currency) {
  std::string csv(kMonthLabel);
  for (const auto& column : month_columns()) csv += "," + std::string(column.label);
  csv += "\n";
  for (const MonthFigures& month : result.months) {
    csv += format_year_month(month.month);
    for (const auto& column : month_columns()) csv += "," + std::to_string(month.*column.figure);
    csv += "\n";
  }
  csv += "\n" + std::string(kGroupLabel);
  for (const auto& column : group_month_columns()) csv += "," + csv_field(column.label);
  csv += "\n";
  for (const GroupFigures& group : result.groups) {
    csv += csv_field(group.name);
    for (const auto& column : group_month_columns()) {
      csv += "," + std::to_string(group_total(group, column.figure));
    }
    csv += "\n";
  }
  if (result.totals.cost) {
    csv += "\nCost,Amount\n";
    for (const auto& [label, amount] : cost_lines(*result.totals.cost, currency)) {
      csv += csv_field(label) + "," + amount + "\n";
    }
  }
  return csv;
}

std::string format_table(const Scenario& scenario, const Result& result,
                         std::string_view currency) {
  std::string table = month_table(result) + group_table(result) + "\n";
  for (const auto& column : total_columns()) {
    table += summary_line(column.label, std::to_string(result.totals.*column.figure));
  }
  if (result.totals.cost) {
    for (const auto& [label, amount] : cost_lines(*result.totals.cost, currency)) {
      table += summary_line(label, amount);
    }
  }
  const Solvers& solvers = result.solvers;
  table += summary_line(kFigureLabels.max_sustainable_sends,
                        solver_text(solvers.max_sustainable_sends,
                                    max_sustainable_sends_note(scenario, solvers), false));
  table += summary_line(
      kFigureLabels.break_even_response_rate,
      solver_text(solvers.break_even_response_bp, break_even_note(scenario, solvers), true));
  for (const RateWarning& warning : rate_warnings(result)) {
    table += "Warning: " + warning.text + "\n";
  }
  return table;
}

}  // namespace inmail
