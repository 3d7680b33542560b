// How the engine writes figures for people: counts with thousands
// separators, percentages, money, months. One writing for both pages, the
// terminal table and print.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "inmail/calendar.h"

namespace inmail::detail {

// 12720 -> "12,720", -1200 -> "-1,200".
std::string count_text(std::int64_t value);
// "1 InMail", "2 InMails": a count and its noun, singular or plural.
std::string counted(std::int64_t value, std::string_view singular, std::string_view plural);
// Basis points as a percentage: 2550 -> "25.5 %", 2942 -> "29.42 %", 2500 -> "25 %".
std::string percent_text(std::int64_t bp);
// Cents with grouping: 8910000 -> "89,100.00".
std::string amount_text(std::int64_t cents);
// Cents with the currency label after the amount ("89,100.00 USD"), or
// alone; pages may instead write money the way the reader's locale does.
std::string money_text(std::int64_t cents, std::string_view currency);
// "December 2026".
std::string month_name(YearMonth month);
// Text a person gave, shown to people: control characters (C0, DEL and C1),
// which could move a terminal's cursor, recolour or clear its screen, or
// hide in a page, written as \u escapes; bytes that are not UTF-8 as U+FFFD.
std::string shown_text(std::string_view text);

}  // namespace inmail::detail
