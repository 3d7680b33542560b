// What the JSON library's files share: reading a number's text and
// writing UTF-8. Private to engine/src/json.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace inmail::detail {

// A JSON number's text, checked already, as the nearest double, whatever
// the C locale says.
double read_double(std::string_view number);

// `code` (a Unicode scalar value) in UTF-8.
void append_code_point(std::string& out, std::uint32_t code);

}  // namespace inmail::detail
