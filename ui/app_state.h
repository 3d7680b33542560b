// Everything the ImGui page knows, in one plain struct (Dear ImGui examples
// style): the inputs being edited, the last good scenario and its results,
// and the few things the browser binding reads back.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "field_errors.h"
#include "inmail/projection.h"
#include "inmail/scenario.h"
#include "scenario_inputs.h"

namespace inmail_ui {

// One side of "legacy vs 2015": the same team under one policy.
struct PolicyColumn {
  inmail::Policy policy = inmail::Policy::k2015;
  std::optional<inmail::Result> result;
  std::string unavailable;  // why there is no result (e.g. plan not offered under legacy)
};

// One row of the plan comparison: the same team on another plan.
struct PlanRow {
  inmail::Plan plan = inmail::Plan::kRecruiter;
  std::int64_t allotment = 0;
  bool pooled = false;
  inmail::Totals totals;
  std::int64_t final_closing = 0;
};

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

// Screen rectangle of an input widget, in framebuffer pixels.
struct WidgetRect {
  float x = 0, y = 0, width = 0, height = 0;
};

struct AppState {
  ScenarioInputs inputs;
  FieldErrors errors;                           // of `inputs`; empty when they are valid
  std::vector<inmail::FieldError> link_errors;  // of the URL query the page opened with

  // The last good scenario and what was computed from it: the views show
  // these, marked stale while `errors` is not empty.
  std::optional<inmail::Scenario> scenario;
  inmail::Result result;
  // Computed when their tab is first shown after a change (see recompute.h).
  std::optional<std::array<PolicyColumn, 2>> policies;
  std::optional<std::vector<PlanRow>> plans;
  MonteCarloSchedule monte_carlo;
  std::string url_query;  // of `scenario`, kept in the page's address

  std::string status;  // last action's feedback, e.g. "CSV copied"
  FrameStats frame_stats;
  // Where inputs (by field path) and buttons (by name) were drawn last frame,
  // so that the browser tests can drag and click them.
  std::map<std::string, WidgetRect> widget_rects;
};

}  // namespace inmail_ui
