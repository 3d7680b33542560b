// Everything the ImGui page knows, in one plain struct (Dear ImGui examples
// style): the inputs being edited, what the engine said about them, the last
// valid scenario with its figures, and the few things the browser binding
// reads back.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "field_errors.h"
#include "inmail/calendar.h"
#include "inmail/explain.h"
#include "inmail/projection.h"
#include "inmail/scenario.h"
#include "scenario_inputs.h"

namespace inmail_ui {

// Monte Carlo runs only once the inputs have settled (see docs/imgui.md).
struct MonteCarloSchedule {
  bool pending = false;
  double due_ms = 0.0;
};

// CPU time of recent frames, for the budgets script.
struct FrameStats {
  static constexpr std::size_t kCapacity = 4096;
  std::int64_t frames = 0;
  std::vector<double> all_ms;   // every frame
  std::vector<double> edit_ms;  // frames in which an input changed while a widget was held
  // The same frames without draw submission: ImGui build plus engine
  // recompute, the part that does not wait on the GPU.
  std::vector<double> edit_build_ms;
  double first_frame_ms = -1.0;  // time of the first rendered frame since navigation
};

// Screen rectangle of a widget, in framebuffer pixels.
struct WidgetRect {
  float x = 0, y = 0, width = 0, height = 0;
};

struct AppState {
  inmail::YearMonth today;  // the browser's month: today's rules start in it
  ScenarioInputs inputs;
  // What the inputs stand for with every default filled in, even while they
  // have errors, and the engine's words for those defaults.
  inmail::Scenario resolved;
  inmail::DefaultHints hints;
  // The errors on screen: a link's own and its scenario's when the page
  // opened with one, then those of the inputs once the user edits.
  FieldErrors errors;
  std::string scenario_json;  // the scenario as given (by the link, then the inputs)
  std::string query;          // its link (encode_link), kept in the address bar

  // The last valid scenario and what was computed from it: the views show
  // these, marked stale while `errors` is not empty. `result` gains its
  // comparisons when they are first asked for (recompute.h) and its Monte
  // Carlo bands once they have run.
  std::optional<inmail::Scenario> scenario;
  inmail::Result result;
  std::vector<inmail::RateWarning> rate_warnings;  // the engine's, for `result`
  MonteCarloSchedule monte_carlo;

  std::string status;  // last action's feedback, e.g. "CSV copied"
  FrameStats frame_stats;
  // Where inputs (by field path) and buttons (by name) were drawn last frame,
  // so that the browser tests can drag and click them.
  std::map<std::string, WidgetRect> widget_rects;
};

}  // namespace inmail_ui
