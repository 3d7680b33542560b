// What the fuzzers share: the month they take as today, the trap that
// reports a broken expectation, and the page's promise about a link's
// problems.
#ifndef INMAIL_FUZZ_FUZZ_SUPPORT_H_
#define INMAIL_FUZZ_FUZZ_SUPPORT_H_

#include <algorithm>
#include <vector>

#include "inmail/link.h"
#include "inmail/page_model.h"

namespace inmail_fuzz {

inline constexpr inmail::YearMonth kToday{2026, 11};

// libFuzzer reports a trap as a crash, with the input that caused it.
inline void check(bool condition) {
  if (!condition) __builtin_trap();
}

// The link a page writes may hold what the person typed wrong (a currency
// label too long); the page then shows that problem at its field.
inline bool shows_every_problem_of(const inmail::PageView& view,
                                   const std::vector<inmail::FieldError>& link_errors) {
  return std::all_of(link_errors.begin(), link_errors.end(), [&](const inmail::FieldError& error) {
    return std::any_of(view.errors.begin(), view.errors.end(),
                       [&](const inmail::FieldError& shown) { return shown.field == error.field; });
  });
}

}  // namespace inmail_fuzz

#endif  // INMAIL_FUZZ_FUZZ_SUPPORT_H_
