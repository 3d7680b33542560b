// The JSON value: building, reading, comparing and writing it.
#include "inmail/json_value.h"

#include <algorithm>
#include <charconv>
#include <iterator>

namespace inmail {
namespace {

template <class Integer>
void append_integer(std::string& out, Integer value) {
  char digits[24];
  const char* end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
  out.append(digits, static_cast<std::size_t>(end - digits));
}

bool same_number(const JsonValue& a, const JsonValue& b) {
  if (a.type() == JsonValue::Type::kFloat || b.type() == JsonValue::Type::kFloat) {
    return a.as_double() == b.as_double();
  }
  // Whole numbers: the same when they fit the same 64-bit type alike.
  if (const auto a_signed = a.as_int64()) return a_signed == b.as_int64();
  return a.as_uint64() == b.as_uint64();
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

std::optional<bool> JsonValue::as_bool() const {
  if (type_ != Type::kBool) return std::nullopt;
  return integer_ != 0;
}

std::optional<std::int64_t> JsonValue::as_int64() const {
  if (type_ == Type::kInteger) return integer_;
  if (type_ == Type::kUnsigned && unsigned_ <= static_cast<std::uint64_t>(INT64_MAX)) {
    return static_cast<std::int64_t>(unsigned_);
  }
  return std::nullopt;
}

std::optional<std::uint64_t> JsonValue::as_uint64() const {
  if (type_ == Type::kUnsigned) return unsigned_;
  if (type_ == Type::kInteger && integer_ >= 0) return static_cast<std::uint64_t>(integer_);
  return std::nullopt;
}

std::optional<double> JsonValue::as_double() const {
  if (type_ == Type::kInteger) return static_cast<double>(integer_);
  if (type_ == Type::kUnsigned) return static_cast<double>(unsigned_);
  if (type_ == Type::kFloat) return float_;
  return std::nullopt;
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

bool JsonValue::erase(std::string_view key) {
  const auto found = std::find_if(members_.begin(), members_.end(),
                                  [&](const Member& member) { return member.first == key; });
  if (found == members_.end()) return false;
  members_.erase(found);
  return true;
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

}  // namespace inmail
