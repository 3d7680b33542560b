// Human-readable renderings of a result: CSV for spreadsheets and a
// plain-text table for terminals. Both pages' CSV comes from here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "inmail/projection.h"
#include "inmail/scenario.h"

namespace inmail {

// The month table (header "Month,Opening,...,Closing", one row a month),
// then a table of the groups' totals with their 13 % rule warning days, the
// sending plan by month when a group has one, the costs when the plan has a
// price, labelled with `currency`, and the responses goal when the scenario
// sets one. Sections are separated by an empty line.
std::string result_to_csv(const Scenario& scenario, const Result& result,
                          std::string_view currency);

// The same tables aligned for terminals, then a summary; the scenario
// explains the solvers' missing answers. Control characters in what the
// user typed (names, the currency label) are shown as \u escapes, never
// sent raw.
std::string format_table(const Scenario& scenario, const Result& result, std::string_view currency);

// One CSV row of `cells`, ending in a line break: quoted where a cell needs
// it, and defused where a spreadsheet would run it as a formula.
std::string csv_row(const std::vector<std::string>& cells);

// Cents as money: 102000 -> "1020.00".
std::string money_text(std::int64_t cents);

}  // namespace inmail
