// The engine's JSON API for JavaScript: JSON text in, JSON text out, so a
// call costs the same two crossings however large the scenario;
// web/inmail.js turns the text into objects.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "inmail/calendar.h"
#include "inmail/json.h"
#include "inmail/page_model.h"
#include "inmail/scenario.h"
#include "inmail/schema.h"
#include "inmail/version.h"

namespace {

// JSON text handed to JavaScript as a view of its UTF-8 bytes in WebAssembly
// memory, which inmail.js decodes at once with TextDecoder: embind's own
// std::string conversion decodes in JavaScript, byte by byte, and cost more
// than a small projection. The view stays valid until the next call.
emscripten::val utf8_view(std::string text) {
  static std::string reply;
  reply = std::move(text);
  return emscripten::val(emscripten::typed_memory_view(
      reply.size(), reinterpret_cast<const unsigned char*>(reply.data())));
}

// Input text comes in the same way, through a buffer in WebAssembly memory
// that inmail.js fills with TextEncoder.encodeInto: embind's std::string
// conversion encodes in JavaScript, byte by byte.
std::string& input_buffer() {
  static std::string buffer;
  return buffer;
}

// One byte more than the engine reads: a longer text is cut there, and its
// size past the limit is what the engine refuses it for.
constexpr std::size_t kInputCapacity = inmail::limits::kMaxInputBytes + 1;

// Room for `size` bytes of input, at most kInputCapacity; its address, for
// JavaScript.
std::uintptr_t reserve_input(std::size_t size) {
  input_buffer().resize(std::min(size, kInputCapacity));
  return reinterpret_cast<std::uintptr_t>(input_buffer().data());
}

std::string_view input(std::size_t size) {
  return std::string_view(input_buffer()).substr(0, size);
}

// The caller's month; inmail.js passes the browser's. A clock outside the
// months a scenario may name is an error of "today": the answer has no
// figures, and for a page, its usual shape with the error first.
struct CallerMonth {
  inmail::YearMonth month;
  std::vector<inmail::FieldError> errors;
};

CallerMonth caller_month(const std::string& today) {
  if (const auto month = inmail::parse_scenario_month(today)) return {*month, {}};
  return {{inmail::limits::kMinYear, 1}, {{"today", inmail::kScenarioMonthMessage}}};
}

// `answer(month)` for the caller's month, or the error of "today" alone.
template <class Answer>
emscripten::val in_month(const std::string& today, Answer answer) {
  const CallerMonth caller = caller_month(today);
  return utf8_view(caller.errors.empty() ? answer(caller.month)
                                         : inmail::errors_to_json(caller.errors));
}

// The result JSON, or the errors JSON for bad input (errors are values).
emscripten::val project(std::size_t size, const std::string& today) {
  return in_month(today, [&](inmail::YearMonth month) {
    return inmail::project_json(input(size), month).json;
  });
}

emscripten::val validate(std::size_t size, const std::string& today) {
  return in_month(
      today, [&](inmail::YearMonth month) { return inmail::validate_json(input(size), month); });
}

// The page model (inmail/page_model.h). A page's clock outside the months a
// scenario may name is an error of "today" in the page's usual answer: the
// page shows it with the rest, and no figures.
inmail::ViewOptions view_options(const std::string& today, bool comparisons, bool goal,
                                 bool monte_carlo) {
  CallerMonth caller = caller_month(today);
  return {caller.month, comparisons, goal, monte_carlo, std::move(caller.errors)};
}

// {"state": ..., "view": ...} for a page's state.
emscripten::val state_and_view(const inmail::PageState& state, const inmail::ViewOptions& options) {
  return utf8_view("{\"state\":" + inmail::state_to_json(state) +
                   ",\"view\":" + inmail::view_to_json(inmail::view_of(state, options)) + "}");
}

emscripten::val open_page(std::size_t size, const std::string& today, bool comparisons, bool goal,
                          bool monte_carlo) {
  const inmail::ViewOptions options = view_options(today, comparisons, goal, monte_carlo);
  return state_and_view(inmail::open_page(input(size), options.today), options);
}

// The input holds {"state": ..., "edit": ...}.
emscripten::val update(std::size_t size, const std::string& today, bool comparisons, bool goal,
                       bool monte_carlo) {
  const inmail::ViewOptions options = view_options(today, comparisons, goal, monte_carlo);
  const inmail::PageUpdate request = inmail::page_update_from_json(input(size));
  return state_and_view(inmail::update(request.state, request.edit, options.today), options);
}

emscripten::val view(std::size_t size, const std::string& today, bool comparisons, bool goal,
                     bool monte_carlo) {
  const inmail::ViewOptions options = view_options(today, comparisons, goal, monte_carlo);
  return utf8_view(
      inmail::view_to_json(inmail::view_of(inmail::state_from_json(input(size)), options)));
}

emscripten::val page_csv(std::size_t size, const std::string& today, const std::string& date) {
  return in_month(today, [&](inmail::YearMonth month) {
    return inmail::csv_file_json(inmail::state_from_json(input(size)), month, date);
  });
}

std::string schema() { return inmail::schema_json(); }

std::string version() { return inmail::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(inmail) {
  emscripten::constant("input_capacity", kInputCapacity);
  emscripten::function("reserve_input", &reserve_input);
  emscripten::function("project", &project);
  emscripten::function("validate", &validate);
  emscripten::function("open_page", &open_page);
  emscripten::function("update", &update);
  emscripten::function("view", &view);
  emscripten::function("page_csv", &page_csv);
  emscripten::function("schema", &schema);
  emscripten::function("version", &version);
}
