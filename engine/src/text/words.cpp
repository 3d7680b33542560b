#include "text/words.h"

#include "inmail/json_value.h"

namespace inmail::detail {

std::string count_text(std::int64_t value) {
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

std::string counted(std::int64_t value, std::string_view singular, std::string_view plural) {
  return count_text(value) + " " + std::string(value == 1 ? singular : plural);
}

std::string percent_text(std::int64_t bp) {
  std::string text = count_text(bp / 100);
  const std::int64_t hundredths = bp % 100;
  if (hundredths != 0) {
    text += '.';
    text += static_cast<char>('0' + hundredths / 10);
    if (hundredths % 10 != 0) text += static_cast<char>('0' + hundredths % 10);
  }
  return text + " %";
}

std::string amount_text(std::int64_t cents) {
  const std::int64_t fraction = (cents < 0 ? -cents : cents) % 100;
  const std::string sign = cents < 0 && cents > -100 ? "-" : "";
  return sign + count_text(cents / 100) + "." + static_cast<char>('0' + fraction / 10) +
         static_cast<char>('0' + fraction % 10);
}

std::string money_text(std::int64_t cents, std::string_view currency) {
  return currency.empty() ? amount_text(cents) : amount_text(cents) + " " + std::string(currency);
}

std::string month_name(YearMonth month) {
  static constexpr const char* kNames[] = {"January",   "February", "March",    "April",
                                           "May",       "June",     "July",     "August",
                                           "September", "October",  "November", "December"};
  return std::string(kNames[month.month - 1]) + " " + std::to_string(month.year);
}

std::string shown_text(std::string_view text) {
  constexpr char kHexDigits[] = "0123456789abcdef";
  std::string shown;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0) {
      shown += "\xEF\xBF\xBD";
      ++at;
      continue;
    }
    const auto lead = static_cast<unsigned char>(text[at]);
    const auto next = static_cast<unsigned char>(length == 2 ? text[at + 1] : 0);
    const bool c0_or_delete = length == 1 && (lead < 0x20 || lead == 0x7F);
    const bool c1 = length == 2 && lead == 0xC2 && next < 0xA0;  // U+0080 to U+009F
    if (c0_or_delete || c1) {
      const unsigned code = c1 ? next : lead;
      shown += "\\u00";
      shown += kHexDigits[code >> 4];
      shown += kHexDigits[code & 0xF];
    } else {
      shown.append(text.substr(at, length));
    }
    at += length;
  }
  return shown;
}

}  // namespace inmail::detail
