#include "app_ui.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "chart.h"
#include "format.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "inmail/plans.h"
#include "inmail/report.h"
#include "month_columns.h"
#include "recompute.h"

namespace inmail_ui {
namespace {

namespace limits = inmail::limits;

const ImVec4 kErrorColor(1.0f, 0.45f, 0.4f, 1.0f);
const ImVec4 kWarningColor(1.0f, 0.75f, 0.3f, 1.0f);
constexpr ImU32 kCurrentRowColor = IM_COL32(90, 160, 255, 50);

// Sizes in multiples of the font size, which follows devicePixelRatio.
constexpr float kInputPanelEms = 30.0f;
constexpr float kInputWidthEms = 14.0f;
constexpr float kMinChartEms = 12.0f;
constexpr float kChartShareOfHeight = 0.45f;

float ems(float count) { return ImGui::GetFontSize() * count; }

void right_aligned(const std::string& text) {
  const float width = ImGui::CalcTextSize(text.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - width);
  ImGui::TextUnformatted(text.c_str());
}

void error_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, kErrorColor);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

// ---------------------------------------------------------------- inputs

// Remembers where the last widget is, for the browser tests to drag or click.
void remember_rect(AppState& state, const std::string& name) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  state.widget_rects[name] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y};
}

// Called after each input's widget: shows the engine's message about it right below.
void finish_input(AppState& state, const std::string& field) {
  remember_rect(state, field);
  const std::string message = state.errors.message_for(field);
  if (!message.empty()) error_text(message);
}

// Ranges guide dragging only: Ctrl+click typing may go outside them, and the
// engine then reports the value next to the field.
bool slider_int64(const char* label, std::int64_t& value, std::int64_t min, std::int64_t max,
                  ImGuiSliderFlags flags = ImGuiSliderFlags_None) {
  return ImGui::SliderScalar(label, ImGuiDataType_S64, &value, &min, &max, nullptr, flags);
}

bool drag_int64(const char* label, std::int64_t& value, float speed, std::int64_t min,
                std::int64_t max) {
  return ImGui::DragScalar(label, ImGuiDataType_S64, &value, speed, &min, &max);
}

void problem_list(const char* heading, const std::vector<inmail::FieldError>& problems) {
  if (problems.empty()) return;
  error_text(heading);
  for (const inmail::FieldError& problem : problems) {
    ImGui::Bullet();
    error_text(problem.field.empty() ? problem.message : problem.field + ": " + problem.message);
  }
  ImGui::Separator();
}

bool policy_picker(AppState& state) {
  inmail::Policy& policy = state.inputs.policy;
  bool changed = false;
  if (ImGui::RadioButton("2015", policy == inmail::Policy::k2015)) {
    policy = inmail::Policy::k2015;
    changed = true;
  }
  ImGui::SameLine();
  if (ImGui::RadioButton("legacy (before 2015)", policy == inmail::Policy::kLegacy)) {
    policy = inmail::Policy::kLegacy;
    changed = true;
  }
  ImGui::SameLine();
  ImGui::TextUnformatted("Policy");
  finish_input(state, "policy");
  return changed;
}

std::string plan_label(const inmail::PlanInfo& info) {
  return std::string(info.display_name) + (info.from_help_pages ? " (help pages)" : "");
}

bool plan_picker(AppState& state) {
  bool changed = false;
  if (ImGui::BeginCombo("Plan", plan_label(inmail::plan_info(state.inputs.plan)).c_str())) {
    for (const inmail::PlanInfo& info : inmail::all_plans()) {
      if (ImGui::Selectable(plan_label(info).c_str(), info.plan == state.inputs.plan)) {
        select_plan(state.inputs, info.plan);
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  finish_input(state, "plan");
  return changed;
}

bool allotment_input(AppState& state) {
  ScenarioInputs& inputs = state.inputs;
  const auto plan_allotment = inmail::plan_allotment(inputs.plan, inputs.policy);
  bool changed = false;
  if (ImGui::Checkbox("Own allotment", &inputs.allotment_overridden)) {
    if (inputs.allotment_overridden) inputs.allotment = plan_allotment.value_or(inputs.allotment);
    changed = true;
  }
  ImGui::SameLine();
  if (inputs.allotment_overridden) {
    changed |= drag_int64("Credits per seat", inputs.allotment, 1.0f, 0, limits::kMaxAllotment);
  } else {
    ImGui::TextDisabled("plan's: %s per seat",
                        plan_allotment ? format_count(*plan_allotment).c_str() : "none");
  }
  finish_input(state, "allotment");
  return changed;
}

bool pooling_inputs(AppState& state) {
  ScenarioInputs& inputs = state.inputs;
  // Left enabled while wrongly ticked, so that the error can be fixed here.
  ImGui::BeginDisabled(!inmail::plan_info(inputs.plan).pools && !inputs.pooled);
  bool changed = ImGui::Checkbox("One pooled balance for the team", &inputs.pooled);
  ImGui::EndDisabled();
  finish_input(state, "pooled");
  changed |= ImGui::Checkbox("January 2015 launch bonus", &inputs.launch_bonus);
  finish_input(state, "launch_bonus");
  return changed;
}

bool plan_inputs(AppState& state) {
  bool changed = policy_picker(state);
  changed |= plan_picker(state);
  changed |= allotment_input(state);
  changed |= pooling_inputs(state);
  return changed;
}

bool group_inputs(AppState& state, std::size_t index) {
  static constexpr double kNoResponses = 0.0;
  static constexpr double kAllResponses = 100.0;
  GroupInputs& group = state.inputs.groups[index];
  const std::string field = "groups[" + std::to_string(index) + "].";
  bool changed = ImGui::InputText("Name", &group.name);
  finish_input(state, field + "name");
  changed |= slider_int64("Seats", group.seats, 1, limits::kMaxSeats, ImGuiSliderFlags_Logarithmic);
  finish_input(state, field + "seats");
  changed |= slider_int64("InMails per seat a month", group.sends_per_month, 0,
                          limits::kMaxSendsPerMonth, ImGuiSliderFlags_Logarithmic);
  finish_input(state, field + "sends_per_month");
  changed |= ImGui::SliderScalar("Response rate (%)", ImGuiDataType_Double, &group.response_rate,
                                 &kNoResponses, &kAllResponses, "%.2f");
  finish_input(state, field + "response_rate");
  changed |= slider_int64("Days to a response", group.response_days, 1, limits::kMaxResponseDays);
  finish_input(state, field + "response_days");
  return changed;
}

bool groups_editor(AppState& state) {
  std::vector<GroupInputs>& groups = state.inputs.groups;
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
  ImGui::BeginDisabled(groups.size() >= limits::kMaxGroups);
  if (ImGui::Button("Add a group")) {
    groups.push_back(GroupInputs{default_group_name(groups.size())});
    changed = true;
  }
  ImGui::EndDisabled();
  finish_input(state, "groups");
  return changed;
}

bool calendar_inputs(AppState& state) {
  ScenarioInputs& inputs = state.inputs;
  bool changed =
      ImGui::InputText("Start (YYYY-MM)", &inputs.start, ImGuiInputTextFlags_CharsNoBlank);
  finish_input(state, "start");
  changed |= slider_int64("Months", inputs.months, 1, limits::kMaxMonths);
  finish_input(state, "months");
  changed |= slider_int64("Refresh day of month", inputs.refresh_day, 1, limits::kMaxRefreshDay);
  finish_input(state, "refresh_day");
  changed |= drag_int64("Credits last (days)", inputs.expiry_days, 1.0f, 1, limits::kMaxExpiryDays);
  finish_input(state, "expiry_days");
  return changed;
}

bool balance_inputs(AppState& state) {
  ScenarioInputs& inputs = state.inputs;
  bool changed = drag_int64("Opening credits per seat", inputs.opening_balance, 1.0f, 0,
                            limits::kMaxOpeningBalance);
  finish_input(state, "opening_balance");
  // The checkbox and the value share one input's width.
  const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
  changed |= ImGui::Checkbox("##capped", &inputs.balance_capped);
  ImGui::SameLine(0.0f, gap);
  ImGui::SetNextItemWidth(ems(kInputWidthEms) - ImGui::GetFrameHeight() - gap);
  ImGui::BeginDisabled(!inputs.balance_capped);
  changed |= drag_int64("Cap per seat", inputs.balance_cap, 1.0f, 0, limits::kMaxBalanceCap);
  ImGui::EndDisabled();
  finish_input(state, "balance_cap");
  return changed;
}

bool monte_carlo_inputs(AppState& state) {
  ScenarioInputs& inputs = state.inputs;
  bool changed = slider_int64("Trials (0: off)", inputs.trials, 0, limits::kMaxTrials,
                              ImGuiSliderFlags_Logarithmic);
  finish_input(state, "trials");
  changed |= ImGui::InputScalar("Seed", ImGuiDataType_U64, &inputs.seed);
  finish_input(state, "seed");
  return changed;
}

// Returns true when an input changed this frame.
bool draw_inputs(AppState& state) {
  problem_list("The link's scenario could not be opened, so this is the default one:",
               state.link_errors);
  problem_list("Problems with the scenario:", state.errors.unplaced(state.inputs.groups.size()));

  ImGui::PushItemWidth(ems(kInputWidthEms));
  bool changed = false;
  const ImGuiTreeNodeFlags open = ImGuiTreeNodeFlags_DefaultOpen;
  if (ImGui::CollapsingHeader("Plan", open)) changed |= plan_inputs(state);
  if (ImGui::CollapsingHeader("Team", open)) changed |= groups_editor(state);
  if (ImGui::CollapsingHeader("Calendar", open)) changed |= calendar_inputs(state);
  if (ImGui::CollapsingHeader("Balances", open)) changed |= balance_inputs(state);
  if (ImGui::CollapsingHeader("Monte Carlo", open)) changed |= monte_carlo_inputs(state);
  ImGui::PopItemWidth();
  return changed;
}

// ---------------------------------------------------------------- views

void draw_month_table(const inmail::Result& result) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV;
  if (!ImGui::BeginTable("months", static_cast<int>(kMonthColumns.size()), flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const MonthColumn& column : kMonthColumns) {
    ImGui::TableSetupColumn(column.label, column.figure ? ImGuiTableColumnFlags_None
                                                        : ImGuiTableColumnFlags_DefaultSort);
  }
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
      for (const MonthColumn& column : kMonthColumns) {
        ImGui::TableNextColumn();
        if (column.figure) {
          right_aligned(format_count(month.*column.figure));
        } else {
          ImGui::TextUnformatted(inmail::format_year_month(month.month).c_str());
        }
      }
    }
  }
  ImGui::EndTable();
}

struct TotalRow {
  const char* label;
  std::int64_t inmail::Totals::*figure;
};

constexpr std::array<TotalRow, 8> kTotalRows = {{
    {"Granted", &inmail::Totals::granted},
    {"Launch bonus", &inmail::Totals::bonus},
    {"Credited back", &inmail::Totals::refunded},
    {"Sent", &inmail::Totals::sent},
    {"Unsent (no credit left)", &inmail::Totals::unsent},
    {"Responses", &inmail::Totals::responses},
    {"Expired", &inmail::Totals::expired},
    {"Refunds due after the last day", &inmail::Totals::pending_refunds},
}};

// Where the solvers give null, the table shows this and a footnote explains.
constexpr const char* kNoAnswer = "-";

std::string final_closing(const inmail::Result& result) {
  return result.months.empty() ? kNoAnswer : format_count(result.months.back().closing);
}

std::string max_sustainable_sends(const inmail::Result& result) {
  const auto& sends = result.solvers.max_sustainable_sends;
  return sends ? format_count(*sends) : kNoAnswer;
}

std::string break_even_rate(const inmail::Result& result) {
  const auto& bp = result.solvers.break_even_response_bp;
  return bp ? format_bp_percent(*bp) : kNoAnswer;
}

struct DerivedRow {
  const char* label;
  std::string (*cell)(const inmail::Result&);
};

constexpr std::array<DerivedRow, 3> kDerivedRows = {{
    {"Closing balance at the end", final_closing},
    {"Most InMails a seat can send a month, none unsent", max_sustainable_sends},
    {"Lowest response rate with none unsent", break_even_rate},
}};

struct FiguresColumn {
  std::string heading;
  const inmail::Result* result;  // nullptr: show `unavailable` instead
  std::string unavailable;
};

template <typename Cell>
void figures_row(const char* label, const std::vector<FiguresColumn>& columns, Cell cell) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(label);
  for (const FiguresColumn& column : columns) {
    ImGui::TableNextColumn();
    if (column.result) {
      right_aligned(cell(*column.result));
    } else {
      ImGui::TextDisabled("%s", column.unavailable.c_str());
    }
  }
}

void figures_table(const char* id, const std::vector<FiguresColumn>& columns) {
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable(id, static_cast<int>(columns.size()) + 1, flags)) return;
  ImGui::TableSetupColumn("Figure");
  for (const FiguresColumn& column : columns) ImGui::TableSetupColumn(column.heading.c_str());
  ImGui::TableHeadersRow();
  for (const TotalRow& row : kTotalRows) {
    figures_row(row.label, columns, [&](const inmail::Result& result) {
      return format_count(result.totals.*row.figure);
    });
  }
  for (const DerivedRow& row : kDerivedRows) figures_row(row.label, columns, row.cell);
  ImGui::EndTable();
  ImGui::TextDisabled(
      "%s: no answer (several groups; the break-even rate also under legacy, or when even 100%% "
      "leaves InMails unsent).",
      kNoAnswer);
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
  ImGui::BulletText("closing balance at the end: p10 %s, p50 %s, p90 %s",
                    format_count(last.closing_p10).c_str(), format_count(last.closing_p50).c_str(),
                    format_count(last.closing_p90).c_str());
  ImGui::BulletText("worst month: %s of %s trials ran short of credits",
                    format_count(worst).c_str(), format_count(monte_carlo.trials).c_str());
}

void draw_summary(const AppState& state) {
  figures_table("summary", {{"Whole projection", &state.result, {}}});
  monte_carlo_summary(state);
}

void draw_policy_comparison(AppState& state) {
  ImGui::TextWrapped("The same team under both policies (the plan's allotment for each policy).");
  std::vector<FiguresColumn> columns;
  for (const PolicyColumn& column : policy_comparison(state)) {
    std::string heading(inmail::policy_name(column.policy));
    if (column.policy == state.scenario->policy) heading += " (current)";
    columns.push_back(
        FiguresColumn{heading, column.result ? &*column.result : nullptr, column.unavailable});
  }
  figures_table("policies", columns);
}

void draw_plan_comparison(AppState& state) {
  ImGui::TextWrapped(
      "The same team on every plan of this policy, with each plan's allotment and pooling.");
  constexpr std::array<const char*, 8> kHeadings = {
      "Plan", "Credits/seat", "Pooled", "Sent", "Unsent", "Credited back", "Expired", "Closing"};
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("plans", static_cast<int>(kHeadings.size()), flags)) return;
  for (const char* heading : kHeadings) ImGui::TableSetupColumn(heading);
  ImGui::TableHeadersRow();
  for (const PlanRow& row : plan_comparison(state)) {
    ImGui::TableNextRow();
    if (row.plan == state.scenario->plan) {
      ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, kCurrentRowColor);
    }
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(plan_label(inmail::plan_info(row.plan)).c_str());
    ImGui::TableNextColumn();
    right_aligned(format_count(row.allotment));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.pooled ? "yes" : "no");
    for (std::int64_t figure : {row.totals.sent, row.totals.unsent, row.totals.refunded,
                                row.totals.expired, row.final_closing}) {
      ImGui::TableNextColumn();
      right_aligned(format_count(figure));
    }
  }
  ImGui::EndTable();
}

void draw_views(AppState& state) {
  if (!state.scenario) {
    ImGui::TextWrapped("No valid scenario yet: fix the inputs marked on the left.");
    return;
  }
  const bool stale = views_are_stale(state);
  if (stale) {
    ImGui::TextColored(kWarningColor, "The inputs have errors: showing the last valid scenario.");
  } else {
    ImGui::TextDisabled("Hover the chart for a month's figures.");
  }
  const float chart_height =
      std::max(ems(kMinChartEms), ImGui::GetContentRegionAvail().y * kChartShareOfHeight);
  draw_chart(state.result, chart_height, stale);

  if (!ImGui::BeginTabBar("views")) return;
  if (ImGui::BeginTabItem("Months")) {
    draw_month_table(state.result);
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem("Summary")) {
    draw_summary(state);
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem("Legacy vs 2015")) {
    draw_policy_comparison(state);
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem("Plans")) {
    draw_plan_comparison(state);
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

// ---------------------------------------------------------------- page

void draw_tool_bar(AppState& state, FrameOutcome& outcome) {
  ImGui::TextUnformatted("InMail credit calculator");
  ImGui::SameLine();
  ImGui::BeginDisabled(!state.scenario);
  if (ImGui::Button("Copy CSV")) {
    outcome.copy_text = inmail::result_to_csv(state.result, "");
    state.status = "The month table is on the clipboard as CSV.";
  }
  remember_rect(state, "copy_csv");
  ImGui::SameLine();
  if (ImGui::Button("Copy link")) {
    outcome.copy_link = true;
    state.status = "A link to this scenario on the JS page is on the clipboard.";
  }
  remember_rect(state, "copy_link");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Open the JS page")) outcome.open_js_page = true;
  remember_rect(state, "open_js_page");
  ImGui::SameLine();
  ImGui::TextDisabled(
      "%s", state.status.empty() ? "Ctrl+click a slider to type a value." : state.status.c_str());
}

void apply_input_change(AppState& state, double now_ms, FrameOutcome& outcome) {
  const std::string previous_query = state.url_query;
  on_inputs_changed(state, now_ms);
  state.link_errors.clear();  // the user has moved on from the link's scenario
  outcome.scenario_changed = state.url_query != previous_query;
  outcome.edited_with_widget_held = ImGui::IsAnyItemActive();
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
  draw_views(state);
  ImGui::EndChild();
  ImGui::End();
  return outcome;
}

}  // namespace inmail_ui
