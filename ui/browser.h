// The thin binding between the ImGui page and the browser: the address bar,
// the clipboard, the canvas size, money and glyphs as the browser writes
// them, and the test hook (window.inmailUi).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app.h"

namespace inmail_ui::browser {

// The page's URL query as the address bar holds it (percent-escapes kept;
// the engine's link decoder reads any bytes they stand for).
std::string url_query();

// The browser's local month: today's rules start in it.
inmail::YearMonth this_month();

// The browser's local date as YYYY-MM-DD, for the CSV's header.
std::string today_text();

// Puts `query` into the address bar without a navigation or a history entry.
void replace_url_query(const std::string& query);

// Opens the JS page (index.html) on the same scenario.
void open_js_page(const std::string& query);

// The absolute address of the JS page showing `query`: the "Copy link" text.
std::string js_page_link(const std::string& query);

// Makes a WebGL2 context for the canvas (no alpha, depth, stencil or
// antialiasing: ImGui needs none) and makes it current; false without WebGL2.
bool make_webgl2_context();

// Starts passing the window's key events and the canvas's mouse events (a
// release anywhere) to input.h as they arrive.
void listen_for_input();

// Starts noting input events (mouse, keys, wheel, resize...);
// take_input_activity() is true when one arrived since its last call.
void watch_input_activity();
bool take_input_activity();

void copy_to_clipboard(const std::string& text);
// The text last copied here or pasted into the page, for ImGui's Ctrl+V.
std::string pasted_text();

// The canvas's CSS size, and its framebuffer: that size times
// devicePixelRatio, which this sets.
struct CanvasSize {
  double css_width = 0;
  double css_height = 0;
  int width = 0;
  int height = 0;
  double pixel_ratio = 1.0;
};
CanvasSize fit_canvas_to_window();

// `cents` in `currency` as the reader's locale writes money
// (public/money-format.js, the JS page's own).
std::string format_money(std::int64_t cents, const std::string& currency);

// Glyphs drawn by the browser in its UI font, white on transparent, in a
// sheet of cells `line_height` pixels tall.
struct GlyphCell {
  int x = 0, y = 0, width = 0;
  int left = 0;     // pixels of the cell left of the pen position
  int advance = 0;  // how far the pen moves, whole pixels so that text stays crisp
};
struct GlyphSheet {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> alpha;  // width x height coverage
  std::vector<GlyphCell> cells;      // one per code point asked for
};
GlyphSheet render_glyphs(const std::vector<int>& code_points, double font_pixels, int line_height);

// Installs window.inmailUi = {snapshot, pending, frameStats, widgetRects,
// focused, lastCopied}; `app` must outlive the page.
void install_test_hook(App& app);

}  // namespace inmail_ui::browser
