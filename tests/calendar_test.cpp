#include "inmail/calendar.h"

#include <gtest/gtest.h>

namespace inmail {
namespace {

TEST(Calendar, KnowsWeekdaysOfKnownDates) {
  EXPECT_EQ(weekday({2015, 1}, 1), 3);    // Thursday
  EXPECT_EQ(weekday({2024, 2}, 29), 3);   // Thursday
  EXPECT_EQ(weekday({2000, 1}, 1), 5);    // Saturday
  EXPECT_EQ(weekday({2100, 12}, 31), 4);  // Friday
}

TEST(Calendar, CountsLeapDays) {
  EXPECT_EQ(days_in_month({2024, 2}), 29);
  EXPECT_EQ(days_in_month({2100, 2}), 28);
  EXPECT_EQ(days_in_month({2000, 2}), 29);
  EXPECT_EQ(days_in_month({2015, 4}), 30);
}

TEST(Calendar, NumbersBusinessDaysWithinEachMonth) {
  const Calendar calendar({2015, 1}, 2);
  EXPECT_EQ(calendar.day_count(), 31 + 28);
  EXPECT_EQ(calendar.business_days(0), 22);       // January 2015
  EXPECT_EQ(calendar.business_days(1), 20);       // February 2015
  EXPECT_EQ(calendar.day(0).business_index, 0);   // Thu 1 Jan
  EXPECT_EQ(calendar.day(2).business_index, -1);  // Sat 3 Jan
  EXPECT_EQ(calendar.day(4).business_index, 2);   // Mon 5 Jan
  EXPECT_EQ(calendar.day(31).month_index, 1);     // 1 Feb
  EXPECT_EQ(calendar.day(31).day_of_month, 1);
}

TEST(Calendar, ParsesOnlyYearDashMonth) {
  ASSERT_TRUE(parse_year_month("2015-01").has_value());
  EXPECT_EQ(*parse_year_month("2099-12"), (YearMonth{2099, 12}));
  EXPECT_FALSE(parse_year_month("2015-13"));
  EXPECT_FALSE(parse_year_month("2015-00"));
  EXPECT_FALSE(parse_year_month("2015-1"));
  EXPECT_FALSE(parse_year_month("2015/01"));
  EXPECT_FALSE(parse_year_month("20150-1"));
  EXPECT_FALSE(parse_year_month(""));
}

TEST(Calendar, AddsMonthsAcrossYears) {
  EXPECT_EQ(add_months({2015, 11}, 3), (YearMonth{2016, 2}));
  EXPECT_EQ(format_year_month(add_months({2015, 1}, 119)), "2024-12");
}

}  // namespace
}  // namespace inmail
