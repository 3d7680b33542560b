#include "inmail/json_value.h"
#include "json/json_text.h"

#include <locale.h>  // newlocale: POSIX, not in <clocale>
#include <stdlib.h>  // strtod_l: POSIX, not in <cstdlib>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iterator>

namespace inmail {
namespace detail {

// A JSON number's text, checked already, as the nearest double, whatever
// the C locale (std::strtod under de_DE reads "1.5" as 1). Numbers past the
// range of a double read as infinities. Emscripten 3.1.6's libc++ has no
// floating-point std::from_chars, and libstdc++'s leaves such numbers unread.
double read_double(std::string_view number) {
  // Clinger's fast path: digits below 2^53 and a power of ten up to 10^22
  // are both exact doubles, so one multiplication or division rounds once,
  // correctly. It reads the numbers people type without strtod_l's copy.
  constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  constexpr std::uint64_t kExactDigits = std::uint64_t{1} << 53;
  const bool negative = number.front() == '-';
  std::uint64_t digits = 0;
  std::int64_t exponent = 0;
  std::size_t at = negative ? 1 : 0;
  for (bool fraction = false; at < number.size() && digits < kExactDigits; ++at) {
    const char c = number[at];
    if (c == 'e' || c == 'E') break;
    if (c == '.') {
      fraction = true;
      continue;
    }
    digits = digits * 10 + static_cast<std::uint64_t>(c - '0');
    if (fraction) --exponent;
  }
  if (at < number.size() && (number[at] == 'e' || number[at] == 'E')) {
    ++at;
    if (number[at] == '+') ++at;
    int written = 0;
    const auto parsed = std::from_chars(number.data() + at, number.data() + number.size(), written);
    at = parsed.ec == std::errc() ? number.size() : at;
    exponent += written;
  }
  if (at == number.size() && digits <= kExactDigits && exponent >= -22 && exponent <= 22) {
    const double whole = static_cast<double>(digits);
    const double power =
        kPowersOfTen[static_cast<std::size_t>(exponent < 0 ? -exponent : exponent)];
    const double magnitude = exponent < 0 ? whole / power : whole * power;
    return negative ? -magnitude : magnitude;
  }
  static const locale_t c_locale = newlocale(LC_ALL_MASK, "C", nullptr);
  return strtod_l(std::string(number).c_str(), nullptr, c_locale);
}

}  // namespace detail

namespace {

using detail::read_double;

// A positive decimal number, 0.digits x 10^point.
struct Decimal {
  std::string digits;
  int point = 0;
};

// Scientific text, "d.ddde-x", as a Decimal; any decimal point is skipped,
// the locale's included.
Decimal decimal_of(std::string_view scientific) {
  const std::size_t e = scientific.find_first_of("eE");
  Decimal decimal;
  for (char c : scientific.substr(0, e)) {
    if (c >= '0' && c <= '9') decimal.digits += c;
  }
  std::string_view exponent = scientific.substr(e + 1);
  if (exponent.front() == '+') exponent.remove_prefix(1);
  std::from_chars(exponent.data(), exponent.data() + exponent.size(), decimal.point);
  ++decimal.point;
  return decimal;
}

Decimal without_trailing_zeros(Decimal decimal) {
  const std::size_t last = decimal.digits.find_last_not_of('0');
  decimal.digits.resize(last == std::string::npos ? 1 : last + 1);
  return decimal;
}

#if defined(__cpp_lib_to_chars)  // floating-point to_chars: libstdc++, not Emscripten 3.1.6

// The fewest digits that read back to a positive, finite double.
Decimal shortest_decimal(double magnitude) {
  char text[32];
  const auto written =
      std::to_chars(std::begin(text), std::end(text), magnitude, std::chars_format::scientific);
  return without_trailing_zeros(
      decimal_of(std::string_view(text, static_cast<std::size_t>(written.ptr - text))));
}

#else

double read_decimal(const Decimal& decimal) {
  return read_double("0." + decimal.digits + "e" + std::to_string(decimal.point));
}

// The decimal one unit up in its last digit.
Decimal next_decimal_up(Decimal decimal) {
  std::size_t at = decimal.digits.size();
  while (at > 0 && decimal.digits[at - 1] == '9') decimal.digits[--at] = '0';
  if (at == 0) {
    decimal.digits.insert(decimal.digits.begin(), '1');
    decimal.digits.pop_back();
    ++decimal.point;
  } else {
    ++decimal.digits[at - 1];
  }
  return decimal;
}

// The digits std::to_chars writes: the fewest that read back, found from
// printf's correctly rounded ones. At a power of two the next double below
// is twice as close as the next above, so where the nearest decimal (below)
// does not read back, the next one up may, and to_chars takes it.
Decimal shortest_decimal(double magnitude) {
  for (int precision = 0;; ++precision) {
    char text[40];
    std::snprintf(text, sizeof text, "%.*e", precision, magnitude);
    Decimal nearest = decimal_of(text);
    const double read_back = read_decimal(nearest);
    if (read_back == magnitude) return without_trailing_zeros(std::move(nearest));
    if (read_back < magnitude) {
      Decimal above = next_decimal_up(std::move(nearest));
      if (read_decimal(above) == magnitude) return without_trailing_zeros(std::move(above));
    }
  }
}

#endif

}  // namespace

std::string json_double_text(double value) {
  if (std::isnan(value)) return "null";
  const bool negative = std::signbit(value);
  std::string out = negative ? "-" : "";
  // Past any double's exponent: JSON has no infinity, and this reads back as one.
  if (std::isinf(value)) return out + "1e999";
  if (value == 0.0) return out + "0.0";
  // The value is 0.digits x 10^n, laid out as JSON writers usually do:
  // plain for -4 < n <= 15, else with an exponent.
  const Decimal decimal = shortest_decimal(std::fabs(value));
  const std::string& digits = decimal.digits;
  const int n = decimal.point;
  const int k = static_cast<int>(digits.size());
  if (k <= n && n <= 15) {
    out += digits + std::string(static_cast<std::size_t>(n - k), '0') + ".0";
  } else if (0 < n && n <= 15) {
    out += digits.substr(0, static_cast<std::size_t>(n)) + "." +
           digits.substr(static_cast<std::size_t>(n));
  } else if (-4 < n && n <= 0) {
    out += "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
  } else {
    out += digits.substr(0, 1);
    if (k > 1) out += "." + digits.substr(1);
    const int exponent = n - 1;
    out += exponent < 0 ? "e-" : "e+";
    const int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
  }
  return out;
}

}  // namespace inmail
