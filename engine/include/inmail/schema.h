// The engine describes itself: the scenario's fields (fields.h) and the
// labels of every figure it reports, for the CSV, the terminal table, the
// page model and, as JSON, for anyone reading the engine from outside.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "inmail/fields.h"
#include "inmail/projection.h"

namespace inmail {

// A column of a figures table: the result's key and its label.
template <class Figures>
struct Column {
  std::string_view key;
  std::string_view label;
  std::int64_t Figures::*figure;
};

// The column of `columns` with `key`. Callers name columns by constant keys,
// so a missing one is a bug that every run shows: it stops rather than show
// another column. A search: look a column up once, not per row.
template <class Figures, std::size_t N>
const Column<Figures>& column_by_key(const std::array<Column<Figures>, N>& columns,
                                     std::string_view key) {
  const auto found = std::find_if(columns.begin(), columns.end(),
                                  [&](const auto& candidate) { return candidate.key == key; });
  if (found == columns.end()) std::abort();
  return *found;
}

// The month table after its Month column, in the result's key order.
const std::array<Column<MonthFigures>, 9>& month_columns();
// A group's figures per month.
const std::array<Column<GroupMonthFigures>, 5>& group_month_columns();
// The totals of the whole projection.
const std::array<Column<Totals>, 8>& total_columns();

// The labels of the figures that are not a column's: one copy for the CSV,
// the terminal table and both pages.
struct FigureLabels {
  std::string_view month = "Month";
  std::string_view group = "Group";
  std::string_view closing_at_end = "Closing balance at the end";
  std::string_view max_sustainable_sends = "Largest sustainable sends per seat and month";
  std::string_view break_even_response_rate = "Break-even response rate";
  std::string_view total_cost = "Total cost";
  std::string_view cost_per_sent = "Cost per InMail sent";
  std::string_view cost_per_response = "Cost per response";
  // The plan row with the lowest cost per response among those that send
  // every InMail (explain.h).
  std::string_view cheapest_per_response = "cheapest that sends all";
  std::string_view sending_plan = "Sending plan (InMails per seat)";
  std::string_view goal_team_sends = "InMails a month for the team";
  std::string_view goal_sends_per_seat = "InMails per seat";
  std::string_view seats = "Seats";
  std::string_view plan = "Plan";
  std::string_view cheapest = "cheapest";
  std::string_view in_use = "in use";
  // The comparison tables' short headers for two settings of a row.
  std::string_view allotment_short = "Allotment";
  std::string_view pooled_short = "Pooled";
  std::string_view no_limit = kNoLimit;
};
inline constexpr FigureLabels kFigureLabels{};

// Everything above, with the plans and policies of plans.h and the
// explanations of explain.h, as one JSON document.
std::string schema_json();

}  // namespace inmail
