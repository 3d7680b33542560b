// The inputs' part of the view: sections of fields laid out from the
// engine's field table, each with its text, default in words, problem and
// whether it applies.
#include <algorithm>

#include "inmail/explain.h"
#include "inmail/schema.h"
#include "page/inputs.h"
#include "page/typed_text.h"
#include "page/view_parts.h"
#include "text/words.h"

namespace inmail::detail {
namespace {

// The form's sections, in the order a person fills them in; the last two
// are drawn folded unless they hold a value given or a problem.
struct SectionLayout {
  std::string_view title;
  bool folded;
};
constexpr SectionLayout kSections[] = {
    {"Rules and plan", false}, {"Team", false},   {"Months", false},     {"Costs", false},
    {"Goal", false},           {"Credits", true}, {"Monte Carlo", true},
};

// How far one pixel of a drag moves a value: a person can stop on any
// value of a range they would drag across.
double drag_step(std::string_view key) {
  static constexpr std::pair<std::string_view, double> kSteps[] = {
      {"seats", 0.05},         {"sends_per_month", 0.5}, {"response_rate", 0.05},
      {"response_days", 0.05}, {"months", 0.05},         {"refresh_day", 0.05},
      {"allotment", 0.5},      {"opening_balance", 1.0}, {"balance_cap", 1.0},
      {"expiry_days", 0.5},    {"trials", 10.0},         {"goal_responses", 0.1},
      {"seat_prices", 0.5},
  };
  for (const auto& [name, step] : kSteps) {
    if (name == key) return step;
  }
  return 1.0;
}

// A page draws money and percentages alike: one "decimal" input for both.
const char* kind_word(FieldKind kind) {
  if (kind == FieldKind::kHundredths || kind == FieldKind::kPrices) return "decimal";
  return field_kind_name(kind);
}

std::string problem_at(const InputsContext& context, const std::string& path) {
  const auto found = context.problems.find(path);
  return found == context.problems.end() ? "" : found->second;
}

// The value of an input as a number, for sliders and drags.
std::optional<double> number_of(FieldKind kind, const std::string& text) {
  const std::optional<JsonValue> value = read_typed(kind, text).value;
  if (!value || !value->is_number()) return std::nullopt;
  return *value->as_double();
}

// An input of `info` at `path`, with what the state and the problems say.
FieldView field_view(const InputsContext& context, const FieldInfo& info, std::string path) {
  FieldView field;
  const bool hundredths = info.kind == FieldKind::kHundredths || info.kind == FieldKind::kPrices;
  const double unit = hundredths ? 100.0 : 1.0;
  field.label = std::string(info.label);
  field.hint = std::string(info.hint);
  field.kind = kind_word(info.kind);
  field.text = input_text(context.state, path);
  field.error = problem_at(context, path);
  const std::optional<FieldPath> parsed = parse_field_path(path);
  field.given = parsed && given_value(context.state.scenario, *parsed) != nullptr;
  field.min = static_cast<double>(info.min) / unit;
  field.max = static_cast<double>(info.max) / unit;
  field.step = drag_step(info.key);
  field.number = number_of(info.kind, field.text);
  field.placeholder = fixed_default_text(path);
  field.path = std::move(path);
  return field;
}

// Whether the projection holds the policy's launch bonus month.
bool covers_launch_month(const Scenario& scenario) {
  const auto index = [](YearMonth month) { return month.year * 12 + month.month; };
  const int first = index(scenario.start);
  const int launch = index(*policy_info(scenario.policy).launch_bonus_month);
  return first <= launch && launch < first + scenario.months;
}

// Whether a top-level input is offered for the scenario in force; one that
// holds a value or a problem is always shown, so that it can be changed.
bool applies(const Scenario& shown, std::string_view key) {
  if (key == "launch_bonus") {
    return has_launch_bonus(shown.policy, shown.plan) && covers_launch_month(shown);
  }
  if (key == "pooled") return plan_info(shown.plan).pools;
  return true;
}

std::vector<ChoiceView> policy_choices() {
  std::vector<ChoiceView> choices;
  for (const PolicyInfo& policy : all_policies()) {
    choices.push_back({std::string(policy.name), std::string(policy.display_name),
                       std::string(policy.source), "", true});
  }
  return choices;
}

std::vector<ChoiceView> plan_choices(const Scenario& shown) {
  std::vector<ChoiceView> choices;
  for (const PlanInfo& plan : all_plans()) {
    choices.push_back({std::string(plan.name), std::string(plan.display_name),
                       std::string(plan.source),
                       plan.from_help_pages ? "From LinkedIn's help pages" : "",
                       policy_offers(shown.policy, plan.plan)});
  }
  return choices;
}

std::vector<ChoiceView> pooling_choices(const Scenario& shown, const DefaultHints& hints) {
  const bool pools = plan_info(shown.plan).pools;
  return {{"", "Default: " + hints.pooled, "", "", true},
          {"true", "One balance for the team", "", "", pools},
          {"false", "A balance per seat", "", "", true}};
}

// What an empty input means, for the keys whose defaults follow the policy,
// the plan or the month.
std::string default_words(const DefaultHints& hints, std::string_view key) {
  if (key == "allotment") return hints.allotment;
  if (key == "start") return hints.start;
  if (key == "expiry_days") return hints.expiry_days;
  if (key == "balance_cap") return hints.balance_cap;
  if (key == "goal_responses") return "none";
  return "";
}

// The number an empty input of `info` stands for, for the keys whose
// default follows the policy or the plan; a limit that is off stands at its
// largest, which changes no figure.
std::optional<double> number_in_force(const Scenario& shown, const FieldInfo& info) {
  const auto limit = [&](const Limit& value) {
    return static_cast<double>(value.value_or(info.max));
  };
  if (info.key == "allotment") return static_cast<double>(shown.allotment);
  if (info.key == "balance_cap") return limit(shown.balance_cap);
  if (info.key == "expiry_days") return limit(shown.expiry_days);
  return std::nullopt;
}

FieldView top_field(const InputsContext& context, const FieldInfo& info,
                    const DefaultHints& hints) {
  FieldView field = field_view(context, info, std::string(info.key));
  const Scenario& shown = context.shown;
  field.applies = field.given || !field.error.empty() || applies(shown, info.key);
  if (field.placeholder.empty()) field.placeholder = default_words(hints, info.key);
  field.in_force = number_in_force(shown, info);
  if (info.key == "policy") {
    field.choices = policy_choices();
    field.note = std::string(policy_info(shown.policy).source);
  } else if (info.key == "plan") {
    field.choices = plan_choices(shown);
    field.note = std::string(plan_info(shown.plan).source);
  } else if (info.key == "pooled") {
    field.kind = "tristate";
    field.choices = pooling_choices(shown, hints);
  }
  return field;
}

ReportView report_view(const InputsContext& context, std::size_t group) {
  const Explanation& about = report_helper_explanation();
  ReportView report{
      std::string(about.title), std::string(about.text), std::string(about.source), {}, ""};
  static const std::pair<const char*, const char*> kCounts[] = {
      {"sent", "InMails sent"}, {"accepted", "Accepted"}, {"declined", "Declined"}};
  const auto counts = context.state.report.find(group);
  const std::optional<ReportRate> rate =
      counts == context.state.report.end() ? std::nullopt : report_rate(counts->second);
  for (const auto& [key, label] : kCounts) {
    FieldView count;
    count.path = group_path(group, std::string("report.") + key);
    count.label = label;
    count.kind = "integer";
    count.text = input_text(context.state, count.path);
    count.max = 1e9;
    for (const FieldError& error : rate ? rate->errors : std::vector<FieldError>{}) {
      if (error.field == key) count.error = error.message;
    }
    report.counts.push_back(std::move(count));
  }
  if (rate && rate->response_bp) {
    report.action = "Use " + percent_text(*rate->response_bp) + " as the response rate";
  }
  return report;
}

GroupView group_view(const InputsContext& context, std::size_t index) {
  const Group& group = context.shown.groups[index];
  GroupView view;
  view.title = group.name;
  for (const FieldInfo& info : scenario_fields()) {
    if (!info.in_group) continue;
    FieldView field = field_view(context, info, group_path(index, info.key));
    if (info.key == "name") field.placeholder = default_group_name(index);
    view.fields.push_back(std::move(field));
  }
  const auto warning = context.rate_warnings.find(index);
  if (warning != context.rate_warnings.end()) view.warning = warning->second;
  view.report = report_view(context, index);
  view.removable = context.shown.groups.size() > 1;
  if (view.removable) view.remove = "Remove this group";
  for (int month = 0; month < context.shown.months; ++month) {
    view.plan_by_month.push_back(group.sends_per_month.in_month(month));
  }
  return view;
}

void add_team(const InputsContext& context, SectionView& team) {
  for (std::size_t index = 0; index < context.shown.groups.size(); ++index) {
    team.groups.push_back(group_view(context, index));
  }
  if (context.shown.groups.size() < limits::kMaxGroups) team.add_group = "Add a group";
}

// The Costs section: the price of the plan in use (the others are set in
// the plan comparison) and the currency label.
void add_costs(const InputsContext& context, SectionView& costs) {
  costs.fields.push_back(price_field(context, context.shown.plan));
  for (const FieldInfo& info : link_fields()) {
    FieldView field = field_view(context, info, std::string(info.key));
    field.placeholder = "e.g. USD";
    costs.fields.push_back(std::move(field));
  }
}

bool worth_opening(const SectionView& section) {
  return std::any_of(section.fields.begin(), section.fields.end(),
                     [](const FieldView& field) { return field.given || !field.error.empty(); });
}

}  // namespace

FieldView price_field(const InputsContext& context, Plan plan) {
  static const FieldInfo& prices = *find_field("seat_prices", false);
  const PlanInfo& info = plan_info(plan);
  FieldView field = field_view(context, prices, "seat_prices." + std::string(info.name));
  field.label = std::string(prices.label) + " (" + std::string(info.display_name) + ")";
  field.placeholder = "no price";
  return field;
}

std::vector<SectionView> sections_of(const InputsContext& context) {
  const DefaultHints hints = default_hints(context.shown, context.today);
  std::vector<SectionView> sections;
  for (const SectionLayout& layout : kSections) {
    SectionView section{std::string(layout.title), layout.folded, {}, {}, ""};
    for (const FieldInfo& info : scenario_fields()) {
      const bool input = !info.in_group && info.kind != FieldKind::kGroups &&
                         info.kind != FieldKind::kPrices && info.key != "compare";
      if (input && info.section == layout.title) {
        section.fields.push_back(top_field(context, info, hints));
      }
    }
    if (layout.title == "Team") add_team(context, section);
    if (layout.title == "Costs") add_costs(context, section);
    if (section.folded && worth_opening(section)) section.folded = false;
    sections.push_back(std::move(section));
  }
  return sections;
}

}  // namespace inmail::detail
