#include "inmail/report.h"

#include <algorithm>
#include <string>
#include <vector>

#include "inmail/explain.h"
#include "inmail/json_value.h"
#include "inmail/schema.h"
#include "text/words.h"

namespace inmail {
namespace {

constexpr const FigureLabels& kLabels = kFigureLabels;

// One table of the report: a header row and rows of cells, laid out as CSV
// or as aligned text. Both renderings of every table come from here.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

// A CSV field: quoted when it holds a separator, a quote or a line break;
// text a spreadsheet would run as a formula (OWASP's list of first
// characters) gets a leading apostrophe.
std::string csv_field(std::string_view text) {
  std::string field(text);
  if (!field.empty() && std::string_view("=+-@\t\r").find(field[0]) != std::string_view::npos) {
    field.insert(field.begin(), '\'');
  }
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string csv_of(const Table& table) {
  std::string csv = csv_row(table.header);
  for (const auto& row : table.rows) csv += csv_row(row);
  return csv;
}

// The first column left-aligned, the figures right-aligned, two spaces apart,
// and what the user typed made safe for a terminal.
std::string text_of(Table table) {
  for (std::string& cell : table.header) cell = detail::shown_text(cell);
  for (auto& row : table.rows) {
    for (std::string& cell : row) cell = detail::shown_text(cell);
  }
  std::vector<std::size_t> widths(table.header.size(), 0);
  const auto measure = [&](const std::vector<std::string>& cells) {
    for (std::size_t column = 0; column < cells.size(); ++column) {
      widths[column] = std::max(widths[column], utf8_length(cells[column]));
    }
  };
  measure(table.header);
  for (const auto& row : table.rows) measure(row);
  std::string text;
  const auto add_row = [&](const std::vector<std::string>& cells) {
    for (std::size_t column = 0; column < cells.size(); ++column) {
      const std::string padding(widths[column] - utf8_length(cells[column]), ' ');
      text += column == 0 ? cells[column] + padding : "  " + padding + cells[column];
    }
    text += '\n';
  };
  add_row(table.header);
  for (const auto& row : table.rows) add_row(row);
  return text;
}

std::string with_currency(std::string_view label, std::string_view currency) {
  return currency.empty() ? std::string(label)
                          : std::string(label) + " (" + std::string(currency) + ")";
}

std::string amount_text(const std::optional<std::int64_t>& cents) {
  return cents ? money_text(*cents) : std::string("n/a");
}

std::int64_t group_total(const GroupFigures& group, std::int64_t GroupMonthFigures::*figure) {
  std::int64_t total = 0;
  for (const GroupMonthFigures& month : group.months) total += month.*figure;
  return total;
}

Table month_table(const Result& result) {
  Table table{{std::string(kLabels.month)}, {}};
  for (const auto& column : month_columns()) table.header.emplace_back(column.label);
  for (const MonthFigures& month : result.months) {
    std::vector<std::string> row{format_year_month(month.month)};
    for (const auto& column : month_columns()) row.push_back(std::to_string(month.*column.figure));
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table group_table(const Result& result) {
  Table table{{std::string(kLabels.group)}, {}};
  for (const auto& column : group_month_columns()) table.header.emplace_back(column.label);
  for (const GroupFigures& group : result.groups) {
    std::vector<std::string> row{group.name};
    for (const auto& column : group_month_columns()) {
      row.push_back(std::to_string(group_total(group, column.figure)));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

// Each group's InMails per seat in each month (spec v3): shown when any
// group sends by a plan.
Table sending_plan_table(const Scenario& scenario, const Result& result) {
  Table table{{std::string(kLabels.sending_plan)}, {}};
  for (const Group& group : scenario.groups) table.header.push_back(group.name);
  for (std::size_t month = 0; month < result.months.size(); ++month) {
    std::vector<std::string> row{format_year_month(result.months[month].month)};
    for (const Group& group : scenario.groups) {
      row.push_back(std::to_string(group.sends_per_month.in_month(static_cast<int>(month))));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table cost_table(const Cost& cost, std::string_view currency) {
  return {
      {"Cost", "Amount"},
      {{with_currency(kLabels.total_cost, currency), money_text(cost.total_cents)},
       {with_currency(kLabels.cost_per_sent, currency), amount_text(cost.per_sent_cents)},
       {with_currency(kLabels.cost_per_response, currency), amount_text(cost.per_response_cents)}}};
}

// The goal's volume, then why it has no rows, if it has none.
Table goal_summary_table(const Goal& goal) {
  static const FieldInfo& goal_field = *find_field("goal_responses", false);
  Table table{{std::string(goal_field.label), std::to_string(goal.responses_per_month)}, {}};
  if (goal.sends_per_month) {
    table.rows.push_back(
        {std::string(kLabels.goal_team_sends), std::to_string(*goal.sends_per_month)});
  }
  if (goal.reason) {
    const Explanation& why = goal_reason_note(*goal.reason);
    table.rows.push_back({std::string(why.title), std::string(why.text)});
  }
  return table;
}

// The plan's name, marked as the scenario's own and the cheapest.
std::string goal_plan_cell(const GoalRow& row, const Scenario& scenario, const Goal& goal) {
  std::string name(plan_info(row.plan).display_name);
  if (row.plan == scenario.plan) name += " (" + std::string(kLabels.in_use) + ")";
  if (goal.cheapest == row.plan) name += " (" + std::string(kLabels.cheapest) + ")";
  return name;
}

Table goal_rows_table(const Scenario& scenario, const Goal& goal, std::string_view currency) {
  Table table{{std::string(kLabels.plan), std::string(kLabels.seats),
               std::string(kLabels.goal_sends_per_seat),
               std::string(column_by_key(total_columns(), "sent").label),
               std::string(column_by_key(total_columns(), "responses").label),
               with_currency(kLabels.total_cost, currency),
               with_currency(kLabels.cost_per_response, currency)},
              {}};
  for (const GoalRow& row : goal.rows) {
    std::vector<std::string> cells{goal_plan_cell(row, scenario, goal)};
    if (!row.totals) {
      cells.emplace_back(goal_no_seat_count_note().title);
      cells.resize(table.header.size());
    } else {
      const std::optional<Cost>& cost = row.totals->cost;
      cells.insert(cells.end(),
                   {std::to_string(*row.seats), std::to_string(*row.sends_per_seat),
                    std::to_string(row.totals->sent), std::to_string(row.totals->responses),
                    cost ? money_text(cost->total_cents) : "n/a",
                    cost ? amount_text(cost->per_response_cents) : "n/a"});
    }
    table.rows.push_back(std::move(cells));
  }
  return table;
}

// Every table of the report, in order.
std::vector<Table> report_tables(const Scenario& scenario, const Result& result,
                                 std::string_view currency) {
  std::vector<Table> tables = {month_table(result), group_table(result)};
  if (scenario.has_schedule()) tables.push_back(sending_plan_table(scenario, result));
  if (result.totals.cost) tables.push_back(cost_table(*result.totals.cost, currency));
  if (result.goal) {
    tables.push_back(goal_summary_table(*result.goal));
    if (!result.goal->rows.empty()) {
      tables.push_back(goal_rows_table(scenario, *result.goal, currency));
    }
  }
  return tables;
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

std::string summary(const Scenario& scenario, const Result& result) {
  std::string text;
  for (const auto& column : total_columns()) {
    text += summary_line(column.label, std::to_string(result.totals.*column.figure));
  }
  const Solvers& solvers = result.solvers;
  text += summary_line(kLabels.max_sustainable_sends,
                       solver_text(solvers.max_sustainable_sends,
                                   max_sustainable_sends_note(scenario, solvers), false));
  text += summary_line(
      kLabels.break_even_response_rate,
      solver_text(solvers.break_even_response_bp, break_even_note(scenario, solvers), true));
  for (const RateWarning& warning : rate_warnings(result)) {
    text += "Warning: " + detail::shown_text(warning.text) + "\n";
  }
  return text;
}

}  // namespace

std::string csv_row(const std::vector<std::string>& cells) {
  std::string row;
  for (std::size_t column = 0; column < cells.size(); ++column) {
    if (column > 0) row += ',';
    row += csv_field(cells[column]);
  }
  return row + '\n';
}

std::string money_text(std::int64_t cents) {
  std::string fraction = std::to_string(cents % 100);
  if (fraction.size() < 2) fraction.insert(fraction.begin(), '0');
  return std::to_string(cents / 100) + "." + fraction;
}

std::string result_to_csv(const Scenario& scenario, const Result& result,
                          std::string_view currency) {
  std::string csv;
  for (const Table& table : report_tables(scenario, result, currency)) {
    if (!csv.empty()) csv += '\n';
    csv += csv_of(table);
  }
  return csv;
}

std::string format_table(const Scenario& scenario, const Result& result,
                         std::string_view currency) {
  std::string text;
  for (const Table& table : report_tables(scenario, result, currency)) {
    text += text_of(table) + '\n';
  }
  return text + summary(scenario, result);
}

}  // namespace inmail
