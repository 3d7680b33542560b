#include "json_input.h"

#include <optional>
#include <string>

namespace inmail::detail {
namespace {

using nlohmann::json;

// Syntax and nesting are checked before the DOM is built, so hostile input
// (megabytes of brackets) costs a linear scan and never deep recursion.
class SyntaxCheck : public nlohmann::json_sax<json> {
 public:
  std::optional<FieldError> problem;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return enter(); }
  bool key(string_t&) override { return true; }
  bool end_object() override { return leave(); }
  bool start_array(std::size_t) override { return enter(); }
  bool end_array() override { return leave(); }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    problem = FieldError{
        "", "invalid JSON at byte " + std::to_string(position) + ": " + strip_prefix(ex.what())};
    return false;
  }

 private:
  bool enter() {
    if (++depth_ <= limits::kMaxJsonDepth) return true;
    problem = FieldError{
        "", "JSON nested deeper than " + std::to_string(limits::kMaxJsonDepth) + " levels"};
    return false;
  }
  bool leave() {
    --depth_;
    return true;
  }
  // nlohmann's messages start with "[json.exception.parse_error.101] parse error at ...: ".
  static std::string strip_prefix(const std::string& message) {
    const std::size_t colon = message.rfind(": ");
    return colon == std::string::npos ? message : message.substr(colon + 2);
  }

  int depth_ = 0;
};

// Whether arrays and objects nest deeper than the limit anywhere in the
// text, brackets inside strings aside. For valid JSON this is exact; for
// text that is not, the parse or describe_syntax_problem() has the last word.
bool nests_too_deep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      in_string = c != '"';
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limits::kMaxJsonDepth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

}  // namespace

// Checking the depth first lets nlohmann build the tree without a callback
// per value, which made a small scenario's parse noticeably slower.
json parse_json_input(std::string_view text) {
  if (nests_too_deep(text)) return json(json::value_t::discarded);
  return json::parse(text, nullptr, false);
}

// A second, SAX pass that stops at the first problem and words it.
FieldError describe_syntax_problem(std::string_view text) {
  SyntaxCheck check;
  json::sax_parse(text, &check, json::input_format_t::json, true, false);
  return check.problem.value_or(FieldError{"", "invalid JSON"});
}

}  // namespace inmail::detail
