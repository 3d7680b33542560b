#include "format.h"

#include "inmail/report.h"

namespace inmail_ui {

std::string format_count(std::int64_t value) {
  // Through uint64 so that the most negative int64 negates without overflow.
  const bool negative = value < 0;
  std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::string digits;
  int written = 0;
  do {
    if (written > 0 && written % 3 == 0) digits.insert(digits.begin(), ',');
    digits.insert(digits.begin(), static_cast<char>('0' + magnitude % 10));
    magnitude /= 10;
    ++written;
  } while (magnitude > 0);
  return negative ? "-" + digits : digits;
}

std::string format_bp_percent(std::int64_t bp) {
  std::string text = std::to_string(bp / 100);
  const std::int64_t hundredths = bp % 100;
  if (hundredths != 0) {
    text += '.';
    text += static_cast<char>('0' + hundredths / 10);
    if (hundredths % 10 != 0) text += static_cast<char>('0' + hundredths % 10);
  }
  return text + "%";
}

std::string format_money(std::optional<std::int64_t> cents, std::string_view currency) {
  if (!cents) return "n/a";
  std::string text = inmail::money_text(*cents);
  if (!currency.empty()) text += " " + std::string(currency);
  return text;
}

std::string format_limit(const inmail::Limit& limit) {
  return limit ? format_count(*limit) : std::string(inmail::kNoLimit);
}

}  // namespace inmail_ui
