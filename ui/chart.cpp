#include "chart.h"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "widgets.h"

namespace inmail_ui {
namespace {

// How each of the engine's series is drawn, by its key.
struct SeriesStyle {
  const char* key;
  ImU32 color;
  bool bar;  // stacked into the month's bar; else a line
};

constexpr SeriesStyle kStyles[] = {
    {"sent", IM_COL32(90, 160, 255, 170), true},
    {"unsent", IM_COL32(240, 80, 70, 220), true},
    {"closing", IM_COL32(255, 200, 60, 255), false},
    {"refunded", IM_COL32(90, 210, 120, 255), false},
};
constexpr SeriesStyle kOtherStyle = {"", IM_COL32(200, 200, 200, 255), false};
constexpr ImU32 kBandColor = IM_COL32(255, 200, 60, 60);
constexpr ImU32 kBandSwatchColor = IM_COL32(255, 200, 60, 120);  // over no bars
constexpr ImU32 kGridColor = IM_COL32(255, 255, 255, 30);
constexpr ImU32 kAxisColor = IM_COL32(255, 255, 255, 120);
constexpr ImU32 kCursorColor = IM_COL32(255, 255, 255, 90);
constexpr ImU32 kFadedAlpha = 0x60000000u;
constexpr float kBarShareOfMonth = 0.7f;

const SeriesStyle& style_of(const inmail::SeriesView& series) {
  for (const SeriesStyle& style : kStyles) {
    if (series.key == style.key) return style;
  }
  return kOtherStyle;
}

ImU32 faded(ImU32 color, bool fade) {
  return fade ? (color & ~IM_COL32_A_MASK) | std::min(color & IM_COL32_A_MASK, kFadedAlpha) : color;
}

// Where figures land on screen; floats for drawing only.
struct PlotArea {
  ImVec2 min;
  ImVec2 max;
  double top = 1;
  int month_count = 1;

  float month_width() const { return (max.x - min.x) / static_cast<float>(month_count); }
  float x(std::size_t month) const {
    return min.x + (static_cast<float>(month) + 0.5f) * month_width();
  }
  float y(std::int64_t value) const {
    return max.y - static_cast<float>(static_cast<double>(value) / top) * (max.y - min.y);
  }
};

float text_width(const std::string& text) {
  return ImGui::CalcTextSize(text.c_str(), text.c_str() + text.size()).x;
}

void draw_text(ImDrawList* draw, ImVec2 at, const std::string& text, ImU32 color) {
  draw->AddText(at, color, text.c_str(), text.c_str() + text.size());
}

// The legend: a swatch, the label and the latest month's value of each
// series, wrapped over as many lines as the width needs. Returns its height.
float draw_legend(ImDrawList* draw, ImVec2 origin, float width, const inmail::ChartView& chart) {
  const float swatch = ImGui::GetTextLineHeight() * 0.8f;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  ImVec2 cursor = origin;
  const auto entry = [&](const inmail::SeriesView& series, ImU32 color, bool bar) {
    const std::string label = series.label + ": " + series.latest;
    const float entry_width = swatch + gap / 2 + text_width(label);
    if (cursor.x > origin.x && cursor.x + entry_width > origin.x + width) {
      cursor = ImVec2(origin.x, cursor.y + line);
    }
    const float middle = cursor.y + ImGui::GetTextLineHeight() / 2;
    if (bar) {
      draw->AddRectFilled(ImVec2(cursor.x, middle - swatch / 2),
                          ImVec2(cursor.x + swatch, middle + swatch / 2), color);
    } else {
      draw->AddLine(ImVec2(cursor.x, middle), ImVec2(cursor.x + swatch, middle), color,
                    ImGui::GetFontSize() / 8);
    }
    draw_text(draw, ImVec2(cursor.x + swatch + gap / 2, cursor.y), label, text);
    cursor.x += entry_width + gap * 2;
  };
  for (const inmail::SeriesView& series : chart.series) {
    entry(series, style_of(series).color, style_of(series).bar);
  }
  if (chart.band) {
    entry(chart.band->first, kBandSwatchColor, true);
    entry(chart.band->second, kBandSwatchColor, true);
  }
  return cursor.y + line - origin.y;
}

PlotArea plot_area(ImVec2 origin, ImVec2 size, const inmail::ChartView& chart) {
  float widest_tick = 0;
  for (const std::string& label : chart.y_tick_texts) {
    widest_tick = std::max(widest_tick, text_width(label));
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const float line = ImGui::GetTextLineHeightWithSpacing();
  PlotArea area;
  area.top = static_cast<double>(std::max<std::int64_t>(1, chart.y_ticks.back()));
  area.month_count = static_cast<int>(chart.months.size());
  area.min = ImVec2(origin.x + widest_tick + style.ItemSpacing.x * 2, origin.y + line * 1.5f);
  area.max = ImVec2(origin.x + size.x - style.ItemSpacing.x, origin.y + size.y - line * 1.3f);
  return area;
}

// The y axis: its label above it, a grid line and a label per tick.
void draw_y_axis(ImDrawList* draw, const PlotArea& area, const inmail::ChartView& chart) {
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const float half_line = ImGui::GetTextLineHeight() / 2;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  for (std::size_t tick = 0; tick < chart.y_ticks.size(); ++tick) {
    const float y = area.y(chart.y_ticks[tick]);
    draw->AddLine(ImVec2(area.min.x, y), ImVec2(area.max.x, y),
                  tick == 0 ? kAxisColor : kGridColor);
    const std::string& label = chart.y_tick_texts[tick];
    draw_text(draw, ImVec2(area.min.x - text_width(label) - gap, y - half_line), label, text);
  }
  draw->AddLine(area.min, ImVec2(area.min.x, area.max.y), kAxisColor);
  const float above = area.min.y - ImGui::GetTextLineHeightWithSpacing() * 1.4f;
  draw_text(draw, ImVec2(area.min.x - gap, above), chart.y_label,
            ImGui::GetColorU32(ImGuiCol_TextDisabled));
}

// Month labels, as many as fit side by side.
void draw_months(ImDrawList* draw, const PlotArea& area, const std::vector<std::string>& months) {
  float widest = 0;
  for (const std::string& month : months) widest = std::max(widest, text_width(month));
  const float room = widest + ImGui::GetStyle().ItemSpacing.x * 2;
  const int stride = std::max(1, static_cast<int>(room / area.month_width()) + 1);
  const float y = area.max.y + ImGui::GetStyle().ItemSpacing.y;
  for (std::size_t month = 0; month < months.size(); month += static_cast<std::size_t>(stride)) {
    const float x = area.x(month);
    draw->AddLine(ImVec2(x, area.max.y), ImVec2(x, y), kAxisColor);
    draw_text(draw, ImVec2(x - text_width(months[month]) / 2, y), months[month],
              ImGui::GetColorU32(ImGuiCol_Text));
  }
}

void draw_band(ImDrawList* draw, const PlotArea& area, const inmail::ChartView& chart) {
  const float half = area.month_width() / 2;
  const auto& [low, high] = *chart.band;
  for (std::size_t month = 0; month < low.values.size(); ++month) {
    const float x = area.x(month);
    draw->AddRectFilled(ImVec2(x - half, area.y(high.values[month])),
                        ImVec2(x + half, area.y(low.values[month])), kBandColor);
  }
}

// The bar series, stacked month by month in their order.
void draw_bars(ImDrawList* draw, const PlotArea& area, const inmail::ChartView& chart, bool fade) {
  const float half = area.month_width() * kBarShareOfMonth / 2;
  std::vector<std::int64_t> stacked(chart.months.size(), 0);
  for (const inmail::SeriesView& series : chart.series) {
    if (!style_of(series).bar) continue;
    const ImU32 color = faded(style_of(series).color, fade);
    for (std::size_t month = 0; month < series.values.size() && month < stacked.size(); ++month) {
      const std::int64_t base = stacked[month];
      stacked[month] += series.values[month];
      if (series.values[month] == 0) continue;
      const float x = area.x(month);
      draw->AddRectFilled(ImVec2(x - half, area.y(stacked[month])), ImVec2(x + half, area.y(base)),
                          color);
    }
  }
}

void draw_lines(ImDrawList* draw, const PlotArea& area, const inmail::ChartView& chart, bool fade) {
  const float thickness = std::max(1.5f, ImGui::GetFontSize() / 8);
  for (const inmail::SeriesView& series : chart.series) {
    if (style_of(series).bar) continue;
    const ImU32 color = faded(style_of(series).color, fade);
    std::vector<ImVec2> points;
    for (std::size_t month = 0; month < series.values.size(); ++month) {
      points.emplace_back(area.x(month), area.y(series.values[month]));
    }
    draw->AddPolyline(points.data(), static_cast<int>(points.size()), color, ImDrawFlags_None,
                      thickness);
    for (const ImVec2& point : points) draw->AddCircleFilled(point, thickness * 1.5f, color);
  }
}

// The hovered month's row of the month table.
void month_tooltip(const inmail::TableView& months, std::size_t month) {
  if (month >= months.rows.size()) return;
  const std::vector<inmail::Cell>& row = months.rows[month];
  ImGui::BeginTooltip();
  if (ImGui::BeginTable("month", 2)) {
    for (std::size_t column = 0; column < row.size() && column < months.header.size(); ++column) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(months.header[column].c_str());
      ImGui::TableNextColumn();
      const std::string& text = row[column].text;
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                           text_width(text));
      ImGui::TextUnformatted(text.c_str());
    }
    ImGui::EndTable();
  }
  ImGui::EndTooltip();
}

void show_hovered_month(ImDrawList* draw, const PlotArea& area, const inmail::TableView& months) {
  const float offset = ImGui::GetIO().MousePos.x - area.min.x;
  const int month =
      std::clamp(static_cast<int>(offset / area.month_width()), 0, area.month_count - 1);
  const float x = area.x(static_cast<std::size_t>(month));
  draw->AddLine(ImVec2(x, area.min.y), ImVec2(x, area.max.y), kCursorColor);
  month_tooltip(months, static_cast<std::size_t>(month));
}

}  // namespace

void draw_chart(const inmail::ChartView& chart, const inmail::TableView& months, float height,
                bool faded_figures) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float legend = draw_legend(draw, origin, width, chart);
  const ImVec2 plot_origin(origin.x, origin.y + legend);
  const ImVec2 size(width, std::max(height - legend, ImGui::GetFontSize() * 6));
  ImGui::SetCursorScreenPos(plot_origin);
  ImGui::InvisibleButton("chart", size);
  if (chart.months.empty() || chart.y_ticks.empty()) return;

  const PlotArea area = plot_area(plot_origin, size, chart);
  draw->PushClipRect(plot_origin, ImVec2(plot_origin.x + size.x, plot_origin.y + size.y), true);
  draw_y_axis(draw, area, chart);
  draw_months(draw, area, chart.months);
  draw_bars(draw, area, chart, faded_figures);
  if (chart.band) draw_band(draw, area, chart);
  draw_lines(draw, area, chart, faded_figures);
  if (ImGui::IsItemHovered()) show_hovered_month(draw, area, months);
  draw->PopClipRect();
}

}  // namespace inmail_ui
