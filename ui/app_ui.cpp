#include "app_ui.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cfloat>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "chart.h"
#include "columns.h"
#include "format.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "inmail/explain.h"
#include "inmail/plans.h"
#include "inmail/report.h"
#include "inmail/schema.h"
#include "month_sort.h"
#include "recompute.h"

namespace inmail_ui {
namespace {

const ImVec4 kErrorColor(1.0f, 0.45f, 0.4f, 1.0f);
const ImVec4 kWarningColor(1.0f, 0.75f, 0.3f, 1.0f);
constexpr ImU32 kInUseRowColor = IM_COL32(90, 160, 255, 50);
constexpr ImU32 kCheapestRowColor = IM_COL32(90, 210, 120, 50);

// Sizes in multiples of the font size, which follows devicePixelRatio.
constexpr float kInputPanelEms = 30.0f;
constexpr float kInputWidthEms = 14.0f;
constexpr float kModeWidthEms = 5.5f;
constexpr float kTooltipWidthEms = 28.0f;
constexpr float kChoiceListEms = 28.0f;
constexpr float kValueWidthEms = 12.0f;
constexpr float kMinChartEms = 12.0f;
constexpr float kChartShareOfHeight = 0.45f;

float ems(float count) { return ImGui::GetFontSize() * count; }

std::string text(std::string_view view) { return std::string(view); }

void right_aligned(const std::string& line) {
  const float width = ImGui::CalcTextSize(line.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - width);
  ImGui::TextUnformatted(line.c_str());
}

void colored_text(const ImVec4& color, std::string_view line) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextWrapped("%.*s", static_cast<int>(line.size()), line.data());
  ImGui::PopStyleColor();
}

void error_text(std::string_view line) { colored_text(kErrorColor, line); }

void note_text(std::string_view line) {
  colored_text(ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), line);
}

// A wrapped tooltip for the last item.
void tooltip_on_hover(std::string_view line) {
  if (line.empty() || !ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ems(kTooltipWidthEms));
  ImGui::TextUnformatted(line.data(), line.data() + line.size());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// The engine's description of a scenario key: label, hint, limits. It is a
// search, so callers with a constant key do it once, into a static reference
// (the schema is built once and kept for the whole program), not every frame.
const inmail::FieldInfo& field_info(std::string_view key, bool in_group = false) {
  static const inmail::FieldInfo kUnknown{};
  const inmail::FieldInfo* info = inmail::find_field(key, in_group);
  return info ? *info : kUnknown;
}

// Remembers where the last widget is, for the browser tests to drag or click.
void remember_rect(AppState& state, const std::string& name) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  state.widget_rects[name] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y};
}

// ---------------------------------------------------------------- tool bar

void draw_tool_bar(AppState& state, FrameOutcome& outcome) {
  ImGui::TextUnformatted("InMail credit calculator");
  ImGui::SameLine();
  ImGui::BeginDisabled(!figures_are_current(state));
  if (ImGui::Button("Copy CSV")) {
    outcome.copy_text = inmail::result_to_csv(state.result, state.inputs.currency);
    state.status = "The month table is on the clipboard as CSV.";
  }
  remember_rect(state, "copy_csv");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Copy link")) {
    outcome.copy_link = true;
    state.status = "A link to this scenario on the JS page is on the clipboard.";
  }
  remember_rect(state, "copy_link");
  ImGui::SameLine();
  if (ImGui::Button("Open the JS page")) outcome.open_js_page = true;
  remember_rect(state, "open_js_page");
  ImGui::SameLine();
  ImGui::TextDisabled(
      "%s", state.status.empty() ? "Ctrl+click a slider to type a value." : state.status.c_str());
}

// ---------------------------------------------------------------- inputs

// The engine's messages about the input `field`, right below where it is drawn.
void field_messages(const AppState& state, const std::string& field) {
  const std::string message = state.errors.message_for(field);
  if (!message.empty()) error_text(message);
}

// Called after each input's widget: its rectangle, then its messages.
void finish_input(AppState& state, const std::string& field) {
  remember_rect(state, field);
  field_messages(state, field);
}

// Ranges (the schema's) guide dragging only: Ctrl+click typing may go
// outside them, and the engine then reports the value next to the field.
bool slider_int64(const inmail::FieldInfo& info, std::int64_t& value,
                  ImGuiSliderFlags flags = ImGuiSliderFlags_None) {
  const bool changed = ImGui::SliderScalar(text(info.label).c_str(), ImGuiDataType_S64, &value,
                                           &info.min, &info.max, nullptr, flags);
  tooltip_on_hover(info.hint);
  return changed;
}

bool drag_int64(const char* label, std::int64_t& value, const inmail::FieldInfo& info) {
  return ImGui::DragScalar(label, ImGuiDataType_S64, &value, 1.0f, &info.min, &info.max);
}

// A key whose default follows the policy, the plan or the month: its label on
// a line of its own, then a picker of "Default" (mode 0) or the user's own
// value, and next to it the engine's hint or the value. Returns true when the
// user picked another mode.
bool mode_picker(AppState& state, const inmail::FieldInfo& info, int& mode,
                 std::initializer_list<const char*> modes) {
  ImGui::TextUnformatted(text(info.label).c_str());
  tooltip_on_hover(info.hint);
  ImGui::SetNextItemWidth(ems(kModeWidthEms));
  const std::string id = "##mode_" + text(info.key);
  const bool picked =
      ImGui::Combo(id.c_str(), &mode, modes.begin(), static_cast<int>(modes.size()));
  remember_rect(state, text(info.key) + ".mode");
  ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
  return picked;
}

// Next to a mode picker: the engine's words for the default in force...
void default_hint(const std::string& hint) {
  ImGui::AlignTextToFramePadding();
  note_text(hint);
}

// ... or the width left for the user's own value.
void value_width() {
  ImGui::SetNextItemWidth(ems(kInputWidthEms - kModeWidthEms) -
                          ImGui::GetStyle().ItemInnerSpacing.x);
}

void problem_list(const std::vector<inmail::FieldError>& problems) {
  if (problems.empty()) return;
  error_text("Problems with the scenario:");
  for (const inmail::FieldError& problem : problems) {
    ImGui::Bullet();
    error_text(problem.field.empty() ? problem.message : problem.field + ": " + problem.message);
  }
  ImGui::Separator();
}

bool policy_picker(AppState& state) {
  ScenarioInputs& inputs = state.inputs;
  static const inmail::FieldInfo& info = field_info("policy");
  bool changed = false;
  const std::string shown(inmail::policy_info(inputs.policy).display_name);
  // Wide enough for each policy's source under its name.
  ImGui::SetNextWindowSizeConstraints(ImVec2(ems(kChoiceListEms), 0.0f), ImVec2(FLT_MAX, FLT_MAX));
  if (ImGui::BeginCombo(text(info.label).c_str(), shown.c_str())) {
    for (const inmail::PolicyInfo& policy : inmail::all_policies()) {
      if (ImGui::Selectable(text(policy.display_name).c_str(), policy.policy == inputs.policy)) {
        inputs.policy = policy.policy;
        changed = true;
      }
      ImGui::Indent();
      note_text(policy.source);
      ImGui::Unindent();
    }
    ImGui::EndCombo();
  }
  tooltip_on_hover(info.hint);
  finish_input(state, "policy");
  note_text(inmail::policy_info(inputs.policy).source);
  return changed;
}

bool plan_picker(AppState& state) {
  ScenarioInputs& inputs = state.inputs;
  static const inmail::FieldInfo& info = field_info("plan");
  bool changed = false;
  const std::string shown(inmail::plan_info(inputs.plan).display_name);
  if (ImGui::BeginCombo(text(info.label).c_str(), shown.c_str())) {
    for (const inmail::PlanInfo& plan : inmail::all_plans()) {
      ImGui::BeginDisabled(!inmail::policy_offers(inputs.policy, plan.plan));
      if (ImGui::Selectable(text(plan.display_name).c_str(), plan.plan == inputs.plan)) {
        select_plan(inputs, plan.plan, state.resolved.allotment);
        changed = true;
      }
      ImGui::EndDisabled();
      tooltip_on_hover(plan.source);
    }
    ImGui::EndCombo();
  }
  tooltip_on_hover(info.hint);
  finish_input(state, "plan");
  note_text(inmail::plan_info(inputs.plan).source);
  return changed;
}

bool allotment_input(AppState& state) {
  static const inmail::FieldInfo& info = field_info("allotment");
  std::optional<std::int64_t>& allotment = state.inputs.allotment;
  int mode = allotment ? 1 : 0;
  bool changed = mode_picker(state, info, mode, {"Default", "Number"});
  if (changed && mode == 0) allotment.reset();
  if (changed && mode == 1) allotment = state.resolved.allotment;
  if (!allotment) default_hint(state.hints.allotment);
  if (allotment) {
    value_width();
    changed |= drag_int64("##allotment", *allotment, info);
  }
  finish_input(state, "allotment");
  return changed;
}

bool pooled_input(AppState& state) {
  std::optional<bool>& pooled = state.inputs.pooled;
  int mode = !pooled ? 0 : (*pooled ? 1 : 2);
  static const inmail::FieldInfo& info = field_info("pooled");
  const bool changed = mode_picker(state, info, mode, {"Default", "Yes", "No"});
  if (changed && mode == 0) pooled.reset();
  if (changed && mode > 0) pooled = mode == 1;
  if (!pooled) default_hint(state.hints.pooled);
  if (pooled) ImGui::NewLine();
  finish_input(state, "pooled");
  return changed;
}

bool plan_inputs(AppState& state) {
  bool changed = policy_picker(state);
  changed |= plan_picker(state);
  changed |= allotment_input(state);
  changed |= pooled_input(state);
  static const inmail::FieldInfo& bonus = field_info("launch_bonus");
  changed |= ImGui::Checkbox(text(bonus.label).c_str(), &state.inputs.launch_bonus);
  tooltip_on_hover(bonus.hint);
  finish_input(state, "launch_bonus");
  return changed;
}

// LinkedIn Recruiter's 13 % rule, at the group it flags (figures on screen only).
void group_rate_warning(const AppState& state, std::size_t index) {
  if (!figures_are_current(state)) return;
  for (const inmail::RateWarning& warning : state.rate_warnings) {
    if (warning.group != index) continue;
    colored_text(kWarningColor, warning.text);
    tooltip_on_hover(inmail::rate_rule_explanation().source);
  }
}

// One count of the InMail report, with the engine's problems with it.
struct ReportCount {
  const char* label;
  std::string_view field;  // as the engine names it in its errors
  std::int64_t ReportCounts::*count;
};

constexpr std::array<ReportCount, 3> kReportCounts = {{
    {"Sent", "sent", &ReportCounts::sent},
    {"Accepted", "accepted", &ReportCounts::accepted},
    {"Declined", "declined", &ReportCounts::declined},
}};

// "From your InMail report": the counts LinkedIn's report shows, turned
// into the group's response rate by the engine.
bool report_helper(AppState& state, std::size_t index, const std::string& field) {
  const inmail::Explanation& about = inmail::report_helper_explanation();
  const bool open = ImGui::TreeNode(text(about.title).c_str());
  remember_rect(state, field + "report");
  if (!open) return false;
  GroupInputs& group = state.inputs.groups[index];
  ReportCounts& counts = group.report;
  const inmail::ReportRate rate =
      inmail::response_rate_from_report(counts.sent, counts.accepted, counts.declined);
  const bool typed = counts.sent != 0 || counts.accepted != 0 || counts.declined != 0;
  for (const ReportCount& count : kReportCounts) {
    ImGui::InputScalar(count.label, ImGuiDataType_S64, &(counts.*count.count));
    remember_rect(state, field + "report." + text(count.field));
    for (const inmail::FieldError& problem : rate.errors) {
      if (typed && problem.field == count.field) error_text(problem.message);
    }
  }
  bool changed = false;
  if (rate.response_bp) {
    const std::string use = "Use " + format_bp_percent(*rate.response_bp) + " as the rate###use";
    changed = ImGui::Button(use.c_str()) && use_report_rate(group);
    remember_rect(state, field + "report.use");
  }
  note_text(about.text);
  note_text(about.source);
  ImGui::TreePop();
  return changed;
}

bool group_inputs(AppState& state, std::size_t index) {
  GroupInputs& group = state.inputs.groups[index];
  const std::string field = "groups[" + std::to_string(index) + "].";
  static const inmail::FieldInfo& name = field_info("name", true);
  bool changed = ImGui::InputText(text(name.label).c_str(), &group.name);
  tooltip_on_hover(name.hint);
  finish_input(state, field + "name");
  static const inmail::FieldInfo& seats = field_info("seats", true);
  changed |= slider_int64(seats, group.seats, ImGuiSliderFlags_Logarithmic);
  finish_input(state, field + "seats");
  static const inmail::FieldInfo& sends = field_info("sends_per_month", true);
  changed |= slider_int64(sends, group.sends_per_month, ImGuiSliderFlags_Logarithmic);
  finish_input(state, field + "sends_per_month");
  // The schema gives the rate in hundredths of a percent.
  static const inmail::FieldInfo& rate = field_info("response_rate", true);
  const double min_rate = static_cast<double>(rate.min) / 100.0;
  const double max_rate = static_cast<double>(rate.max) / 100.0;
  changed |= ImGui::SliderScalar(text(rate.label).c_str(), ImGuiDataType_Double,
                                 &group.response_rate, &min_rate, &max_rate, "%.2f");
  tooltip_on_hover(rate.hint);
  finish_input(state, field + "response_rate");
  static const inmail::FieldInfo& days = field_info("response_days", true);
  changed |= slider_int64(days, group.response_days);
  finish_input(state, field + "response_days");
  group_rate_warning(state, index);
  changed |= report_helper(state, index, field);
  return changed;
}

bool groups_editor(AppState& state) {
  std::vector<GroupInputs>& groups = state.inputs.groups;
  static const inmail::FieldInfo& info = field_info("groups");
  bool changed = false;
  std::size_t removed = groups.size();
  for (std::size_t index = 0; index < groups.size(); ++index) {
    ImGui::PushID(static_cast<int>(index));
    changed |= group_inputs(state, index);
    if (groups.size() > 1 && ImGui::SmallButton("Remove this group")) removed = index;
    ImGui::PopID();
    ImGui::Separator();
  }
  if (removed < groups.size()) {
    groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(removed));
    changed = true;
  }
  ImGui::BeginDisabled(static_cast<std::int64_t>(groups.size()) >= info.max);
  if (ImGui::Button("Add a group")) {
    add_group(state.inputs);
    changed = true;
  }
  ImGui::EndDisabled();
  tooltip_on_hover(info.hint);
  finish_input(state, "groups");
  return changed;
}

bool start_input(AppState& state) {
  std::optional<std::string>& start = state.inputs.start;
  int mode = start ? 1 : 0;
  static const inmail::FieldInfo& info = field_info("start");
  bool changed = mode_picker(state, info, mode, {"Default", "Month"});
  if (changed && mode == 0) start.reset();
  if (changed && mode == 1) start = inmail::format_year_month(state.resolved.start);
  if (!start) default_hint(state.hints.start);
  if (start) {
    value_width();
    changed |= ImGui::InputText("##start", &*start, ImGuiInputTextFlags_CharsNoBlank);
  }
  finish_input(state, "start");
  return changed;
}

bool calendar_inputs(AppState& state) {
  bool changed = start_input(state);
  static const inmail::FieldInfo& months = field_info("months");
  changed |= slider_int64(months, state.inputs.months);
  finish_input(state, "months");
  static const inmail::FieldInfo& refresh_day = field_info("refresh_day");
  changed |= slider_int64(refresh_day, state.inputs.refresh_day);
  finish_input(state, "refresh_day");
  return changed;
}

// A credit life or cap: the default, a number (starting from the value in
// force, else the largest, which changes nothing), or "none".
bool limit_input(AppState& state, std::string_view key, std::optional<inmail::Limit>& given,
                 const inmail::Limit& in_use, const std::string& hint) {
  const inmail::FieldInfo& info = field_info(key);
  int mode = !given ? 0 : (*given ? 1 : 2);
  bool changed = mode_picker(state, info, mode, {"Default", "Number", "None"});
  if (changed && mode == 0) given.reset();
  if (changed && mode == 1) given.emplace(in_use.value_or(info.max));
  if (changed && mode == 2) given.emplace();
  if (!given) {
    default_hint(hint);
  } else if (*given) {
    value_width();
    changed |= drag_int64(("##" + text(key)).c_str(), **given, info);
  } else {
    ImGui::NewLine();  // "None" says it all
  }
  finish_input(state, text(key));
  return changed;
}

bool balance_inputs(AppState& state) {
  ScenarioInputs& inputs = state.inputs;
  static const inmail::FieldInfo& opening = field_info("opening_balance");
  bool changed = drag_int64(text(opening.label).c_str(), inputs.opening_balance, opening);
  tooltip_on_hover(opening.hint);
  finish_input(state, "opening_balance");
  changed |= limit_input(state, "expiry_days", inputs.expiry_days, state.resolved.expiry_days,
                         state.hints.expiry_days);
  changed |= limit_input(state, "balance_cap", inputs.balance_cap, state.resolved.balance_cap,
                         state.hints.balance_cap);
  return changed;
}

// A seat price or none: a checkbox and the amount, sharing one input's width.
bool price_input(AppState& state, const std::string& name, std::optional<double>& price,
                 float width) {
  static const inmail::FieldInfo& info = field_info("seat_prices");
  bool priced = price.has_value();
  bool changed = ImGui::Checkbox(("##priced_" + name).c_str(), &priced);
  if (changed) price = priced ? std::optional(static_cast<double>(info.min) / 100.0) : std::nullopt;
  const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
  ImGui::SameLine(0.0f, gap);
  ImGui::SetNextItemWidth(width - ImGui::GetFrameHeight() - gap);
  ImGui::BeginDisabled(!price);
  double amount = price.value_or(static_cast<double>(info.min) / 100.0);
  if (ImGui::InputDouble(("##price_" + name).c_str(), &amount, 0.0, 0.0, "%.2f") && price) {
    price = amount;
    changed = true;
  }
  ImGui::EndDisabled();
  tooltip_on_hover(info.hint);
  remember_rect(state, name);
  return changed;
}

bool cost_inputs(AppState& state) {
  ScenarioInputs& inputs = state.inputs;
  static const inmail::FieldInfo& prices = field_info("seat_prices");
  const std::string label =
      text(prices.label) + " (" + text(inmail::plan_info(inputs.plan).display_name) + ")";
  std::optional<double>& price = inputs.seat_prices[static_cast<std::size_t>(inputs.plan)];
  const std::string field = price_field(inputs.plan);
  // price_input() remembers the input's rectangle; the label after it must not replace it.
  bool changed = price_input(state, field, price, ems(kInputWidthEms));
  ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::TextUnformatted(label.c_str());
  field_messages(state, field);
  const inmail::FieldInfo& currency = inmail::link_fields().front();
  changed |= ImGui::InputText(text(currency.label).c_str(), &inputs.currency);
  tooltip_on_hover(currency.hint);
  finish_input(state, text(currency.key));
  return changed;
}

bool monte_carlo_inputs(AppState& state) {
  ScenarioInputs& inputs = state.inputs;
  static const inmail::FieldInfo& trials = field_info("trials");
  bool changed = slider_int64(trials, inputs.trials, ImGuiSliderFlags_Logarithmic);
  finish_input(state, "trials");
  static const inmail::FieldInfo& seed = field_info("seed");
  changed |= ImGui::InputScalar(text(seed.label).c_str(), ImGuiDataType_U64, &inputs.seed);
  tooltip_on_hover(seed.hint);
  finish_input(state, "seed");
  return changed;
}

// A collapsing header named as the schema names the section of `key`.
bool section_of(std::string_view key) {
  return ImGui::CollapsingHeader(text(field_info(key).section).c_str(),
                                 ImGuiTreeNodeFlags_DefaultOpen);
}

// Returns true when an input changed this frame.
bool draw_inputs(AppState& state) {
  problem_list(state.errors.unplaced(state.inputs.groups.size(), state.inputs.plan));
  ImGui::PushItemWidth(ems(kInputWidthEms));
  bool changed = false;
  if (section_of("policy")) changed |= plan_inputs(state);
  if (section_of("groups")) changed |= groups_editor(state);
  if (section_of("months")) changed |= calendar_inputs(state);
  if (section_of("opening_balance")) changed |= balance_inputs(state);
  if (section_of("seat_prices")) changed |= cost_inputs(state);
  if (section_of("trials")) changed |= monte_carlo_inputs(state);
  ImGui::PopItemWidth();
  return changed;
}

// ---------------------------------------------------------------- views

void label_cell(std::string_view label) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  ImGui::TableNextColumn();
}

// A solver's answer, or why the engine has none (its title, the text on hover).
void solver_cell(const std::optional<std::string>& answer,
                 const std::optional<inmail::Explanation>& note) {
  if (answer) {
    right_aligned(*answer);
  } else if (note) {
    ImGui::TextDisabled("%.*s", static_cast<int>(note->title.size()), note->title.data());
    tooltip_on_hover(note->text);
  }
}

// A table of labels and right-aligned values wide enough for any figure.
bool begin_label_value_table(const char* id) {
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable(id, 2, flags)) return false;
  ImGui::TableSetupColumn("label");
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, ems(kValueWidthEms));
  return true;
}

// The costs the summary and both comparison tables show, in that order.
struct CostFigure {
  std::string_view label;
  std::optional<std::int64_t> (*cents)(const inmail::Cost&);
};

constexpr std::array<CostFigure, 3> kCostFigures = {{
    {inmail::kFigureLabels.total_cost,
     [](const inmail::Cost& cost) -> std::optional<std::int64_t> { return cost.total_cents; }},
    {inmail::kFigureLabels.cost_per_sent,
     [](const inmail::Cost& cost) { return cost.per_sent_cents; }},
    {inmail::kFigureLabels.cost_per_response,
     [](const inmail::Cost& cost) { return cost.per_response_cents; }},
}};

void cost_summary(const AppState& state) {
  const std::optional<inmail::Cost>& cost = state.result.totals.cost;
  if (!cost) {
    static const inmail::FieldInfo& prices = field_info("seat_prices");
    note_text("No seat price for " + text(inmail::plan_info(state.scenario->plan).display_name) +
              ": set one under " + text(prices.section) +
              " to see what an InMail and a response cost.");
    return;
  }
  const std::string& currency = state.inputs.currency;
  if (!begin_label_value_table("costs")) return;
  for (const CostFigure& figure : kCostFigures) {
    label_cell(figure.label);
    right_aligned(format_money(figure.cents(*cost), currency));
  }
  ImGui::EndTable();
}

void rate_warnings_summary(const AppState& state) {
  if (state.rate_warnings.empty()) return;
  const inmail::Explanation& rule = inmail::rate_rule_explanation();
  ImGui::Separator();
  colored_text(kWarningColor, rule.title);
  for (const inmail::RateWarning& warning : state.rate_warnings) {
    colored_text(kWarningColor, warning.text);
  }
  note_text(rule.text);
  note_text("Source: " + text(rule.source));
  ImGui::Separator();
}

void figures_table(const AppState& state) {
  const inmail::Result& result = state.result;
  const inmail::FigureLabels& labels = inmail::kFigureLabels;
  if (!begin_label_value_table("figures")) return;
  for (const auto& column : inmail::total_columns()) {
    label_cell(column.label);
    right_aligned(format_count(result.totals.*column.figure));
  }
  if (!result.months.empty()) {
    label_cell(labels.closing_at_end);
    right_aligned(format_count(result.months.back().closing));
  }
  const inmail::Solvers& solvers = result.solvers;
  label_cell(labels.max_sustainable_sends);
  solver_cell(solvers.max_sustainable_sends
                  ? std::optional(format_count(*solvers.max_sustainable_sends))
                  : std::nullopt,
              inmail::max_sustainable_sends_note(*state.scenario, solvers));
  label_cell(labels.break_even_response_rate);
  solver_cell(solvers.break_even_response_bp
                  ? std::optional(format_bp_percent(*solvers.break_even_response_bp))
                  : std::nullopt,
              inmail::break_even_note(*state.scenario, solvers));
  ImGui::EndTable();
}

void monte_carlo_summary(const AppState& state) {
  if (state.monte_carlo.pending) {
    ImGui::TextDisabled("Monte Carlo runs once you let go of the inputs.");
    return;
  }
  if (!state.result.monte_carlo || state.result.monte_carlo->months.empty()) return;
  const inmail::MonteCarlo& monte_carlo = *state.result.monte_carlo;
  const inmail::MonteCarloMonth& last = monte_carlo.months.back();
  std::int64_t worst = 0;
  for (const inmail::MonteCarloMonth& month : monte_carlo.months) {
    worst = std::max(worst, month.trials_with_unsent);
  }
  ImGui::Text("Monte Carlo, %s trials, seed %llu:", format_count(monte_carlo.trials).c_str(),
              static_cast<unsigned long long>(monte_carlo.seed));
  // The engine's label, lower-cased to run on from the line above.
  std::string closing = text(inmail::kFigureLabels.closing_at_end);
  closing[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(closing[0])));
  ImGui::BulletText("%s: p10 %s, p50 %s, p90 %s", closing.c_str(),
                    format_count(last.closing_p10).c_str(), format_count(last.closing_p50).c_str(),
                    format_count(last.closing_p90).c_str());
  ImGui::BulletText("worst month: %s of %s trials ran short of credits",
                    format_count(worst).c_str(), format_count(monte_carlo.trials).c_str());
}

void draw_summary(const AppState& state) {
  cost_summary(state);
  rate_warnings_summary(state);
  figures_table(state);
  monte_carlo_summary(state);
}

void draw_month_table(const inmail::Result& result) {
  const auto& columns = inmail::month_columns();
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV;
  if (!ImGui::BeginTable("months", static_cast<int>(columns.size()) + 1, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(text(inmail::kFigureLabels.month).c_str(),
                          ImGuiTableColumnFlags_DefaultSort);
  for (const auto& column : columns) ImGui::TableSetupColumn(text(column.label).c_str());
  ImGui::TableHeadersRow();

  std::size_t sort_column = 0;
  bool ascending = true;
  if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount) {
    sort_column = static_cast<std::size_t>(specs->Specs[0].ColumnIndex);
    ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
  }
  const std::vector<std::size_t> rows = sorted_month_rows(result.months, sort_column, ascending);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const inmail::MonthFigures& month = result.months[rows[static_cast<std::size_t>(row)]];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(inmail::format_year_month(month.month).c_str());
      for (const auto& column : columns) {
        ImGui::TableNextColumn();
        right_aligned(format_count(month.*column.figure));
      }
    }
  }
  ImGui::EndTable();
}

// The columns both comparison tables share, after the row's name: these
// settings of the row (comparison_cells() draws them in this order), these
// totals of the engine, then kCostFigures.
constexpr std::array<std::string_view, 3> kComparedSettings = {"allotment", "pooled",
                                                               "balance_cap"};
constexpr std::array<std::string_view, 4> kComparedTotals = {"sent", "unsent", "refunded",
                                                             "expired"};
constexpr int kComparisonColumns =
    static_cast<int>(1 + kComparedSettings.size() + kComparedTotals.size() + kCostFigures.size());

const inmail::Column<inmail::Totals>& total_column(std::string_view key) {
  return column_by_key(inmail::total_columns(), key);
}

void comparison_columns() {
  for (std::string_view key : kComparedSettings) {
    ImGui::TableSetupColumn(text(field_info(key).label).c_str());
  }
  for (std::string_view key : kComparedTotals) {
    ImGui::TableSetupColumn(text(total_column(key).label).c_str());
  }
  for (const CostFigure& figure : kCostFigures) {
    ImGui::TableSetupColumn(text(figure.label).c_str());
  }
}

void comparison_cells(const inmail::ComparisonRow& row, const std::string& currency) {
  ImGui::TableNextColumn();
  right_aligned(format_count(row.allotment));
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(row.pooled ? "yes" : "no");
  ImGui::TableNextColumn();
  right_aligned(format_limit(row.balance_cap));
  const inmail::Totals& totals = row.totals;
  for (std::string_view key : kComparedTotals) {
    ImGui::TableNextColumn();
    right_aligned(format_count(totals.*total_column(key).figure));
  }
  for (const CostFigure& figure : kCostFigures) {
    ImGui::TableNextColumn();
    right_aligned(format_money(totals.cost ? figure.cents(*totals.cost) : std::nullopt, currency));
  }
}

// The first cell of a row: its name, marked (and tinted) when it is the
// scenario's own or the cheapest per response.
void row_name(std::string_view name, bool in_use, bool cheapest) {
  ImGui::TableNextRow();
  if (in_use || cheapest) {
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, in_use ? kInUseRowColor : kCheapestRowColor);
  }
  ImGui::TableNextColumn();
  std::string label(name);
  if (in_use) label += " (in use)";
  if (cheapest) label += " (" + text(inmail::kFigureLabels.cheapest_per_response) + ")";
  ImGui::TextUnformatted(label.c_str());
}

constexpr ImGuiTableFlags kComparisonFlags =
    ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
    ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX;

void draw_policy_comparison(AppState& state) {
  note_text(
      "The same team under each policy that offers this plan; what you left to the defaults "
      "follows each policy.");
  const inmail::Comparisons& rows = comparisons(state);
  if (!ImGui::BeginTable("policies", kComparisonColumns, kComparisonFlags)) return;
  static const inmail::FieldInfo& policy = field_info("policy");
  ImGui::TableSetupColumn(text(policy.label).c_str());
  comparison_columns();
  ImGui::TableHeadersRow();
  for (const inmail::ComparisonRow& row : rows.policies) {
    row_name(inmail::policy_info(row.policy).display_name, row.policy == state.scenario->policy,
             false);
    comparison_cells(row, state.inputs.currency);
  }
  ImGui::EndTable();
}

// Returns true when a seat price was edited.
bool draw_plan_comparison(AppState& state) {
  note_text(
      "The same team on every plan this policy offers, each with its own allotment and cap. "
      "Enter seat prices to compare costs.");
  const inmail::Comparisons& rows = comparisons(state);
  const std::optional<inmail::Plan> cheapest = inmail::cheapest_plan_per_response(rows);
  // One more column: the plan's seat price.
  if (!ImGui::BeginTable("plans", kComparisonColumns + 1, kComparisonFlags)) return false;
  static const inmail::FieldInfo& plan = field_info("plan");
  static const inmail::FieldInfo& prices = field_info("seat_prices");
  ImGui::TableSetupColumn(text(plan.label).c_str());
  comparison_columns();
  ImGui::TableSetupColumn(text(prices.label).c_str(), ImGuiTableColumnFlags_WidthFixed,
                          ems(kInputWidthEms / 2));
  ImGui::TableHeadersRow();
  bool changed = false;
  for (const inmail::ComparisonRow& row : rows.plans) {
    row_name(inmail::plan_info(row.plan).display_name, row.plan == state.scenario->plan,
             row.plan == cheapest);
    comparison_cells(row, state.inputs.currency);
    ImGui::TableNextColumn();
    const std::string field = price_field(row.plan);
    std::optional<double>& price = state.inputs.seat_prices[static_cast<std::size_t>(row.plan)];
    changed |= price_input(state, "plans." + field, price, ImGui::GetContentRegionAvail().x);
    field_messages(state, field);
  }
  ImGui::EndTable();
  return changed;
}

bool tab(AppState& state, const char* label, const char* name) {
  const bool open = ImGui::BeginTabItem(label);
  remember_rect(state, name);
  return open;
}

// Returns true when an input (a seat price in the plan comparison) changed.
bool draw_views(AppState& state) {
  if (!state.scenario) {
    ImGui::TextWrapped(
        "No figures: fix the problems marked on the left. The inputs show the default scenario; "
        "edit any of them to start from it.");
    return false;
  }
  const bool stale = views_are_stale(state);
  if (stale) {
    colored_text(kWarningColor, "The inputs have errors: showing the last valid scenario.");
  } else {
    ImGui::TextDisabled("Hover the chart for a month's figures.");
  }
  const float chart_height =
      std::max(ems(kMinChartEms), ImGui::GetContentRegionAvail().y * kChartShareOfHeight);
  draw_chart(state.result, chart_height, stale);

  bool changed = false;
  if (!ImGui::BeginTabBar("views")) return false;
  if (tab(state, "Summary", "tab_summary")) {
    draw_summary(state);
    ImGui::EndTabItem();
  }
  if (tab(state, "Months", "tab_months")) {
    draw_month_table(state.result);
    ImGui::EndTabItem();
  }
  if (tab(state, "Policies", "tab_policies")) {
    draw_policy_comparison(state);
    ImGui::EndTabItem();
  }
  if (tab(state, "Plans", "tab_plans")) {
    changed = draw_plan_comparison(state);
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
  return changed;
}

// ---------------------------------------------------------------- page

void apply_input_change(AppState& state, double now_ms, FrameOutcome& outcome) {
  const std::string previous_query = state.query;
  on_inputs_changed(state, now_ms);
  outcome.query_changed |= state.query != previous_query;
  outcome.edited_with_widget_held |= ImGui::IsAnyItemActive();
}

}  // namespace

FrameOutcome draw_app(AppState& state, double now_ms) {
  FrameOutcome outcome;
  state.widget_rects.clear();  // a removed group's inputs must not linger
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  // No background: the clear colour is the page's, which saves the GPU a
  // blended pass over the whole screen.
  const ImGuiWindowFlags page_flags =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
      ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground;
  ImGui::Begin("InMail credit calculator", nullptr, page_flags);
  draw_tool_bar(state, outcome);
  ImGui::Separator();

  ImGui::BeginChild("inputs", ImVec2(ems(kInputPanelEms), 0), true);
  const bool changed = draw_inputs(state);
  ImGui::EndChild();
  // Before the views are drawn, so that they show this frame's inputs.
  if (changed) apply_input_change(state, now_ms, outcome);

  ImGui::SameLine();
  ImGui::BeginChild("views");
  // A seat price edited in the plan comparison shows from the next frame.
  if (draw_views(state)) apply_input_change(state, now_ms, outcome);
  ImGui::EndChild();
  ImGui::End();
  return outcome;
}

}  // namespace inmail_ui
