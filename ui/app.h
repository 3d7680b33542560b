// Everything the ImGui page knows, in one plain struct (Dear ImGui examples
// style): the engine's page state and the view it gives for it, and the few
// things only this page needs (when Monte Carlo runs, which tab is on
// screen, frame timings, where widgets were drawn). Browser-independent, so
// that it is tested natively.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "inmail/page_model.h"

namespace inmail_ui {

// Monte Carlo waits this long after the last change before it runs.
inline constexpr double kMonteCarloSettleMs = 250.0;

// CPU time of recent frames, for the budgets script.
struct FrameStats {
  static constexpr std::size_t kCapacity = 4096;
  std::int64_t frames = 0;
  std::vector<double> all_ms;   // every frame
  std::vector<double> edit_ms;  // frames in which an input changed while a widget was held
  // The same frames without draw submission: ImGui build plus the engine's
  // update and view, the part that does not wait on the GPU.
  std::vector<double> edit_build_ms;
  double first_frame_ms = -1.0;  // time of the first rendered frame since navigation
};

// Screen rectangle of a widget, in framebuffer pixels.
struct WidgetRect {
  float x = 0, y = 0, width = 0, height = 0;
};

// Writes an amount in cents in a currency as the reader's locale does.
using MoneyWriter = std::string (*)(std::int64_t cents, const std::string& currency);

struct App {
  inmail::YearMonth today;  // the browser's month: today's rules start in it
  inmail::PageState state;
  inmail::PageView view;
  inmail::ViewOptions options;  // what `view` was computed with
  MoneyWriter write_money = nullptr;

  double monte_carlo_due_ms = 0;       // when the settled inputs' Monte Carlo may run
  bool comparisons_on_screen = false;  // a tab showing them was drawn last frame
  bool query_changed = false;          // the address bar is behind view.query
  // Edits made while drawing this frame: applied between the panels, so
  // that no view is replaced while it is being drawn.
  std::vector<inmail::Edit> edits;
  double held_plan_top = 0;   // the scale of the sending plan whose bar is held
  bool goal_in_view = false;  // the goal tab was drawn last frame
  std::string reveal_field;   // an input to scroll to and type in, next frame

  std::string status;        // the last action's feedback ("The CSV is on the clipboard")
  double pixel_ratio = 1.0;  // framebuffer pixels per CSS pixel
  FrameStats frame_stats;
  // Where inputs (by field path) and buttons (by name) were drawn last frame,
  // and which one has keyboard focus, so that the browser tests can use them.
  std::map<std::string, WidgetRect> widget_rects;
  std::string focused;
};

// Opens the page for a URL query in the month `today` (the worked example
// without one).
void open(App& app, std::string_view query, inmail::YearMonth today, double now_ms);

// The next state after `edit` and its view; Monte Carlo waits until the
// inputs settle.
void apply(App& app, const inmail::Edit& edit, double now_ms);

// Adds the comparisons to the view when they are not in it yet (a tab that
// shows them is on screen, or the test hook asks).
void want_comparisons(App& app);

// True while Monte Carlo waits for the inputs to settle.
inline bool monte_carlo_pending(const App& app) { return !app.view.monte_carlo_pending.empty(); }

// Runs the waiting Monte Carlo once it is due and no widget is held.
// Returns true when it ran.
bool run_due_monte_carlo(App& app, double now_ms, bool widget_held);

// The text a drag writes into an input: a whole number, or a decimal with
// at most two places ("25.35", "25.3", "25").
std::string dragged_text(double value, bool whole);

}  // namespace inmail_ui
