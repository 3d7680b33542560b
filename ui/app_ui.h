// The page's ImGui code, top to bottom like the screen: the tool bar, the
// inputs on the left, the chart and the tables on the right.
#pragma once

#include <optional>
#include <string>

#include "app_state.h"

namespace inmail_ui {

// What a frame asks the browser to do once it is drawn.
struct FrameOutcome {
  bool query_changed = false;            // the inputs' link changed: update the address bar
  bool edited_with_widget_held = false;  // an input changed while dragged or typed into
  std::optional<std::string> copy_text;  // "Copy CSV" was pressed: this text
  bool copy_link = false;                // "Copy link" was pressed
  bool open_js_page = false;
};

// Builds one ImGui frame of the whole page (between NewFrame and Render).
FrameOutcome draw_app(AppState& state, double now_ms);

}  // namespace inmail_ui
