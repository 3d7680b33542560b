// A small JSON value, parser and writer: what the engine reads scenarios and
// links with and what front ends build scenario JSON with. Objects keep
// their keys' order. Written for this engine instead of taken from a
// general library, because the pages download it: a general one was a
// quarter of the ImGui page.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace inmail {

namespace detail {
class JsonObjectReader;
}

class JsonValue {
 public:
  enum class Type { kNull, kBool, kInteger, kUnsigned, kFloat, kString, kArray, kObject };
  using Array = std::vector<JsonValue>;
  using Member = std::pair<std::string, JsonValue>;
  using Object = std::vector<Member>;

  JsonValue() = default;
  JsonValue(std::nullptr_t) {}  // NOLINT(google-explicit-constructor): JSON literals read best
  JsonValue(bool value);        // NOLINT(google-explicit-constructor)
  // Every integer type, whatever the platform calls int64_t and size_t.
  JsonValue(int value) : JsonValue(static_cast<long long>(value)) {}                     // NOLINT
  JsonValue(long value) : JsonValue(static_cast<long long>(value)) {}                    // NOLINT
  JsonValue(long long value);                                                            // NOLINT
  JsonValue(unsigned value) : JsonValue(static_cast<unsigned long long>(value)) {}       // NOLINT
  JsonValue(unsigned long value) : JsonValue(static_cast<unsigned long long>(value)) {}  // NOLINT
  JsonValue(unsigned long long value);                                                   // NOLINT
  JsonValue(double value);                                                               // NOLINT
  JsonValue(const char* text) : JsonValue(std::string(text)) {}                          // NOLINT
  JsonValue(std::string_view text) : JsonValue(std::string(text)) {}                     // NOLINT
  JsonValue(std::string text);                                                           // NOLINT
  static JsonValue array(std::initializer_list<JsonValue> items = {});
  static JsonValue object(std::initializer_list<Member> members = {});
  // An object of `members`, whose keys are distinct, as they are.
  static JsonValue from_members(Object members);

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  bool is_bool() const { return type_ == Type::kBool; }
  bool is_number() const {
    return type_ == Type::kInteger || type_ == Type::kUnsigned || type_ == Type::kFloat;
  }
  bool is_string() const { return type_ == Type::kString; }
  bool is_array() const { return type_ == Type::kArray; }
  bool is_object() const { return type_ == Type::kObject; }

  // Checked reads: the value when it is of the kind asked for, else nullopt
  // (nullptr for the string), never a 0 or "" that reads like data.
  // Compare as_bool()'s answer (`== true`): `if (value.as_bool())` asks only
  // whether the value is a bool.
  std::optional<bool> as_bool() const;
  // A whole number that fits: kInteger, or kUnsigned up to INT64_MAX.
  std::optional<std::int64_t> as_int64() const;
  // A whole number that fits: kUnsigned, or kInteger from 0.
  std::optional<std::uint64_t> as_uint64() const;
  // Any number; whole numbers past 2^53 are rounded to the nearest double.
  std::optional<double> as_double() const;
  const std::string* as_string() const { return is_string() ? &text_ : nullptr; }
  // An array's items and an object's members; empty for other values.
  const Array& items() const { return items_; }
  const Object& members() const { return members_; }
  std::size_t size() const { return is_array() ? items_.size() : members_.size(); }

  // An object's member, or nullptr.
  const JsonValue* find(std::string_view key) const;
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  // An object's member, added at the end as null when missing.
  JsonValue& operator[](std::string_view key);
  // Removes an object's member; false when there was none.
  bool erase(std::string_view key);
  void push_back(JsonValue value) { items_.push_back(std::move(value)); }
  // An array's items, to edit in place.
  Array& items() { return items_; }

  // Numbers compare by value whatever their kind; objects key by key, in order.
  friend bool operator==(const JsonValue& a, const JsonValue& b);
  friend bool operator!=(const JsonValue& a, const JsonValue& b) { return !(a == b); }

  // Compact JSON text. Bytes of a string that are not UTF-8 are written as
  // U+FFFD; infinities as 1e999 and -1e999, which read back as them; NaN,
  // which JSON cannot express, as null.
  std::string dump() const;
  void dump_to(std::string& out) const;

 private:
  // The parser fills an object's members in place.
  friend class detail::JsonObjectReader;

  explicit JsonValue(Type type) : type_(type) {}

  Type type_ = Type::kNull;
  long long integer_ = 0;  // also the bool
  unsigned long long unsigned_ = 0;
  double float_ = 0.0;
  std::string text_;
  Array items_;
  Object members_;
};

// Reads JSON text (RFC 8259; a leading UTF-8 byte order mark is skipped),
// whatever the C locale. Numbers past the range of a double read as
// infinities, so that the reader of a field, not the parser, refuses them.
// Text that is not JSON, or nests arrays and objects deeper than
// `max_depth`, gives no value but where reading stopped and why.
struct JsonParse {
  std::optional<JsonValue> value;
  // Where reading stopped: the byte (from 0), and for people the line and
  // the column in characters (both from 1).
  std::size_t error_byte = 0;
  std::size_t error_line = 0;
  std::size_t error_column = 0;
  std::string error;      // why, e.g. "lone high surrogate in \u escape"
  bool too_deep = false;  // the problem is the nesting, not the syntax
  // The path of each key given more than once in its object, once per
  // object, in the order of the document: `months` at the top, then
  // `.key` in an object and `[index]` in an array, as in
  // `groups[0].seats`. The value keeps such a key's first place and its
  // last value.
  std::vector<std::string> duplicate_keys;
};
JsonParse parse_json(std::string_view text, int max_depth);

// Whether `text` is well-formed UTF-8, as JSON text must be (no overlong
// forms, surrogates or values past U+10FFFF).
bool is_utf8(std::string_view text);
// The text with every byte that is not part of well-formed UTF-8 as U+FFFD.
std::string utf8_repaired(std::string_view text);
// The length of the well-formed UTF-8 sequence at text[at], or 0 where the
// byte starts none.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);
// The code points of UTF-8 text, as limits on names and labels count them
// (a 64-character name in any script fits).
std::size_t utf8_length(std::string_view text);

// A string as JSON text, quoted and escaped as JsonValue::dump writes it.
void append_json_string(std::string& out, std::string_view text);
// A double as JSON text, whatever the C locale: the shortest digits that
// read back to it, written as 45.15, 30.0, 0.0001 or 1e-05; infinities as
// 1e999 and -1e999, NaN as null.
std::string json_double_text(double value);

}  // namespace inmail
