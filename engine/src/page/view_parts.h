// The parts of a PageView, each built from what the view has worked out
// once: the input resolved as far as it is valid, the problems by input,
// and the figures' scenario and result.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "inmail/page_model.h"

namespace inmail::detail {

// What the inputs' part of the view reads.
struct InputsContext {
  const PageState& state;
  YearMonth today;
  // The input as far as it is valid, every default resolved: the defaults
  // in force and which controls apply follow it.
  const Scenario& shown;
  // The problems to show at each input, by its path, joined.
  const std::map<std::string, std::string>& problems;
  // The 13 % rule's warning of each group, by index, when figures are current.
  const std::map<std::size_t, std::string>& rate_warnings;
};

std::vector<SectionView> sections_of(const InputsContext& context);

// The seat price input of `plan` (the form's, for the plan in use, and the
// plan comparison's).
FieldView price_field(const InputsContext& context, Plan plan);

// The figures of a valid scenario: verdict, summary, chart and tables.
FiguresView figures_of(const Scenario& scenario, Result result, std::string_view currency);

ComparisonsView comparisons_of(const Scenario& scenario, const Comparisons& comparisons,
                               const InputsContext& context);
GoalView goal_view_of(const Scenario& scenario, const Goal& goal, std::string_view currency);
MonteCarloView monte_carlo_view_of(const MonteCarlo& monte_carlo);
// Adds the Monte Carlo band (p10 and p90 of the closing balance) to a chart.
void add_band(ChartView& chart, const MonteCarlo& monte_carlo);

// The scenario in words, a line a topic: for print and the CSV's header.
std::vector<std::string> scenario_words(const Scenario& scenario, std::string_view currency);

}  // namespace inmail::detail
