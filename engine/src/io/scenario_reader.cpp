// Reading a scenario from JSON (spec section 2): every field by the field
// table's kind and limits, every problem named by its path (section 6).
#include "inmail/scenario_reader.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "inmail/fields.h"
#include "json/json_input.h"

namespace inmail {
namespace {

using Json = JsonValue;

// Reads the fields of one JSON object, recording every problem under the
// object's path; absent or null fields keep the caller's default.
class FieldReader {
 public:
  FieldReader(const Json& object, std::string prefix, std::vector<FieldError>& errors)
      : object_(object), prefix_(std::move(prefix)), errors_(errors) {}

  std::string path(std::string_view key) const { return prefix_ + std::string(key); }
  bool has(std::string_view key) const { return value(key) != nullptr; }
  void error(std::string_view key, std::string message) {
    errors_.push_back({path(key), std::move(message)});
  }

  template <class Int>
  void read_int(const FieldInfo& field, Int& out) {
    const Json* found = value(field.key);
    if (!found) return;
    if (const auto number = checked_integer(field, *found, "")) out = static_cast<Int>(*number);
  }

  template <class Int>
  void read_int(const FieldInfo& field, std::optional<Int>& out) {
    if (!has(field.key)) return;
    Int number{};
    read_int(field, number);
    out = number;
  }

  // InMails per seat and month: a whole number in the field's range, or a
  // schedule of 1 to max_entries of them (spec v3), whose entries' problems
  // are named by index ("sends_per_month[2]").
  void read_sends(const FieldInfo& field, MonthlySends& out) {
    const Json* found = value(field.key);
    if (!found) return;
    if (!found->is_array()) {
      if (!found->is_number()) {
        return error(field.key, "must be a whole number, or a list of them (one a month)");
      }
      if (const auto number = checked_integer(field, *found, "")) {
        out = MonthlySends::constant(*number);
      }
      return;
    }
    const auto count = static_cast<std::int64_t>(found->size());
    if (count == 0 || count > field.max_entries) return error(field.key, count_message(field));
    std::vector<std::int64_t> by_month;
    by_month.reserve(found->size());
    const std::size_t errors_before = errors_.size();
    for (std::size_t index = 0; index < found->size(); ++index) {
      const std::string entry_key = std::string(field.key) + "[" + std::to_string(index) + "]";
      const auto number = checked_integer(field, found->items()[index], "", entry_key);
      by_month.push_back(number.value_or(0));
    }
    if (errors_.size() == errors_before) out = MonthlySends::schedule(std::move(by_month));
  }

  // A whole number in the field's range, or "none"; not given: left alone.
  void read_limit(const FieldInfo& field, std::optional<Limit>& out) {
    const Json* found = value(field.key);
    if (!found) return;
    if (found->is_string() && *found->as_string() == kNoLimit) {
      out = Limit{};
      return;
    }
    if (const auto number = checked_integer(field, *found, ", or \"none\"")) out = Limit{*number};
  }

  void read_bool(const char* key, bool& out) {
    const Json* found = value(key);
    if (!found) return;
    if (!found->is_bool()) return error(key, "must be true or false");
    out = *found->as_bool();
  }

  void read_seed(std::uint64_t& out) {
    const Json* found = value("seed");
    if (!found) return;
    if (const auto seed = found->as_uint64()) {
      out = *seed;
    } else {
      error("seed", "must be a whole number between 0 and 18446744073709551615");
    }
  }

  // A number with at most two decimals in the field's range (in
  // hundredths), kept in hundredths (a percent as basis points, a price as
  // cents). `key`: a price's plan, else the field's own key.
  std::optional<std::int64_t> read_hundredths(const FieldInfo& field, std::string_view key = {}) {
    if (key.empty()) key = field.key;
    const Json* found = value(key);
    if (!found) return std::nullopt;
    if (!found->is_number()) return error(key, "must be a number"), std::nullopt;
    const double number = *found->as_double();
    const double min = static_cast<double>(field.min) / 100.0;
    const double max = static_cast<double>(field.max) / 100.0;
    if (!(number >= min && number <= max)) return error(key, range_message(field)), std::nullopt;
    const double scaled = number * 100.0;
    const double rounded = std::round(scaled);
    if (std::fabs(scaled - rounded) > 1e-6) {
      return error(key, std::string(kHundredthsMessage)), std::nullopt;
    }
    return static_cast<std::int64_t>(rounded);
  }

  const std::string* read_string(const char* key) {
    const Json* found = value(key);
    if (!found) return nullptr;
    if (!found->is_string()) {
      error(key, "must be a string");
      return nullptr;
    }
    return found->as_string();
  }

  // Every key the schema does not list at this level is an error.
  void reject_unknown_keys(bool group_level) {
    for (const Json::Member& member : object_.members()) {
      const std::string& name = member.first;
      const bool known = group_level ? find_field(name, true) != nullptr : is_top_level_key(name);
      if (!known) errors_.push_back({prefix_ + name, "unknown key"});
    }
  }

 private:
  // The value as a whole number in the field's range, or nullopt once the
  // problem is recorded; `alternative` words another accepted value.
  std::optional<std::int64_t> checked_integer(const FieldInfo& field, const Json& value,
                                              std::string_view alternative,
                                              std::string_view key = {}) {
    if (key.empty()) key = field.key;
    const std::optional<std::int64_t> number = as_integer(value);
    if (!number) {
      error(key,
            "must be a whole number" +
                (alternative.empty() ? std::string()
                                     : " from " + std::to_string(field.min) + " to " +
                                           std::to_string(field.max) + std::string(alternative)));
      return std::nullopt;
    }
    if (*number < field.min || *number > field.max) {
      error(key, range_message(field) + std::string(alternative));
      return std::nullopt;
    }
    return number;
  }

  const Json* value(std::string_view key) const {
    const Json* found = object_.find(key);
    return found == nullptr || found->is_null() ? nullptr : found;
  }

  static std::optional<std::int64_t> as_integer(const Json& value) {
    if (const auto whole = value.as_int64()) return whole;
    if (value.as_uint64()) return INT64_MAX;  // past int64_t: out of every range
    if (value.type() == Json::Type::kFloat) {
      const double number = *value.as_double();
      // A whole float such as 12.0 counts; anything out of 64-bit range is
      // clamped so the range check names the field.
      if (!(std::floor(number) == number)) return std::nullopt;
      if (number >= 9.2e18) return INT64_MAX;
      if (number <= -9.2e18) return INT64_MIN;
      return static_cast<std::int64_t>(number);
    }
    return std::nullopt;
  }

  const Json& object_;
  std::string prefix_;
  std::vector<FieldError>& errors_;
};

// "a", "b" or "c": the accepted names, for error messages.
template <class Info>
std::string name_list(const std::vector<Info>& infos) {
  std::string names;
  for (std::size_t index = 0; index < infos.size(); ++index) {
    if (index > 0) names += index + 1 == infos.size() ? " or " : ", ";
    names += "\"" + std::string(infos[index].name) + "\"";
  }
  return names;
}

void read_plan(FieldReader& reader, Scenario& scenario) {
  if (const std::string* name = reader.read_string("policy")) {
    if (const auto policy = policy_from_name(*name)) {
      scenario.policy = *policy;
    } else {
      reader.error("policy", "must be " + name_list(all_policies()));
    }
  }
  if (const std::string* name = reader.read_string("plan")) {
    if (const auto plan = plan_from_name(*name)) {
      scenario.plan = *plan;
    } else {
      reader.error("plan", "must be " + name_list(all_plans()));
    }
  }
}

// Why a group name cannot be used, if it cannot.
std::optional<std::string> name_problem(std::string_view name) {
  static const FieldInfo& field = field_named("name", true);
  if (static_cast<std::int64_t>(utf8_length(name)) > field.max) return range_message(field);
  // Spec v3: C0 controls and DEL would reach tables, CSV and terminals raw.
  const bool has_control = std::any_of(name.begin(), name.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
  if (has_control) return "must not contain control characters (tabs, line breaks, ...)";
  return std::nullopt;
}

const FieldInfo& group_field(std::string_view key) { return field_named(key, true); }
const FieldInfo& top_field(std::string_view key) { return field_named(key, false); }

void read_group(FieldReader& reader, Group& group) {
  if (const std::string* name = reader.read_string("name")) {
    if (const auto problem = name_problem(*name)) {
      reader.error("name", *problem);
    } else {
      group.name = *name;
    }
  }
  reader.read_int(group_field("seats"), group.seats);
  reader.read_sends(group_field("sends_per_month"), group.sends_per_month);
  if (const auto bp = reader.read_hundredths(group_field("response_rate"))) group.response_bp = *bp;
  reader.read_int(group_field("response_days"), group.response_days);
}

void read_groups(const Json& root, FieldReader& reader, Scenario& scenario,
                 std::vector<FieldError>& errors) {
  if (!reader.has("groups")) {
    scenario.groups.assign(1, Group{default_group_name(0)});
    read_group(reader, scenario.groups[0]);
    return;
  }
  for (const FieldInfo& field : scenario_fields()) {
    if (is_shorthand_key(field) && reader.has(field.key)) {
      reader.error(field.key, "cannot be used together with groups");
    }
  }
  const Json& groups = *root.find("groups");
  static const FieldInfo& field = top_field("groups");
  if (!groups.is_array()) return reader.error("groups", "must be an array of groups");
  const auto count = static_cast<std::int64_t>(groups.size());
  if (count < field.min || count > field.max) return reader.error("groups", count_message(field));
  scenario.groups.reserve(groups.size());
  for (std::size_t index = 0; index < groups.size(); ++index) {
    const std::string prefix = "groups[" + std::to_string(index) + "]";
    Group group{default_group_name(index)};
    const Json& group_json = groups.items()[index];
    if (!group_json.is_object()) {
      errors.push_back({prefix, "must be an object"});
    } else {
      FieldReader group_reader(group_json, prefix + ".", errors);
      group_reader.reject_unknown_keys(true);
      read_group(group_reader, group);
    }
    scenario.groups.push_back(group);
  }
}

void read_start(FieldReader& reader, GivenKeys& given) {
  const std::string* text = reader.read_string("start");
  if (!text) return;
  const auto start = parse_scenario_month(*text);
  if (!start) return reader.error("start", kScenarioMonthMessage);
  given.start = *start;
}

// Prices by plan name; a price for a plan the policy does not offer is
// allowed (the plan comparison shows it).
void read_seat_prices(const Json& root, FieldReader& reader, Scenario& scenario,
                      std::vector<FieldError>& errors) {
  if (!reader.has("seat_prices")) return;
  const Json& prices = *root.find("seat_prices");
  if (!prices.is_object()) {
    return reader.error("seat_prices", "must be an object of prices by plan name");
  }
  FieldReader price_reader(prices, "seat_prices.", errors);
  for (const Json::Member& price : prices.members()) {
    const auto plan = plan_from_name(price.first);
    if (!plan) {
      price_reader.error(price.first, "is not a plan: use " + name_list(all_plans()));
    } else if (const auto cents =
                   price_reader.read_hundredths(top_field("seat_prices"), price.first)) {
      scenario.seat_price_cents[static_cast<std::size_t>(*plan)] = *cents;
    }
  }
}

void read_given_keys(FieldReader& reader, GivenKeys& given) {
  if (reader.has("allotment")) {
    std::int64_t allotment = 0;
    reader.read_int(top_field("allotment"), allotment);
    given.allotment = allotment;
  }
  read_start(reader, given);
  if (reader.has("pooled")) {
    bool pooled = false;
    reader.read_bool("pooled", pooled);
    given.pooled = pooled;
  }
  reader.read_limit(top_field("expiry_days"), given.expiry_days);
  reader.read_limit(top_field("balance_cap"), given.balance_cap);
}

Scenario read_scenario(const Json& root, std::vector<FieldError>& errors) {
  Scenario scenario;
  FieldReader reader(root, "", errors);
  reader.reject_unknown_keys(false);
  read_plan(reader, scenario);
  read_given_keys(reader, scenario.given);
  reader.read_int(top_field("months"), scenario.months);
  read_groups(root, reader, scenario, errors);
  reader.read_int(top_field("opening_balance"), scenario.opening_balance);
  reader.read_bool("launch_bonus", scenario.launch_bonus);
  reader.read_int(top_field("refresh_day"), scenario.refresh_day);
  reader.read_int(top_field("trials"), scenario.trials);
  reader.read_seed(scenario.seed);
  read_seat_prices(root, reader, scenario, errors);
  reader.read_bool("compare", scenario.compare);
  reader.read_int(top_field("goal_responses"), scenario.goal_responses);
  return scenario;
}

}  // namespace

ParseResult parse_scenario(std::string_view json_text, YearMonth today) {
  if (json_text.size() > limits::kMaxInputBytes) {
    return {std::nullopt,
            {{"", "scenario is larger than " + std::to_string(limits::kMaxInputBytes) + " bytes"}}};
  }
  const JsonParse parsed = detail::parse_json_input(json_text);
  if (!parsed.value) return {std::nullopt, {detail::syntax_problem(parsed)}};
  // Spec v3: a key given twice is an error at that key, whatever its values
  // (the value read is the last, whose own problems are listed too).
  std::vector<FieldError> errors;
  for (const std::string& path : parsed.duplicate_keys) {
    errors.push_back({path, "given more than once"});
  }
  ParseResult read = parse_scenario_object(*parsed.value, today);
  if (errors.empty()) return read;
  errors.insert(errors.end(), read.errors.begin(), read.errors.end());
  return {std::nullopt, std::move(errors)};
}

ParseResult parse_scenario_object(const Json& root, YearMonth today) {
  ParseResult result;
  if (!root.is_object()) {
    result.errors.push_back({"", "scenario must be a JSON object"});
    return result;
  }
  Scenario scenario = read_scenario(root, result.errors);
  resolve_defaults(scenario, today);
  for (FieldError& error : combination_errors(scenario)) result.errors.push_back(std::move(error));
  if (result.errors.empty()) result.scenario = std::move(scenario);
  return result;
}

Scenario read_leniently(std::string_view json_text, YearMonth today) {
  const std::optional<Json> root = json_text.size() <= limits::kMaxInputBytes
                                       ? detail::json_input_value(json_text)
                                       : std::nullopt;
  return read_object_leniently(root.value_or(Json()), today);
}

Scenario read_object_leniently(const Json& root, YearMonth today) {
  std::vector<FieldError> ignored;
  Scenario scenario = root.is_object() ? read_scenario(root, ignored) : Scenario{};
  if (scenario.groups.empty()) scenario.groups.push_back(Group{default_group_name(0)});
  resolve_defaults(scenario, today);
  return scenario;
}

}  // namespace inmail
