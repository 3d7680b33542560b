#include "page/typed_text.h"

#include <algorithm>
#include <vector>

namespace inmail::detail {
namespace {

// Grouping marks other than '.' and ',': spaces (plain, no-break and narrow
// no-break) and apostrophes (Swiss 1'000, typographic 1’000), each read as
// this one character.
constexpr char kGroupMark = '_';

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

std::string_view trimmed(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// The text with every grouping mark as kGroupMark.
std::string with_group_marks(std::string_view text) {
  static constexpr std::string_view kMarks[] = {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x99", " ",
                                                "'"};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto* const mark =
        std::find_if(std::begin(kMarks), std::end(kMarks),
                     [&](std::string_view m) { return text.substr(i, m.size()) == m; });
    if (mark != std::end(kMarks)) {
      out += kGroupMark;
      i += mark->size();
    } else {
      out += text[i++];
    }
  }
  return out;
}

// Digits in groups of three after a first group of one to three, split by
// any of `marks`: "1_000", "12,500,000". The digits alone, or nullopt.
std::optional<std::string> grouped_digits(std::string_view text, std::string_view marks) {
  std::string digits;
  std::size_t group = 0;
  bool first = true;
  for (char c : text) {
    if (is_digit(c)) {
      digits += c;
      ++group;
    } else if (marks.find(c) != std::string_view::npos) {
      if (group == 0 || group > 3 || (!first && group != 3)) return std::nullopt;
      first = false;
      group = 0;
    } else {
      return std::nullopt;
    }
  }
  if (group == 0 || (!first && group != 3)) return std::nullopt;
  return digits;
}

// "0012" -> "12", "" -> "0".
std::string without_leading_zeros(const std::string& digits) {
  const std::size_t first = digits.find_first_not_of('0');
  return first == std::string::npos ? "0" : digits.substr(first);
}

// A decimal number as JSON writes it, from its whole and fractional digits.
std::string decimal_text(bool negative, const std::string& whole, std::string_view fraction) {
  std::string text = negative ? "-" : "";
  text += without_leading_zeros(whole);
  if (!fraction.empty()) text += "." + std::string(fraction);
  return text;
}

// How a number as typed reads: its JSON text, or why it cannot be read
// one way only; neither when it is no number at all.
struct NumberReading {
  std::optional<std::string> json;
  std::string problem;
};

// "1,250": a lone separator, one to three digits before it (not a leading
// zero) and three after, reads as a thousands separator and as a decimal one.
bool is_ambiguous(std::string_view before, std::string_view after) {
  return before.size() <= 3 && all_digits(before) && before.front() != '0' && after.size() == 3 &&
         all_digits(after);
}

// The decimal separator of `body` (digits, '.', ',' and kGroupMark), where
// it has one: the later of '.' and ',' when both appear, a lone one that is
// not a thousands separator; '\0' for none. `ambiguous` tells a lone
// separator that reads both ways.
char decimal_separator(std::string_view body, bool& ambiguous) {
  const std::size_t dot = body.rfind('.');
  const std::size_t comma = body.rfind(',');
  ambiguous = false;
  if (dot != std::string_view::npos && comma != std::string_view::npos) {
    return dot > comma ? '.' : ',';
  }
  const char separator = dot != std::string_view::npos ? '.' : ',';
  const std::size_t at = std::min(dot, comma);
  if (at == std::string_view::npos) return '\0';
  if (std::count(body.begin(), body.end(), separator) > 1) return '\0';  // 1.000.000
  ambiguous = is_ambiguous(body.substr(0, at), body.substr(at + 1));
  return separator;
}

NumberReading read_number(std::string_view text, bool whole) {
  const std::string marked = with_group_marks(text);
  std::string_view body(marked);
  const bool negative = !body.empty() && body.front() == '-';
  if (!body.empty() && (body.front() == '-' || body.front() == '+')) body.remove_prefix(1);
  const bool number_like = std::any_of(body.begin(), body.end(), is_digit) &&
                           std::all_of(body.begin(), body.end(), [](char c) {
                             return is_digit(c) || c == '.' || c == ',' || c == kGroupMark;
                           });
  if (!number_like) return {};
  bool ambiguous = false;
  char separator = decimal_separator(body, ambiguous);
  if (ambiguous) {
    const std::size_t at = body.find(separator);
    const std::string grouped = decimal_text(
        negative, std::string(body.substr(0, at)) + std::string(body.substr(at + 1)), "");
    if (whole) {
      separator = '\0';  // a count with three decimals is no count: 1,000 is a thousand
    } else {
      std::string fraction(body.substr(at + 1));
      while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
      // "10.005": three decimals is no reading of a field of hundredths,
      // so offering it would send the person round in a circle.
      if (fraction.size() > 2) {
        return {std::nullopt, std::string(kHundredthsMessage) + "; if you meant " + grouped +
                                  ", type " + grouped};
      }
      const std::string decimal = decimal_text(negative, std::string(body.substr(0, at)), fraction);
      return {std::nullopt,
              "could be " + grouped + " or " + decimal + ": type " + grouped + " or " + decimal};
    }
  }
  const std::size_t at = separator ? body.rfind(separator) : std::string_view::npos;
  const std::string_view whole_part = body.substr(0, at);
  const std::string_view fraction =
      at == std::string_view::npos ? std::string_view() : body.substr(at + 1);
  if (!fraction.empty() && !all_digits(fraction)) return {};
  std::string marks{kGroupMark};
  marks += separator == '.' ? ',' : '.';
  if (separator == '\0') marks = std::string{kGroupMark} + ".,";
  const std::optional<std::string> digits =
      whole_part.empty() ? std::optional<std::string>("0") : grouped_digits(whole_part, marks);
  if (!digits) return {};
  return {decimal_text(negative, *digits, fraction), ""};
}

// A number's JSON value, or the text itself when it is no number, so that
// validation names the field's rule.
TypedValue number_value(std::string_view text, bool whole) {
  const NumberReading reading = read_number(text, whole);
  if (!reading.problem.empty()) return {JsonValue(std::string(text)), reading.problem};
  if (!reading.json) return {JsonValue(std::string(text)), ""};
  return {parse_json(*reading.json, 1).value, ""};
}

// The entries of a sending plan: split at semicolons, white space and
// commas followed by white space; a comma inside an entry splits it too,
// unless it groups thousands ("1,000": no month is "000").
struct PlanEntries {
  std::vector<std::string> entries;
  std::string problem;
};

PlanEntries plan_entries(std::string_view text) {
  std::vector<std::string> tokens(1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool space = c == ' ' || c == '\t';
    const bool comma_then_space = c == ',' && i + 1 < text.size() && text[i + 1] == ' ';
    if (c == ';' || space || comma_then_space) {
      if (!tokens.back().empty()) tokens.emplace_back();
    } else {
      tokens.back() += c;
    }
  }
  if (tokens.back().empty()) tokens.pop_back();
  PlanEntries plan;
  for (const std::string& token : tokens) {
    std::vector<std::string> parts(1);
    for (char c : token) {
      if (c == ',') {
        parts.emplace_back();
      } else {
        parts.back() += c;
      }
    }
    const bool groups_thousands =
        parts.size() > 1 && is_ambiguous(parts[0], parts[1]) &&
        std::all_of(parts.begin() + 1, parts.end(),
                    [](const std::string& part) { return part.size() == 3 && all_digits(part); });
    const bool has_zero_group = std::any_of(parts.begin() + 1, parts.end(), [](const auto& part) {
      return !part.empty() && part.front() == '0';
    });
    if (groups_thousands && !has_zero_group) {
      std::string joined;
      for (const std::string& part : parts) joined += part;
      std::string months = parts[0];
      for (std::size_t k = 1; k < parts.size(); ++k) months += ", " + parts[k];
      plan.problem = "\"" + token + "\" could be ";
      plan.problem.append(joined).append(" or the months ").append(months);
      plan.problem.append(": type ").append(joined).append(", or ").append(months);
      return plan;
    }
    if (groups_thousands) {
      plan.entries.push_back(token);
    } else {
      // Trailing commas are a plan being typed: no empty month at the end.
      while (parts.size() > 1 && parts.back().empty()) parts.pop_back();
      plan.entries.insert(plan.entries.end(), parts.begin(), parts.end());
    }
  }
  return plan;
}

TypedValue schedule_value(std::string_view text) {
  if (text.front() == '[') {
    std::optional<JsonValue> list = parse_json(text, 2).value;
    return {list ? std::move(*list) : JsonValue(std::string(text)), ""};
  }
  PlanEntries plan = plan_entries(text);
  if (!plan.problem.empty()) return {JsonValue(std::string(text)), plan.problem};
  if (plan.entries.size() == 1) return number_value(plan.entries[0], true);
  JsonValue entries = JsonValue::array();
  for (const std::string& entry : plan.entries) {
    entries.push_back(*number_value(entry, true).value);
  }
  return {std::move(entries), ""};
}

std::string lower_case(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return lower;
}

}  // namespace

TypedValue read_typed(FieldKind kind, std::string_view text) {
  const std::string_view trimmed_text = trimmed(text);
  if (trimmed_text.empty()) return {};
  switch (kind) {
    case FieldKind::kChoice:
    case FieldKind::kMonth:
      return {JsonValue(std::string(trimmed_text)), ""};
    case FieldKind::kText:
      return {JsonValue(std::string(text)), ""};
    case FieldKind::kInteger:
    case FieldKind::kSeed:
      return number_value(trimmed_text, true);
    case FieldKind::kHundredths:
    case FieldKind::kPrices:
      return number_value(trimmed_text, false);
    case FieldKind::kLimit:
      if (lower_case(trimmed_text) == kNoLimit) return {JsonValue(kNoLimit), ""};
      return number_value(trimmed_text, true);
    case FieldKind::kSchedule:
      return schedule_value(trimmed_text);
    case FieldKind::kBoolean: {
      const std::string word = lower_case(trimmed_text);
      if (word == "true" || word == "false") return {JsonValue(word == "true"), ""};
      return {JsonValue(std::string(trimmed_text)), ""};
    }
    case FieldKind::kGroups:
      break;
  }
  return {JsonValue(std::string(trimmed_text)), ""};
}

std::string field_text(const JsonValue* value) {
  if (value == nullptr || value->is_null()) return "";
  if (const std::string* text = value->as_string()) return *text;
  if (!value->is_array()) return value->dump();
  std::string text;
  for (const JsonValue& entry : value->items()) {
    if (!text.empty()) text += ", ";
    const std::string* entry_text = entry.as_string();
    text += entry_text ? *entry_text : entry.dump();
  }
  return text;
}

}  // namespace inmail::detail
