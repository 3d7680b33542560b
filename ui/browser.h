// The thin binding between the ImGui page and the browser: the address bar,
// the clipboard, the canvas size and the test hook (window.inmailUi).
#pragma once

#include <string>

#include "app_state.h"
#include "inmail/calendar.h"

namespace inmail_ui::browser {

// The page's URL query as the address bar holds it (percent-escapes kept;
// the engine's link decoder reads any bytes they stand for).
std::string url_query();

// The browser's local month: today's rules start in it.
inmail::YearMonth this_month();

// Puts `query` into the address bar without a navigation or a history entry.
void replace_url_query(const std::string& query);

// Opens the JS page (index.html) on the same scenario.
void open_js_page(const std::string& query);

// The absolute address of the JS page showing `query`: the "Copy link" text.
std::string js_page_link(const std::string& query);

// Starts noting input events (mouse, keys, wheel, resize...);
// take_input_activity() is true when one arrived since its last call.
void watch_input_activity();
bool take_input_activity();

void copy_to_clipboard(const std::string& text);
// The text last copied here or pasted into the page, for ImGui's Ctrl+V.
std::string pasted_text();

// The canvas's CSS size times devicePixelRatio: the framebuffer to render.
struct CanvasSize {
  int width = 0;
  int height = 0;
  double pixel_ratio = 1.0;
};
CanvasSize fit_canvas_to_window();

// Installs window.inmailUi = {snapshot, pending, frameStats, widgetRects,
// lastCopied}; `state` must outlive the page.
void install_test_hook(AppState& state);

}  // namespace inmail_ui::browser
