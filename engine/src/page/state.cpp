// The page model's update function: an edit turns one PageState into the
// next. Every rule of editing lives here once: what picking a plan does to
// the pooling and the allotment, how a sending plan month is dragged, how a
// goal row is adopted, what clearing the example leaves.
#include <algorithm>

#include "inmail/explain.h"
#include "inmail/link.h"
#include "inmail/page_model.h"
#include "inmail/projection.h"
#include "inmail/scenario_reader.h"
#include "inmail/schema.h"
#include "json/json_writer.h"
#include "page/field_path.h"
#include "page/inputs.h"
#include "page/typed_text.h"

namespace inmail {
namespace {

using detail::FieldPath;
using Json = JsonValue;

constexpr std::string_view kPolicy = "policy";
constexpr std::string_view kPlan = "plan";
constexpr std::string_view kPooled = "pooled";
constexpr std::string_view kAllotment = "allotment";
constexpr std::string_view kBalanceCap = "balance_cap";
constexpr std::string_view kGroups = "groups";
constexpr std::string_view kSeatPrices = "seat_prices";
constexpr std::string_view kSends = "sends_per_month";
constexpr std::string_view kSeats = "seats";
constexpr std::string_view kResponseRate = "response_rate";

// The worked example of a first visit: a recruiter with one Recruiter Lite
// seat and the question they bring (is 30 a month enough for 40 InMails?),
// with seat prices, so that every part of the page has something to show.
Json example_scenario() {
  return Json::object(
      {{"policy", "current"},
       {"plan", "recruiter_lite"},
       {"sends_per_month", 40},
       {"response_rate", 25},
       {"seat_prices", Json::object({{"recruiter_lite", 170}, {"recruiter", 825}})}});
}
constexpr std::string_view kExampleCurrency = "USD";

void set_or_erase(Json& object, std::string_view key, std::optional<Json> value) {
  if (value) {
    object[key] = std::move(*value);
  } else {
    object.erase(key);
  }
}

bool uses_shorthand(const Json& scenario) { return !scenario.contains(kGroups); }

// The single group of the shorthand keys moved into a `groups` list, so that
// a name or another group can be added.
void list_groups(Json& scenario) {
  if (!uses_shorthand(scenario)) {
    if (!scenario.find(kGroups)->is_array()) scenario[kGroups] = Json::array();
    return;
  }
  Json group = Json::object();
  for (const FieldInfo& field : scenario_fields()) {
    if (!is_shorthand_key(field)) continue;
    if (const Json* value = scenario.find(field.key)) group[field.key] = *value;
    scenario.erase(field.key);
  }
  scenario[kGroups] = Json::array({std::move(group)});
}

// Group `index` of a listed scenario, made an object if it was something
// else; nullptr past the end.
Json* listed_group(Json& scenario, std::size_t index) {
  Json::Array& groups = scenario[kGroups].items();
  if (index >= groups.size()) return nullptr;
  if (!groups[index].is_object()) groups[index] = Json::object();
  return &groups[index];
}

// Sets (or, with nullopt, removes) a key of group `index`, through the
// shorthand keys while the scenario uses them.
void set_group_key(Json& scenario, std::size_t index, std::string_view key,
                   std::optional<Json> value) {
  const FieldInfo* field = find_field(key, true);
  if (uses_shorthand(scenario) && index == 0 && field && is_shorthand_key(*field)) {
    return set_or_erase(scenario, key, std::move(value));
  }
  list_groups(scenario);
  if (Json* group = listed_group(scenario, index)) set_or_erase(*group, key, std::move(value));
}

// How many groups the page shows inputs for: the shorthand's one, or the
// list's.
std::size_t group_count(const Json& scenario) {
  if (uses_shorthand(scenario)) return 1;
  const Json* groups = scenario.find(kGroups);
  return groups->is_array() ? groups->size() : 0;
}

const Json* group_key(const Json& scenario, std::size_t index, std::string_view key) {
  if (uses_shorthand(scenario)) return index == 0 ? scenario.find(key) : nullptr;
  const Json* groups = scenario.find(kGroups);
  if (!groups->is_array() || index >= groups->size()) return nullptr;
  const Json& group = groups->items()[index];
  return group.is_object() ? group.find(key) : nullptr;
}

void set_price(Json& scenario, std::string_view plan, std::optional<Json> value) {
  Json prices = scenario.contains(kSeatPrices) && scenario.find(kSeatPrices)->is_object()
                    ? *scenario.find(kSeatPrices)
                    : Json::object();
  set_or_erase(prices, plan, std::move(value));
  set_or_erase(scenario, kSeatPrices, prices.size() > 0 ? std::optional(prices) : std::nullopt);
}

// Picking a plan never makes an error the person did not ask for: a plan
// that cannot pool drops a given `pooled: true`; Custom, which has no
// allotment of its own, keeps the one in use; leaving Custom for a plan
// with its own allotment drops Custom's.
void pick_plan(Json& scenario, const std::string& name, YearMonth today) {
  const Scenario before = read_object_leniently(scenario, today);
  const std::optional<Plan> plan = plan_from_name(name);
  scenario[kPlan] = name;
  if (!plan) return;
  if (*plan == Plan::kCustom && !scenario.contains(kAllotment)) {
    scenario[kAllotment] = before.allotment;
  }
  if (before.plan == Plan::kCustom && plan_allotment(*plan, before.policy)) {
    scenario.erase(kAllotment);
  }
  const Json* pooled = scenario.find(kPooled);
  if (pooled && *pooled == Json(true) && !plan_info(*plan).pools) scenario.erase(kPooled);
}

// The value a field's text stands for, by the field's kind.
detail::TypedValue typed_value(const FieldInfo* field, std::string_view text) {
  return detail::read_typed(field ? field->kind : FieldKind::kText, text);
}

void set_top_key(Json& scenario, const std::string& key, const std::string& text, YearMonth today) {
  if (key == kPlan) return pick_plan(scenario, text, today);
  if (key == kPooled) {
    const detail::TypedValue value = detail::read_typed(FieldKind::kBoolean, text);
    return set_or_erase(scenario, key, value.value);
  }
  const FieldInfo* field = find_field(key, false);
  if (!field) field = find_field(key, true);  // a shorthand key
  set_or_erase(scenario, key, typed_value(field, text).value);
}

void set_report_count(PageState& state, const FieldPath& path, std::string text) {
  ReportCounts& counts = state.report[path.group];
  if (path.key == "sent") {
    counts.sent = std::move(text);
  } else if (path.key == "accepted") {
    counts.accepted = std::move(text);
  } else if (path.key == "declined") {
    counts.declined = std::move(text);
  }
}

// Whether a path names an input of the page: a page sends edits of its
// inputs only, so anything else (a key no field has) changes nothing.
bool is_input(const FieldPath& path) {
  switch (path.kind) {
    case FieldPath::Kind::kTop:
      return is_top_level_key(path.key);
    case FieldPath::Kind::kGroup:
      return find_field(path.key, true) != nullptr;
    case FieldPath::Kind::kPrice:
      return plan_from_name(path.key).has_value();
    case FieldPath::Kind::kReport:
      return path.key == "sent" || path.key == "accepted" || path.key == "declined";
    case FieldPath::Kind::kCurrency:
      break;
  }
  return true;
}

void apply_set(PageState& state, Edit edit, YearMonth today) {
  const std::optional<FieldPath> path = detail::parse_field_path(edit.field);
  if (!path || !is_input(*path)) return;
  const bool of_a_group =
      path->kind == FieldPath::Kind::kGroup || path->kind == FieldPath::Kind::kReport;
  if (of_a_group && path->group >= group_count(state.scenario)) return;
  // What a person types is text: anything that is not UTF-8 reads as U+FFFD.
  if (!is_utf8(edit.text)) edit.text = utf8_repaired(edit.text);
  Json& scenario = state.scenario;
  switch (path->kind) {
    case FieldPath::Kind::kCurrency:
      state.currency = edit.text;
      return;
    case FieldPath::Kind::kReport:
      return set_report_count(state, *path, edit.text);
    case FieldPath::Kind::kPrice:
      set_price(scenario, path->key, detail::read_typed(FieldKind::kHundredths, edit.text).value);
      break;
    case FieldPath::Kind::kGroup:
      if (path->entry) return;
      set_group_key(scenario, path->group, path->key,
                    typed_value(find_field(path->key, true), edit.text).value);
      break;
    case FieldPath::Kind::kTop:
      if (path->entry) return;
      set_top_key(scenario, path->key, edit.text, today);
      break;
  }
  detail::remember_typed(state, edit.field, edit.text);
}

// The groups' inputs change places: their texts come from their values again.
void forget_group_texts(PageState& state) {
  for (auto entry = state.typed.begin(); entry != state.typed.end();) {
    entry = entry->first.rfind("groups[", 0) == 0 ? state.typed.erase(entry) : std::next(entry);
  }
}

void add_group(PageState& state) {
  list_groups(state.scenario);
  Json::Array& groups = state.scenario[kGroups].items();
  if (groups.size() < limits::kMaxGroups) groups.push_back(Json::object());
}

void remove_group(PageState& state, std::size_t index) {
  const Json* listed = state.scenario.find(kGroups);
  if (!listed || !listed->is_array() || listed->size() <= 1 || index >= listed->size()) return;
  Json::Array& groups = state.scenario[kGroups].items();
  groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(index));
  std::map<std::size_t, ReportCounts> report;
  for (auto& [group, counts] : state.report) {
    if (group != index) report[group > index ? group - 1 : group] = std::move(counts);
  }
  state.report = std::move(report);
  forget_group_texts(state);
}

// "From your InMail report": the counts as typed become the group's rate.
void use_report(PageState& state, std::size_t index) {
  const auto found = state.report.find(index);
  if (found == state.report.end()) return;
  const std::optional<ReportRate> rate = detail::report_rate(found->second);
  if (!rate || !rate->response_bp) return;
  const Json value = detail::hundredths_json(*rate->response_bp);
  set_group_key(state.scenario, index, kResponseRate, value);
  state.typed.erase(detail::group_path(index, kResponseRate));
}

// A goal row's plan, seats and sends become the scenario's, as the row
// computed them: on another plan its own allotment and cap, the pooling
// only where that plan pools.
void adopt_goal(PageState& state, const std::string& plan_name, YearMonth today) {
  const ParseResult parsed = parse_scenario_object(state.scenario, today);
  const std::optional<Plan> plan = plan_from_name(plan_name);
  if (!parsed.ok() || !parsed.scenario->goal_responses || !plan) return;
  const Goal goal = goal_for(*parsed.scenario);
  const auto row = std::find_if(goal.rows.begin(), goal.rows.end(),
                                [&](const GoalRow& candidate) { return candidate.plan == *plan; });
  if (row == goal.rows.end() || !row->seats) return;
  Json& scenario = state.scenario;
  if (*plan != parsed.scenario->plan) {
    scenario[kPlan] = plan_name;
    scenario.erase(kAllotment);
    scenario.erase(kBalanceCap);
    if (!plan_info(*plan).pools) scenario.erase(kPooled);
  }
  set_group_key(scenario, 0, kSeats, Json(*row->seats));
  set_group_key(scenario, 0, kSends, Json(*row->sends_per_seat));
  forget_group_texts(state);
}

// One month of a group's sending plan, as a bar dragged on a chart: only
// that month changes. A number becomes a plan of every month projected;
// months at its end that repeat the one before are left out (the last
// entry repeats anyway), so that the link stays short.
void set_plan_month(PageState& state, const Edit& edit, YearMonth today) {
  const std::optional<FieldPath> path = detail::parse_field_path(edit.field);
  const bool is_plan =
      path && path->key == kSends &&
      (path->kind == FieldPath::Kind::kGroup || path->kind == FieldPath::Kind::kTop);
  if (!is_plan || edit.month < 0 || edit.month >= limits::kMaxMonths) return;
  const std::size_t group = path->kind == FieldPath::Kind::kGroup ? path->group : 0;
  const Json* current = group_key(state.scenario, group, kSends);
  Json plan =
      current && current->is_array() ? *current : Json::array({current ? *current : Json(0)});
  if (plan.size() == 0) plan.push_back(0);
  Json::Array& months = plan.items();
  const auto projected =
      static_cast<std::size_t>(read_object_leniently(state.scenario, today).months);
  const std::size_t wanted = std::max(projected, static_cast<std::size_t>(edit.month) + 1);
  while (months.size() < wanted) months.push_back(months.back());
  months[static_cast<std::size_t>(edit.month)] = edit.value;
  while (months.size() > 1 && months.back() == months[months.size() - 2]) months.pop_back();
  set_group_key(state.scenario, group, kSends, std::move(plan));
  state.typed.erase(detail::group_path(group, kSends));
}

void drop(PageState& state, const std::string& field) {
  auto& unknown = state.unknown_link_keys;
  const auto link_key = std::find_if(unknown.begin(), unknown.end(),
                                     [&](const auto& key) { return key.first == field; });
  if (link_key != unknown.end()) {
    unknown.erase(link_key);
    return;
  }
  const std::optional<FieldPath> path = detail::parse_field_path(field);
  if (!path || path->entry) return;
  if (path->kind == FieldPath::Kind::kTop) state.scenario.erase(path->key);
  if (path->kind == FieldPath::Kind::kPrice) set_price(state.scenario, path->key, std::nullopt);
  if (path->kind == FieldPath::Kind::kGroup) {
    set_group_key(state.scenario, path->group, path->key, std::nullopt);
  }
  state.typed.erase(field);
}

PageState empty_state() {
  PageState state;
  state.scenario = Json::object({{std::string(kPolicy), "current"}});
  return state;
}

void remember_if_good(PageState& state, YearMonth today) {
  if (parse_scenario_object(state.scenario, today).ok()) state.last_good = state.scenario;
}

}  // namespace

PageState open_page(std::string_view query, YearMonth today) {
  const LinkContents link = decode_link(query);
  PageState state;
  if (!link.has_keys && link.errors.empty()) {
    state.scenario = example_scenario();
    state.currency = kExampleCurrency;
    state.example = true;
  } else {
    state.scenario = *parse_json(link.scenario_json, limits::kMaxJsonDepth + 1).value;
    state.currency = link.currency;
    state.unknown_link_keys = link.unknown_keys;
    state.link_errors = link.errors;
  }
  remember_if_good(state, today);
  return state;
}

PageState update(PageState state, const Edit& edit, YearMonth today) {
  using Kind = Edit::Kind;
  if (edit.kind == Kind::kClearExample) return empty_state();
  switch (edit.kind) {
    case Kind::kSet:
      apply_set(state, edit, today);
      break;
    case Kind::kAddGroup:
      add_group(state);
      break;
    case Kind::kRemoveGroup:
      remove_group(state, edit.group);
      break;
    case Kind::kUseReport:
      use_report(state, edit.group);
      break;
    case Kind::kAdoptGoal:
      adopt_goal(state, edit.text, today);
      break;
    case Kind::kDrop:
      drop(state, edit.field);
      break;
    case Kind::kSetMonth:
      set_plan_month(state, edit, today);
      break;
    case Kind::kClearExample:
      break;
  }
  // The link is written anew from the scenario: the old link's problems go.
  state.link_errors.clear();
  state.example = false;
  remember_if_good(state, today);
  return state;
}

}  // namespace inmail
