// Number formatting for the views. Credits are integers; so is their text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "inmail/plans.h"

namespace inmail_ui {

// 1234567 -> "1,234,567", -1200 -> "-1,200".
std::string format_count(std::int64_t value);

// Basis points as a percent: 2505 -> "25.05%", 2500 -> "25%", 2550 -> "25.5%".
std::string format_bp_percent(std::int64_t bp);

// Cents as the engine writes money, with the user's currency label:
// 102000, "EUR" -> "1020.00 EUR"; "n/a" where the engine gives no amount.
std::string format_money(std::optional<std::int64_t> cents, std::string_view currency);

// A balance cap or credit life: a count, or "none".
std::string format_limit(const inmail::Limit& limit);

}  // namespace inmail_ui
