// Human-readable renderings of a result: CSV for spreadsheets and a
// plain-text table for terminals. Both pages' CSV comes from here.
#pragma once

#include <string>
#include <string_view>

#include "inmail/projection.h"
#include "inmail/scenario.h"

namespace inmail {

// The month table (header "Month,Opening,...,Closing", one row a month),
// then a table of the groups' totals with their 13 % rule warning days, then
// the costs when the plan has a price, labelled with `currency`. Sections are
// separated by an empty line.
std::string result_to_csv(const Result& result, std::string_view currency);

// Month table, groups and a summary, for terminals; the scenario explains
// the solvers' missing answers.
std::string format_table(const Scenario& scenario, const Result& result, std::string_view currency);

// Cents as money: 102000 -> "1020.00".
std::string money_text(std::int64_t cents);

}  // namespace inmail
