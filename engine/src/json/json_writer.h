// Writes JSON text straight into one string. The result JSON holds thousands
// of numbers; building a DOM first costs allocations per value, which were
// most of a small projection's time (more so in WebAssembly).
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>

#include "inmail/json_value.h"

namespace inmail::detail {

// Hundredths (basis points, cents) as the shortest decimal: 2550 -> 25.5,
// 3000 -> 30.
inline JsonValue hundredths_json(std::int64_t hundredths) {
  if (hundredths % 100 == 0) return hundredths / 100;
  return static_cast<double>(hundredths) / 100.0;
}

// Hundredths as a JSON double, exactly as json_double_text() writes
// hundredths / 100.0 (45.15, 45.1, 45.0, 0.01), without formatting a double.
inline std::string hundredths_double_text(std::int64_t hundredths) {
  const std::int64_t cents = hundredths % 100;
  std::string text = std::to_string(hundredths / 100) + '.';
  text += static_cast<char>('0' + cents / 10);
  if (cents % 10 != 0) text += static_cast<char>('0' + cents % 10);
  return text;
}

class JsonWriter {
 public:
  // Compact output when `indent` < 0, else pretty-printed with `indent`
  // spaces a level. `expected_size` sizes the text up front: growing it step
  // by step copied it several times over, which showed in small projections.
  explicit JsonWriter(int indent, std::size_t expected_size = 256) : indent_(indent) {
    text_.resize(expected_size);
  }

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }

  JsonWriter& key(std::string_view name) {
    separate();
    char* out = room(name.size() + 4);
    *out++ = '"';
    out = copy(out, name);
    *out++ = '"';
    *out++ = ':';
    if (indent_ >= 0) *out++ = ' ';
    used_ = static_cast<std::size_t>(out - text_.data());
    after_key_ = true;
    return *this;
  }
  template <class Integer>
  JsonWriter& number(Integer value) {
    static_assert(std::is_integral_v<Integer>, "floating-point numbers go through raw()");
    separate();
    char* out = room(24);
    used_ = static_cast<std::size_t>(std::to_chars(out, out + 24, value).ptr - text_.data());
    return *this;
  }
  // Already valid JSON text: escaped strings, formatted doubles, null.
  JsonWriter& raw(std::string_view json) {
    separate();
    put(json);
    return *this;
  }
  // Text that needs no escaping (month labels, plan names).
  JsonWriter& plain_string(std::string_view text) {
    separate();
    char* out = room(text.size() + 2);
    *out++ = '"';
    out = copy(out, text);
    *out++ = '"';
    used_ = static_cast<std::size_t>(out - text_.data());
    return *this;
  }

  std::string take() {
    text_.resize(used_);
    return std::move(text_);
  }

 private:
  // Arrays and objects the result, its errors or a scenario nest at most.
  static constexpr std::size_t kMaxDepth = 16;

  // Room for `size` more bytes; where they go. The text is written into
  // directly, not appended to: each append was a call, and they were a
  // fifth of a projection in WebAssembly.
  char* room(std::size_t size) {
    if (used_ + size > text_.size()) text_.resize(std::max(2 * text_.size(), used_ + size));
    return text_.data() + used_;
  }
  static char* copy(char* out, std::string_view text) {
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
  }
  void put(std::string_view text) {
    used_ = static_cast<std::size_t>(copy(room(text.size()), text) - text_.data());
  }
  void put(char c) {
    *room(1) = c;
    ++used_;
  }

  JsonWriter& open(char bracket) {
    separate();
    put(bracket);
    first_in_level_[depth_++] = true;
    return *this;
  }
  JsonWriter& close(char bracket) {
    const bool empty = first_in_level_[--depth_];
    if (!empty) newline();
    put(bracket);
    return *this;
  }
  // Before every value or key: a comma unless first in its level, then the
  // line break of pretty output. A value right after its key needs neither.
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    if (!first_in_level_[depth_ - 1]) put(',');
    first_in_level_[depth_ - 1] = false;
    newline();
  }
  void newline() {
    if (indent_ < 0) return;
    const std::size_t spaces = depth_ * static_cast<std::size_t>(indent_);
    char* out = room(spaces + 1);
    *out = '\n';
    std::memset(out + 1, ' ', spaces);
    used_ += spaces + 1;
  }

  int indent_;
  std::string text_;  // the text so far and room for more
  std::size_t used_ = 0;
  std::array<bool, kMaxDepth> first_in_level_{};
  std::size_t depth_ = 0;
  bool after_key_ = false;
};

}  // namespace inmail::detail
