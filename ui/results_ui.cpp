// The results panel, top to bottom: the verdict, the notices, the chart,
// then tabs: the summary, the goal, the month table and the comparisons.
#include <algorithm>
#include <cfloat>
#include <numeric>
#include <string>

#include "app_ui.h"
#include "chart.h"
#include "imgui.h"
#include "widgets.h"

namespace inmail_ui {
namespace {

using inmail::Cell;
using inmail::Edit;

constexpr float kChartShareOfHeight = 0.36f;
constexpr float kMinChartEms = 9.0f;
constexpr float kNameColumnEms = 7.0f;
// Headers wrap at their longest word, but over no more than this many lines.
constexpr float kHeaderLines = 3.0f;
constexpr float kVerdictBarEms = 0.3f;
constexpr ImU32 kMarkedRowColor = IM_COL32(90, 160, 255, 45);
const ImVec4 kEnoughColor(0.45f, 0.85f, 0.5f, 1.0f);
const ImVec4 kShortColor(1.0f, 0.6f, 0.35f, 1.0f);
const ImVec4 kProblemColor(1.0f, 0.5f, 0.45f, 1.0f);

constexpr ImGuiTableFlags kTableFlags =
    ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
// Scrolled under its header and names when it does not fit.
constexpr ImGuiTableFlags kWideTableFlags =
    kTableFlags | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY;

float text_width(const std::string& text) {
  return ImGui::CalcTextSize(text.c_str(), text.c_str() + text.size()).x;
}

void right_aligned(const std::string& text) {
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                       text_width(text));
  ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
}

// ---------------------------------------------------------------- the answer

ImVec4 tone_color(const std::string& tone) {
  if (tone == "enough") return kEnoughColor;
  if (tone == "short") return kShortColor;
  return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

// The answer to the question the person came with, coloured by its tone,
// behind a bar of the same colour.
void draw_verdict(const App& app) {
  if (!app.view.figures) return;
  const inmail::Verdict& verdict = app.view.figures->verdict;
  const ImVec4 color = tone_color(verdict.tone);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::Indent(ems(kVerdictBarEms * 3));
  wrapped_text(verdict.headline, color);
  wrapped_text(verdict.detail, ImGui::GetStyleColorVec4(ImGuiCol_Text));
  ImGui::Unindent(ems(kVerdictBarEms * 3));
  const float bottom = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y;
  ImGui::GetWindowDrawList()->AddRectFilled(top, ImVec2(top.x + ems(kVerdictBarEms), bottom),
                                            ImGui::ColorConvertFloat4ToU32(color));
}

// Unknown link keys and problems without an input, each with its action.
void draw_notices(App& app) {
  for (const inmail::Notice& notice : app.view.notices) {
    if (notice.droppable) {
      if (action_button(app, notice.drop, "drop_" + notice.field)) {
        app.edits.push_back(Edit::drop(notice.field));
      }
      ImGui::SameLine();
    }
    warning_text(notice.text);
  }
}

// A problem of an input, which takes the person to it: on a small screen the
// input may be scrolled away.
void problem_link(App& app, const std::string& title, const inmail::FieldView& field) {
  if (field.error.empty()) return;
  const std::string text = title + field.label + ": " + field.error;
  ImGui::PushStyleColor(ImGuiCol_Text, kProblemColor);
  if (ImGui::Selectable((text + "##problem").c_str())) app.reveal_field = field.path;
  ImGui::PopStyleColor();
  remember_rect(app, "problem_" + field.path);
}

// No figures yet, or an earlier input's: the view's status says which, and
// the inputs' problems follow.
void draw_status(App& app) {
  if (app.view.figures && !app.view.figures_stale) return;
  warning_text(app.view.status);
  for (const inmail::SectionView& section : app.view.sections) {
    for (const inmail::FieldView& field : section.fields) problem_link(app, "", field);
    for (const inmail::GroupView& group : section.groups) {
      for (const inmail::FieldView& field : group.fields) {
        problem_link(app, group.title + ", ", field);
      }
    }
  }
}

// ---------------------------------------------------------------- tables

float longest_word(const std::string& text) {
  float longest = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    longest = std::max(longest, text_width(text.substr(start, end - start)));
    start = end + 1;
  }
  return longest;
}

// Each column as wide as its widest cell and its header in `header_lines`
// lines (never narrower than its longest word); the names (first column)
// wrap too.
std::vector<float> column_widths(const std::vector<std::string>& header,
                                 const std::vector<std::vector<Cell>>& rows, float header_lines) {
  std::vector<float> widths;
  for (const std::string& title : header) {
    widths.push_back(std::max(longest_word(title), text_width(title) / header_lines));
  }
  for (const std::vector<Cell>& row : rows) {
    for (std::size_t column = 0; column < row.size() && column < widths.size(); ++column) {
      widths[column] = std::max(widths[column], text_width(row[column].text));
    }
  }
  if (!widths.empty()) widths[0] = std::min(widths[0], ems(kNameColumnEms));
  return widths;
}

// Headers on one line where the table then fits the width, else wrapped.
std::vector<float> column_widths(const std::vector<std::string>& header,
                                 const std::vector<std::vector<Cell>>& rows) {
  std::vector<float> widths = column_widths(header, rows, 1.0f);
  const float padding = ImGui::GetStyle().CellPadding.x * 2 + 1;
  const float total = std::accumulate(widths.begin(), widths.end(), 0.0f) +
                      padding * static_cast<float>(widths.size());
  if (total <= ImGui::GetContentRegionAvail().x) return widths;
  return column_widths(header, rows, kHeaderLines);
}

// Sets up the columns, the names frozen while the rest scrolls, and a row
// of wrapped headers.
void wrapped_header(const std::vector<std::string>& header, const std::vector<float>& widths) {
  for (std::size_t column = 0; column < header.size(); ++column) {
    ImGui::TableSetupColumn(header[column].c_str(), ImGuiTableColumnFlags_WidthFixed,
                            widths[column]);
  }
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
  for (const std::string& title : header) {
    ImGui::TableNextColumn();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopTextWrapPos();
  }
}

// The first cell of a row: its name, and under it its mark (in use,
// cheapest), the row tinted when it has one.
void row_name(const std::string& name, const std::string& mark) {
  ImGui::TableNextRow();
  if (!mark.empty()) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, kMarkedRowColor);
  ImGui::TableNextColumn();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(name.c_str());
  ImGui::PopTextWrapPos();
  if (!mark.empty()) note_text(mark);
}

void value_cells(const std::vector<Cell>& row, std::size_t first) {
  for (std::size_t column = first; column < row.size(); ++column) {
    ImGui::TableNextColumn();
    right_aligned(row[column].text);
  }
}

// The columns of a comparison in the order drawn: the first `leading` as
// they are, then those with money (what a comparison is for: on a narrow
// screen they stay in view), then the rest.
std::vector<std::size_t> money_first(const inmail::TableView& table, std::size_t leading) {
  const auto has_money = [&](std::size_t column) {
    return std::any_of(table.rows.begin(), table.rows.end(),
                       [&](const auto& row) { return row[column].cents.has_value(); });
  };
  std::vector<std::size_t> order(leading);
  std::iota(order.begin(), order.end(), 0);
  for (const bool money : {true, false}) {
    for (std::size_t column = leading; column < table.header.size(); ++column) {
      if (has_money(column) == money) order.push_back(column);
    }
  }
  return order;
}

template <class Item>
std::vector<Item> reordered(const std::vector<Item>& items, const std::vector<std::size_t>& order) {
  std::vector<Item> result;
  for (std::size_t index : order) result.push_back(items[index]);
  return result;
}

// The plan's seat price, an input in its cell.
void price_cell(App& app, const inmail::FieldView& price) {
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (const auto text = text_input(app, price, "plans." + price.path)) {
    app.edits.push_back(Edit::set(price.path, *text));
  }
  if (!price.error.empty()) error_text(price.error);
}

// A comparison: a row per policy, plan or group; the plans' seat prices
// (their second column) are inputs.
void comparison_table(App& app, const char* id, const inmail::TableView& table,
                      const std::vector<inmail::FieldView>* prices,
                      ImGuiTableFlags flags = kWideTableFlags) {
  const std::vector<std::size_t> order = money_first(table, prices ? 2 : 1);
  std::vector<std::vector<Cell>> rows;
  for (const std::vector<Cell>& row : table.rows) rows.push_back(reordered(row, order));
  const std::vector<std::string> header = reordered(table.header, order);
  std::vector<float> widths = column_widths(header, rows);
  for (const inmail::FieldView& price : prices ? *prices : std::vector<inmail::FieldView>{}) {
    // A price input shows "no price" until a price is typed.
    widths[1] =
        std::max(widths[1], text_width(price.placeholder) + ImGui::GetStyle().FramePadding.x * 2);
  }
  if (!ImGui::BeginTable(id, static_cast<int>(header.size()), flags)) return;
  wrapped_header(header, widths);
  for (std::size_t row = 0; row < rows.size(); ++row) {
    row_name(rows[row][0].text, table.marks[row]);
    if (prices) {
      ImGui::TableNextColumn();
      price_cell(app, (*prices)[row]);
    }
    value_cells(rows[row], prices ? 2 : 1);
  }
  ImGui::EndTable();
}

// ---------------------------------------------------------------- tabs

void summary_items(const inmail::FiguresView& figures) {
  float label_width = 0;
  float value_width = 0;
  for (const inmail::SummaryItem& item : figures.summary) {
    label_width = std::max(label_width, text_width(item.label));
    value_width = std::max(value_width, text_width(item.value.text));
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("summary", 3, flags)) return;
  ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, label_width);
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, value_width);
  ImGui::TableSetupColumn("note", ImGuiTableColumnFlags_WidthStretch);
  for (const inmail::SummaryItem& item : figures.summary) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(item.label.c_str());
    ImGui::TableNextColumn();
    right_aligned(item.value.text);
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", item.note.c_str());
  }
  ImGui::EndTable();
}

void monte_carlo_lines(const App& app) {
  if (!app.view.monte_carlo_pending.empty()) note_text(app.view.monte_carlo_pending);
  if (!app.view.monte_carlo) return;
  for (const std::string& line : app.view.monte_carlo->lines) ImGui::BulletText("%s", line.c_str());
}

void summary_tab(App& app) {
  const inmail::FiguresView& figures = *app.view.figures;
  summary_items(figures);
  for (const std::string& warning : figures.rate_warnings) warning_text(warning);
  if (!figures.rate_rule.empty()) note_text(figures.rate_rule);
  for (const std::string& note : figures.notes) note_text(note);
  monte_carlo_lines(app);
  ImGui::Spacing();
  // As tall as its rows: the tab scrolls.
  comparison_table(app, "groups", figures.groups, nullptr, kTableFlags);
}

void goal_tab(App& app) {
  const inmail::GoalView& goal = *app.view.goal;
  ImGui::TextUnformatted(goal.question.c_str());
  wrapped_text(goal.answer, ImGui::GetStyleColorVec4(ImGuiCol_Text));
  if (goal.rows.empty()) return;
  std::vector<std::vector<Cell>> rows;
  for (const inmail::GoalRowView& row : goal.rows) rows.push_back(row.cells);
  std::vector<std::string> header = goal.header;
  header.emplace_back();  // the rows' action
  std::vector<float> widths = column_widths(header, rows);
  widths.back() = text_width(goal.adopt) + ImGui::GetStyle().FramePadding.x * 2;
  // Not a scrolling table (a window of its own): the arrow keys reach its buttons.
  if (!ImGui::BeginTable("goal", static_cast<int>(header.size()), kTableFlags)) return;
  wrapped_header(header, widths);
  for (const inmail::GoalRowView& row : goal.rows) {
    row_name(row.cells[0].text, row.mark);
    value_cells(row.cells, 1);
    ImGui::TableNextColumn();
    if (row.adoptable && action_button(app, goal.adopt, "adopt_goal_" + row.plan)) {
      app.edits.push_back(Edit::adopt_goal(row.plan));
    }
  }
  ImGui::EndTable();
}

// Row order of a sortable table, by the sort value of the chosen column.
std::vector<std::size_t> sorted_rows(const inmail::TableView& table) {
  std::vector<std::size_t> order(table.rows.size());
  std::iota(order.begin(), order.end(), 0);
  const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (!specs || specs->SpecsCount == 0) return order;
  const auto column = static_cast<std::size_t>(specs->Specs[0].ColumnIndex);
  const bool ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
  // Equal values keep the months' order.
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const std::int64_t left = table.rows[a][column].sort;
    const std::int64_t right = table.rows[b][column].sort;
    if (left == right) return a < b;
    return ascending ? left < right : right < left;
  });
  return order;
}

void months_tab(App& app) {
  const inmail::TableView& table = app.view.figures->months;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersV;
  if (!ImGui::BeginTable("months", static_cast<int>(table.header.size()), flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const std::string& title : table.header) ImGui::TableSetupColumn(title.c_str());
  ImGui::TableHeadersRow();
  const std::vector<std::size_t> order = sorted_rows(table);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(order.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const std::vector<Cell>& cells = table.rows[order[static_cast<std::size_t>(row)]];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(cells[0].text.c_str());
      value_cells(cells, 1);
    }
  }
  ImGui::EndTable();
}

// The comparisons are computed when a tab showing them is first drawn.
const inmail::ComparisonsView& comparisons(App& app) {
  app.comparisons_on_screen = true;
  want_comparisons(app);
  return *app.view.comparisons;
}

void policies_tab(App& app) {
  const inmail::ComparisonsView& shown = comparisons(app);
  note_text(shown.hint);
  comparison_table(app, "policies", shown.policies, nullptr);
}

void plans_tab(App& app) {
  const inmail::ComparisonsView& shown = comparisons(app);
  note_text(shown.hint);
  comparison_table(app, "plans", shown.plans, &shown.plan_prices);
}

// A tab and its body, which scrolls under the verdict and the chart.
void tab(App& app, const std::string& label, const char* name, void (*body)(App&),
         ImGuiTabItemFlags flags = 0) {
  const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
  remember_rect(app, name);
  if (!open) return;
  ImGui::BeginChild(name, ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NavFlattened);
  body(app);
  ImGui::EndChild();
  ImGui::EndTabItem();
}

void draw_tabs(App& app) {
  if (!ImGui::BeginTabBar("results")) return;
  const inmail::PageLabels& labels = app.view.labels;
  tab(app, labels.summary, "tab_summary", summary_tab);
  if (app.view.goal) {
    // A goal just asked for is what the person wants to see.
    tab(app, labels.goal, "tab_goal", goal_tab,
        app.goal_in_view ? 0 : ImGuiTabItemFlags_SetSelected);
  }
  app.goal_in_view = app.view.goal.has_value();
  tab(app, labels.months, "tab_months", months_tab);
  tab(app, labels.policies, "tab_policies", policies_tab);
  tab(app, labels.plans, "tab_plans", plans_tab);
  ImGui::EndTabBar();
}

}  // namespace

void draw_results(App& app) {
  app.comparisons_on_screen = false;
  draw_verdict(app);
  draw_notices(app);
  draw_status(app);
  if (!app.view.figures) return;
  const inmail::FiguresView& figures = *app.view.figures;
  const float height =
      std::max(ems(kMinChartEms), ImGui::GetContentRegionAvail().y * kChartShareOfHeight);
  draw_chart(figures.chart, figures.months, height, app.view.figures_stale);
  draw_tabs(app);
}

}  // namespace inmail_ui
