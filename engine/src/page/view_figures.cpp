// The figures' part of the view: the verdict, the summary, the chart, the
// tables, the comparisons, the goal and Monte Carlo, every number written
// once for both pages.
#include <algorithm>

#include "inmail/explain.h"
#include "inmail/schema.h"
#include "page/verdict.h"
#include "page/view_parts.h"
#include "text/words.h"

namespace inmail::detail {
namespace {

constexpr const FigureLabels& kLabels = kFigureLabels;
constexpr int kChartIntervals = 5;

Cell count_cell(std::int64_t value) { return {count_text(value), std::nullopt, value}; }

Cell money_cell(const std::optional<std::int64_t>& cents, std::string_view currency) {
  if (!cents) return {"n/a", std::nullopt, -1};
  return {money_text(*cents, currency), cents, *cents};
}

Cell text_cell(std::string text) { return {std::move(text), std::nullopt, 0}; }

const std::string& total_label(std::string_view key) {
  static std::map<std::string_view, std::string> labels;
  if (labels.empty()) {
    for (const auto& column : total_columns()) labels[column.key] = std::string(column.label);
  }
  return labels[key];
}

// The smallest of 1, 2, 5, 10, 20, 50, ... that is at least `wanted`.
std::int64_t nice_step(std::int64_t wanted) {
  for (std::int64_t power = 1;; power *= 10) {
    for (std::int64_t factor : {1, 2, 5}) {
      if (factor * power >= wanted) return factor * power;
    }
  }
}

// Ticks from 0 to the first nice value at or above `top`, about
// kChartIntervals apart; the figures are never negative.
std::vector<std::int64_t> y_ticks(std::int64_t top) {
  const std::int64_t step =
      nice_step(std::max<std::int64_t>(1, (top + kChartIntervals - 1) / kChartIntervals));
  std::vector<std::int64_t> ticks{0};
  while (ticks.back() < top) ticks.push_back(ticks.back() + step);
  if (ticks.size() == 1) ticks.push_back(step);
  return ticks;
}

SeriesView series_of(std::string key, std::string label, std::vector<std::int64_t> values) {
  std::vector<std::string> texts;
  texts.reserve(values.size());
  for (std::int64_t value : values) texts.push_back(count_text(value));
  const std::string latest = texts.empty() ? "" : texts.back();
  return {std::move(key), std::move(label), std::move(values), std::move(texts), latest};
}

std::int64_t top_of(const ChartView& chart) {
  std::int64_t top = 0;
  for (const SeriesView& series : chart.series) {
    for (std::int64_t value : series.values) top = std::max(top, value);
  }
  // Sent and not sent stack into the month's plan.
  const auto& sent = chart.series[1].values;
  const auto& unsent = chart.series[2].values;
  for (std::size_t month = 0; month < sent.size(); ++month) {
    top = std::max(top, sent[month] + unsent[month]);
  }
  if (chart.band) {
    for (std::int64_t value : chart.band->second.values) top = std::max(top, value);
  }
  return top;
}

// The axis's ticks for a chart's figures, and their texts.
void set_ticks(ChartView& chart) {
  chart.y_ticks = y_ticks(top_of(chart));
  chart.y_tick_texts.clear();
  for (std::int64_t tick : chart.y_ticks) chart.y_tick_texts.push_back(count_text(tick));
}

ChartView chart_of(const Result& result) {
  ChartView chart;
  chart.title = "Credits and InMails by month";
  chart.y_label = "Credits or InMails";
  std::vector<std::int64_t> closing;
  std::vector<std::int64_t> sent;
  std::vector<std::int64_t> unsent;
  std::vector<std::int64_t> refunded;
  for (const MonthFigures& month : result.months) {
    chart.months.push_back(format_year_month(month.month));
    closing.push_back(month.closing);
    sent.push_back(month.sent);
    unsent.push_back(month.unsent);
    refunded.push_back(month.refunded);
  }
  chart.series.push_back(series_of("closing", "Closing balance", std::move(closing)));
  chart.series.push_back(series_of("sent", total_label("sent"), std::move(sent)));
  chart.series.push_back(series_of("unsent", total_label("unsent"), std::move(unsent)));
  chart.series.push_back(series_of("refunded", total_label("refunded"), std::move(refunded)));
  set_ticks(chart);
  return chart;
}

template <class Figures, std::size_t N>
std::vector<std::string> labels_of(const std::array<Column<Figures>, N>& columns) {
  std::vector<std::string> labels;
  labels.reserve(N);
  for (const auto& column : columns) labels.emplace_back(column.label);
  return labels;
}

TableView month_table(const Result& result) {
  TableView table{"Month by month", {std::string(kLabels.month)}, {}, {}};
  const std::vector<std::string> labels = labels_of(month_columns());
  table.header.insert(table.header.end(), labels.begin(), labels.end());
  for (const MonthFigures& month : result.months) {
    std::vector<Cell> row{text_cell(format_year_month(month.month))};
    row[0].sort = month.month.year * 12 + month.month.month;
    for (const auto& column : month_columns()) row.push_back(count_cell(month.*column.figure));
    table.rows.push_back(std::move(row));
    table.marks.emplace_back();
  }
  return table;
}

TableView group_table(const Result& result) {
  TableView table{"By group", {std::string(kLabels.group)}, {}, {}};
  const std::vector<std::string> labels = labels_of(group_month_columns());
  table.header.insert(table.header.end(), labels.begin(), labels.end());
  for (const GroupFigures& group : result.groups) {
    std::vector<Cell> row{text_cell(group.name)};
    for (const auto& column : group_month_columns()) {
      std::int64_t total = 0;
      for (const GroupMonthFigures& month : group.months) total += month.*column.figure;
      row.push_back(count_cell(total));
    }
    table.rows.push_back(std::move(row));
    table.marks.emplace_back();
  }
  return table;
}

SummaryItem solver_item(std::string key, std::string_view label, std::optional<Cell> answer,
                        const std::optional<Explanation>& note) {
  if (answer) return {std::move(key), std::string(label), std::move(*answer), ""};
  return {std::move(key), std::string(label), text_cell("n/a"),
          note ? std::string(note->title) : ""};
}

std::vector<SummaryItem> summary_of(const Scenario& scenario, const Result& result,
                                    std::string_view currency) {
  const Totals& totals = result.totals;
  std::vector<SummaryItem> items;
  for (const char* key : {"sent", "unsent", "refunded", "expired"}) {
    items.push_back({key, total_label(key),
                     count_cell(totals.*column_by_key(total_columns(), key).figure), ""});
  }
  items.push_back({"closing", std::string(kLabels.closing_at_end),
                   count_cell(result.months.back().closing), ""});
  const Solvers& solvers = result.solvers;
  items.push_back(solver_item("max_sustainable_sends", kLabels.max_sustainable_sends,
                              solvers.max_sustainable_sends
                                  ? std::optional(count_cell(*solvers.max_sustainable_sends))
                                  : std::nullopt,
                              max_sustainable_sends_note(scenario, solvers)));
  items.push_back(
      solver_item("break_even_response_rate", kLabels.break_even_response_rate,
                  solvers.break_even_response_bp
                      ? std::optional(Cell{percent_text(*solvers.break_even_response_bp),
                                           std::nullopt, *solvers.break_even_response_bp})
                      : std::nullopt,
                  break_even_note(scenario, solvers)));
  if (const std::optional<Cost>& cost = totals.cost) {
    items.push_back({"cost_total", std::string(kLabels.total_cost),
                     money_cell(cost->total_cents, currency), ""});
    items.push_back({"cost_per_sent", std::string(kLabels.cost_per_sent),
                     money_cell(cost->per_sent_cents, currency),
                     cost->per_sent_cents ? "" : "no InMail sent"});
    items.push_back({"cost_per_response", std::string(kLabels.cost_per_response),
                     money_cell(cost->per_response_cents, currency),
                     cost->per_response_cents ? "" : "no response"});
  }
  return items;
}

// Why the solvers have no answer, once per reason.
std::vector<std::string> solver_notes(const Scenario& scenario, const Solvers& solvers) {
  std::vector<std::string> notes;
  for (const auto& note :
       {max_sustainable_sends_note(scenario, solvers), break_even_note(scenario, solvers)}) {
    if (!note) continue;
    const std::string text = std::string(note->title) + ": " + std::string(note->text);
    if (std::find(notes.begin(), notes.end(), text) == notes.end()) notes.push_back(text);
  }
  return notes;
}

// The totals and costs both comparison tables show, after their settings.
std::vector<Cell> compared_cells(const ComparisonRow& row, std::string_view currency) {
  std::vector<Cell> cells{
      count_cell(row.allotment), text_cell(row.pooled ? "yes" : "no"),
      row.balance_cap ? count_cell(*row.balance_cap) : text_cell(std::string(kLabels.no_limit))};
  for (const char* key : {"sent", "unsent", "refunded", "expired"}) {
    cells.push_back(count_cell(row.totals.*column_by_key(total_columns(), key).figure));
  }
  const std::optional<Cost>& cost = row.totals.cost;
  cells.push_back(money_cell(cost ? std::optional(cost->total_cents) : std::nullopt, currency));
  cells.push_back(money_cell(cost ? cost->per_sent_cents : std::nullopt, currency));
  cells.push_back(money_cell(cost ? cost->per_response_cents : std::nullopt, currency));
  return cells;
}

std::vector<std::string> compared_header(std::string first) {
  std::vector<std::string> header{std::move(first), std::string(kLabels.allotment_short),
                                  std::string(kLabels.pooled_short),
                                  std::string(find_field("balance_cap", false)->label)};
  for (const char* key : {"sent", "unsent", "refunded", "expired"})
    header.push_back(total_label(key));
  header.emplace_back(kLabels.total_cost);
  header.emplace_back(kLabels.cost_per_sent);
  header.emplace_back(kLabels.cost_per_response);
  return header;
}

// A row's tags: the plan in use, and the cheapest by `cheapest_word`'s rule.
std::string mark_of(bool in_use, bool cheapest, std::string_view cheapest_word) {
  std::string mark = in_use ? std::string(kLabels.in_use) : "";
  if (cheapest) mark += (mark.empty() ? "" : ", ") + std::string(cheapest_word);
  return mark;
}

}  // namespace

FiguresView figures_of(const Scenario& scenario, Result result, std::string_view currency) {
  FiguresView figures;
  figures.verdict = verdict_of(scenario, result);
  figures.summary = summary_of(scenario, result, currency);
  for (const RateWarning& warning : rate_warnings(result)) {
    figures.rate_warnings.push_back(warning.text);
  }
  if (!figures.rate_warnings.empty()) {
    const Explanation& rule = rate_rule_explanation();
    figures.rate_rule = std::string(rule.text) + " Source: " + std::string(rule.source) + ".";
  }
  figures.chart = chart_of(result);
  figures.months = month_table(result);
  figures.groups = group_table(result);
  figures.notes = solver_notes(scenario, result.solvers);
  figures.result = std::move(result);
  return figures;
}

void add_band(ChartView& chart, const MonteCarlo& monte_carlo) {
  std::vector<std::int64_t> low;
  std::vector<std::int64_t> high;
  for (const MonteCarloMonth& month : monte_carlo.months) {
    low.push_back(month.closing_p10);
    high.push_back(month.closing_p90);
  }
  chart.band = std::make_pair(series_of("closing_p10", "Closing balance, p10", std::move(low)),
                              series_of("closing_p90", "Closing balance, p90", std::move(high)));
  set_ticks(chart);
}

ComparisonsView comparisons_of(const Scenario& scenario, const Comparisons& comparisons,
                               const InputsContext& context) {
  ComparisonsView view;
  view.hint =
      "The same team and months under each policy and on each plan, totals over the whole "
      "projection. Enter a seat price per month for a plan to see what it costs.";
  const std::string_view currency = context.state.currency;
  view.policies = {"Policy comparison",
                   compared_header(std::string(find_field("policy", false)->label)),
                   {},
                   {}};
  for (const ComparisonRow& row : comparisons.policies) {
    std::vector<Cell> cells{text_cell(std::string(policy_info(row.policy).display_name))};
    const std::vector<Cell> compared = compared_cells(row, currency);
    cells.insert(cells.end(), compared.begin(), compared.end());
    view.policies.rows.push_back(std::move(cells));
    view.policies.marks.push_back(mark_of(row.policy == scenario.policy, false, {}));
  }
  const std::optional<Plan> cheapest = cheapest_plan_per_response(comparisons);
  view.plans = {"Plan comparison", compared_header(std::string(kLabels.plan)), {}, {}};
  view.plans.header.insert(view.plans.header.begin() + 1,
                           std::string(find_field("seat_prices", false)->label));
  for (const ComparisonRow& row : comparisons.plans) {
    FieldView price = price_field(context, row.plan);
    std::vector<Cell> cells{text_cell(std::string(plan_info(row.plan).display_name)),
                            text_cell(price.text)};
    const std::vector<Cell> compared = compared_cells(row, currency);
    cells.insert(cells.end(), compared.begin(), compared.end());
    view.plans.rows.push_back(std::move(cells));
    view.plans.marks.push_back(
        mark_of(row.plan == scenario.plan, cheapest == row.plan, kLabels.cheapest_per_response));
    view.plan_prices.push_back(std::move(price));
  }
  return view;
}

GoalView goal_view_of(const Scenario& scenario, const Goal& goal, std::string_view currency) {
  GoalView view;
  view.question = "How many seats for " +
                  counted(goal.responses_per_month, "response", "responses") + " a month?";
  if (goal.reason) {
    view.answer = std::string(goal_reason_note(*goal.reason).text);
    return view;
  }
  view.answer = "At " + percent_text(scenario.groups[0].response_bp) + " answered, " +
                counted(goal.responses_per_month, "response", "responses") + " a month take " +
                counted(*goal.sends_per_month, "InMail", "InMails") + " a month.";
  // Spec 4d: a row's first month sees fewer, which a recruiter checking the
  // monthly table against the goal would otherwise take for an error.
  view.answer += " Answers come " + counted(scenario.groups[0].response_days, "day", "days") +
                 " after their InMails, so the first month sees fewer.";
  view.header = {std::string(kLabels.plan), std::string(kLabels.seats),
                 std::string(kLabels.goal_sends_per_seat), std::string(kLabels.total_cost),
                 std::string(kLabels.cost_per_response)};
  view.adopt = "Use these seats";
  for (const GoalRow& row : goal.rows) {
    GoalRowView line{
        std::string(plan_info(row.plan).name),
        {text_cell(std::string(plan_info(row.plan).display_name))},
        // Every goal row sends all: its cheapest is by total cost (spec 4d).
        mark_of(row.plan == scenario.plan, goal.cheapest == row.plan, kLabels.cheapest),
        row.seats.has_value()};
    if (!row.totals) {
      line.cells.push_back(text_cell(std::string(goal_no_seat_count_note().title)));
      line.cells.resize(view.header.size(), text_cell(""));
    } else {
      const std::optional<Cost>& cost = row.totals->cost;
      line.cells.push_back(count_cell(*row.seats));
      line.cells.push_back(count_cell(*row.sends_per_seat));
      line.cells.push_back(
          money_cell(cost ? std::optional(cost->total_cents) : std::nullopt, currency));
      line.cells.push_back(money_cell(cost ? cost->per_response_cents : std::nullopt, currency));
    }
    view.rows.push_back(std::move(line));
  }
  return view;
}

MonteCarloView monte_carlo_view_of(const MonteCarlo& monte_carlo) {
  MonteCarloView view;
  const MonteCarloMonth& last = monte_carlo.months.back();
  const auto worst = std::max_element(monte_carlo.months.begin(), monte_carlo.months.end(),
                                      [](const MonteCarloMonth& a, const MonteCarloMonth& b) {
                                        return a.trials_with_unsent < b.trials_with_unsent;
                                      });
  view.lines.push_back("Monte Carlo, " + counted(monte_carlo.trials, "trial", "trials") +
                       ", seed " + std::to_string(monte_carlo.seed) + ":");
  view.lines.push_back(std::string(kLabels.closing_at_end) + ": p10 " +
                       count_text(last.closing_p10) + ", p50 " + count_text(last.closing_p50) +
                       ", p90 " + count_text(last.closing_p90));
  const std::int64_t bp = (worst->trials_with_unsent * 10000) / monte_carlo.trials;
  view.lines.push_back(worst->trials_with_unsent == 0
                           ? "No trial runs short of credits in any month."
                           : "Worst month: " + month_name(worst->month) + ", when " +
                                 percent_text(bp) + " of the trials run short of credits.");
  return view;
}

}  // namespace inmail::detail
