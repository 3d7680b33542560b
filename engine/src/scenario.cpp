#include "inmail/scenario.h"

#include <cmath>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "inmail/monte_carlo.h"

namespace inmail {
namespace {

using nlohmann::json;

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

constexpr std::string_view kTopLevelKeys[] = {
    "policy",          "plan",          "allotment",       "start",        "months",
    "pooled",          "groups",        "opening_balance", "launch_bonus", "expiry_days",
    "balance_cap",     "refresh_day",   "trials",          "seed",         "seats",
    "sends_per_month", "response_rate", "response_days"};
constexpr std::string_view kGroupKeys[] = {"name", "seats", "sends_per_month", "response_rate",
                                           "response_days"};
const char* const kGroupShorthandKeys[] = {"seats", "sends_per_month", "response_rate",
                                           "response_days"};

std::string range_message(std::int64_t min, std::int64_t max) {
  return "must be between " + std::to_string(min) + " and " + std::to_string(max);
}

void check_range(std::int64_t value, const IntRule& rule, const std::string& field,
                 std::vector<FieldError>& errors) {
  if (value < rule.min || value > rule.max) {
    errors.push_back({field, range_message(rule.min, rule.max)});
  }
}

// Counts code points, so a 64-character name in any script is accepted.
std::size_t utf8_length(const std::string& text) {
  std::size_t count = 0;
  for (char byte : text) count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

// Reads the fields of one JSON object, recording every problem under the
// object's path; absent or null fields keep the caller's default.
class FieldReader {
 public:
  FieldReader(const json& object, std::string prefix, std::vector<FieldError>& errors)
      : object_(object), prefix_(std::move(prefix)), errors_(errors) {}

  std::string path(const char* key) const { return prefix_ + key; }
  bool has(const char* key) const { return value(key) != nullptr; }
  void error(const char* key, std::string message) {
    errors_.push_back({path(key), std::move(message)});
  }

  template <class Int>
  void read_int(const IntRule& rule, Int& out) {
    const json* found = value(rule.key);
    if (!found) return;
    const std::optional<std::int64_t> number = as_integer(*found);
    if (!number) return error(rule.key, "must be a whole number");
    if (*number < rule.min || *number > rule.max) {
      return error(rule.key, range_message(rule.min, rule.max));
    }
    out = static_cast<Int>(*number);
  }

  void read_bool(const char* key, bool& out) {
    const json* found = value(key);
    if (!found) return;
    if (!found->is_boolean()) return error(key, "must be true or false");
    out = found->get<bool>();
  }

  void read_seed(std::uint64_t& out) {
    const json* found = value("seed");
    if (!found) return;
    if (found->is_number_unsigned()) {
      out = found->get<std::uint64_t>();
    } else if (found->is_number_integer() && found->get<std::int64_t>() >= 0) {
      out = static_cast<std::uint64_t>(found->get<std::int64_t>());
    } else {
      error("seed", "must be a whole number between 0 and 18446744073709551615");
    }
  }

  // Percent with at most two decimals, kept as basis points.
  void read_rate(const char* key, std::int64_t& bp) {
    const json* found = value(key);
    if (!found) return;
    if (!found->is_number()) return error(key, "must be a number");
    const double percent = found->get<double>();
    if (!(percent >= 0.0 && percent <= 100.0)) return error(key, "must be between 0 and 100");
    const double scaled = percent * 100.0;
    const double rounded = std::round(scaled);
    if (std::fabs(scaled - rounded) > 1e-6) return error(key, "must have at most 2 decimals");
    bp = static_cast<std::int64_t>(rounded);
  }

  const std::string* read_string(const char* key) {
    const json* found = value(key);
    if (!found) return nullptr;
    if (!found->is_string()) {
      error(key, "must be a string");
      return nullptr;
    }
    return found->get_ptr<const json::string_t*>();
  }

  template <std::size_t N>
  void reject_unknown_keys(const std::string_view (&known)[N]) {
    for (auto item = object_.begin(); item != object_.end(); ++item) {
      const std::string& name = item.key();
      bool is_known = false;
      for (std::string_view key : known) is_known = is_known || name == key;
      if (!is_known) errors_.push_back({prefix_ + name, "unknown key"});
    }
  }

 private:
  const json* value(const char* key) const {
    const auto found = object_.find(key);
    return found == object_.end() || found->is_null() ? nullptr : &*found;
  }

  static std::optional<std::int64_t> as_integer(const json& value) {
    if (value.is_number_integer() && !value.is_number_unsigned()) return value.get<std::int64_t>();
    if (value.is_number_unsigned()) {
      const auto unsigned_value = value.get<std::uint64_t>();
      if (unsigned_value > static_cast<std::uint64_t>(INT64_MAX)) return INT64_MAX;
      return static_cast<std::int64_t>(unsigned_value);
    }
    if (value.is_number_float()) {
      const double number = value.get<double>();
      // A whole float such as 12.0 counts; anything out of 64-bit range is
      // clamped so the range check names the field.
      if (!(std::floor(number) == number)) return std::nullopt;
      if (number >= 9.2e18) return INT64_MAX;
      if (number <= -9.2e18) return INT64_MIN;
      return static_cast<std::int64_t>(number);
    }
    return std::nullopt;
  }

  const json& object_;
  std::string prefix_;
  std::vector<FieldError>& errors_;
};

// Syntax and nesting are checked before the DOM is built, so hostile input
// (megabytes of brackets) costs a linear scan and never deep recursion.
class SyntaxCheck : public nlohmann::json_sax<json> {
 public:
  std::optional<FieldError> problem;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return enter(); }
  bool key(string_t&) override { return true; }
  bool end_object() override { return leave(); }
  bool start_array(std::size_t) override { return enter(); }
  bool end_array() override { return leave(); }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    problem = FieldError{
        "", "invalid JSON at byte " + std::to_string(position) + ": " + strip_prefix(ex.what())};
    return false;
  }

 private:
  bool enter() {
    if (++depth_ <= limits::kMaxJsonDepth) return true;
    problem = FieldError{
        "", "JSON nested deeper than " + std::to_string(limits::kMaxJsonDepth) + " levels"};
    return false;
  }
  bool leave() {
    --depth_;
    return true;
  }
  // nlohmann's messages start with "[json.exception.parse_error.101] parse error at ...: ".
  static std::string strip_prefix(const std::string& message) {
    const std::size_t colon = message.rfind(": ");
    return colon == std::string::npos ? message : message.substr(colon + 2);
  }

  int depth_ = 0;
};

// Why text that failed to parse was refused: a second, SAX pass that stops
// at the first problem and words it.
FieldError describe_syntax_problem(std::string_view text) {
  SyntaxCheck check;
  json::sax_parse(text, &check, json::input_format_t::json, true, false);
  return check.problem.value_or(FieldError{"", "invalid JSON"});
}

// Whether arrays and objects nest deeper than the limit anywhere in the
// text, brackets inside strings aside. For valid JSON this is exact; for
// text that is not, the parse or describe_syntax_problem() has the last word.
bool nests_too_deep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      in_string = c != '"';
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limits::kMaxJsonDepth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

// Parses only text that nests within the limit, so no deep tree is ever
// built; `too_deep` says the text was refused for its depth. Checking the
// depth first lets nlohmann build the tree without a callback per value,
// which made a small scenario's parse noticeably slower.
json parse_with_depth_limit(std::string_view text, bool& too_deep) {
  too_deep = nests_too_deep(text);
  if (too_deep) return json(json::value_t::discarded);
  return json::parse(text, nullptr, false);
}

void read_plan(FieldReader& reader, Scenario& scenario) {
  if (const std::string* name = reader.read_string("policy")) {
    if (const auto policy = policy_from_name(*name)) {
      scenario.policy = *policy;
    } else {
      reader.error("policy", "must be \"2015\" or \"legacy\"");
    }
  }
  if (const std::string* name = reader.read_string("plan")) {
    if (const auto plan = plan_from_name(*name)) {
      scenario.plan = *plan;
    } else {
      std::string names;
      for (const PlanInfo& info : all_plans())
        names += (names.empty() ? "" : ", ") + std::string(info.name);
      reader.error("plan", "must be one of " + names);
    }
  }
  scenario.allotment = plan_allotment(scenario.plan, scenario.policy).value_or(0);
  scenario.allotment_overridden = reader.has("allotment");
  reader.read_int(kAllotment, scenario.allotment);
  scenario.pooled = plan_info(scenario.plan).pools_default;
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
  reader.read_rate("response_rate", group.response_bp);
  reader.read_int(kResponseDays, group.response_days);
}

void read_groups(const json& root, FieldReader& reader, Scenario& scenario,
                 std::vector<FieldError>& errors) {
  if (!reader.has("groups")) {
    scenario.groups.assign(1, Group{"Group 1"});
    read_group(reader, scenario.groups[0]);
    return;
  }
  for (const char* key : kGroupShorthandKeys) {
    if (reader.has(key)) reader.error(key, "cannot be used together with groups");
  }
  const json& groups = root["groups"];
  if (!groups.is_array()) return reader.error("groups", "must be an array of groups");
  if (groups.empty() || groups.size() > limits::kMaxGroups) {
    return reader.error("groups",
                        "must hold 1 to " + std::to_string(limits::kMaxGroups) + " groups");
  }
  scenario.groups.reserve(groups.size());
  for (std::size_t index = 0; index < groups.size(); ++index) {
    const std::string prefix = "groups[" + std::to_string(index) + "]";
    Group group{"Group " + std::to_string(index + 1)};
    if (!groups[index].is_object()) {
      errors.push_back({prefix, "must be an object"});
    } else {
      FieldReader group_reader(groups[index], prefix + ".", errors);
      group_reader.reject_unknown_keys(kGroupKeys);
      read_group(group_reader, group);
    }
    scenario.groups.push_back(group);
  }
}

void read_start(FieldReader& reader, Scenario& scenario) {
  const std::string* text = reader.read_string("start");
  if (!text) return;
  const auto start = parse_year_month(*text);
  if (!start || start->year < limits::kMinYear || start->year > limits::kMaxYear) {
    return reader.error("start", "must be a month YYYY-MM from 2000-01 to 2100-12");
  }
  scenario.start = *start;
}

Scenario read_scenario(const json& root, std::vector<FieldError>& errors) {
  Scenario scenario;
  FieldReader reader(root, "", errors);
  reader.reject_unknown_keys(kTopLevelKeys);
  read_plan(reader, scenario);
  read_start(reader, scenario);
  reader.read_int(kMonths, scenario.months);
  reader.read_bool("pooled", scenario.pooled);
  read_groups(root, reader, scenario, errors);
  reader.read_int(kOpeningBalance, scenario.opening_balance);
  reader.read_bool("launch_bonus", scenario.launch_bonus);
  reader.read_int(kExpiryDays, scenario.expiry_days);
  if (reader.has("balance_cap")) {
    std::int64_t cap = 0;
    reader.read_int(kBalanceCap, cap);
    scenario.balance_cap = cap;
  }
  reader.read_int(kRefreshDay, scenario.refresh_day);
  reader.read_int(kTrials, scenario.trials);
  reader.read_seed(scenario.seed);
  if (!scenario.allotment_overridden && scenario.plan == Plan::kCustom) {
    errors.push_back({"allotment", "is required for the custom plan"});
  }
  return scenario;
}

// Rules that involve more than one field; ranges were checked as read.
void check_combinations(const Scenario& scenario, std::vector<FieldError>& errors) {
  const PlanInfo& plan = plan_info(scenario.plan);
  if (scenario.policy == Policy::kLegacy && plan.from_help_pages) {
    errors.push_back({"plan", std::string(plan.name) +
                                  " has no legacy allotment; it exists under policy 2015 only"});
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

}  // namespace

ParseResult parse_scenario(std::string_view json_text) {
  ParseResult result;
  if (json_text.size() > limits::kMaxInputBytes) {
    result.errors.push_back(
        {"", "scenario is larger than " + std::to_string(limits::kMaxInputBytes) + " bytes"});
    return result;
  }
  bool too_deep = false;
  const json root = parse_with_depth_limit(json_text, too_deep);
  if (root.is_discarded() || too_deep) {
    result.errors.push_back(describe_syntax_problem(json_text));
    return result;
  }
  if (!root.is_object()) {
    result.errors.push_back({"", "scenario must be a JSON object"});
    return result;
  }
  Scenario scenario = read_scenario(root, result.errors);
  check_combinations(scenario, result.errors);
  if (result.errors.empty()) result.scenario = std::move(scenario);
  return result;
}

std::vector<FieldError> validate_scenario(const Scenario& scenario) {
  std::vector<FieldError> errors;
  check_range(scenario.allotment, kAllotment, kAllotment.key, errors);
  if (scenario.start.year < limits::kMinYear || scenario.start.year > limits::kMaxYear ||
      scenario.start.month < 1 || scenario.start.month > 12) {
    errors.push_back({"start", "must be a month YYYY-MM from 2000-01 to 2100-12"});
  }
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
  check_range(scenario.expiry_days, kExpiryDays, kExpiryDays.key, errors);
  if (scenario.balance_cap)
    check_range(*scenario.balance_cap, kBalanceCap, kBalanceCap.key, errors);
  check_range(scenario.refresh_day, kRefreshDay, kRefreshDay.key, errors);
  check_range(scenario.trials, kTrials, kTrials.key, errors);
  check_combinations(scenario, errors);
  return errors;
}

}  // namespace inmail
