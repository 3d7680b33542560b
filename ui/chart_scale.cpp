#include "chart_scale.h"

#include <algorithm>
#include <cmath>

namespace inmail_ui {
namespace {

std::int64_t floor_div(std::int64_t value, std::int64_t divisor) {
  const std::int64_t quotient = value / divisor;
  return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}

std::int64_t ceil_div(std::int64_t value, std::int64_t divisor) {
  const std::int64_t quotient = value / divisor;
  return (value % divisor != 0 && value > 0) ? quotient + 1 : quotient;
}

// The smallest of 1, 2, 5, 10, 20, 50, ... that is at least `wanted`.
std::int64_t nice_step(std::int64_t wanted) {
  for (std::int64_t power = 1;; power *= 10) {
    for (std::int64_t factor : {1, 2, 5}) {
      if (factor * power >= wanted) return factor * power;
    }
  }
}

}  // namespace

AxisTicks nice_ticks(std::int64_t min, std::int64_t max, int target_intervals) {
  min = std::min<std::int64_t>(min, 0);
  max = std::max<std::int64_t>(max, 0);
  const std::int64_t span = std::max<std::int64_t>(max - min, 1);
  AxisTicks ticks;
  ticks.step = nice_step(ceil_div(span, target_intervals));
  ticks.first = floor_div(min, ticks.step) * ticks.step;
  const std::int64_t top = ceil_div(max, ticks.step) * ticks.step;
  ticks.count = static_cast<int>(std::max<std::int64_t>((top - ticks.first) / ticks.step, 1)) + 1;
  return ticks;
}

int month_label_stride(int month_count, float label_width, float axis_width) {
  if (month_count <= 0 || axis_width <= 0.0f) return 1;
  const float room_per_month = axis_width / static_cast<float>(month_count);
  return std::max(1, static_cast<int>(std::ceil(label_width / room_per_month)));
}

}  // namespace inmail_ui
