#include "inmail/link.h"

#include <algorithm>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "inmail/schema.h"
#include "json_input.h"

namespace inmail {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

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

// Whether `text` is well-formed UTF-8 (no overlongs, surrogates or values
// past U+10FFFF), as JSON text must be.
bool is_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (byte < 0x80) {
      ++i;
      continue;
    }
    if (byte >= 0xC2 && byte <= 0xDF) {
      length = 2;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
      length = 3;
      if (byte == 0xE0) low = 0xA0;
      if (byte == 0xED) high = 0x9F;
    } else if (byte >= 0xF0 && byte <= 0xF4) {
      length = 4;
      if (byte == 0xF0) low = 0x90;
      if (byte == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) return false;
    }
    i += length;
  }
  return true;
}

bool is_text_key(std::string_view key) {
  return key == "policy" || key == "plan" || key == "start" || key == kCurrencyKey;
}

// A value as the link writes it: the text keys as they are, anything else
// as JSON text, except a string that is not JSON text itself, which stays
// as typed so that it reads back as the same string.
std::string value_text(std::string_view key, const ordered_json& value) {
  if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    if (is_text_key(key) || detail::parse_json_input(text).is_discarded()) return text;
  }
  return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

json value_of(std::string_view key, const std::string& text) {
  if (is_text_key(key)) return text;
  json parsed = detail::parse_json_input(text);
  return parsed.is_discarded() ? json(text) : parsed;
}

class QueryWriter {
 public:
  void add(std::string_view key, std::string_view value) {
    if (!query_.empty()) query_ += '&';
    query_ += form_encode(key);
    query_ += '=';
    query_ += form_encode(value);
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
    if (!seen_.insert(key).second) return error(key, "is given more than once in the link");
    if (!is_utf8(text)) return error(key, "is not UTF-8 text in the link");
    if (key == kFormatKey) return read_format(text);
    if (key == kCurrencyKey) return read_currency(text);
    scenario_[key] = value_of(key, text);
  }

  // The scenario with its policy: named by the link, else today's rules for
  // an empty link or one of today's format, else 2015 (an older link).
  void finish(bool empty_query) {
    if (!scenario_.contains("policy")) {
      const bool today = empty_query || today_format_;
      ordered_json with_policy = {{"policy", today ? kTodayPolicy : kOldLinkPolicy}};
      with_policy.update(scenario_);
      scenario_ = std::move(with_policy);
    }
    contents_.scenario_json =
        scenario_.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
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
    std::size_t characters = 0;
    for (char byte : text) characters += (static_cast<unsigned char>(byte) & 0xC0) != 0x80 ? 1 : 0;
    if (characters > limits::kMaxCurrencyChars) {
      return error(kCurrencyKey,
                   "must be at most " + std::to_string(limits::kMaxCurrencyChars) + " characters");
    }
    contents_.currency = text;
  }

  LinkContents& contents_;
  ordered_json scenario_ = ordered_json::object();
  std::unordered_set<std::string> seen_;
  bool today_format_ = false;
};

bool has_shorthand_keys(const ordered_json& scenario) {
  const std::vector<FieldInfo>& fields = scenario_fields();
  return std::any_of(fields.begin(), fields.end(), [&](const FieldInfo& field) {
    return field.in_group && scenario.contains(field.key);
  });
}

// The single group, when the link can write it as the shorthand keys: one
// group with the default name and no other keys, and no shorthand key
// beside it (that is an error the link keeps).
const ordered_json* shorthand_group(const ordered_json& scenario) {
  const auto groups = scenario.find("groups");
  if (groups == scenario.end() || !groups->is_array() || groups->size() != 1 ||
      !(*groups)[0].is_object() || has_shorthand_keys(scenario)) {
    return nullptr;
  }
  const ordered_json& group = (*groups)[0];
  for (const auto& [key, value] : group.items()) {
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
bool is_fixed_default(std::string_view key, bool in_group, const ordered_json& value) {
  const FieldInfo* field = find_field(key, in_group);
  return field != nullptr && field->default_json != "null" &&
         ordered_json::parse(field->default_json) == value;
}

void write_value(QueryWriter& writer, std::string_view key, const ordered_json& value,
                 bool in_group) {
  if (value.is_null() || is_fixed_default(key, in_group, value)) return;
  writer.add(key, value_text(key, value));
}

void write_keys(QueryWriter& writer, const ordered_json& scenario) {
  for (const FieldInfo& field : scenario_fields()) {
    if (field.key == "policy" || field.in_group) continue;
    const std::string key(field.key);
    if (key == "groups") {
      const ordered_json* group = shorthand_group(scenario);
      const ordered_json& shorthand = group != nullptr ? *group : scenario;
      if (group == nullptr && scenario.contains(key))
        write_value(writer, key, scenario[key], false);
      for (const FieldInfo& group_field : scenario_fields()) {
        const std::string group_key(group_field.key);
        if (!group_field.in_group || group_key == "name" || !shorthand.contains(group_key))
          continue;
        write_value(writer, group_key, shorthand[group_key], true);
      }
    } else if (scenario.contains(key)) {
      write_value(writer, key, scenario[key], false);
    }
  }
  // Keys the engine does not know stay in the link, so that it reports them.
  for (const auto& [key, value] : scenario.items()) {
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
  bool empty = true;
  while (!query.empty()) {
    const std::size_t end = query.find('&');
    const std::string_view pair = query.substr(0, end);
    query = end == std::string_view::npos ? std::string_view() : query.substr(end + 1);
    if (pair.empty()) continue;
    empty = false;
    reader.read_pair(pair);
  }
  reader.finish(empty);
  return contents;
}

std::optional<std::string> encode_link(std::string_view scenario_json, std::string_view currency) {
  const ordered_json scenario = scenario_json.size() <= limits::kMaxInputBytes
                                    ? ordered_json(detail::parse_json_input(scenario_json))
                                    : ordered_json(ordered_json::value_t::discarded);
  if (!scenario.is_object()) return std::nullopt;
  QueryWriter writer;
  const ordered_json policy = scenario.value("policy", ordered_json(kOldLinkPolicy));
  const bool today_policy = policy == kTodayPolicy;
  if (!today_policy && !policy.is_null()) writer.add("policy", value_text("policy", policy));
  write_keys(writer, scenario);
  if (!currency.empty()) writer.add(kCurrencyKey, currency);
  if (!today_policy || writer.empty()) return writer.take();
  QueryWriter marked;
  marked.add(kFormatKey, kFormat);
  return marked.take() + "&" + writer.take();
}

}  // namespace inmail
