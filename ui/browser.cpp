#include "browser.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdlib>

#include "test_hook.h"

namespace {

inmail_ui::AppState* g_hooked_state = nullptr;
std::string g_hook_reply;  // keeps the last reply alive while JS reads it

const char* reply(std::string text) {
  g_hook_reply = std::move(text);
  return g_hook_reply.c_str();
}

}  // namespace

// Called from JavaScript by window.inmailUi; each returns JSON text.
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* inmail_ui_snapshot() {
  return reply(inmail_ui::snapshot_json(*g_hooked_state));
}
EMSCRIPTEN_KEEPALIVE const char* inmail_ui_frame_stats() {
  return reply(inmail_ui::frame_stats_json(g_hooked_state->frame_stats));
}
EMSCRIPTEN_KEEPALIVE const char* inmail_ui_widget_rects() {
  return reply(inmail_ui::widget_rects_json(*g_hooked_state, emscripten_get_device_pixel_ratio()));
}
EMSCRIPTEN_KEEPALIVE int inmail_ui_pending() { return g_hooked_state->monte_carlo.pending ? 1 : 0; }
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

void replace_url_query(const std::string& query) { js_replace_url_query(query.c_str()); }

std::string js_page_link(const std::string& query) {
  return take_js_string(js_page_link_for(query.c_str()));
}

void open_js_page(const std::string& query) { js_open_page(js_page_link(query).c_str()); }

void copy_to_clipboard(const std::string& text) { js_copy_to_clipboard(text.c_str()); }

void watch_input_activity() { js_watch_input_activity(); }

bool take_input_activity() { return js_take_input_activity() != 0; }

std::string pasted_text() { return take_js_string(js_pasted_text()); }

CanvasSize fit_canvas_to_window() {
  double css_width = 0;
  double css_height = 0;
  emscripten_get_element_css_size("#canvas", &css_width, &css_height);
  CanvasSize size;
  size.pixel_ratio = emscripten_get_device_pixel_ratio();
  size.width = static_cast<int>(std::lround(css_width * size.pixel_ratio));
  size.height = static_cast<int>(std::lround(css_height * size.pixel_ratio));
  int current_width = 0;
  int current_height = 0;
  emscripten_get_canvas_element_size("#canvas", &current_width, &current_height);
  if (current_width != size.width || current_height != size.height) {
    emscripten_set_canvas_element_size("#canvas", size.width, size.height);
  }
  return size;
}

void install_test_hook(AppState& state) {
  g_hooked_state = &state;
  js_install_test_hook();
}

}  // namespace inmail_ui::browser
