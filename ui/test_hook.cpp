#include "test_hook.h"

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

std::string snapshot_json(App& app) {
  want_comparisons(app);
  return inmail::snapshot_json(app.state, app.view);
}

std::string frame_stats_json(const FrameStats& stats) {
  return Json::object({{"frames", stats.frames},
                       {"first_frame_ms", stats.first_frame_ms},
                       {"all_ms", numbers_json(stats.all_ms)},
                       {"edit_ms", numbers_json(stats.edit_ms)},
                       {"edit_build_ms", numbers_json(stats.edit_build_ms)}})
      .dump();
}

std::string widget_rects_json(const App& app) {
  const double ratio = app.pixel_ratio;
  Json rects = Json::object();
  for (const auto& [name, rect] : app.widget_rects) {
    rects[name] = Json::object({{"x", rect.x / ratio},
                                {"y", rect.y / ratio},
                                {"width", rect.width / ratio},
                                {"height", rect.height / ratio}});
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
