#include "page/field_path.h"

#include "inmail/schema.h"

namespace inmail::detail {
namespace {

constexpr std::string_view kGroupsPrefix = "groups[";
constexpr std::string_view kPricesPrefix = "seat_prices.";
constexpr std::string_view kReportInfix = "report.";

// Reads "123]" at the front of `text` into `index`; false when it is not there.
bool read_index(std::string_view& text, std::size_t& index) {
  const std::size_t close = text.find(']');
  if (close == 0 || close == std::string_view::npos || close > 6) return false;
  index = 0;
  for (char c : text.substr(0, close)) {
    if (c < '0' || c > '9') return false;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  text.remove_prefix(close + 1);
  return true;
}

// "key" or "key[2]" into the path's key and entry.
bool read_key(std::string_view text, FieldPath& path) {
  const std::size_t open = text.find('[');
  path.key = std::string(text.substr(0, open));
  if (path.key.empty()) return false;
  if (open == std::string_view::npos) return true;
  text.remove_prefix(open + 1);
  std::size_t entry = 0;
  if (!read_index(text, entry) || !text.empty()) return false;
  path.entry = entry;
  return true;
}

}  // namespace

std::optional<FieldPath> parse_field_path(std::string_view text) {
  FieldPath path;
  if (text == kCurrencyPath) {
    path.kind = FieldPath::Kind::kCurrency;
    path.key = std::string(text);
    return path;
  }
  if (text.substr(0, kPricesPrefix.size()) == kPricesPrefix) {
    path.kind = FieldPath::Kind::kPrice;
    path.key = std::string(text.substr(kPricesPrefix.size()));
    return path.key.empty() ? std::nullopt : std::optional(path);
  }
  if (text.substr(0, kGroupsPrefix.size()) != kGroupsPrefix) {
    return read_key(text, path) ? std::optional(path) : std::nullopt;
  }
  text.remove_prefix(kGroupsPrefix.size());
  if (!read_index(text, path.group) || text.empty() || text.front() != '.') return std::nullopt;
  text.remove_prefix(1);
  path.kind = FieldPath::Kind::kGroup;
  if (text.substr(0, kReportInfix.size()) == kReportInfix) {
    path.kind = FieldPath::Kind::kReport;
    path.key = std::string(text.substr(kReportInfix.size()));
    return path;
  }
  return read_key(text, path) ? std::optional(path) : std::nullopt;
}

std::string group_path(std::size_t group, std::string_view key) {
  return std::string(kGroupsPrefix) + std::to_string(group) + "]." + std::string(key);
}

std::string input_path(std::string_view error_field) {
  std::optional<FieldPath> path = parse_field_path(error_field);
  if (!path) return std::string(error_field);
  if (path->kind == FieldPath::Kind::kTop) {
    const FieldInfo* group_field = find_field(path->key, true);
    if (find_field(path->key, false) == nullptr && group_field != nullptr &&
        is_shorthand_key(*group_field)) {
      return group_path(0, path->key);
    }
    return path->key;
  }
  if (path->kind == FieldPath::Kind::kGroup) return group_path(path->group, path->key);
  return std::string(error_field);
}

}  // namespace inmail::detail
