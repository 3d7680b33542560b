// The JSON behind window.inmailUi (the page's test hook).
#pragma once

#include <string>

#include "app_state.h"

namespace inmail_ui {

// {"query": the page's link query, "scenario": the scenario as given,
//  "result": the engine's result for it with comparisons (computed now if
//  not yet) and Monte Carlo once it has run, or null while errors are shown,
//  "errors": [{"field", "message"}] on screen, a link's own first}.
std::string snapshot_json(AppState& state);

// {"frames": N, "first_frame_ms": T, "all_ms": [...], "edit_ms": [...],
//  "edit_build_ms": [...]}.
std::string frame_stats_json(const FrameStats& stats);

// {"<name>": {"x":..,"y":..,"width":..,"height":..}, ...}: where each input
// and button was last drawn, in CSS pixels, so that tests can drag it.
std::string widget_rects_json(const AppState& state, double pixel_ratio);

// Adds one frame's CPU time; `editing` marks frames in which a held widget
// changed an input (the dragging budget).
struct FrameTiming {
  double total_ms = 0.0;  // the whole frame, draw submission included
  double build_ms = 0.0;  // up to ImGui::Render(): UI code and engine recompute
};
void record_frame(FrameStats& stats, FrameTiming timing, bool editing);

}  // namespace inmail_ui
