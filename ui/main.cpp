// The ImGui page's main loop: fit the canvas to the window, run one ImGui
// frame of the app, render it with WebGL2.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>

#include <cmath>

#include "app_state.h"
#include "app_ui.h"
#include "browser.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "recompute.h"
#include "test_hook.h"

namespace {

// ImGui's built-in font is drawn for 13 px; it is rebuilt at 13 px times
// devicePixelRatio so that text stays crisp on HiDPI screens.
constexpr float kFontPixels = 13.0f;
// A browser wheel notch is about 100 CSS pixels of delta; ImGui wants 1.0.
constexpr double kWheelPixelsPerNotch = 100.0;
// Frames drawn after the last input event or state change: ImGui settles
// hover and focus over a couple of frames. Beyond that an idle page draws
// nothing, which leaves the CPU (and a software GPU) to the frames that matter.
constexpr int kFramesAfterActivity = 2;

struct Page {
  GLFWwindow* window = nullptr;
  ImGuiStyle unscaled_style;
  double pixel_ratio = 0.0;  // the ratio fonts and style were built for
  int frames_to_draw = kFramesAfterActivity;
  // The address bar waits for the end of a drag: history.replaceState costs
  // milliseconds, and Chrome throttles pages that call it every frame.
  bool url_outdated = false;
  std::string pasted;  // ImGui reads the clipboard text through this pointer
  inmail_ui::AppState state;
};

Page g_page;

void scale_to_pixel_ratio(double pixel_ratio) {
  g_page.pixel_ratio = pixel_ratio;
  const auto scale = static_cast<float>(pixel_ratio);
  ImGui::GetStyle() = g_page.unscaled_style;
  ImGui::GetStyle().ScaleAllSizes(scale);

  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig font;
  font.SizePixels = std::round(kFontPixels * scale);
  io.Fonts->AddFontDefault(&font);
  // The backend rebuilds the font texture with its device objects next frame.
  ImGui_ImplOpenGL3_DestroyDeviceObjects();
}

void on_scroll(GLFWwindow* window, double x_pixels, double y_pixels) {
  // Browser deltas grow downwards; ImGui's wheel grows upwards.
  ImGui_ImplGlfw_ScrollCallback(window, -x_pixels / kWheelPixelsPerNotch,
                                -y_pixels / kWheelPixelsPerNotch);
}

void set_clipboard_text(void*, const char* text) { inmail_ui::browser::copy_to_clipboard(text); }

const char* get_clipboard_text(void*) {
  g_page.pasted = inmail_ui::browser::pasted_text();
  return g_page.pasted.c_str();
}

// An idle page draws nothing. Monte Carlo runs here, outside the timed frame,
// once it is due and no widget is held; its band is then drawn.
bool frame_needed(inmail_ui::AppState& state) {
  if (inmail_ui::browser::take_input_activity() ||
      inmail_ui::run_due_monte_carlo(state, emscripten_get_now(), ImGui::IsAnyItemActive())) {
    g_page.frames_to_draw = kFramesAfterActivity;
  }
  if (g_page.frames_to_draw == 0) return false;
  --g_page.frames_to_draw;
  return true;
}

// What the frame asked of the browser, once it is drawn.
void carry_out(const inmail_ui::FrameOutcome& outcome, const inmail_ui::AppState& state) {
  if (outcome.copy_text) inmail_ui::browser::copy_to_clipboard(*outcome.copy_text);
  if (outcome.copy_link) {
    inmail_ui::browser::copy_to_clipboard(inmail_ui::browser::js_page_link(state.query));
  }
  if (outcome.open_js_page) inmail_ui::browser::open_js_page(state.query);
  if (outcome.query_changed) g_page.frames_to_draw = kFramesAfterActivity;
  g_page.url_outdated |= outcome.query_changed;
  if (g_page.url_outdated && !ImGui::IsAnyItemActive()) {
    inmail_ui::browser::replace_url_query(state.query);
    g_page.url_outdated = false;
  }
}

void run_frame() {
  inmail_ui::AppState& state = g_page.state;
  if (!frame_needed(state)) return;
  const double frame_start = emscripten_get_now();
  const inmail_ui::browser::CanvasSize canvas = inmail_ui::browser::fit_canvas_to_window();
  if (canvas.pixel_ratio != g_page.pixel_ratio) scale_to_pixel_ratio(canvas.pixel_ratio);

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  // ImGui works in framebuffer pixels: GLFW here reports the mouse in canvas
  // pixels too, so no further scaling is needed.
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(canvas.width), static_cast<float>(canvas.height));
  io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  ImGui::NewFrame();
  const inmail_ui::FrameOutcome outcome = inmail_ui::draw_app(state, frame_start);
  ImGui::Render();
  const double built = emscripten_get_now();

  glViewport(0, 0, canvas.width, canvas.height);
  const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  carry_out(outcome, state);
  inmail_ui::record_frame(state.frame_stats,
                          {emscripten_get_now() - frame_start, built - frame_start},
                          outcome.edited_with_widget_held);
  if (state.frame_stats.first_frame_ms < 0) state.frame_stats.first_frame_ms = emscripten_get_now();
}

}  // namespace

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // ImGui needs no depth, stencil, alpha or multisampling: less for the GPU to do.
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  glfwWindowHint(GLFW_SAMPLES, 0);
  g_page.window = glfwCreateWindow(1280, 800, "InMail credit calculator", nullptr, nullptr);
  if (!g_page.window) return 1;
  glfwMakeContextCurrent(g_page.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is written to (or read from) storage
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui::StyleColorsDark();
  g_page.unscaled_style = ImGui::GetStyle();
  ImGui_ImplGlfw_InitForOpenGL(g_page.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  glfwSetScrollCallback(g_page.window, on_scroll);
  io.SetClipboardTextFn = set_clipboard_text;
  io.GetClipboardTextFn = get_clipboard_text;

  g_page.state.today = inmail_ui::browser::this_month();
  inmail_ui::open_link(g_page.state, inmail_ui::browser::url_query(), emscripten_get_now());
  inmail_ui::browser::install_test_hook(g_page.state);
  inmail_ui::browser::watch_input_activity();
  emscripten_set_main_loop(run_frame, 0, false);
  return 0;
}
