// The page model: one update function that turns an edit into the next
// state, and one view model that says everything a page shows. Both pages
// hold a PageState, send Edits and draw the PageView (the JS page through
// the JSON forms at the end, the ImGui page in C++); neither computes a
// figure or words a label.
//
//   PageState state = open_page(location_query, today);
//   PageView view = view_of(state, {today});
//   state = update(std::move(state), Edit::set("groups[0].seats", "3"), today);
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "inmail/calendar.h"
#include "inmail/json_value.h"
#include "inmail/result.h"
#include "inmail/scenario.h"

namespace inmail {

// ---------------------------------------------------------------- state

// The counts of LinkedIn's InMail report, as typed, that the "From your
// InMail report" helper of a group turns into its response rate.
struct ReportCounts {
  std::string sent;
  std::string accepted;
  std::string declined;
};

// The scenario as the person gave it: only the keys they set, values as
// they wrote them (possibly invalid), and what a link carried besides.
struct PageState {
  JsonValue scenario = JsonValue::object();
  std::string currency;  // the label costs are shown in; kept in the link
  // Link keys the calculator does not know (tracking parameters aside):
  // shown as notices and kept in the link, in their order.
  std::vector<std::pair<std::string, std::string>> unknown_link_keys;
  // The opened link's own problems (not UTF-8, a key given twice), until the
  // next edit writes the link anew.
  std::vector<FieldError> link_errors;
  // The text of an input, by field path, where it is not the value's own
  // writing ("25,5" for 25.5, "" for a cleared field, "1,250" that is
  // ambiguous), so that what the person types stays as typed.
  std::map<std::string, std::string> typed;
  std::map<std::size_t, ReportCounts> report;  // by group index
  bool example = false;                        // a first visit's worked example
  // The last scenario as given that had no errors: its figures stay in view
  // (dimmed) while the input has errors.
  std::optional<JsonValue> last_good;
};

// One change a person makes. Field paths are the engine's error paths:
// "months", "groups[1].seats", "seat_prices.recruiter", and besides the
// scenario "currency" and "groups[0].report.sent" (the report helper).
struct Edit {
  enum class Kind {
    kSet,           // field, text: set a field to the text as typed
    kAddGroup,      // a group more, at the end
    kRemoveGroup,   // group
    kUseReport,     // group: its report helper's rate becomes its response rate
    kAdoptGoal,     // text: a plan of the goal table; its seats and volume
    kClearExample,  // the worked example gives way to an empty scenario
    kDrop,          // field: a value the page has no input for (a link's key)
    kSetMonth,      // field (a sending plan), month, value: one month's entry
  };
  Kind kind = Kind::kSet;
  std::string field;
  std::string text;
  std::size_t group = 0;
  int month = 0;
  std::int64_t value = 0;

  static Edit set(std::string field, std::string text) {
    return {Kind::kSet, std::move(field), std::move(text), 0, 0, 0};
  }
  static Edit add_group() { return {Kind::kAddGroup, {}, {}, 0, 0, 0}; }
  static Edit remove_group(std::size_t group) { return {Kind::kRemoveGroup, {}, {}, group, 0, 0}; }
  static Edit use_report(std::size_t group) { return {Kind::kUseReport, {}, {}, group, 0, 0}; }
  static Edit adopt_goal(std::string plan) {
    return {Kind::kAdoptGoal, {}, std::move(plan), 0, 0, 0};
  }
  static Edit clear_example() { return {Kind::kClearExample, {}, {}, 0, 0, 0}; }
  static Edit drop(std::string field) { return {Kind::kDrop, std::move(field), {}, 0, 0, 0}; }
  static Edit set_month(std::string field, int month, std::int64_t value) {
    return {Kind::kSetMonth, std::move(field), {}, 0, month, value};
  }
};

// A page opened with a URL query: the link's scenario, or the worked example
// when there is none. Tracking parameters (utm_*, fbclid, gclid, ...) are
// dropped; other unknown keys become notices.
PageState open_page(std::string_view query, YearMonth today);

// The state after `edit`. Never fails: what cannot be applied (a group that
// is not there) leaves the state as it was.
PageState update(PageState state, const Edit& edit, YearMonth today);

// ---------------------------------------------------------------- view

// An option of a choice (policy, plan, pooling).
struct ChoiceView {
  std::string value;
  std::string label;
  std::string note;   // where its rules or figures come from
  std::string group;  // a heading the option sits under ("From LinkedIn's help pages")
  bool enabled = true;
};

// One input, as a page draws it.
struct FieldView {
  std::string path;  // the field's path, for edits and errors
  std::string label;
  std::string hint;
  std::string kind;  // the schema's kind, or "tristate" for pooling
  std::string text;  // what the input shows: as typed, else the value given
  // What an empty input means: the default in force, in words.
  std::string placeholder;
  std::string error;    // the engine's problem with it; empty when none
  std::string note;     // more about the value in force (a plan's source, a warning)
  bool applies = true;  // false: not offered, so not drawn
  bool given = false;
  // The range a slider or drag covers, in the field's own unit (percent,
  // money), and a step a drag of one pixel moves.
  double min = 0;
  double max = 0;
  double step = 1;
  std::optional<double> number;  // the value as a number, when it is one
  // The number an empty input stands for (its default in force), where a
  // drag starts; a limit that is off stands at its largest, which changes
  // no figure. Set for the keys whose default follows the policy or plan.
  std::optional<double> in_force;
  std::vector<ChoiceView> choices;
};

// "From your InMail report" under a group.
struct ReportView {
  std::string title;
  std::string text;  // how the rate is worked out
  std::string source;
  std::vector<FieldView> counts;  // sent, accepted, declined
  std::string action;             // "Use 25.5 % as the response rate", or empty
};

struct GroupView {
  std::string title;  // its name, or "Group 2"
  std::vector<FieldView> fields;
  std::string warning;  // the 13 % rule at this group, if it trips it
  ReportView report;
  bool removable = false;
  std::string remove;  // its action's label; empty when it cannot be removed
  // The sending plan per month as the chart's bars show it, for dragging.
  std::vector<std::int64_t> plan_by_month;
};

struct SectionView {
  std::string title;
  bool folded = false;  // drawn closed unless it holds an error or a value given
  std::vector<FieldView> fields;
  std::vector<GroupView> groups;  // the Team section's
  std::string add_group;          // its action's label; empty when no more may be added
};

// A cell of a table: its text, and for money its amount in cents, which a
// page may write the way the reader's locale writes money.
struct Cell {
  std::string text;
  std::optional<std::int64_t> cents;
  std::int64_t sort = 0;  // the value a column sorts by
};

struct TableView {
  std::string title;
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
  std::vector<std::string> marks;  // per row: "in use", "cheapest", both, or ""
};

struct SummaryItem {
  std::string key;
  std::string label;
  Cell value;
  std::string note;  // why there is no answer, or when
};

struct SeriesView {
  std::string key;
  std::string label;
  std::vector<std::int64_t> values;  // one a month
  std::vector<std::string> texts;    // the same, written for people
  std::string latest;                // the last month's value, as the legend shows it
};

struct ChartView {
  std::string title;
  std::string y_label;
  std::vector<std::string> months;
  std::vector<SeriesView> series;
  std::vector<std::int64_t> y_ticks;  // from 0 to the axis's top, evenly spaced
  std::vector<std::string> y_tick_texts;
  std::optional<std::pair<SeriesView, SeriesView>> band;  // Monte Carlo p10 and p90
};

struct Verdict {
  std::string tone;  // "enough", "short" or "empty"
  std::string headline;
  std::string detail;
};

// The figures of one scenario (the input's, or the last good one's).
struct FiguresView {
  Result result;  // the spec's result: deterministic, solvers, and what was asked for
  Verdict verdict;
  std::vector<SummaryItem> summary;
  std::vector<std::string> rate_warnings;
  std::string rate_rule;  // the 13 % rule in words, with its source, when a warning shows
  ChartView chart;
  TableView months;
  TableView groups;
  std::vector<std::string> notes;  // why a solver has no answer, once per reason
};

struct ComparisonsView {
  TableView policies;
  TableView plans;
  std::string hint;
  std::vector<FieldView> plan_prices;  // the seat price input of each plan row
};

struct GoalRowView {
  std::string plan;  // its name, for Edit::adopt_goal
  std::vector<Cell> cells;
  std::string mark;  // "in use", "cheapest", both or ""
  bool adoptable = false;
};

struct GoalView {
  std::string question;  // "How many seats for 20 responses a month?"
  std::string answer;    // the volume, or why there are no rows
  std::vector<std::string> header;
  std::vector<GoalRowView> rows;
  std::string adopt;  // the action's label
};

struct MonteCarloView {
  std::vector<std::string> lines;
};

struct Notice {
  std::string field;  // the key it is about, for Edit::drop; may be empty
  std::string text;
  bool droppable = false;
  std::string drop;  // the action's label when droppable
};

struct ExampleView {
  std::string text;
  std::string clear;  // the action's label
};

// The words of a page's own controls: the parts of the results it may show
// as tabs (named before what they hold is computed) and its actions.
struct PageLabels {
  std::string title;
  std::string summary;
  std::string goal;
  std::string months;
  std::string policies;
  std::string plans;
  std::string copy_csv;
  std::string copy_link;
  std::string open_js_page;
  std::string csv_copied;   // what a page says once the CSV is on the clipboard
  std::string link_copied;  // ... and the link
  std::string plan_bars;    // under a sending plan's bars, where a page lets them be dragged
};

struct PageView {
  std::string query;               // the link, without "?"
  std::vector<FieldError> errors;  // every problem, the link's first
  std::vector<Notice> notices;     // problems without an input of their own, unknown keys
  std::optional<ExampleView> example;
  std::vector<SectionView> sections;
  std::string currency;
  std::optional<FiguresView> figures;  // none until the input (or an earlier one) has no errors
  bool figures_stale = false;          // the figures are an earlier input's
  bool monte_carlo_asked = false;      // the figures' scenario asks for Monte Carlo trials
  std::string status;                  // one line for a live region: what changed
  std::optional<ComparisonsView> comparisons;
  std::optional<GoalView> goal;
  std::optional<MonteCarloView> monte_carlo;
  // While the figures are current and their scenario runs Monte Carlo but
  // the page did not ask for it yet: what the page says instead.
  std::string monte_carlo_pending;
  std::vector<std::string> scenario_words;  // the scenario in words, for print and CSV
  PageLabels labels;
};

// What to compute besides the deterministic figures: each costs up to a
// few dozen projections, so pages ask for them where they can wait (a
// worker, a tab on screen, inputs at rest).
struct ViewOptions {
  YearMonth today;
  bool comparisons = false;
  bool goal = false;
  bool monte_carlo = false;
  // The caller's own problems (a clock outside the months a scenario may
  // name): listed first, and, like any error, no figures.
  std::vector<FieldError> caller_errors = {};
};

PageView view_of(const PageState& state, const ViewOptions& options);

// The CSV download: a header block (the scenario in words, the date), then
// the report's tables; and the name to save it under.
struct CsvFile {
  std::string name;
  std::string text;
};
std::optional<CsvFile> csv_of(const PageState& state, YearMonth today, std::string_view date);

// ---------------------------------------------------------------- JSON forms

// The state as JSON and back, for pages that keep it in JavaScript.
std::string state_to_json(const PageState& state);
PageState state_from_json(std::string_view json);
Edit edit_from_json(std::string_view json);
std::string view_to_json(const PageView& view);
// {"state": ..., "edit": ...}, as a page sends an edit.
struct PageUpdate {
  PageState state;
  Edit edit;
};
PageUpdate page_update_from_json(std::string_view json);
// {"name": ..., "csv": ...}, or {"errors": [...]} while the input has errors.
std::string csv_file_json(const PageState& state, YearMonth today, std::string_view date);

// The test hooks' snapshot: {"query", "scenario", "result", "errors"};
// "result" is null while the input has errors.
std::string snapshot_json(const PageState& state, const PageView& view);

}  // namespace inmail
