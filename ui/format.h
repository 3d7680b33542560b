// Number formatting for the views. Credits are integers; so is their text.
#pragma once

#include <cstdint>
#include <string>

namespace inmail_ui {

// 1234567 -> "1,234,567", -1200 -> "-1,200".
std::string format_count(std::int64_t value);

// Basis points as a percent: 2505 -> "25.05%", 2500 -> "25%", 2550 -> "25.5%".
std::string format_bp_percent(std::int64_t bp);

}  // namespace inmail_ui
