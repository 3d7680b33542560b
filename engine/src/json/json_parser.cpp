// The JSON reader: recursive descent over the text, bounded in depth,
// linear in the number of keys, and precise about what stopped it.
#include "inmail/json_value.h"
#include "json/json_text.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace inmail {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

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

  struct Slot {
    JsonValue::Member& member;
    bool first_repeat;  // the key is given for the second time
  };
  // `key`'s member, added with a null value when the key is new.
  Slot slot(std::string key) {
    const std::size_t index = find_or_reserve(key);
    if (index < members_.size()) return {members_[index], first_repeat(index)};
    members_.emplace_back(std::move(key), JsonValue());
    // At most half full, so that probes stay short.
    if (!table_.empty() && 2 * members_.size() > table_.size()) rebuild_table(2 * table_.size());
    return {members_.back(), false};
  }

 private:
  // The index of `key`'s member, or members_.size() for a new key, whose
  // table entry then already points there.
  std::size_t find_or_reserve(std::string_view key) {
    if (members_.size() < kScannedMembers) {
      for (std::size_t index = 0; index < members_.size(); ++index) {
        if (members_[index].first == key) return index;
      }
      return members_.size();
    }
    if (table_.empty()) rebuild_table(4 * kScannedMembers);
    std::size_t& entry = table_entry(key);
    if (entry == 0) entry = members_.size() + 1;
    return entry - 1;
  }

  bool first_repeat(std::size_t index) {
    if (repeated_.size() <= index) repeated_.resize(members_.size());
    const bool first = !repeated_[index];
    repeated_[index] = true;
    return first;
  }

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
  std::vector<bool> repeated_;  // by member index, once a key repeats
};

}  // namespace detail

namespace {

using detail::append_code_point;
using detail::read_double;

// One step from the document's root to the value being read: a key of an
// object or an index in an array. The steps live on the parser's call
// stack, and a path is written out only for a duplicate key.
struct PathStep {
  const PathStep* parent;
  const std::string* key;  // nullptr in an array
  std::size_t index;
};

std::string path_text(const PathStep& last) {
  std::vector<const PathStep*> steps;
  for (const PathStep* step = &last; step != nullptr; step = step->parent) steps.push_back(step);
  std::string path;
  for (auto step = steps.rbegin(); step != steps.rend(); ++step) {
    if ((*step)->key == nullptr) {
      path += '[' + std::to_string((*step)->index) + ']';
    } else {
      if (!path.empty()) path += '.';
      path += *(*step)->key;
    }
  }
  return path;
}

// Recursive descent over the text, at most `max_depth` arrays and objects
// deep, so hostile input never recurses further than that.
class Parser {
 public:
  Parser(std::string_view text, int max_depth) : text_(text), max_depth_(max_depth) {}

  JsonParse parse() {
    if (text_.substr(0, kByteOrderMark.size()) == kByteOrderMark) position_ = kByteOrderMark.size();
    JsonValue value;
    skip_space();
    if (read_value(value, 0, nullptr)) {
      skip_space();
      if (position_ == text_.size()) {
        result_.value = std::move(value);
        return std::move(result_);
      }
      fail("unexpected text after the JSON value");
    }
    locate_error();
    return std::move(result_);
  }

 private:
  // The line and the column, in characters, of the byte where reading stopped.
  void locate_error() {
    const std::string_view before = text_.substr(0, position_);
    const std::size_t line_start = before.rfind('\n');
    std::string_view line = before;
    if (line_start != std::string_view::npos) {
      line.remove_prefix(line_start + 1);
    } else if (line.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
      line.remove_prefix(kByteOrderMark.size());
    }
    result_.error_byte = position_;
    result_.error_line =
        static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
    result_.error_column = utf8_length(line) + 1;
  }

  bool fail(std::string message) {
    if (result_.error.empty()) result_.error = std::move(message);
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

  // The value at `at`'s path (nullptr: the document).
  bool read_value(JsonValue& out, int depth, const PathStep* at) {
    if (at_end()) return fail("unexpected end of input");
    switch (peek()) {
      case '{':
        return read_object(out, depth + 1, at);
      case '[':
        return read_array(out, depth + 1, at);
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
      result_.too_deep = true;
      return fail("JSON nested deeper than " + std::to_string(max_depth_) + " levels");
    }
    ++position_;
    skip_space();
    return true;
  }

  bool read_array(JsonValue& out, int depth, const PathStep* at) {
    if (!enter(depth)) return false;
    out = JsonValue::array();
    if (!at_end() && peek() == ']') return ++position_, true;
    for (;;) {
      JsonValue item;
      skip_space();
      const PathStep step{at, nullptr, out.size()};
      if (!read_value(item, depth, &step)) return false;
      out.push_back(std::move(item));
      skip_space();
      if (!at_end() && peek() == ']') return ++position_, true;
      if (!expect(',')) return fail("expected ',' or ']'");
    }
  }

  bool read_object(JsonValue& out, int depth, const PathStep* at) {
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
      const auto [member, first_repeat] = members.slot(std::move(key));
      const PathStep step{at, &member.first, 0};
      if (first_repeat) result_.duplicate_keys.push_back(path_text(step));
      if (!read_value(member.second, depth, &step)) return false;
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

  // Printable ASCII other than the quote and the backslash: most of a
  // string, copied a run at a time rather than a character at a time.
  static bool is_plain(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte < 0x80 && c != '"' && c != '\\';
  }

  bool read_string(std::string& out) {
    ++position_;  // the opening quote
    for (;;) {
      const std::size_t run = position_;
      while (!at_end() && is_plain(peek())) ++position_;
      out.append(text_.substr(run, position_ - run));
      if (at_end()) return fail("unterminated string");
      const char c = peek();
      if (c == '"') return ++position_, true;
      if (c == '\\') {
        ++position_;
        if (!read_escape(out)) return false;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
      const std::size_t length = utf8_sequence_length(text_, position_);
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
    // Beyond 64 bits, or with a fraction or exponent: the nearest double.
    out = JsonValue(read_double(number));
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
  JsonParse result_;  // filled as the text is read
};

}  // namespace

JsonParse parse_json(std::string_view text, int max_depth) {
  return Parser(text, max_depth).parse();
}

}  // namespace inmail
