#include "input.h"

#include <emscripten.h>

#include <cstring>
#include <utility>

#include "imgui.h"

namespace inmail_ui::input {
namespace {

// The browser's key codes (KeyboardEvent.keyCode) that ImGui asks for. The
// numeric keypad's Enter has the same code as Enter.
constexpr int kTab = 9;
constexpr int kBackspace = 8;
constexpr int kEnter = 13;
constexpr int kShift = 16;
constexpr int kControl = 17;
constexpr int kAlt = 18;
constexpr int kEscape = 27;
constexpr int kSpace = 32;
constexpr int kPageUp = 33;
constexpr int kPageDown = 34;
constexpr int kEnd = 35;
constexpr int kHome = 36;
constexpr int kLeft = 37;
constexpr int kUp = 38;
constexpr int kRight = 39;
constexpr int kDown = 40;
constexpr int kInsert = 45;
constexpr int kDelete = 46;
constexpr int kMeta = 91;  // the left Windows or Command key
// A browser wheel notch is about 100 CSS pixels of delta; ImGui wants 1.0.
constexpr double kWheelPixelsPerNotch = 100.0;

struct State {
  ImVec2 mouse_position{0.0f, 0.0f};  // where the last mouse event was
  int buttons_down = 0;               // a bit per ImGui button
  bool pressed[5] = {};               // pressed since the last frame
  double last_frame_seconds = 0.0;
};
State g_state;

void update_modifiers(ImGuiIO& io) {
  io.KeyCtrl = io.KeysDown[kControl];
  io.KeyShift = io.KeysDown[kShift];
  io.KeyAlt = io.KeysDown[kAlt];
  io.KeySuper = io.KeysDown[kMeta];
}

}  // namespace

void init() {
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "inmail_ui::input";
  const std::pair<ImGuiKey, int> keys[] = {
      {ImGuiKey_Tab, kTab},
      {ImGuiKey_LeftArrow, kLeft},
      {ImGuiKey_RightArrow, kRight},
      {ImGuiKey_UpArrow, kUp},
      {ImGuiKey_DownArrow, kDown},
      {ImGuiKey_PageUp, kPageUp},
      {ImGuiKey_PageDown, kPageDown},
      {ImGuiKey_Home, kHome},
      {ImGuiKey_End, kEnd},
      {ImGuiKey_Insert, kInsert},
      {ImGuiKey_Delete, kDelete},
      {ImGuiKey_Backspace, kBackspace},
      {ImGuiKey_Space, kSpace},
      {ImGuiKey_Enter, kEnter},
      {ImGuiKey_Escape, kEscape},
      {ImGuiKey_A, 'A'},
      {ImGuiKey_C, 'C'},
      {ImGuiKey_V, 'V'},
      {ImGuiKey_X, 'X'},
      {ImGuiKey_Y, 'Y'},
      {ImGuiKey_Z, 'Z'},
  };
  for (const auto& [imgui_key, code] : keys) io.KeyMap[imgui_key] = code;
}

void key(int code, bool down) {
  ImGuiIO& io = ImGui::GetIO();
  if (code <= 0 || code >= IM_ARRAYSIZE(io.KeysDown)) return;
  io.KeysDown[code] = down;
  update_modifiers(io);
}

void character(unsigned int code_point) { ImGui::GetIO().AddInputCharacter(code_point); }

void release_keys() {
  ImGuiIO& io = ImGui::GetIO();
  std::memset(io.KeysDown, 0, sizeof(io.KeysDown));
  update_modifiers(io);
}

void mouse(double x, double y, int button, bool down) {
  g_state.mouse_position = ImVec2(static_cast<float>(x), static_cast<float>(y));
  if (button < 0) return;
  // The browser's buttons are left, middle, right (then back, forward:
  // taken for the right one); ImGui's are left, right, middle.
  const int imgui_button = button == 0 ? 0 : button == 1 ? 2 : 1;
  if (down) {
    g_state.buttons_down |= 1 << imgui_button;
    g_state.pressed[imgui_button] = true;
  } else {
    g_state.buttons_down &= ~(1 << imgui_button);
  }
}

void wheel(double delta_x, double delta_y) {
  // Browser deltas grow downwards; ImGui's wheel grows upwards.
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheelH -= static_cast<float>(delta_x / kWheelPixelsPerNotch);
  io.MouseWheel -= static_cast<float>(delta_y / kWheelPixelsPerNotch);
}

void new_frame() {
  ImGuiIO& io = ImGui::GetIO();
  const double now = emscripten_get_now() / 1000.0;
  io.DeltaTime = g_state.last_frame_seconds > 0.0
                     ? static_cast<float>(now - g_state.last_frame_seconds)
                     : 1.0f / 60.0f;
  g_state.last_frame_seconds = now;
  io.MousePos = g_state.mouse_position;
  for (int button = 0; button < IM_ARRAYSIZE(io.MouseDown); ++button) {
    io.MouseDown[button] = g_state.pressed[button] || (g_state.buttons_down >> button & 1) != 0;
    g_state.pressed[button] = false;
  }
  // ImGui's keyboard navigation sets these from the keys each frame, and
  // never clears them.
  std::memset(io.NavInputs, 0, sizeof(io.NavInputs));
}

}  // namespace inmail_ui::input
