// Number formatting of the ImGui page.
#include "format.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace inmail_ui {
namespace {

TEST(Format, CountsGetThousandsSeparators) {
  EXPECT_EQ(format_count(0), "0");
  EXPECT_EQ(format_count(999), "999");
  EXPECT_EQ(format_count(1000), "1,000");
  EXPECT_EQ(format_count(1234567), "1,234,567");
  EXPECT_EQ(format_count(-1200), "-1,200");
  EXPECT_EQ(format_count(std::numeric_limits<std::int64_t>::min()), "-9,223,372,036,854,775,808");
}

TEST(Format, BasisPointsBecomeShortPercents) {
  EXPECT_EQ(format_bp_percent(2505), "25.05%");
  EXPECT_EQ(format_bp_percent(2550), "25.5%");
  EXPECT_EQ(format_bp_percent(2500), "25%");
  EXPECT_EQ(format_bp_percent(5), "0.05%");
  EXPECT_EQ(format_bp_percent(10000), "100%");
}

TEST(Format, MoneyHasTwoDecimalsAndTheCurrencyLabel) {
  EXPECT_EQ(format_money(102000, "EUR"), "1020.00 EUR");
  EXPECT_EQ(format_money(5, "USD"), "0.05 USD");
  EXPECT_EQ(format_money(1999, ""), "19.99");
  EXPECT_EQ(format_money(std::nullopt, "EUR"), "n/a");
}

TEST(Format, LimitsAreACountOrNone) {
  EXPECT_EQ(format_limit(600), "600");
  EXPECT_EQ(format_limit(10000000), "10,000,000");
  EXPECT_EQ(format_limit(std::nullopt), "none");
}

}  // namespace
}  // namespace inmail_ui
