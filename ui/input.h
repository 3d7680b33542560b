// The browser's keyboard and mouse as ImGui reads them: the page's own
// platform layer, in place of Emscripten's GLFW and ImGui's GLFW backend,
// with what they did here. browser.cpp listens for the events and calls
// these as each arrives; new_frame() hands ImGui the state before each frame.
#pragma once

namespace inmail_ui::input {

// ImGui's key map (the browser's key codes) and backend flags.
void init();

// A key pressed (`down`) or released: the event's keyCode.
void key(int code, bool down);
// A character typed (a keypress without Ctrl or Meta, not a control character).
void character(unsigned int code_point);
// The window lost focus: every key held is released.
void release_keys();
// The mouse at (x, y) canvas pixels; `button` is the event's button, -1 for a move.
void mouse(double x, double y, int button, bool down);
// A wheel turned by the event's deltaX and deltaY (CSS pixels, downwards).
void wheel(double delta_x, double delta_y);

// Before ImGui::NewFrame(): the time since the last frame, the mouse's
// position and buttons (a press shows for at least one frame).
void new_frame();

}  // namespace inmail_ui::input
