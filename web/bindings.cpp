// The engine's JSON API for JavaScript: JSON text in, JSON text out, so a
// projection costs the same two calls however large the scenario;
// web/inmail.js turns the text into objects.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "inmail/json.h"
#include "inmail/plans.h"
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

// Scenario JSON comes in the same way, through a buffer in WebAssembly
// memory that inmail.js fills with TextEncoder.encodeInto: embind's
// std::string conversion encodes in JavaScript, byte by byte.
std::string& scenario_buffer() {
  static std::string buffer;
  return buffer;
}

// Room for `size` bytes of scenario JSON; its address, for JavaScript.
std::uintptr_t reserve_scenario(std::size_t size) {
  scenario_buffer().resize(size);
  return reinterpret_cast<std::uintptr_t>(scenario_buffer().data());
}

std::string_view scenario_json(std::size_t size) {
  return std::string_view(scenario_buffer()).substr(0, size);
}

// The result JSON, or the errors JSON for bad input (errors are values), for
// the first `size` bytes of the buffer.
emscripten::val project(std::size_t size) {
  return utf8_view(inmail::project_json(scenario_json(size)).json);
}

emscripten::val validate(std::size_t size) {
  return utf8_view(inmail::validate_json(scenario_json(size)));
}

nlohmann::json optional_to_json(const std::optional<std::int64_t>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// The plan table of spec section 1, so front ends list plans from the engine
// instead of keeping a copy that could drift.
std::string plans() {
  auto list = nlohmann::json::array();
  for (const inmail::PlanInfo& info : inmail::all_plans()) {
    list.push_back({{"name", info.name},
                    {"display_name", info.display_name},
                    {"allotment_2015", optional_to_json(info.allotment_2015)},
                    {"allotment_legacy", optional_to_json(info.allotment_legacy)},
                    {"pools", info.pools},
                    {"pools_default", info.pools_default},
                    {"launch_bonus", info.launch_bonus},
                    {"from_help_pages", info.from_help_pages}});
  }
  return list.dump();
}

std::string version() { return inmail::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(inmail) {
  emscripten::function("reserve_scenario", &reserve_scenario);
  emscripten::function("project", &project);
  emscripten::function("validate", &validate);
  emscripten::function("plans", &plans);
  emscripten::function("version", &version);
}
