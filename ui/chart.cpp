#include "chart.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "chart_scale.h"
#include "columns.h"
#include "format.h"
#include "imgui.h"
#include "inmail/schema.h"

namespace inmail_ui {
namespace {

// A line of the chart: the month column of the engine with that key.
struct Series {
  std::string_view key;
  ImU32 color;

  // A search by key: callers look it up once per series, not per month.
  const inmail::Column<inmail::MonthFigures>& column() const {
    return column_by_key(inmail::month_columns(), key);
  }
};

constexpr std::array<Series, 3> kSeries = {{
    {"closing", IM_COL32(90, 160, 255, 255)},
    {"sent", IM_COL32(255, 160, 60, 255)},
    {"refunded", IM_COL32(90, 210, 120, 255)},
}};
constexpr ImU32 kBandColor = IM_COL32(90, 160, 255, 60);
constexpr ImU32 kGridColor = IM_COL32(255, 255, 255, 30);
constexpr ImU32 kAxisColor = IM_COL32(255, 255, 255, 120);
constexpr ImU32 kCursorColor = IM_COL32(255, 255, 255, 90);
constexpr int kTargetGridIntervals = 5;

// Where figures land on screen. Doubles for drawing only; the figures stay integers.
struct PlotArea {
  ImVec2 min;
  ImVec2 max;
  AxisTicks ticks;
  int month_count = 1;

  float month_width() const { return (max.x - min.x) / static_cast<float>(month_count); }
  float x(int month) const { return min.x + (static_cast<float>(month) + 0.5f) * month_width(); }
  float y(std::int64_t value) const {
    const double span = static_cast<double>(ticks.last() - ticks.first);
    const double share = static_cast<double>(value - ticks.first) / span;
    return max.y - static_cast<float>(share) * (max.y - min.y);
  }
};

AxisTicks ticks_for(const inmail::Result& result) {
  std::int64_t low = 0;
  std::int64_t high = 0;
  for (const Series& series : kSeries) {
    const auto figure = series.column().figure;
    for (const inmail::MonthFigures& month : result.months) {
      low = std::min(low, month.*figure);
      high = std::max(high, month.*figure);
    }
  }
  if (result.monte_carlo) {
    for (const inmail::MonteCarloMonth& month : result.monte_carlo->months) {
      high = std::max(high, month.closing_p90);
    }
  }
  return nice_ticks(low, high, kTargetGridIntervals);
}

PlotArea plot_area(ImVec2 origin, ImVec2 size, const inmail::Result& result) {
  const ImGuiStyle& style = ImGui::GetStyle();
  PlotArea area;
  area.ticks = ticks_for(result);
  area.month_count = static_cast<int>(result.months.size());
  const float label_width = ImGui::CalcTextSize(format_count(area.ticks.first).c_str()).x;
  const float widest_label =
      std::max(label_width, ImGui::CalcTextSize(format_count(area.ticks.last()).c_str()).x);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  area.min = ImVec2(origin.x + widest_label + style.ItemSpacing.x * 2, origin.y + line * 1.5f);
  area.max = ImVec2(origin.x + size.x - style.ItemSpacing.x, origin.y + size.y - line * 1.5f);
  return area;
}

void draw_grid(ImDrawList* draw, const PlotArea& area) {
  const float text_height = ImGui::GetTextLineHeight();
  for (int tick = 0; tick < area.ticks.count; ++tick) {
    const std::int64_t value = area.ticks.first + tick * area.ticks.step;
    const float y = area.y(value);
    draw->AddLine(ImVec2(area.min.x, y), ImVec2(area.max.x, y),
                  value == 0 ? kAxisColor : kGridColor);
    const std::string label = format_count(value);
    const float label_width = ImGui::CalcTextSize(label.c_str()).x;
    draw->AddText(
        ImVec2(area.min.x - label_width - ImGui::GetStyle().ItemSpacing.x, y - text_height / 2),
        ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
  }
  draw->AddLine(area.min, ImVec2(area.min.x, area.max.y), kAxisColor);
}

void draw_month_labels(ImDrawList* draw, const PlotArea& area,
                       const std::vector<inmail::MonthFigures>& months) {
  const float label_width = ImGui::CalcTextSize("2000-00").x + ImGui::GetStyle().ItemSpacing.x * 2;
  const int stride = month_label_stride(area.month_count, label_width, area.max.x - area.min.x);
  const float y = area.max.y + ImGui::GetStyle().ItemSpacing.y;
  for (int month = 0; month < area.month_count; month += stride) {
    const std::string label =
        inmail::format_year_month(months[static_cast<std::size_t>(month)].month);
    const float half_width = ImGui::CalcTextSize(label.c_str()).x / 2;
    draw->AddLine(ImVec2(area.x(month), area.max.y), ImVec2(area.x(month), y), kAxisColor);
    draw->AddText(ImVec2(area.x(month) - half_width, y), ImGui::GetColorU32(ImGuiCol_Text),
                  label.c_str());
  }
}

void draw_band(ImDrawList* draw, const PlotArea& area, const inmail::MonteCarlo& monte_carlo) {
  const float half = area.month_width() / 2;
  for (std::size_t i = 0; i < monte_carlo.months.size(); ++i) {
    const inmail::MonteCarloMonth& month = monte_carlo.months[i];
    const float x = area.x(static_cast<int>(i));
    draw->AddRectFilled(ImVec2(x - half, area.y(month.closing_p90)),
                        ImVec2(x + half, area.y(month.closing_p10)), kBandColor);
  }
}

void draw_series(ImDrawList* draw, const PlotArea& area,
                 const std::vector<inmail::MonthFigures>& months, const Series& series,
                 bool faded) {
  const auto figure = series.column().figure;
  std::vector<ImVec2> points;
  points.reserve(months.size());
  for (std::size_t i = 0; i < months.size(); ++i) {
    points.emplace_back(area.x(static_cast<int>(i)), area.y(months[i].*figure));
  }
  const ImU32 color = faded ? (series.color & 0x60FFFFFFu) : series.color;
  const float thickness = 2.0f * ImGui::GetFontSize() / 13.0f;
  draw->AddPolyline(points.data(), static_cast<int>(points.size()), color, ImDrawFlags_None,
                    thickness);
  for (const ImVec2& point : points) draw->AddCircleFilled(point, thickness * 1.5f, color);
}

void draw_legend(ImDrawList* draw, const PlotArea& area, bool with_band) {
  const float swatch = ImGui::GetTextLineHeight();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  ImVec2 cursor(area.min.x, area.min.y - swatch * 1.4f);
  const auto entry = [&](std::string_view label, ImU32 color) {
    const char* end = label.data() + label.size();
    draw->AddRectFilled(cursor, ImVec2(cursor.x + swatch, cursor.y + swatch), color);
    draw->AddText(ImVec2(cursor.x + swatch + gap / 2, cursor.y), ImGui::GetColorU32(ImGuiCol_Text),
                  label.data(), end);
    cursor.x += swatch + gap * 2.5f + ImGui::CalcTextSize(label.data(), end).x;
  };
  for (const Series& series : kSeries) entry(series.column().label, series.color);
  if (with_band) entry("Monte Carlo p10-p90 of closing", kBandColor);
}

void month_tooltip(const inmail::Result& result, std::size_t month) {
  const inmail::MonthFigures& figures = result.months[month];
  ImGui::BeginTooltip();
  ImGui::Text("%s", inmail::format_year_month(figures.month).c_str());
  ImGui::Separator();
  for (const auto& column : inmail::month_columns()) {
    ImGui::Text("%-10.*s %14s", static_cast<int>(column.label.size()), column.label.data(),
                format_count(figures.*column.figure).c_str());
  }
  if (result.monte_carlo && month < result.monte_carlo->months.size()) {
    const inmail::MonteCarloMonth& band = result.monte_carlo->months[month];
    ImGui::Separator();
    ImGui::Text("Closing p10 / p50 / p90: %s / %s / %s", format_count(band.closing_p10).c_str(),
                format_count(band.closing_p50).c_str(), format_count(band.closing_p90).c_str());
    ImGui::Text("Trials short of credits: %s of %s", format_count(band.trials_with_unsent).c_str(),
                format_count(result.monte_carlo->trials).c_str());
  }
  ImGui::EndTooltip();
}

void show_hovered_month(ImDrawList* draw, const PlotArea& area, const inmail::Result& result) {
  const float offset = ImGui::GetIO().MousePos.x - area.min.x;
  const int month =
      std::clamp(static_cast<int>(offset / area.month_width()), 0, area.month_count - 1);
  draw->AddLine(ImVec2(area.x(month), area.min.y), ImVec2(area.x(month), area.max.y), kCursorColor);
  month_tooltip(result, static_cast<std::size_t>(month));
}

}  // namespace

void draw_chart(const inmail::Result& result, float height, bool faded) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size(ImGui::GetContentRegionAvail().x, height);
  ImGui::InvisibleButton("chart", size);
  if (result.months.empty()) return;

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const PlotArea area = plot_area(origin, size, result);
  draw->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
  draw_grid(draw, area);
  draw_month_labels(draw, area, result.months);
  if (result.monte_carlo) draw_band(draw, area, *result.monte_carlo);
  for (const Series& series : kSeries) draw_series(draw, area, result.months, series, faded);
  draw_legend(draw, area, result.monte_carlo.has_value());
  if (ImGui::IsItemHovered()) show_hovered_month(draw, area, result);
  draw->PopClipRect();
}

}  // namespace inmail_ui
