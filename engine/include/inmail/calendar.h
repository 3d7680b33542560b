// Calendar arithmetic for the daily ledger: months, weekdays, business days.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace inmail {

struct YearMonth {
  int year = 2015;
  int month = 1;  // 1..12

  friend bool operator==(YearMonth a, YearMonth b) {
    return a.year == b.year && a.month == b.month;
  }
};

// Parses exactly "YYYY-MM".
std::optional<YearMonth> parse_year_month(std::string_view text);
std::string format_year_month(YearMonth ym);
YearMonth add_months(YearMonth ym, int months);
int days_in_month(YearMonth ym);
// 0 = Monday .. 6 = Sunday.
int weekday(YearMonth ym, int day_of_month);

// One day of the projection, precomputed so the ledger loop does no date math.
struct CalendarDay {
  int month_index = 0;      // 0-based month of the projection
  int day_of_month = 1;     // 1..31
  int business_index = -1;  // 0-based index among the month's business days; -1 on weekends
};

// The days from the 1st of `start` through the last day of the last month.
class Calendar {
 public:
  Calendar(YearMonth start, int months);

  int day_count() const { return static_cast<int>(days_.size()); }
  int month_count() const { return static_cast<int>(months_.size()); }
  const CalendarDay& day(int index) const { return days_[static_cast<std::size_t>(index)]; }
  YearMonth month(int index) const { return months_[static_cast<std::size_t>(index)]; }
  int days_in(int month_index) const { return days_in_month(month(month_index)); }
  int business_days(int month_index) const {
    return business_days_[static_cast<std::size_t>(month_index)];
  }

 private:
  std::vector<CalendarDay> days_;
  std::vector<YearMonth> months_;
  std::vector<int> business_days_;
};

}  // namespace inmail
