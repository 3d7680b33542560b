#include "month_sort.h"

#include <algorithm>
#include <numeric>

#include "inmail/schema.h"

namespace inmail_ui {

std::vector<std::size_t> sorted_month_rows(const std::vector<inmail::MonthFigures>& months,
                                           std::size_t column, bool ascending) {
  std::vector<std::size_t> rows(months.size());
  std::iota(rows.begin(), rows.end(), std::size_t{0});
  const auto& columns = inmail::month_columns();
  const auto figure = column == 0 ? nullptr : columns.at(column - 1).figure;
  // Months are stored in calendar order, so the row index is the Month key.
  const auto key = [&](std::size_t row) {
    return figure ? months[row].*figure : static_cast<std::int64_t>(row);
  };
  std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
    return ascending ? key(a) < key(b) : key(a) > key(b);
  });
  return rows;
}

}  // namespace inmail_ui
