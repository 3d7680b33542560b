// The engine's figure columns (inmail/schema.h) found by their keys.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdlib>
#include <string_view>

#include "inmail/schema.h"

namespace inmail_ui {

// The column of `columns` with `key`: a search, so look it up once, not per
// row. The UI names columns by constant keys, so a missing one is a bug that
// any page load shows: it stops rather than show another column (IM_ASSERT
// is compiled out of Release builds).
template <class Figures, std::size_t N>
const inmail::Column<Figures>& column_by_key(const std::array<inmail::Column<Figures>, N>& columns,
                                             std::string_view key) {
  const auto found = std::find_if(columns.begin(), columns.end(),
                                  [&](const auto& candidate) { return candidate.key == key; });
  if (found == columns.end()) std::abort();
  return *found;
}

}  // namespace inmail_ui
