// A field's path as the engine names fields in errors and edits:
// "months", "groups[1].seats", "groups[0].sends_per_month[2]",
// "seat_prices.recruiter", and besides the scenario "currency" and
// "groups[0].report.sent".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace inmail::detail {

struct FieldPath {
  enum class Kind { kTop, kGroup, kPrice, kReport, kCurrency };
  Kind kind = Kind::kTop;
  std::size_t group = 0;  // kGroup, kReport
  std::string key;        // the key within its object; kReport: sent, accepted or declined
  std::optional<std::size_t> entry;  // a sending plan's month: "[2]" after the key
};

// nullopt for text that is no path of these shapes.
std::optional<FieldPath> parse_field_path(std::string_view text);

// The path of `key` in group `group`: "groups[1].seats".
std::string group_path(std::size_t group, std::string_view key);

// The input an error path belongs to: shorthand keys ("seats") are group
// 0's, and a sending plan's month ("groups[0].sends_per_month[2]") is its
// plan's.
std::string input_path(std::string_view error_field);

inline constexpr std::string_view kCurrencyPath = "currency";

}  // namespace inmail::detail
