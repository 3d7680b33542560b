#include "browser.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdlib>

#include "input.h"
#include "test_hook.h"

namespace {

inmail_ui::App* g_hooked_app = nullptr;
std::string g_hook_reply;  // keeps the last reply alive while JS reads it

const char* reply(std::string text) {
  g_hook_reply = std::move(text);
  return g_hook_reply.c_str();
}

}  // namespace

// Called from JavaScript by window.inmailUi; each returns JSON text.
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* inmail_ui_snapshot() {
  return reply(inmail_ui::snapshot_json(*g_hooked_app));
}
EMSCRIPTEN_KEEPALIVE const char* inmail_ui_frame_stats() {
  return reply(inmail_ui::frame_stats_json(g_hooked_app->frame_stats));
}
EMSCRIPTEN_KEEPALIVE const char* inmail_ui_widget_rects() {
  return reply(inmail_ui::widget_rects_json(*g_hooked_app));
}
EMSCRIPTEN_KEEPALIVE const char* inmail_ui_focused() { return g_hooked_app->focused.c_str(); }
EMSCRIPTEN_KEEPALIVE int inmail_ui_pending() {
  return inmail_ui::monte_carlo_pending(*g_hooked_app) ? 1 : 0;
}

// Called by js_listen_for_input's listeners, one call per event.
EMSCRIPTEN_KEEPALIVE void inmail_ui_key(int code, int down) {
  inmail_ui::input::key(code, down != 0);
}
EMSCRIPTEN_KEEPALIVE void inmail_ui_character(unsigned int code_point) {
  inmail_ui::input::character(code_point);
}
EMSCRIPTEN_KEEPALIVE void inmail_ui_release_keys() { inmail_ui::input::release_keys(); }
EMSCRIPTEN_KEEPALIVE void inmail_ui_mouse(double x, double y, int button, int down) {
  inmail_ui::input::mouse(x, y, button, down != 0);
}
EMSCRIPTEN_KEEPALIVE void inmail_ui_wheel(double delta_x, double delta_y) {
  inmail_ui::input::wheel(delta_x, delta_y);
}
}

// The EM_JS bodies are JavaScript, which clang-format would break.
// clang-format off

// JavaScript strings come back through mallocUtf8 (browser_pre.js), freed by
// take_js_string. location.search is ASCII (the browser percent-encodes the
// rest), so it arrives byte for byte; decoding it is the engine's job.
EM_JS(char*, js_url_query, (), { return mallocUtf8(location.search.substring(1)); });

// Year * 100 + month of the browser's local date.
EM_JS(int, js_this_month, (), {
  var now = new Date();
  return now.getFullYear() * 100 + now.getMonth() + 1;
});

EM_JS(char*, js_today_text, (), {
  var now = new Date();
  var two = function(number) { return String(number).padStart(2, "0"); };
  return mallocUtf8(now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate()));
});

// Module.inmailFormatMoney is public/money-format.js's formatMoney, set by
// the shell (ui/imgui-shell.js). Cents fit a double exactly.
EM_JS(char*, js_format_money, (double cents, const char* currency), {
  return mallocUtf8(Module.inmailFormatMoney(cents, UTF8ToString(currency)));
});

// Draws each code point in the browser's UI font into a sheet of cells,
// row after row, and returns the sheet's RGBA pixels (malloc'd); `layout` gets
// x, y, width, left and advance of each cell, then the sheet's width and
// height.
EM_JS(unsigned char*, js_render_glyphs,
      (const int* code_points, int count, double font_pixels, int line_height, int* layout), {
  var sheetWidth = 2048;
  var canvas = new OffscreenCanvas(1, 1);
  // Read back on the CPU: a GPU-backed canvas would wait for the GPU process.
  var context = canvas.getContext("2d", {willReadFrequently: true});
  var font = font_pixels + "px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  context.font = font;
  var probe = context.measureText("Hg");
  var ink = probe.fontBoundingBoxAscent + probe.fontBoundingBoxDescent;
  var baseline = Math.round((line_height - ink) / 2 + probe.fontBoundingBoxAscent);
  var cells = [];
  var x = 0;
  var y = 0;
  for (var i = 0; i < count; i++) {
    var text = String.fromCodePoint(HEAP32[(code_points >> 2) + i]);
    var metrics = context.measureText(text);
    var left = 1 + Math.max(0, Math.ceil(metrics.actualBoundingBoxLeft));
    var advance = Math.round(metrics.width);
    var width = left + Math.max(advance, Math.ceil(metrics.actualBoundingBoxRight)) + 1;
    if (x + width > sheetWidth) {
      x = 0;
      y += line_height;
    }
    cells.push({text: text, values: [x, y, width, left, advance]});
    x += width;
  }
  var height = y + line_height;
  canvas.width = sheetWidth;  // resizing resets the context, font included
  canvas.height = height;
  context.font = font;
  context.fillStyle = "#fff";
  cells.forEach(function(cell) {
    context.fillText(cell.text, cell.values[0] + cell.values[3], cell.values[1] + baseline);
  });
  // One copy into memory: a byte-by-byte loop in JavaScript, run once and so
  // never optimised, took longer than drawing the glyphs.
  var pixels = context.getImageData(0, 0, sheetWidth, height).data;
  var rgba = _malloc(pixels.length);
  HEAPU8.set(pixels, rgba);
  cells.forEach(function(cell, index) {
    HEAP32.set(cell.values, (layout >> 2) + index * 5);
  });
  HEAP32[(layout >> 2) + count * 5] = sheetWidth;
  HEAP32[(layout >> 2) + count * 5 + 1] = height;
  return rgba;
});

EM_JS(char*, js_page_link_for, (const char* query), {
  var search = UTF8ToString(query);
  return mallocUtf8(new URL("index.html" + (search ? "?" + search : ""), location.href).href);
});

EM_JS(char*, js_pasted_text, (), { return mallocUtf8(Module.inmailClipboard || ""); });

EM_JS(void, js_replace_url_query, (const char* query), {
  var search = UTF8ToString(query);
  history.replaceState(history.state, "", search ? "?" + search : location.pathname);
});

EM_JS(void, js_open_page, (const char* address), { location.href = UTF8ToString(address); });

// The async Clipboard API needs a secure context (localhost is one); the
// textarea fallback covers plain http. Either way the text is kept for Ctrl+V
// and for the tests (window.inmailUi.lastCopied).
EM_JS(void, js_copy_to_clipboard, (const char* text_pointer), {
  var text = UTF8ToString(text_pointer);
  Module.inmailClipboard = text;
  if (window.inmailUi) window.inmailUi.lastCopied = text;
  var fallback = function() {
    var area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } finally { area.remove(); }
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).catch(fallback);
  } else {
    fallback();
  }
});

// Keys on the window, as Emscripten's GLFW listened: Backspace and Tab do
// nothing else (no navigation, no focus leaving the canvas); other keys go
// on to their keypress, which carries the character. The mouse on the canvas,
// in its framebuffer pixels; a release anywhere, so that no button stays held.
EM_JS(void, js_listen_for_input, (), {
  var canvas = Module.canvas;
  var key = function(down) {
    return function(event) {
      Module["_inmail_ui_key"](event.keyCode, down);
      if (down && (event.keyCode === 8 || event.keyCode === 9)) event.preventDefault();
    };
  };
  window.addEventListener("keydown", key(1), true);
  window.addEventListener("keyup", key(0), true);
  window.addEventListener("keypress", function(event) {
    if (event.ctrlKey || event.metaKey || event.charCode < 32) return;
    Module["_inmail_ui_character"](event.charCode);
  }, true);
  window.addEventListener("blur", function() { Module["_inmail_ui_release_keys"](); }, true);
  var mouse = function(down) {
    return function(event) {
      var rect = canvas.getBoundingClientRect();
      Module["_inmail_ui_mouse"]((event.clientX - rect.left) * canvas.width / rect.width,
                                 (event.clientY - rect.top) * canvas.height / rect.height,
                                 event.type === "mousemove" ? -1 : event.button, down);
    };
  };
  canvas.addEventListener("mousemove", mouse(0), true);
  canvas.addEventListener("mousedown", mouse(1), true);
  window.addEventListener("mouseup", mouse(0), true);
  canvas.addEventListener("wheel", function(event) {
    Module["_inmail_ui_wheel"](event.deltaX, event.deltaY);
    event.preventDefault();
  }, true);
});

EM_JS(int, js_take_input_activity, (), {
  var active = Module.inmailActivity;
  Module.inmailActivity = false;
  return active ? 1 : 0;
});

EM_JS(void, js_watch_input_activity, (), {
  var mark = function() { Module.inmailActivity = true; };
  ["pointermove", "pointerdown", "pointerup", "keydown", "keyup", "keypress", "wheel", "resize",
   "focus", "blur", "paste"].forEach(function(type) {
    window.addEventListener(type, mark, true);
  });
});

EM_JS(void, js_install_test_hook, (), {
  var call = function(name) { return JSON.parse(UTF8ToString(Module["_" + name]())); };
  window.inmailUi = {
    snapshot: function() { return call("inmail_ui_snapshot"); },
    frameStats: function() { return call("inmail_ui_frame_stats"); },
    widgetRects: function() { return call("inmail_ui_widget_rects"); },
    focused: function() { return UTF8ToString(Module["_inmail_ui_focused"]()); },
    pending: function() { return Module["_inmail_ui_pending"]() !== 0; },
    lastCopied: null,
  };
  window.addEventListener("paste", function(event) {
    Module.inmailClipboard = event.clipboardData.getData("text/plain");
  });
});

// clang-format on

namespace inmail_ui::browser {
namespace {

std::string take_js_string(char* text) {
  std::string copy(text);
  std::free(text);
  return copy;
}

}  // namespace

std::string url_query() { return take_js_string(js_url_query()); }

inmail::YearMonth this_month() {
  const int month = js_this_month();
  return inmail::YearMonth{month / 100, month % 100};
}

std::string today_text() { return take_js_string(js_today_text()); }

std::string format_money(std::int64_t cents, const std::string& currency) {
  return take_js_string(js_format_money(static_cast<double>(cents), currency.c_str()));
}

GlyphSheet render_glyphs(const std::vector<int>& code_points, double font_pixels, int line_height) {
  const std::size_t count = code_points.size();
  std::vector<int> layout(count * 5 + 2);
  unsigned char* rgba = js_render_glyphs(code_points.data(), static_cast<int>(count), font_pixels,
                                         line_height, layout.data());
  GlyphSheet sheet;
  sheet.width = layout[count * 5];
  sheet.height = layout[count * 5 + 1];
  sheet.alpha.resize(static_cast<std::size_t>(sheet.width) *
                     static_cast<std::size_t>(sheet.height));
  for (std::size_t pixel = 0; pixel < sheet.alpha.size(); ++pixel) {
    sheet.alpha[pixel] = rgba[pixel * 4 + 3];
  }
  std::free(rgba);
  for (std::size_t index = 0; index < count; ++index) {
    const int* cell = &layout[index * 5];
    sheet.cells.push_back(GlyphCell{cell[0], cell[1], cell[2], cell[3], cell[4]});
  }
  return sheet;
}

void replace_url_query(const std::string& query) { js_replace_url_query(query.c_str()); }

std::string js_page_link(const std::string& query) {
  return take_js_string(js_page_link_for(query.c_str()));
}

void open_js_page(const std::string& query) { js_open_page(js_page_link(query).c_str()); }

void copy_to_clipboard(const std::string& text) { js_copy_to_clipboard(text.c_str()); }

bool make_webgl2_context() {
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.alpha = EM_FALSE;
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  attributes.antialias = EM_FALSE;
  attributes.majorVersion = 2;
  const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context =
      emscripten_webgl_create_context("#canvas", &attributes);
  return context > 0 && emscripten_webgl_make_context_current(context) == EMSCRIPTEN_RESULT_SUCCESS;
}

void listen_for_input() { js_listen_for_input(); }

void watch_input_activity() { js_watch_input_activity(); }

bool take_input_activity() { return js_take_input_activity() != 0; }

std::string pasted_text() { return take_js_string(js_pasted_text()); }

CanvasSize fit_canvas_to_window() {
  CanvasSize size;
  emscripten_get_element_css_size("#canvas", &size.css_width, &size.css_height);
  size.pixel_ratio = emscripten_get_device_pixel_ratio();
  size.width = static_cast<int>(std::lround(size.css_width * size.pixel_ratio));
  size.height = static_cast<int>(std::lround(size.css_height * size.pixel_ratio));
  int current_width = 0;
  int current_height = 0;
  emscripten_get_canvas_element_size("#canvas", &current_width, &current_height);
  if (current_width != size.width || current_height != size.height) {
    emscripten_set_canvas_element_size("#canvas", size.width, size.height);
  }
  return size;
}

void install_test_hook(App& app) {
  g_hooked_app = &app;
  js_install_test_hook();
}

}  // namespace inmail_ui::browser
