// view_of(): what a page shows for a PageState, worked out in one place.
#include <algorithm>

#include "inmail/explain.h"
#include "inmail/link.h"
#include "inmail/monte_carlo.h"
#include "inmail/page_model.h"
#include "inmail/projection.h"
#include "inmail/scenario_reader.h"
#include "inmail/schema.h"
#include "page/field_path.h"
#include "page/inputs.h"
#include "page/typed_text.h"
#include "page/view_parts.h"
#include "text/words.h"

namespace inmail {
namespace {

using detail::FieldPath;

constexpr std::string_view kDrop = "Remove";

PageLabels page_labels() {
  return {"InMail credit calculator",
          "Summary",
          "Goal",
          "Months",
          "Policies",
          "Plans",
          "Copy CSV",
          "Copy link",
          "Open the JS page",
          "The projection is on the clipboard as CSV.",
          "A link to this scenario on the JS page is on the clipboard.",
          "One bar a month: drag a bar to change that month."};
}

// The kind of the input at `path`, for reading what was typed into it.
FieldKind input_kind(std::string_view path_text) {
  const std::optional<FieldPath> path = detail::parse_field_path(path_text);
  if (!path) return FieldKind::kText;
  if (path->kind == FieldPath::Kind::kPrice) return FieldKind::kHundredths;
  const FieldInfo* field = find_field(path->key, path->kind == FieldPath::Kind::kGroup);
  return field ? field->kind : FieldKind::kText;
}

// Whether an input holds text a person wrote that is no value yet (typed,
// or a link's text where a number belongs): only such text can say more
// about a problem than the scenario's own words. A link's number says no
// more than the CLI says of it.
bool holds_text(const PageState& state, const std::string& input) {
  if (state.typed.count(input) > 0) return true;
  const std::optional<FieldPath> path = detail::parse_field_path(input);
  const JsonValue* given = path ? detail::given_value(state.scenario, *path) : nullptr;
  return given != nullptr && given->is_string();
}

// Every problem of the input, the link's first: the scenario's own, with
// what the text of its input says where that says more ("could be 1250 or
// 1.25"), and a currency label that is too long.
std::vector<FieldError> problems_of(const PageState& state, const ParseResult& parsed) {
  std::vector<FieldError> errors = state.link_errors;
  if (utf8_length(state.currency) > limits::kMaxCurrencyChars) {
    errors.push_back(
        {std::string(detail::kCurrencyPath),
         "must be at most " + std::to_string(limits::kMaxCurrencyChars) + " characters"});
  }
  for (FieldError error : parsed.errors) {
    const std::string input = detail::input_path(error.field);
    if (holds_text(state, input)) {
      const std::string problem =
          detail::read_typed(input_kind(input), detail::input_text(state, input)).problem;
      if (!problem.empty()) error.message = problem;
    }
    errors.push_back(std::move(error));
  }
  return errors;
}

// A sending plan's month is named to people from 1: "month 3".
std::string message_at_input(const FieldError& error) {
  const std::optional<FieldPath> path = detail::parse_field_path(error.field);
  if (!path || !path->entry) return error.message;
  return "month " + std::to_string(*path->entry + 1) + ": " + error.message;
}

std::map<std::string, std::string> problems_by_input(const std::vector<FieldError>& errors) {
  std::map<std::string, std::string> by_input;
  for (const FieldError& error : errors) {
    std::string& messages = by_input[detail::input_path(error.field)];
    if (!messages.empty()) messages += "; ";
    messages += message_at_input(error);
  }
  return by_input;
}

std::vector<std::string> input_paths(const std::vector<SectionView>& sections) {
  std::vector<std::string> paths;
  for (const SectionView& section : sections) {
    for (const FieldView& field : section.fields) paths.push_back(field.path);
    for (const GroupView& group : section.groups) {
      for (const FieldView& field : group.fields) paths.push_back(field.path);
    }
  }
  return paths;
}

// Problems without an input of their own (a key the scenario does not
// know, another plan's price the comparison does not list, the whole
// document), and the link's keys the calculator does not know.
std::vector<Notice> notices_of(const PageState& state, const std::vector<FieldError>& errors,
                               std::vector<std::string> placed) {
  std::vector<Notice> notices;
  for (const auto& [key, text] : state.unknown_link_keys) {
    notices.push_back({key,
                       "The link's \u201c" + detail::shown_text(key) +
                           (text.empty() ? "" : "=" + detail::shown_text(text)) +
                           "\u201d is not a setting of this calculator: it changes nothing.",
                       true, std::string(kDrop)});
  }
  std::sort(placed.begin(), placed.end());
  for (const FieldError& error : errors) {
    const std::string input = detail::input_path(error.field);
    if (std::binary_search(placed.begin(), placed.end(), input)) continue;
    const std::optional<FieldPath> path = detail::parse_field_path(error.field);
    const bool droppable =
        path && !path->entry && detail::given_value(state.scenario, *path) != nullptr;
    notices.push_back({error.field,
                       error.field.empty() ? error.message : error.field + ": " + error.message,
                       droppable, droppable ? std::string(kDrop) : ""});
  }
  return notices;
}

std::map<std::size_t, std::string> warnings_by_group(const Result& result) {
  std::map<std::size_t, std::string> warnings;
  for (const RateWarning& warning : rate_warnings(result)) warnings[warning.group] = warning.text;
  return warnings;
}

// The scenario whose figures are shown: the input's, or while it has
// errors the last good one's.
std::optional<Scenario> figures_scenario(const PageState& state, const ParseResult& parsed,
                                         YearMonth today) {
  if (parsed.ok()) return parsed.scenario;
  if (!state.last_good) return std::nullopt;
  return parse_scenario_object(*state.last_good, today).scenario;
}

std::string status_of(const PageView& view) {
  if (!view.figures) return "Fix the marked input to see figures.";
  if (view.figures_stale) {
    return "Fix the marked input. The figures shown are for the last valid input.";
  }
  const Totals& totals = view.figures->result.totals;
  return "Updated: " + detail::counted(totals.sent, "InMail", "InMails") + " sent, " +
         detail::count_text(totals.unsent) + " not sent for lack of credits.";
}

void add_figures(PageView& view, const Scenario& scenario, const detail::InputsContext& context,
                 const ViewOptions& options) {
  Result result = project_deterministic(scenario);
  result.solvers = solve(scenario);
  if (options.monte_carlo && scenario.trials > 0) result.monte_carlo = run_monte_carlo(scenario);
  if (options.comparisons) {
    result.comparisons = compare(scenario, result.totals);
    view.comparisons = detail::comparisons_of(scenario, *result.comparisons, context);
  }
  if (options.goal && scenario.goal_responses) {
    result.goal = goal_for(scenario);
    view.goal = detail::goal_view_of(scenario, *result.goal, context.state.currency);
  }
  view.figures = detail::figures_of(scenario, std::move(result), context.state.currency);
  if (const auto& monte_carlo = view.figures->result.monte_carlo) {
    view.monte_carlo = detail::monte_carlo_view_of(*monte_carlo);
    detail::add_band(view.figures->chart, *monte_carlo);
  } else if (scenario.trials > 0) {
    view.monte_carlo_pending = "Monte Carlo runs once the inputs settle.";
  }
}

}  // namespace

PageView view_of(const PageState& state, const ViewOptions& options) {
  const ParseResult parsed = parse_scenario_object(state.scenario, options.today);
  const Scenario shown =
      parsed.ok() ? *parsed.scenario : read_object_leniently(state.scenario, options.today);
  PageView view;
  view.errors = options.caller_errors;
  for (FieldError& error : problems_of(state, parsed)) view.errors.push_back(std::move(error));
  view.currency = state.currency;
  view.query =
      state.example ? "" : encode_link(state.scenario, state.currency, state.unknown_link_keys);
  const std::optional<Scenario> figures =
      options.caller_errors.empty() ? figures_scenario(state, parsed, options.today) : std::nullopt;
  const std::map<std::string, std::string> problems = problems_by_input(view.errors);
  std::map<std::size_t, std::string> warnings;
  Result warnings_source;
  const detail::InputsContext context{state, options.today, shown, problems, warnings};
  if (figures) {
    view.monte_carlo_asked = figures->trials > 0;
    add_figures(view, *figures, context, options);
    view.figures_stale = !parsed.ok() || !view.errors.empty();
    if (view.figures_stale) view.monte_carlo_pending.clear();
    if (!view.figures_stale) warnings = warnings_by_group(view.figures->result);
  }
  view.sections = detail::sections_of(context);
  std::vector<std::string> placed = input_paths(view.sections);
  for (const PlanInfo& plan : all_plans()) {
    if (policy_offers(shown.policy, plan.plan)) {
      placed.push_back("seat_prices." + std::string(plan.name));
    }
  }
  view.notices = notices_of(state, view.errors, std::move(placed));
  if (state.example) {
    view.example = ExampleView{
        "This is an example: one Recruiter Lite seat sending 40 InMails a month, a quarter of them "
        "answered. Change any input to make it yours, or start from an empty scenario.",
        "Clear the example"};
  }
  view.scenario_words = detail::scenario_words(shown, state.currency);
  view.status = status_of(view);
  view.labels = page_labels();
  return view;
}

}  // namespace inmail
