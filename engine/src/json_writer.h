// Writes JSON text straight into one string. The result JSON holds thousands
// of numbers; building a DOM first costs allocations per value, which were
// most of a small projection's time (more so in WebAssembly).
#pragma once

#include <charconv>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

namespace inmail::detail {

// Hundredths (basis points, cents) as the shortest decimal: 2550 -> 25.5,
// 3000 -> 30.
inline nlohmann::ordered_json hundredths_json(std::int64_t hundredths) {
  if (hundredths % 100 == 0) return hundredths / 100;
  return static_cast<double>(hundredths) / 100.0;
}

class JsonWriter {
 public:
  // Compact output when `indent` < 0, else pretty-printed like nlohmann's dump.
  // `expected_size` reserves the text up front: growing it step by step
  // copied it several times over, which showed in small projections.
  explicit JsonWriter(int indent, std::size_t expected_size = 0) : indent_(indent) {
    text_.reserve(expected_size);
  }

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }

  JsonWriter& key(std::string_view name) {
    separate();
    text_ += '"';
    text_ += name;
    text_ += indent_ >= 0 ? "\": " : "\":";
    after_key_ = true;
    return *this;
  }
  template <class Integer>
  JsonWriter& number(Integer value) {
    static_assert(std::is_integral_v<Integer>, "floating-point numbers go through raw()");
    char digits[24];
    const char* end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    return raw(std::string_view(digits, static_cast<std::size_t>(end - digits)));
  }
  // Already valid JSON text: escaped strings, formatted doubles, null.
  JsonWriter& raw(std::string_view json) {
    separate();
    text_ += json;
    return *this;
  }
  // Text that needs no escaping (month labels, plan names).
  JsonWriter& plain_string(std::string_view text) {
    separate();
    text_ += '"';
    text_ += text;
    text_ += '"';
    return *this;
  }

  std::string take() { return std::move(text_); }

 private:
  JsonWriter& open(char bracket) {
    separate();
    text_ += bracket;
    first_in_level_.push_back(true);
    return *this;
  }
  JsonWriter& close(char bracket) {
    const bool empty = first_in_level_.back();
    first_in_level_.pop_back();
    if (!empty) newline();
    text_ += bracket;
    return *this;
  }
  // Before every value or key: a comma unless first in its level, then the
  // line break of pretty output. A value right after its key needs neither.
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_in_level_.empty()) return;
    if (!first_in_level_.back()) text_ += ',';
    first_in_level_.back() = false;
    newline();
  }
  void newline() {
    if (indent_ < 0) return;
    text_ += '\n';
    text_.append(first_in_level_.size() * static_cast<std::size_t>(indent_), ' ');
  }

  int indent_;
  std::string text_;
  std::vector<bool> first_in_level_;
  bool after_key_ = false;
};

}  // namespace inmail::detail
