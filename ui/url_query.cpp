#include "url_query.h"

#include <nlohmann/json.hpp>

#include "inmail/plans.h"

// Ordered JSON throughout, so that groups keep the spec's key order.
namespace inmail_ui {
namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";

// The spec's defaults, for leaving them out of the query.
constexpr inmail::Policy kDefaultPolicy = inmail::Policy::k2015;
constexpr inmail::Plan kDefaultPlan = inmail::Plan::kRecruiter;
constexpr std::string_view kDefaultStart = "2015-01";
constexpr int kDefaultMonths = 12;
constexpr std::int64_t kDefaultSeats = 1;
constexpr std::int64_t kDefaultSendsPerMonth = 0;
constexpr std::int64_t kDefaultResponseBp = 0;
constexpr int kDefaultResponseDays = 3;
constexpr std::string_view kDefaultGroupName = "Group 1";
constexpr int kDefaultExpiryDays = 90;
constexpr int kDefaultRefreshDay = 1;
constexpr std::uint64_t kDefaultSeed = 1;

bool is_unreserved(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' ||
         c == '-' || c == '.' || c == '_';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A whole percent is written as an integer (25), else with its decimals (25.5):
// the shortest text, as JavaScript's JSON.stringify writes it.
nlohmann::ordered_json response_rate_json(std::int64_t bp) {
  if (bp % 100 == 0) return bp / 100;
  return static_cast<double>(bp) / 100.0;
}

bool is_shorthand_group(const std::vector<inmail::Group>& groups) {
  return groups.size() == 1 && groups.front().name == kDefaultGroupName;
}

class QueryWriter {
 public:
  void add_text(std::string_view key, std::string_view value) {
    if (!query_.empty()) query_ += '&';
    query_ += form_encode(key);
    query_ += '=';
    query_ += form_encode(value);
  }
  void add_json(std::string_view key, const nlohmann::ordered_json& value) {
    add_text(key, value.dump());
  }
  std::string take() { return std::move(query_); }

 private:
  std::string query_;
};

void write_shorthand_group(QueryWriter& writer, const inmail::Group& group) {
  if (group.seats != kDefaultSeats) writer.add_json("seats", group.seats);
  if (group.sends_per_month != kDefaultSendsPerMonth) {
    writer.add_json("sends_per_month", group.sends_per_month);
  }
  if (group.response_bp != kDefaultResponseBp) {
    writer.add_json("response_rate", response_rate_json(group.response_bp));
  }
  if (group.response_days != kDefaultResponseDays) {
    writer.add_json("response_days", group.response_days);
  }
}

nlohmann::ordered_json groups_to_json(const std::vector<inmail::Group>& groups) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const inmail::Group& group : groups) {
    array.push_back({{"name", group.name},
                     {"seats", group.seats},
                     {"sends_per_month", group.sends_per_month},
                     {"response_rate", response_rate_json(group.response_bp)},
                     {"response_days", group.response_days}});
  }
  return array;
}

bool is_text_key(std::string_view key) {
  return key == "policy" || key == "plan" || key == "start";
}

}  // namespace

std::string form_encode(std::string_view text) {
  std::string encoded;
  encoded.reserve(text.size());
  for (char c : text) {
    if (is_unreserved(c)) {
      encoded += c;
    } else if (c == ' ') {
      encoded += '+';
    } else {
      const auto byte = static_cast<unsigned char>(c);
      encoded += '%';
      encoded += kHexDigits[byte >> 4];
      encoded += kHexDigits[byte & 0xF];
    }
  }
  return encoded;
}

std::string form_decode(std::string_view text) {
  std::string decoded;
  decoded.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool has_two_more = i + 2 < text.size();
    const int high = (c == '%' && has_two_more) ? hex_value(text[i + 1]) : -1;
    const int low = high >= 0 ? hex_value(text[i + 2]) : -1;
    if (c == '+') {
      decoded += ' ';
    } else if (low >= 0) {
      decoded += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      decoded += c;  // a stray "%" stays as it is, as URLSearchParams keeps it
    }
  }
  return decoded;
}

std::string scenario_to_query(const inmail::Scenario& scenario) {
  QueryWriter writer;
  if (scenario.policy != kDefaultPolicy) {
    writer.add_text("policy", inmail::policy_name(scenario.policy));
  }
  if (scenario.plan != kDefaultPlan) writer.add_text("plan", inmail::plan_info(scenario.plan).name);
  if (inmail::plan_allotment(scenario.plan, scenario.policy) != scenario.allotment) {
    writer.add_json("allotment", scenario.allotment);
  }
  const std::string start = inmail::format_year_month(scenario.start);
  if (start != kDefaultStart) writer.add_text("start", start);
  if (scenario.months != kDefaultMonths) writer.add_json("months", scenario.months);
  if (scenario.pooled != inmail::plan_info(scenario.plan).pools_default) {
    writer.add_json("pooled", scenario.pooled);
  }
  if (is_shorthand_group(scenario.groups)) {
    write_shorthand_group(writer, scenario.groups.front());
  } else {
    writer.add_json("groups", groups_to_json(scenario.groups));
  }
  if (scenario.opening_balance != 0) writer.add_json("opening_balance", scenario.opening_balance);
  if (!scenario.launch_bonus) writer.add_json("launch_bonus", false);
  if (scenario.expiry_days != kDefaultExpiryDays) {
    writer.add_json("expiry_days", *scenario.expiry_days);
  }
  if (scenario.balance_cap) writer.add_json("balance_cap", *scenario.balance_cap);
  if (scenario.refresh_day != kDefaultRefreshDay) {
    writer.add_json("refresh_day", scenario.refresh_day);
  }
  if (scenario.trials != 0) writer.add_json("trials", scenario.trials);
  if (scenario.seed != kDefaultSeed) writer.add_json("seed", scenario.seed);
  return writer.take();
}

std::string query_to_scenario_json(std::string_view query) {
  if (!query.empty() && query.front() == '?') query.remove_prefix(1);
  nlohmann::ordered_json scenario = nlohmann::ordered_json::object();
  while (!query.empty()) {
    const std::size_t end = query.find('&');
    const std::string_view pair = query.substr(0, end);
    query = end == std::string_view::npos ? std::string_view() : query.substr(end + 1);
    if (pair.empty()) continue;

    const std::size_t equals = pair.find('=');
    const std::string key = form_decode(pair.substr(0, equals));
    const std::string value =
        equals == std::string_view::npos ? std::string() : form_decode(pair.substr(equals + 1));
    if (is_text_key(key)) {
      scenario[key] = value;
      continue;
    }
    nlohmann::ordered_json parsed =
        nlohmann::ordered_json::parse(value, nullptr, /*allow_exceptions=*/false);
    scenario[key] = parsed.is_discarded() ? nlohmann::ordered_json(value) : std::move(parsed);
  }
  return scenario.dump();
}

}  // namespace inmail_ui
