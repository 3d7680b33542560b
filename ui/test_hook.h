// The JSON behind window.inmailUi (the page's test hook).
#pragma once

#include <string>

#include "app.h"

namespace inmail_ui {

// The engine's snapshot of the page ({"query", "scenario", "currency",
// "result", "errors"}, as the JS page gives it), with the comparisons
// computed now if they are not yet, and Monte Carlo once it has run.
std::string snapshot_json(App& app);

// {"frames": N, "first_frame_ms": T, "all_ms": [...], "edit_ms": [...],
//  "edit_build_ms": [...]}.
std::string frame_stats_json(const FrameStats& stats);

// {"<name>": {"x":..,"y":..,"width":..,"height":..}, ...}: where each input,
// button and open picker's option was last drawn, in CSS pixels, so that
// tests can click and drag them.
std::string widget_rects_json(const App& app);

// Adds one frame's CPU time; `editing` marks frames in which a held widget
// changed an input (the dragging budget).
struct FrameTiming {
  double total_ms = 0.0;  // the whole frame, draw submission included
  double build_ms = 0.0;  // up to ImGui::Render(): UI code and the engine
};
void record_frame(FrameStats& stats, FrameTiming timing, bool editing);

}  // namespace inmail_ui
