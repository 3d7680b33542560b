#include "inmail/json_value.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>

namespace inmail {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// The length of the well-formed UTF-8 sequence at text[i] (no overlongs,
// surrogates or values past U+10FFFF), or 0 when there is none.
std::size_t utf8_sequence(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
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
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) return 0;
  }
  return length;
}

void append_code_point(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

template <class Integer>
void append_integer(std::string& out, Integer value) {
  char digits[24];
  const char* end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
  out.append(digits, static_cast<std::size_t>(end - digits));
}

}  // namespace

namespace detail {

// The members of an object being read, each key once: a key given twice
// keeps its first place and its last value. Keys are found by a scan while
// the object is small, as scenarios are, and past that through a table of
// member indices by the keys' hashes, so that an object of a million keys
// (hostile input) reads in linear time. (A small open-addressing table of
// our own: std::unordered_map or a sort added 3-4 KB gzip to the pages'
// WebAssembly.)
class JsonObjectReader {
 public:
  explicit JsonObjectReader(JsonValue& object) : members_(object.members_) {}
  // The value of `key`'s member, added as null when the key is new.
  JsonValue& slot(std::string key) {
    if (members_.size() < kScannedMembers) {
      for (JsonValue::Member& member : members_) {
        if (member.first == key) return member.second;
      }
    } else {
      if (table_.empty()) rebuild_table(4 * kScannedMembers);
      std::size_t& entry = table_entry(key);
      if (entry != 0) return members_[entry - 1].second;
      entry = members_.size() + 1;
    }
    members_.emplace_back(std::move(key), JsonValue());
    // At most half full, so that probes stay short.
    if (!table_.empty() && 2 * members_.size() > table_.size()) rebuild_table(2 * table_.size());
    return members_.back().second;
  }

 private:
  static std::size_t hash_of(std::string_view key) {
    std::uint32_t hash = 2166136261U;  // FNV-1a
    for (char byte : key) hash = (hash ^ static_cast<unsigned char>(byte)) * 16777619U;
    return hash;
  }

  // The table's entry for `key`: its member's index + 1, or the empty (0)
  // entry where it would go. The table's size is a power of two.
  std::size_t& table_entry(std::string_view key) {
    const std::size_t mask = table_.size() - 1;
    for (std::size_t probe = hash_of(key) & mask;; probe = (probe + 1) & mask) {
      std::size_t& entry = table_[probe];
      if (entry == 0 || members_[entry - 1].first == key) return entry;
    }
  }

  void rebuild_table(std::size_t size) {
    table_.assign(size, 0);
    for (std::size_t index = 0; index < members_.size(); ++index) {
      table_entry(members_[index].first) = index + 1;
    }
  }

  static constexpr std::size_t kScannedMembers = 32;
  JsonValue::Object& members_;
  std::vector<std::size_t> table_;
};

}  // namespace detail

namespace {

// Recursive descent over the text, at most `max_depth` arrays and objects
// deep, so hostile input never recurses further than that.
class Parser {
 public:
  Parser(std::string_view text, int max_depth) : text_(text), max_depth_(max_depth) {}

  JsonParse parse() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") position_ = 3;
    JsonParse result;
    JsonValue value;
    skip_space();
    if (read_value(value, 0)) {
      skip_space();
      if (position_ == text_.size()) {
        result.value = std::move(value);
        return result;
      }
      fail("unexpected text after the JSON value");
    }
    result.error_byte = position_;
    result.error = error_;
    result.too_deep = too_deep_;
    return result;
  }

 private:
  bool fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }
  bool at_end() const { return position_ >= text_.size(); }
  char peek() const { return text_[position_]; }
  void skip_space() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) {
      ++position_;
    }
  }
  bool expect(char c) {
    skip_space();
    if (at_end() || peek() != c) return fail(std::string("expected '") + c + "'");
    ++position_;
    return true;
  }

  bool read_value(JsonValue& out, int depth) {
    if (at_end()) return fail("unexpected end of input");
    switch (peek()) {
      case '{':
        return read_object(out, depth + 1);
      case '[':
        return read_array(out, depth + 1);
      case '"': {
        std::string text;
        if (!read_string(text)) return false;
        out = JsonValue(std::move(text));
        return true;
      }
      case 't':
        return read_literal("true", JsonValue(true), out);
      case 'f':
        return read_literal("false", JsonValue(false), out);
      case 'n':
        return read_literal("null", JsonValue(), out);
      default:
        return read_number(out);
    }
  }

  bool read_literal(std::string_view word, JsonValue value, JsonValue& out) {
    if (text_.substr(position_, word.size()) != word) return fail("invalid literal");
    position_ += word.size();
    out = std::move(value);
    return true;
  }

  bool enter(int depth) {
    if (depth > max_depth_) {
      too_deep_ = true;
      return fail("JSON nested deeper than " + std::to_string(max_depth_) + " levels");
    }
    ++position_;
    skip_space();
    return true;
  }

  bool read_array(JsonValue& out, int depth) {
    if (!enter(depth)) return false;
    out = JsonValue::array();
    if (!at_end() && peek() == ']') return ++position_, true;
    for (;;) {
      JsonValue item;
      skip_space();
      if (!read_value(item, depth)) return false;
      out.push_back(std::move(item));
      skip_space();
      if (!at_end() && peek() == ']') return ++position_, true;
      if (!expect(',')) return fail("expected ',' or ']'");
    }
  }

  bool read_object(JsonValue& out, int depth) {
    if (!enter(depth)) return false;
    out = JsonValue::object();
    if (!at_end() && peek() == '}') return ++position_, true;
    detail::JsonObjectReader members(out);
    for (;;) {
      skip_space();
      std::string key;
      if (at_end() || peek() != '"') return fail("expected a key in quotes");
      if (!read_string(key) || !expect(':')) return false;
      skip_space();
      if (!read_value(members.slot(std::move(key)), depth)) return false;
      skip_space();
      if (!at_end() && peek() == '}') return ++position_, true;
      if (!expect(',')) return fail("expected ',' or '}'");
    }
  }

  bool read_hex4(std::uint32_t& code) {
    if (position_ + 4 > text_.size()) return fail("incomplete \\u escape");
    code = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = text_[position_++];
      const int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
      if (digit < 0) return fail("invalid \\u escape");
      code = code * 16 + static_cast<std::uint32_t>(digit);
    }
    return true;
  }

  bool read_escape(std::string& out) {
    if (at_end()) return fail("unexpected end of input");
    const char c = text_[position_++];
    switch (c) {
      case '"':
        out += '"';
        return true;
      case '\\':
        out += '\\';
        return true;
      case '/':
        out += '/';
        return true;
      case 'b':
        out += '\b';
        return true;
      case 'f':
        out += '\f';
        return true;
      case 'n':
        out += '\n';
        return true;
      case 'r':
        out += '\r';
        return true;
      case 't':
        out += '\t';
        return true;
      case 'u':
        break;
      default:
        return fail("invalid escape");
    }
    std::uint32_t code = 0;
    if (!read_hex4(code)) return false;
    if (code >= 0xDC00 && code <= 0xDFFF) return fail("lone low surrogate in \\u escape");
    if (code >= 0xD800 && code <= 0xDBFF) {
      std::uint32_t low = 0;
      if (text_.substr(position_, 2) != "\\u") return fail("lone high surrogate in \\u escape");
      position_ += 2;
      if (!read_hex4(low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) return fail("invalid surrogate pair in \\u escape");
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    append_code_point(out, code);
    return true;
  }

  bool read_string(std::string& out) {
    ++position_;  // the opening quote
    for (;;) {
      if (at_end()) return fail("unterminated string");
      const char c = peek();
      if (c == '"') return ++position_, true;
      if (c == '\\') {
        ++position_;
        if (!read_escape(out)) return false;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
      const std::size_t length = utf8_sequence(text_, position_);
      if (length == 0) return fail("invalid UTF-8 in a string");
      out.append(text_.substr(position_, length));
      position_ += length;
    }
  }

  std::size_t skip_digits() {
    const std::size_t start = position_;
    while (!at_end() && peek() >= '0' && peek() <= '9') ++position_;
    return position_ - start;
  }

  bool read_number(JsonValue& out) {
    const std::size_t start = position_;
    const bool negative = !at_end() && peek() == '-';
    if (negative) ++position_;
    if (at_end() || peek() < '0' || peek() > '9') return fail("invalid literal");
    if (peek() == '0') {
      ++position_;
    } else {
      skip_digits();
    }
    bool whole = true;
    if (!at_end() && peek() == '.') {
      ++position_;
      whole = false;
      if (skip_digits() == 0) return fail("invalid number: digits expected after '.'");
    }
    if (!at_end() && (peek() == 'e' || peek() == 'E')) {
      ++position_;
      whole = false;
      if (!at_end() && (peek() == '+' || peek() == '-')) ++position_;
      if (skip_digits() == 0) return fail("invalid number: digits expected in the exponent");
    }
    const std::string_view number = text_.substr(start, position_ - start);
    if (whole && whole_number(number, negative, out)) return true;
    // Beyond 64 bits, or with a fraction or exponent: a double, as strtod
    // reads it (correctly rounded, the same on every platform).
    const double value = std::strtod(std::string(number).c_str(), nullptr);
    if (!std::isfinite(value)) return fail("number out of range");
    out = JsonValue(value);
    return true;
  }

  static bool whole_number(std::string_view number, bool negative, JsonValue& out) {
    if (negative) {
      long long value = 0;
      const auto parsed = std::from_chars(number.data(), number.data() + number.size(), value);
      if (parsed.ec != std::errc()) return false;
      out = JsonValue(value);
    } else {
      unsigned long long value = 0;
      const auto parsed = std::from_chars(number.data(), number.data() + number.size(), value);
      if (parsed.ec != std::errc()) return false;
      out = JsonValue(value);
    }
    return true;
  }

  std::string_view text_;
  int max_depth_;
  std::size_t position_ = 0;
  std::string error_;
  bool too_deep_ = false;
};

bool same_number(const JsonValue& a, const JsonValue& b) {
  using Type = JsonValue::Type;
  if (a.type() == Type::kFloat || b.type() == Type::kFloat) return a.as_double() == b.as_double();
  const bool a_negative = a.type() == Type::kInteger && a.as_integer() < 0;
  const bool b_negative = b.type() == Type::kInteger && b.as_integer() < 0;
  if (a_negative || b_negative) {
    return a_negative && b_negative && a.as_integer() == b.as_integer();
  }
  const auto magnitude = [](const JsonValue& value) {
    return value.type() == Type::kUnsigned ? value.as_unsigned()
                                           : static_cast<std::uint64_t>(value.as_integer());
  };
  return magnitude(a) == magnitude(b);
}

}  // namespace

JsonValue::JsonValue(bool value) : type_(Type::kBool), integer_(value ? 1 : 0) {}
JsonValue::JsonValue(long long value) : type_(Type::kInteger), integer_(value) {}
JsonValue::JsonValue(unsigned long long value) : type_(Type::kUnsigned), unsigned_(value) {}
JsonValue::JsonValue(double value) : type_(Type::kFloat), float_(value) {}
JsonValue::JsonValue(std::string text) : type_(Type::kString), text_(std::move(text)) {}

JsonValue JsonValue::array(std::initializer_list<JsonValue> items) {
  JsonValue value(Type::kArray);
  value.items_.assign(items.begin(), items.end());
  return value;
}

JsonValue JsonValue::object(std::initializer_list<Member> members) {
  JsonValue value(Type::kObject);
  for (const Member& member : members) value[member.first] = member.second;
  return value;
}

JsonValue JsonValue::from_members(Object members) {
  JsonValue value(Type::kObject);
  value.members_ = std::move(members);
  return value;
}

double JsonValue::as_double() const {
  if (type_ == Type::kInteger) return static_cast<double>(integer_);
  if (type_ == Type::kUnsigned) return static_cast<double>(unsigned_);
  return float_;
}

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const Member& member : members_) {
    if (member.first == key) return &member.second;
  }
  return nullptr;
}

JsonValue& JsonValue::operator[](std::string_view key) {
  for (Member& member : members_) {
    if (member.first == key) return member.second;
  }
  members_.emplace_back(std::string(key), JsonValue());
  return members_.back().second;
}

bool operator==(const JsonValue& a, const JsonValue& b) {
  if (a.is_number() && b.is_number()) return same_number(a, b);
  if (a.type_ != b.type_) return false;
  switch (a.type_) {
    case JsonValue::Type::kBool:
      return a.integer_ == b.integer_;
    case JsonValue::Type::kString:
      return a.text_ == b.text_;
    case JsonValue::Type::kArray:
      return a.items_ == b.items_;
    case JsonValue::Type::kObject:
      return a.members_ == b.members_;
    default:
      return true;  // null
  }
}

std::string JsonValue::dump() const {
  std::string out;
  dump_to(out);
  return out;
}

void JsonValue::dump_to(std::string& out) const {
  switch (type_) {
    case Type::kNull:
      out += "null";
      return;
    case Type::kBool:
      out += integer_ ? "true" : "false";
      return;
    case Type::kInteger:
      append_integer(out, integer_);
      return;
    case Type::kUnsigned:
      append_integer(out, unsigned_);
      return;
    case Type::kFloat:
      out += json_double_text(float_);
      return;
    case Type::kString:
      append_json_string(out, text_);
      return;
    case Type::kArray:
      out += '[';
      for (std::size_t index = 0; index < items_.size(); ++index) {
        if (index > 0) out += ',';
        items_[index].dump_to(out);
      }
      out += ']';
      return;
    case Type::kObject:
      out += '{';
      for (std::size_t index = 0; index < members_.size(); ++index) {
        if (index > 0) out += ',';
        append_json_string(out, members_[index].first);
        out += ':';
        members_[index].second.dump_to(out);
      }
      out += '}';
      return;
  }
}

JsonParse parse_json(std::string_view text, int max_depth) {
  return Parser(text, max_depth).parse();
}

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (char byte : text) count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

bool is_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      const char* const short_escapes = "\b\f\n\r\t";
      const char* const letters = "bfnrt";
      const char* found = byte != 0 ? std::strchr(short_escapes, c) : nullptr;
      out += '\\';
      if (found) {
        out += letters[found - short_escapes];
      } else {
        out += "u00";
        out += kHexDigits[byte >> 4];
        out += kHexDigits[byte & 0xF];
      }
    } else if (byte >= 0x80) {
      const std::size_t length = utf8_sequence(text, i);
      if (length == 0) {
        out += kReplacementCharacter;
        ++i;
        continue;
      }
      out.append(text.substr(i, length));
      i += length;
      continue;
    } else {
      out += c;
    }
    ++i;
  }
  out += '"';
}

std::string json_double_text(double value) {
  if (!std::isfinite(value)) return "null";
  if (value == 0.0) return std::signbit(value) ? "-0.0" : "0.0";
  // The fewest significant digits that read back to the same double.
  char scientific[40];
  for (int precision = 0; precision < 17; ++precision) {
    std::snprintf(scientific, sizeof scientific, "%.*e", precision, value);
    if (std::strtod(scientific, nullptr) == value) break;
  }
  // "-d.ddde±x" -> sign, digits and the decimal point's place n (the value
  // is 0.digits x 10^n), laid out as JSON writers usually do: plain for
  // -4 < n <= 15, else with an exponent.
  std::string_view text(scientific);
  const bool negative = text.front() == '-';
  if (negative) text.remove_prefix(1);
  const std::size_t e = text.find('e');
  std::string digits;
  for (char c : text.substr(0, e)) {
    if (c != '.') digits += c;
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  const int n = std::atoi(std::string(text.substr(e + 1)).c_str()) + 1;
  const int k = static_cast<int>(digits.size());
  std::string out = negative ? "-" : "";
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
