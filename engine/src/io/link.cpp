#include "inmail/link.h"

#include <algorithm>
#include <set>

#include "inmail/schema.h"
#include "json/json_input.h"

namespace inmail {
namespace {

using Json = JsonValue;

constexpr char kHexDigits[] = "0123456789ABCDEF";

// Links that name no policy meant 2015 before today's rules existed; a link
// for today's rules is told apart by this marker (or by being empty).
constexpr std::string_view kFormatKey = "v";
constexpr std::string_view kFormat = "2";
constexpr std::string_view kCurrencyKey = "currency";
constexpr std::string_view kTodayPolicy = "current";
constexpr std::string_view kOldLinkPolicy = "2015";

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

bool is_text_key(std::string_view key) {
  return key == "policy" || key == "plan" || key == "start" || key == kCurrencyKey;
}

// A value as the link writes it: the text keys as they are, anything else
// as JSON text, except a string that is not JSON text itself, which stays
// as typed so that it reads back as the same string.
std::string value_text(std::string_view key, const Json& value) {
  if (const std::string* text = value.as_string()) {
    if (is_text_key(key) || !detail::json_input_value(*text)) return *text;
  }
  return value.dump();
}

Json json_or_text(std::string_view text) {
  std::optional<Json> parsed = detail::json_input_value(text);
  return parsed ? std::move(*parsed) : Json(std::string(text));
}

bool is_schedule_key(std::string_view key) {
  const FieldInfo* field = find_field(key, true);
  return field != nullptr && field->kind == FieldKind::kSchedule;
}

// A sending plan of two months or more, written as its entries with the
// commas between them left as they are: sends_per_month=40,40,120.
std::optional<std::string> schedule_text(std::string_view key, const Json& value) {
  if (!is_schedule_key(key) || !value.is_array() || value.size() < 2) return std::nullopt;
  std::string text;
  for (const Json& entry : value.items()) {
    if (entry.type() != Json::Type::kInteger && entry.type() != Json::Type::kUnsigned) {
      return std::nullopt;
    }
    if (!text.empty()) text += ',';
    text += entry.dump();
  }
  return text;
}

// A schedule's text holds commas; each entry is read like any value, so a
// bad entry is named by its index.
Json schedule_of(std::string_view text) {
  Json entries = Json::array();
  for (std::size_t start = 0;;) {
    const std::size_t comma = text.find(',', start);
    std::string_view entry = text.substr(start, comma - start);
    while (!entry.empty() && entry.front() == ' ') entry.remove_prefix(1);
    while (!entry.empty() && entry.back() == ' ') entry.remove_suffix(1);
    entries.push_back(json_or_text(entry));
    if (comma == std::string_view::npos) return entries;
    start = comma + 1;
  }
}

Json value_of(std::string_view key, const std::string& text) {
  if (is_text_key(key)) return text;
  if (is_schedule_key(key) && text.find(',') != std::string::npos && text.front() != '[') {
    return schedule_of(text);
  }
  return json_or_text(text);
}

class QueryWriter {
 public:
  void add(std::string_view key, std::string_view value) { add_encoded(key, form_encode(value)); }
  // A value already as it stands in the query.
  void add_encoded(std::string_view key, std::string_view encoded_value) {
    if (!query_.empty()) query_ += '&';
    query_ += form_encode(key);
    query_ += '=';
    query_ += encoded_value;
  }
  bool empty() const { return query_.empty(); }
  std::string take() { return std::move(query_); }

 private:
  std::string query_;
};

// Reads one key=value pair into the scenario, or records why it cannot.
class LinkReader {
 public:
  explicit LinkReader(LinkContents& contents) : contents_(contents) {}

  void read_pair(std::string_view pair) {
    const std::size_t equals = pair.find('=');
    const std::string key = form_decode(pair.substr(0, equals));
    const std::string text =
        equals == std::string_view::npos ? std::string() : form_decode(pair.substr(equals + 1));
    if (!is_utf8(key)) return error("", "the link holds a key that is not UTF-8 text");
    if (is_tracking_parameter(key)) return;  // whatever its value, and however often
    contents_.has_keys = true;
    if (!seen_.insert(key).second) return error(key, "is given more than once in the link");
    if (!is_utf8(text)) return error(key, "is not UTF-8 text in the link");
    if (key == kFormatKey) return read_format(text);
    if (key == kCurrencyKey) return read_currency(text);
    if (!is_top_level_key(key)) {
      contents_.unknown_keys.emplace_back(key, text);
      return;
    }
    has_policy_ = has_policy_ || key == "policy";
    scenario_.emplace_back(key, value_of(key, text));  // a new key: seen_ says so
  }

  // The scenario with its policy first: named by the link, else today's
  // rules for a link without a scenario key or one of today's format, else
  // 2015 (an older link).
  void finish() {
    if (!has_policy_) {
      const bool today = scenario_.empty() || today_format_;
      scenario_.emplace(scenario_.begin(), "policy", today ? kTodayPolicy : kOldLinkPolicy);
    }
    contents_.scenario_json = Json::from_members(std::move(scenario_)).dump();
  }

 private:
  void error(std::string_view field, std::string message) {
    contents_.errors.push_back({std::string(field), std::move(message)});
  }

  void read_format(const std::string& text) {
    if (text == kFormat) {
      today_format_ = true;
    } else {
      error(kFormatKey, "is a link format this calculator does not know (it writes 2)");
    }
  }

  void read_currency(const std::string& text) {
    if (utf8_length(text) > limits::kMaxCurrencyChars) {
      return error(kCurrencyKey,
                   "must be at most " + std::to_string(limits::kMaxCurrencyChars) + " characters");
    }
    contents_.currency = text;
  }

  LinkContents& contents_;
  Json::Object scenario_;
  std::set<std::string> seen_;
  bool has_policy_ = false;
  bool today_format_ = false;
};

bool has_shorthand_keys(const Json& scenario) {
  const std::vector<FieldInfo>& fields = scenario_fields();
  return std::any_of(fields.begin(), fields.end(), [&](const FieldInfo& field) {
    return field.in_group && scenario.contains(field.key);
  });
}

// The single group, when the link can write it as the shorthand keys: one
// group with the default name and no other keys, and no shorthand key
// beside it (that is an error the link keeps).
const Json* shorthand_group(const Json& scenario) {
  const Json* groups = scenario.find("groups");
  if (groups == nullptr || !groups->is_array() || groups->size() != 1 ||
      !groups->items()[0].is_object() || has_shorthand_keys(scenario)) {
    return nullptr;
  }
  const Json& group = groups->items()[0];
  for (const auto& [key, value] : group.members()) {
    const bool writable = key == "name" ? value.is_null() || value == default_group_name(0)
                                        : find_field(key, true) != nullptr;
    if (!writable) return nullptr;
  }
  return &group;
}

// Whether a key holds its fixed default, so that the link can leave it out.
// Keys whose defaults follow the policy or the plan are written whenever
// given: a value the user chose carries over to comparisons, a default
// does not.
bool is_fixed_default(std::string_view key, bool in_group, const Json& value) {
  const FieldInfo* field = find_field(key, in_group);
  return field != nullptr && field->default_json != "null" &&
         detail::json_input_value(field->default_json) == value;
}

// `keep_defaults`: the value is an error even when it is the default (a
// shorthand key beside `groups`), and the link keeps it.
void write_value(QueryWriter& writer, std::string_view key, const Json& value, bool in_group,
                 bool keep_defaults = false) {
  if (value.is_null() || (!keep_defaults && is_fixed_default(key, in_group, value))) return;
  if (const auto schedule = schedule_text(key, value)) return writer.add_encoded(key, *schedule);
  writer.add(key, value_text(key, value));
}

void write_keys(QueryWriter& writer, const Json& scenario) {
  for (const FieldInfo& field : scenario_fields()) {
    if (field.key == "policy" || field.in_group) continue;
    if (field.key == "groups") {
      const Json* group = shorthand_group(scenario);
      const Json& shorthand = group != nullptr ? *group : scenario;
      const Json* groups = scenario.find(field.key);
      const bool beside_groups = group == nullptr && groups != nullptr;
      if (beside_groups) write_value(writer, field.key, *groups, false);
      for (const FieldInfo& group_field : scenario_fields()) {
        const Json* value = shorthand.find(group_field.key);
        if (!is_shorthand_key(group_field) || value == nullptr) continue;
        write_value(writer, group_field.key, *value, true, beside_groups);
      }
    } else if (const Json* value = scenario.find(field.key)) {
      write_value(writer, field.key, *value, false);
    }
  }
  // Keys the engine does not know stay in the link, so that it reports them.
  for (const auto& [key, value] : scenario.members()) {
    if (!is_top_level_key(key)) writer.add(key, value_text(key, value));
  }
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
      decoded += c;
    }
  }
  return decoded;
}

LinkContents decode_link(std::string_view query) {
  if (!query.empty() && query.front() == '?') query.remove_prefix(1);
  LinkContents contents;
  LinkReader reader(contents);
  if (query.size() > limits::kMaxLinkBytes) {
    contents.errors.push_back({"", "the link is longer than " +
                                       std::to_string(limits::kMaxLinkBytes) +
                                       " characters: it was not written by this calculator"});
    query = std::string_view();
  }
  while (!query.empty()) {
    const std::size_t end = query.find('&');
    const std::string_view pair = query.substr(0, end);
    query = end == std::string_view::npos ? std::string_view() : query.substr(end + 1);
    if (!pair.empty()) reader.read_pair(pair);
  }
  reader.finish();
  return contents;
}

std::optional<std::string> encode_link(std::string_view scenario_json, std::string_view currency) {
  if (scenario_json.size() > limits::kMaxInputBytes) return std::nullopt;
  const std::optional<Json> scenario = detail::json_input_value(scenario_json);
  if (!scenario || !scenario->is_object()) return std::nullopt;
  return encode_link(*scenario, currency, {});
}

std::string encode_link(const Json& scenario, std::string_view currency,
                        const std::vector<std::pair<std::string, std::string>>& unknown_keys) {
  QueryWriter writer;
  const Json* given_policy = scenario.find("policy");
  const Json policy = given_policy ? *given_policy : Json(kOldLinkPolicy);
  // Today's rules are told by the format's marker, first; every other
  // policy is named.
  const bool today_policy = policy == Json(kTodayPolicy);
  if (today_policy) {
    writer.add(kFormatKey, kFormat);
  } else if (!policy.is_null()) {
    writer.add("policy", value_text("policy", policy));
  }
  write_keys(writer, scenario);
  for (const auto& [key, text] : unknown_keys) writer.add(key, text);
  if (!currency.empty()) writer.add(kCurrencyKey, currency);
  return writer.take();
}

bool is_tracking_parameter(std::string_view key) {
  // Campaign tags (Google Analytics, Matomo, HubSpot...) and the click and
  // message ids of ad, social and mail tools, LinkedIn's among them.
  static constexpr std::string_view kPrefixes[] = {"utm_", "mtm_", "pk_", "_hs"};
  static constexpr std::string_view kKeys[] = {
      "fbclid",           "gclid",      "gclsrc",  "dclid",   "gbraid", "wbraid",
      "msclkid",          "mc_cid",     "mc_eid",  "yclid",   "twclid", "ttclid",
      "igshid",           "li_fat_id",  "trk",     "trkInfo", "lipi",   "mkt_tok",
      "oly_anon_id",      "oly_enc_id", "vero_id", "_ga",     "_gl",    "ref_src",
      "ck_subscriber_id", "s_cid",      "sc_cid",  "ef_id"};
  const auto starts = [&](std::string_view prefix) {
    return key.substr(0, prefix.size()) == prefix;
  };
  return std::any_of(std::begin(kPrefixes), std::end(kPrefixes), starts) ||
         std::find(std::begin(kKeys), std::end(kKeys), key) != std::end(kKeys);
}

}  // namespace inmail
