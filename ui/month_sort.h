// Sorting the month table by any of its columns: the Month column, then the
// engine's month_columns().
#pragma once

#include <cstddef>
#include <vector>

#include "inmail/projection.h"

namespace inmail_ui {

// Row indices of `months` ordered by table column `column` (0: Month, in
// calendar order; k: month_columns()[k - 1]), ties kept in calendar order.
std::vector<std::size_t> sorted_month_rows(const std::vector<inmail::MonthFigures>& months,
                                           std::size_t column, bool ascending);

}  // namespace inmail_ui
