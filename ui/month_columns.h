// The columns of the month table, shared by the table, its sorting and the
// chart's tooltip, so that all three list the same figures in the same order.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "inmail/projection.h"

namespace inmail_ui {

struct MonthColumn {
  const char* label;
  // The figure this column shows; nullptr for the Month column itself.
  std::int64_t inmail::MonthFigures::*figure;
};

inline constexpr std::array<MonthColumn, 10> kMonthColumns = {{
    {"Month", nullptr},
    {"Opening", &inmail::MonthFigures::opening},
    {"Granted", &inmail::MonthFigures::granted},
    {"Bonus", &inmail::MonthFigures::bonus},
    {"Refunded", &inmail::MonthFigures::refunded},
    {"Sent", &inmail::MonthFigures::sent},
    {"Unsent", &inmail::MonthFigures::unsent},
    {"Responses", &inmail::MonthFigures::responses},
    {"Expired", &inmail::MonthFigures::expired},
    {"Closing", &inmail::MonthFigures::closing},
}};

// Row indices of `months` ordered by column `column` (Month: calendar order),
// ties kept in calendar order.
std::vector<std::size_t> sorted_month_rows(const std::vector<inmail::MonthFigures>& months,
                                           std::size_t column, bool ascending);

}  // namespace inmail_ui
