// Axis arithmetic for the chart, on integers like the figures it plots.
#pragma once

#include <cstdint>

namespace inmail_ui {

// Gridlines at first, first + step, ... first + (count - 1) * step, covering
// [min, max] with "nice" steps (1, 2 or 5 times a power of ten).
struct AxisTicks {
  std::int64_t first = 0;
  std::int64_t step = 1;
  int count = 2;

  std::int64_t last() const { return first + (count - 1) * step; }
};

// About `target_intervals` intervals spanning min..max (and 0, so that bars
// and lines stand on the zero line). Requires target_intervals >= 1.
AxisTicks nice_ticks(std::int64_t min, std::int64_t max, int target_intervals);

// Label every stride-th month so that labels `label_width` wide do not
// overlap along an axis `axis_width` long; at least 1.
int month_label_stride(int month_count, float label_width, float axis_width);

}  // namespace inmail_ui
