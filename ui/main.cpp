// The ImGui page's main loop: fit the canvas to the window, scale the font
// to it, run one ImGui frame of the app, render it with WebGL2.
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>

#include "app.h"
#include "app_ui.h"
#include "browser.h"
#include "font.h"
#include "imgui.h"
#include "input.h"
#include "renderer.h"
#include "test_hook.h"

namespace {

// Text is this many CSS pixels on a 1280x720 canvas. It grows with the
// canvas, but more slowly, so that a larger one also shows more: 19 px at
// 1920x1080, for a projector.
constexpr double kFontCssPixels = 15.0;
constexpr double kFontGrowth = 0.6;
constexpr double kReferenceWidth = 1280.0;
constexpr double kReferenceHeight = 720.0;
constexpr double kMinFontCssPixels = 13.0;
constexpr double kMaxFontCssPixels = 22.0;
// ImGui's style is drawn for its own 13 px font.
constexpr float kStyleFontPixels = 13.0f;
// Frames drawn after the last input event or state change: ImGui settles
// hover and focus over a couple of frames. Beyond that an idle page draws
// nothing, which leaves the CPU (and a software GPU) to the frames that matter.
constexpr int kFramesAfterActivity = 2;

struct Page {
  ImGuiStyle unscaled_style;
  float font_pixels = 0;  // the size the font and style were built for
  int frames_to_draw = kFramesAfterActivity;
  std::string pasted;  // ImGui reads the clipboard text through this pointer
  inmail_ui::App app;
};

Page g_page;

// The text size for a canvas, in framebuffer pixels.
float font_pixels_for(const inmail_ui::browser::CanvasSize& canvas) {
  const double scale =
      std::min(canvas.css_width / kReferenceWidth, canvas.css_height / kReferenceHeight);
  const double css = std::clamp(kFontCssPixels * std::pow(scale, kFontGrowth), kMinFontCssPixels,
                                kMaxFontCssPixels);
  return static_cast<float>(std::round(css * canvas.pixel_ratio));
}

void scale_to(float font_pixels) {
  g_page.font_pixels = font_pixels;
  inmail_ui::build_font(font_pixels);
  ImGui::GetStyle() = g_page.unscaled_style;
  ImGui::GetStyle().ScaleAllSizes(ImGui::GetIO().Fonts->Fonts[0]->FontSize / kStyleFontPixels);
}

// Dear ImGui's dark style, with popups and tooltips opaque: see-through
// ones are unreadable over the chart on a projector.
void set_style() {
  ImGui::StyleColorsDark();
  ImGuiStyle& style = ImGui::GetStyle();
  style.Colors[ImGuiCol_PopupBg].w = 1.0f;
  style.PopupBorderSize = 1.0f;
  g_page.unscaled_style = style;
}

void set_clipboard_text(void*, const char* text) { inmail_ui::browser::copy_to_clipboard(text); }

const char* get_clipboard_text(void*) {
  g_page.pasted = inmail_ui::browser::pasted_text();
  return g_page.pasted.c_str();
}

// An idle page draws nothing. Monte Carlo runs here, outside the timed frame,
// once it is due and no widget is held; its band is then drawn.
bool frame_needed(inmail_ui::App& app) {
  if (inmail_ui::browser::take_input_activity() ||
      inmail_ui::run_due_monte_carlo(app, emscripten_get_now(), ImGui::IsAnyItemActive())) {
    g_page.frames_to_draw = kFramesAfterActivity;
  }
  if (g_page.frames_to_draw == 0) return false;
  --g_page.frames_to_draw;
  return true;
}

// The address bar follows the view, but not during a drag:
// history.replaceState costs milliseconds, and Chrome throttles pages that
// call it every frame.
void update_address_bar(inmail_ui::App& app) {
  if (!app.query_changed || ImGui::IsAnyItemActive()) return;
  inmail_ui::browser::replace_url_query(app.view.query);
  app.query_changed = false;
}

void run_frame() {
  inmail_ui::App& app = g_page.app;
  if (!frame_needed(app)) return;
  const double frame_start = emscripten_get_now();
  const inmail_ui::browser::CanvasSize canvas = inmail_ui::browser::fit_canvas_to_window();
  app.pixel_ratio = canvas.pixel_ratio;
  if (const float font_pixels = font_pixels_for(canvas); font_pixels != g_page.font_pixels) {
    scale_to(font_pixels);
  }

  inmail_ui::input::new_frame();
  // ImGui works in framebuffer pixels, the mouse's included (input.h).
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(canvas.width), static_cast<float>(canvas.height));
  io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  ImGui::NewFrame();
  const std::string query = app.view.query;
  const bool edited_while_held = inmail_ui::draw_app(app, frame_start);
  ImGui::Render();
  const double built = emscripten_get_now();

  inmail_ui::renderer::render(*ImGui::GetDrawData(), canvas.width, canvas.height,
                              ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
  if (app.view.query != query) g_page.frames_to_draw = kFramesAfterActivity;
  update_address_bar(app);
  inmail_ui::record_frame(app.frame_stats,
                          {emscripten_get_now() - frame_start, built - frame_start},
                          edited_while_held);
  if (app.frame_stats.first_frame_ms < 0) app.frame_stats.first_frame_ms = emscripten_get_now();
}

void start_frames(void*) {
  emscripten_request_animation_frame_loop(
      [](double, void*) -> EM_BOOL {
        run_frame();
        return EM_TRUE;
      },
      nullptr);
}

// The font for the canvas as it is now: the first frame finds it built.
void build_first_font(void*) {
  scale_to(font_pixels_for(inmail_ui::browser::fit_canvas_to_window()));
  emscripten_set_timeout(start_frames, 0, nullptr);
}

void open_page(void*) {
  inmail_ui::App& app = g_page.app;
  app.write_money = inmail_ui::browser::format_money;
  inmail_ui::open(app, inmail_ui::browser::url_query(), inmail_ui::browser::this_month(),
                  emscripten_get_now());
  inmail_ui::browser::install_test_hook(app);
  inmail_ui::browser::listen_for_input();
  inmail_ui::browser::watch_input_activity();
  emscripten_set_timeout(build_first_font, 0, nullptr);
}

}  // namespace

int main() {
  if (!inmail_ui::browser::make_webgl2_context()) return 1;

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is written to (or read from) storage
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  set_style();
  inmail_ui::input::init();
  inmail_ui::renderer::init();
  io.SetClipboardTextFn = set_clipboard_text;
  io.GetClipboardTextFn = get_clipboard_text;

  // The rest of the start in tasks of their own: each runs code for the
  // first time, which the browser compiles then, and one long task would
  // hold the page (and a phone's input) for all of them at once.
  emscripten_set_timeout(open_page, 0, nullptr);
  return 0;
}
