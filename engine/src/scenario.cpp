#include "inmail/scenario.h"

#include <cmath>
#include <string>
#include <utility>

#include "inmail/monte_carlo.h"
#include "inmail/schema.h"
#include "json_input.h"

namespace inmail {
namespace {

using Json = JsonValue;

// An integer field's name and valid range, shared by parsing and validation.
struct IntRule {
  const char* key;
  std::int64_t min;
  std::int64_t max;
};

constexpr IntRule kAllotment{"allotment", 0, limits::kMaxAllotment};
constexpr IntRule kMonths{"months", 1, limits::kMaxMonths};
constexpr IntRule kSeats{"seats", 1, limits::kMaxSeats};
constexpr IntRule kSendsPerMonth{"sends_per_month", 0, limits::kMaxSendsPerMonth};
constexpr IntRule kResponseDays{"response_days", 1, limits::kMaxResponseDays};
constexpr IntRule kOpeningBalance{"opening_balance", 0, limits::kMaxOpeningBalance};
constexpr IntRule kExpiryDays{"expiry_days", 1, limits::kMaxExpiryDays};
constexpr IntRule kBalanceCap{"balance_cap", 0, limits::kMaxBalanceCap};
constexpr IntRule kRefreshDay{"refresh_day", 1, limits::kMaxRefreshDay};
constexpr IntRule kTrials{"trials", 0, limits::kMaxTrials};

std::string range_message(std::int64_t min, std::int64_t max) {
  return "must be between " + std::to_string(min) + " and " + std::to_string(max);
}

void check_range(std::int64_t value, const IntRule& rule, const std::string& field,
                 std::vector<FieldError>& errors) {
  if (value < rule.min || value > rule.max) {
    errors.push_back({field, range_message(rule.min, rule.max)});
  }
}

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
  void read_int(const IntRule& rule, Int& out) {
    const Json* found = value(rule.key);
    if (!found) return;
    if (const auto number = checked_integer(rule, *found, "")) out = static_cast<Int>(*number);
  }

  // A whole number in the rule's range, or "none"; not given: left alone.
  void read_limit(const IntRule& rule, std::optional<Limit>& out) {
    const Json* found = value(rule.key);
    if (!found) return;
    if (found->is_string() && found->as_string() == kNoLimit) {
      out = Limit{};
      return;
    }
    if (const auto number = checked_integer(rule, *found, ", or \"none\"")) out = Limit{*number};
  }

  void read_bool(const char* key, bool& out) {
    const Json* found = value(key);
    if (!found) return;
    if (!found->is_bool()) return error(key, "must be true or false");
    out = found->as_bool();
  }

  void read_seed(std::uint64_t& out) {
    const Json* found = value("seed");
    if (!found) return;
    if (found->type() == Json::Type::kUnsigned) {
      out = found->as_unsigned();
    } else if (found->type() == Json::Type::kInteger && found->as_integer() >= 0) {
      out = static_cast<std::uint64_t>(found->as_integer());
    } else {
      error("seed", "must be a whole number between 0 and 18446744073709551615");
    }
  }

  // A number with at most two decimals between 0 and `max_hundredths` / 100,
  // kept in hundredths (a percent as basis points, a price as cents).
  std::optional<std::int64_t> read_hundredths(const std::string& key, std::int64_t max_hundredths) {
    const Json* found = value(key);
    if (!found) return std::nullopt;
    if (!found->is_number()) return error(key, "must be a number"), std::nullopt;
    const double number = found->as_double();
    const double max = static_cast<double>(max_hundredths) / 100.0;
    if (!(number >= 0.0 && number <= max)) {
      return error(key, "must be between 0 and " + std::to_string(max_hundredths / 100)),
             std::nullopt;
    }
    const double scaled = number * 100.0;
    const double rounded = std::round(scaled);
    if (std::fabs(scaled - rounded) > 1e-6) {
      return error(key, "must have at most 2 decimals"), std::nullopt;
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
    return &found->as_string();
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
  // The value as a whole number in the rule's range, or nullopt once the
  // problem is recorded; `alternative` words another accepted value.
  std::optional<std::int64_t> checked_integer(const IntRule& rule, const Json& value,
                                              std::string_view alternative) {
    const std::optional<std::int64_t> number = as_integer(value);
    if (!number) {
      error(rule.key,
            "must be a whole number" +
                (alternative.empty() ? std::string()
                                     : " from " + std::to_string(rule.min) + " to " +
                                           std::to_string(rule.max) + std::string(alternative)));
      return std::nullopt;
    }
    if (*number < rule.min || *number > rule.max) {
      error(rule.key, range_message(rule.min, rule.max) + std::string(alternative));
      return std::nullopt;
    }
    return number;
  }

  const Json* value(std::string_view key) const {
    const Json* found = object_.find(key);
    return found == nullptr || found->is_null() ? nullptr : found;
  }

  static std::optional<std::int64_t> as_integer(const Json& value) {
    if (value.type() == Json::Type::kInteger) return value.as_integer();
    if (value.type() == Json::Type::kUnsigned) {
      const std::uint64_t unsigned_value = value.as_unsigned();
      if (unsigned_value > static_cast<std::uint64_t>(INT64_MAX)) return INT64_MAX;
      return static_cast<std::int64_t>(unsigned_value);
    }
    if (value.type() == Json::Type::kFloat) {
      const double number = value.as_double();
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

void read_group(FieldReader& reader, Group& group) {
  if (const std::string* name = reader.read_string("name")) {
    if (utf8_length(*name) > limits::kMaxGroupNameChars) {
      reader.error("name", "must be at most 64 characters");
    } else {
      group.name = *name;
    }
  }
  reader.read_int(kSeats, group.seats);
  reader.read_int(kSendsPerMonth, group.sends_per_month);
  if (const auto bp = reader.read_hundredths("response_rate", 10000)) group.response_bp = *bp;
  reader.read_int(kResponseDays, group.response_days);
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
  if (!groups.is_array()) return reader.error("groups", "must be an array of groups");
  if (groups.size() == 0 || groups.size() > limits::kMaxGroups) {
    return reader.error("groups",
                        "must hold 1 to " + std::to_string(limits::kMaxGroups) + " groups");
  }
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

bool in_range(YearMonth month) {
  return month.year >= limits::kMinYear && month.year <= limits::kMaxYear && month.month >= 1 &&
         month.month <= 12;
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
                   price_reader.read_hundredths(price.first, limits::kMaxSeatPriceCents)) {
      scenario.seat_price_cents[static_cast<std::size_t>(*plan)] = *cents;
    }
  }
}

void read_given_keys(FieldReader& reader, GivenKeys& given) {
  if (reader.has("allotment")) {
    std::int64_t allotment = 0;
    reader.read_int(kAllotment, allotment);
    given.allotment = allotment;
  }
  read_start(reader, given);
  if (reader.has("pooled")) {
    bool pooled = false;
    reader.read_bool("pooled", pooled);
    given.pooled = pooled;
  }
  reader.read_limit(kExpiryDays, given.expiry_days);
  reader.read_limit(kBalanceCap, given.balance_cap);
}

Scenario read_scenario(const Json& root, std::vector<FieldError>& errors) {
  Scenario scenario;
  FieldReader reader(root, "", errors);
  reader.reject_unknown_keys(false);
  read_plan(reader, scenario);
  read_given_keys(reader, scenario.given);
  reader.read_int(kMonths, scenario.months);
  read_groups(root, reader, scenario, errors);
  reader.read_int(kOpeningBalance, scenario.opening_balance);
  reader.read_bool("launch_bonus", scenario.launch_bonus);
  reader.read_int(kRefreshDay, scenario.refresh_day);
  reader.read_int(kTrials, scenario.trials);
  reader.read_seed(scenario.seed);
  read_seat_prices(root, reader, scenario, errors);
  reader.read_bool("compare", scenario.compare);
  return scenario;
}

// Rules that involve more than one field; ranges were checked as read.
void check_combinations(const Scenario& scenario, std::vector<FieldError>& errors) {
  const PlanInfo& plan = plan_info(scenario.plan);
  if (!policy_offers(scenario.policy, scenario.plan)) {
    errors.push_back({"plan", std::string(plan.display_name) + " is not offered under " +
                                  std::string(policy_info(scenario.policy).display_name)});
  }
  if (scenario.plan == Plan::kCustom && !scenario.given.allotment) {
    errors.push_back({"allotment", "is required for the custom plan"});
  }
  if (scenario.pooled && !plan.pools) {
    errors.push_back({"pooled", std::string(plan.display_name) + " does not pool credits"});
  }
  if (monte_carlo_work(scenario) > limits::kMaxMonteCarloWork) {
    errors.push_back({"trials",
                      "too much Monte Carlo work for this team: lower trials, months "
                      "or seats (trials x ledgers x days must stay under " +
                          std::to_string(limits::kMaxMonteCarloWork) + ")"});
  }
}

void check_limit(const Limit& limit, const IntRule& rule, std::vector<FieldError>& errors) {
  if (limit) check_range(*limit, rule, rule.key, errors);
}

}  // namespace

std::string default_group_name(std::size_t index) { return "Group " + std::to_string(index + 1); }

void resolve_defaults(Scenario& scenario, YearMonth today) {
  const GivenKeys& given = scenario.given;
  scenario.allotment =
      given.allotment.value_or(plan_allotment(scenario.plan, scenario.policy).value_or(0));
  scenario.start = given.start.value_or(policy_info(scenario.policy).default_start.value_or(today));
  scenario.pooled = given.pooled.value_or(plan_info(scenario.plan).pools_default);
  scenario.expiry_days =
      given.expiry_days.value_or(default_expiry_days(scenario.policy, scenario.plan));
  scenario.balance_cap = given.balance_cap.value_or(
      default_balance_cap(scenario.policy, scenario.plan, scenario.allotment));
}

std::optional<YearMonth> parse_scenario_month(std::string_view text) {
  const auto month = parse_year_month(text);
  if (!month || !in_range(*month)) return std::nullopt;
  return month;
}

ParseResult parse_scenario(std::string_view json_text, YearMonth today) {
  ParseResult result;
  if (json_text.size() > limits::kMaxInputBytes) {
    result.errors.push_back(
        {"", "scenario is larger than " + std::to_string(limits::kMaxInputBytes) + " bytes"});
    return result;
  }
  const JsonParse parsed = detail::parse_json_input(json_text);
  if (!parsed.value) {
    result.errors.push_back(detail::syntax_problem(parsed));
    return result;
  }
  const Json& root = *parsed.value;
  if (!root.is_object()) {
    result.errors.push_back({"", "scenario must be a JSON object"});
    return result;
  }
  Scenario scenario = read_scenario(root, result.errors);
  resolve_defaults(scenario, today);
  check_combinations(scenario, result.errors);
  if (result.errors.empty()) result.scenario = std::move(scenario);
  return result;
}

Scenario read_leniently(std::string_view json_text, YearMonth today) {
  std::vector<FieldError> ignored;
  const std::optional<Json> root = json_text.size() <= limits::kMaxInputBytes
                                       ? detail::json_input_value(json_text)
                                       : std::nullopt;
  Scenario scenario = root && root->is_object() ? read_scenario(*root, ignored) : Scenario{};
  if (scenario.groups.empty()) scenario.groups.push_back(Group{default_group_name(0)});
  resolve_defaults(scenario, today);
  return scenario;
}

std::vector<FieldError> validate_scenario(const Scenario& scenario) {
  std::vector<FieldError> errors;
  check_range(scenario.allotment, kAllotment, kAllotment.key, errors);
  if (!in_range(scenario.start)) errors.push_back({"start", kScenarioMonthMessage});
  check_range(scenario.months, kMonths, kMonths.key, errors);
  if (scenario.groups.empty() || scenario.groups.size() > limits::kMaxGroups) {
    errors.push_back(
        {"groups", "must hold 1 to " + std::to_string(limits::kMaxGroups) + " groups"});
  }
  for (std::size_t index = 0; index < scenario.groups.size(); ++index) {
    const Group& group = scenario.groups[index];
    const std::string prefix = "groups[" + std::to_string(index) + "].";
    if (utf8_length(group.name) > limits::kMaxGroupNameChars) {
      errors.push_back({prefix + "name", "must be at most 64 characters"});
    }
    check_range(group.seats, kSeats, prefix + kSeats.key, errors);
    check_range(group.sends_per_month, kSendsPerMonth, prefix + kSendsPerMonth.key, errors);
    if (group.response_bp < 0 || group.response_bp > 10000) {
      errors.push_back({prefix + "response_rate", "must be between 0 and 100"});
    }
    check_range(group.response_days, kResponseDays, prefix + kResponseDays.key, errors);
  }
  check_range(scenario.opening_balance, kOpeningBalance, kOpeningBalance.key, errors);
  check_limit(scenario.expiry_days, kExpiryDays, errors);
  check_limit(scenario.balance_cap, kBalanceCap, errors);
  check_range(scenario.refresh_day, kRefreshDay, kRefreshDay.key, errors);
  check_range(scenario.trials, kTrials, kTrials.key, errors);
  for (const PlanInfo& plan : all_plans()) {
    const auto cents = scenario.seat_price(plan.plan);
    if (cents && (*cents < 0 || *cents > limits::kMaxSeatPriceCents)) {
      errors.push_back({"seat_prices." + std::string(plan.name), "must be between 0 and 1000000"});
    }
  }
  check_combinations(scenario, errors);
  return errors;
}

}  // namespace inmail
