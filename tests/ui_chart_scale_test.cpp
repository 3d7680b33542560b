// The chart's axis arithmetic.
#include "chart_scale.h"

#include <gtest/gtest.h>

namespace inmail_ui {
namespace {

TEST(ChartScale, TicksCoverTheRangeWithNiceSteps) {
  // 1800 / 5 intervals = 360 a step, rounded up to 500: 0, 500, ..., 2000.
  const AxisTicks ticks = nice_ticks(0, 1800, 5);
  EXPECT_EQ(ticks.first, 0);
  EXPECT_EQ(ticks.step, 500);
  EXPECT_EQ(ticks.count, 5);
  EXPECT_EQ(ticks.last(), 2000);
}

TEST(ChartScale, TicksIncludeZeroAndNegativeValues) {
  const AxisTicks below = nice_ticks(-120, 950, 5);  // span 1070 -> 214 -> 500
  EXPECT_EQ(below.first, -500);
  EXPECT_EQ(below.last(), 1000);
  const AxisTicks above = nice_ticks(5, 7, 5);  // zero is added: span 7 -> 2
  EXPECT_EQ(above.first, 0);
  EXPECT_EQ(above.step, 2);
  EXPECT_EQ(above.last(), 8);
}

TEST(ChartScale, AllZeroStillGivesTwoGridlines) {
  const AxisTicks ticks = nice_ticks(0, 0, 5);
  EXPECT_EQ(ticks.first, 0);
  EXPECT_EQ(ticks.step, 1);
  EXPECT_EQ(ticks.count, 2);
}

TEST(ChartScale, HugeTeamsGetPowersOfTenSteps) {
  const AxisTicks ticks = nice_ticks(0, 10'000'000'000, 5);
  EXPECT_EQ(ticks.step, 2'000'000'000);
  EXPECT_EQ(ticks.count, 6);
}

TEST(ChartScale, MonthLabelsSkipWhatDoesNotFit) {
  EXPECT_EQ(month_label_stride(36, 60.0f, 600.0f), 4);  // 16.7 px a month, 60 px a label
  EXPECT_EQ(month_label_stride(12, 50.0f, 1200.0f), 1);
  EXPECT_EQ(month_label_stride(0, 50.0f, 1200.0f), 1);
  EXPECT_EQ(month_label_stride(12, 50.0f, 0.0f), 1);
}

}  // namespace
}  // namespace inmail_ui
