// The page's ImGui code, top to bottom like the screen: the tool bar, the
// inputs on the left (ui/inputs_ui.cpp), the results on the right
// (ui/results_ui.cpp). Every word comes from the engine's view; every
// change a person makes becomes an inmail::Edit.
#pragma once

#include "app.h"

namespace inmail_ui {

// Builds one ImGui frame of the whole page (between NewFrame and Render)
// and applies the edits made in it. Returns true when an input changed
// while a widget was held (a drag: the frames the budget measures).
bool draw_app(App& app, double now_ms);

// The two panels; each adds the edits made in it to app.edits.
void draw_inputs(App& app);
void draw_results(App& app);

}  // namespace inmail_ui
