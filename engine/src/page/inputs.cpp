#include "page/inputs.h"

#include <algorithm>
#include <climits>

#include "inmail/schema.h"
#include "page/typed_text.h"

namespace inmail::detail {
namespace {

using Json = JsonValue;

const Json* group_value(const Json& scenario, std::size_t group, std::string_view key) {
  const Json* groups = scenario.find("groups");
  if (groups == nullptr) return group == 0 ? scenario.find(key) : nullptr;
  if (!groups->is_array() || group >= groups->size()) return nullptr;
  const Json& object = groups->items()[group];
  return object.is_object() ? object.find(key) : nullptr;
}

std::string default_text(const FieldInfo* field) {
  if (field == nullptr || field->default_json == "null" || field->kind == FieldKind::kPrices) {
    return "";
  }
  const std::optional<Json> value = parse_json(field->default_json, 1).value;
  return field_text(value ? &*value : nullptr);
}

const FieldInfo* field_of(const FieldPath& path) {
  if (path.kind == FieldPath::Kind::kGroup) return find_field(path.key, true);
  if (path.kind == FieldPath::Kind::kTop) return find_field(path.key, false);
  return nullptr;
}

// One count of the report helper, or nullopt when it is no whole number.
std::optional<std::int64_t> count_of(const std::string& text, const char* field,
                                     std::vector<FieldError>& errors) {
  const std::optional<Json> value = read_typed(FieldKind::kInteger, text).value;
  if (const std::optional<std::int64_t> count = value ? value->as_int64() : std::nullopt) {
    return count;
  }
  // Past 64 bits: the range is response_rate_from_report()'s to check.
  if (value && value->as_uint64()) return INT64_MAX;
  errors.push_back({field, "must be a whole number"});
  return std::nullopt;
}

}  // namespace

const Json* given_value(const Json& scenario, const FieldPath& path) {
  switch (path.kind) {
    case FieldPath::Kind::kTop:
      return scenario.find(path.key);
    case FieldPath::Kind::kGroup:
      return group_value(scenario, path.group, path.key);
    case FieldPath::Kind::kPrice: {
      const Json* prices = scenario.find("seat_prices");
      return prices && prices->is_object() ? prices->find(path.key) : nullptr;
    }
    case FieldPath::Kind::kReport:
    case FieldPath::Kind::kCurrency:
      break;
  }
  return nullptr;
}

std::string value_text(const PageState& state, std::string_view path_text) {
  const std::optional<FieldPath> path = parse_field_path(path_text);
  if (!path) return "";
  if (path->kind == FieldPath::Kind::kCurrency) return state.currency;
  if (path->kind == FieldPath::Kind::kReport) {
    const auto counts = state.report.find(path->group);
    if (counts == state.report.end()) return "";
    const ReportCounts& report = counts->second;
    return path->key == "sent"       ? report.sent
           : path->key == "accepted" ? report.accepted
                                     : report.declined;
  }
  const Json* value = given_value(state.scenario, *path);
  return value ? field_text(value) : default_text(field_of(*path));
}

std::string fixed_default_text(std::string_view path_text) {
  const std::optional<FieldPath> path = parse_field_path(path_text);
  return path ? default_text(field_of(*path)) : "";
}

std::string input_text(const PageState& state, std::string_view path) {
  const auto typed = state.typed.find(std::string(path));
  return typed != state.typed.end() ? typed->second : value_text(state, path);
}

void remember_typed(PageState& state, const std::string& path, const std::string& text) {
  if (text == value_text(state, path)) {
    state.typed.erase(path);
  } else {
    state.typed[path] = text;
  }
}

std::optional<ReportRate> report_rate(const ReportCounts& counts) {
  if (counts.sent.empty() && counts.accepted.empty() && counts.declined.empty()) {
    return std::nullopt;
  }
  ReportRate rate;
  const auto sent = count_of(counts.sent, "sent", rate.errors);
  const auto accepted =
      count_of(counts.accepted.empty() ? "0" : counts.accepted, "accepted", rate.errors);
  const auto declined =
      count_of(counts.declined.empty() ? "0" : counts.declined, "declined", rate.errors);
  if (!rate.errors.empty()) return rate;
  return response_rate_from_report(*sent, *accepted, *declined);
}

}  // namespace inmail::detail
