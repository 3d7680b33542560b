#include "inmail/calendar.h"

namespace inmail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil), so weekdays need no table.
long days_from_civil(int year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const long year_of_era = year - era * 400;
  const long day_of_year = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

}  // namespace

std::optional<YearMonth> parse_year_month(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U}) {
    if (!is_digit(text[i])) return std::nullopt;
  }
  const int year =
      (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  if (month < 1 || month > 12) return std::nullopt;
  return YearMonth{year, month};
}

// By hand, not snprintf: the result JSON formats one label per month and
// group, and printf's machinery is slow in WebAssembly.
std::string format_year_month(YearMonth ym) {
  std::string text = "0000-00";
  for (int position = 3, year = ym.year; position >= 0; --position, year /= 10) {
    text[static_cast<std::size_t>(position)] = static_cast<char>('0' + year % 10);
  }
  text[5] = static_cast<char>('0' + ym.month / 10);
  text[6] = static_cast<char>('0' + ym.month % 10);
  return text;
}

YearMonth add_months(YearMonth ym, int months) {
  const int index = ym.year * 12 + (ym.month - 1) + months;
  return YearMonth{index / 12, index % 12 + 1};
}

int days_in_month(YearMonth ym) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return ym.month == 2 && is_leap_year(ym.year) ? 29 : kDays[ym.month - 1];
}

int weekday(YearMonth ym, int day_of_month) {
  const long days = days_from_civil(ym.year, ym.month, day_of_month);
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

Calendar::Calendar(YearMonth start, int months) {
  months_.reserve(static_cast<std::size_t>(months));
  business_days_.reserve(static_cast<std::size_t>(months));
  std::size_t day_count = 0;
  for (int month_index = 0; month_index < months; ++month_index) {
    months_.push_back(add_months(start, month_index));
    day_count += static_cast<std::size_t>(days_in_month(months_.back()));
  }
  // Sized once and filled in place: the days of a ten-year projection are a
  // few thousand, and pushing them one by one showed in its profile.
  days_.resize(day_count);
  CalendarDay* day = days_.data();
  for (int month_index = 0; month_index < months; ++month_index) {
    const YearMonth ym = months_[static_cast<std::size_t>(month_index)];
    const int length = days_in_month(ym);
    int weekday_of_day = weekday(ym, 1);
    int business_index = 0;
    for (int day_of_month = 1; day_of_month <= length; ++day_of_month, ++day) {
      *day = CalendarDay{month_index, day_of_month, weekday_of_day < 5 ? business_index++ : -1};
      weekday_of_day = weekday_of_day == 6 ? 0 : weekday_of_day + 1;
    }
    business_days_.push_back(business_index);
  }
}

}  // namespace inmail
