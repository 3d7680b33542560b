#include "test_hook.h"

#include "inmail/json.h"
#include "inmail/json_value.h"
#include "recompute.h"

namespace inmail_ui {
namespace {

using Json = inmail::JsonValue;

Json numbers_json(const std::vector<double>& values) {
  Json list = Json::array();
  for (double value : values) list.push_back(value);
  return list;
}

void append_bounded(std::vector<double>& samples, double value) {
  if (samples.size() == FrameStats::kCapacity) samples.erase(samples.begin());
  samples.push_back(value);
}

}  // namespace

std::string snapshot_json(AppState& state) {
  std::string result = "null";
  if (figures_are_current(state)) {
    comparisons(state);
    result = inmail::result_to_json(state.result);
  }
  const std::string& scenario = state.scenario_json.empty() ? "null" : state.scenario_json;
  // The engine writes the spec's {"errors": [...]}; that object's one member,
  // and its closing brace, end the snapshot.
  const std::string errors = inmail::errors_to_json(state.errors.all());
  return "{\"query\":" + Json(state.query).dump() + ",\"scenario\":" + scenario +
         ",\"result\":" + result + "," + errors.substr(1);
}

std::string frame_stats_json(const FrameStats& stats) {
  return Json::object({{"frames", stats.frames},
                       {"first_frame_ms", stats.first_frame_ms},
                       {"all_ms", numbers_json(stats.all_ms)},
                       {"edit_ms", numbers_json(stats.edit_ms)},
                       {"edit_build_ms", numbers_json(stats.edit_build_ms)}})
      .dump();
}

std::string widget_rects_json(const AppState& state, double pixel_ratio) {
  Json rects = Json::object();
  for (const auto& [field, rect] : state.widget_rects) {
    rects[field] = Json::object({{"x", rect.x / pixel_ratio},
                                 {"y", rect.y / pixel_ratio},
                                 {"width", rect.width / pixel_ratio},
                                 {"height", rect.height / pixel_ratio}});
  }
  return rects.dump();
}

void record_frame(FrameStats& stats, FrameTiming timing, bool editing) {
  ++stats.frames;
  append_bounded(stats.all_ms, timing.total_ms);
  if (!editing) return;
  append_bounded(stats.edit_ms, timing.total_ms);
  append_bounded(stats.edit_build_ms, timing.build_ms);
}

}  // namespace inmail_ui
