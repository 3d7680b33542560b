#include "app_ui.h"

#include "browser.h"
#include "imgui.h"
#include "widgets.h"

namespace inmail_ui {
namespace {

constexpr float kInputPanelEms = 23.0f;
// Narrower than the inputs and this much for the results (a phone), the
// results stand above the inputs instead of beside them.
constexpr float kResultsMinEms = 24.0f;
constexpr float kStackedResultsShare = 0.5f;

void copy_csv(App& app) {
  const auto file = inmail::csv_of(app.state, app.today, browser::today_text());
  if (!file) return;
  browser::copy_to_clipboard(file->text);
  app.status = app.view.labels.csv_copied;
}

void copy_link(App& app) {
  browser::copy_to_clipboard(browser::js_page_link(app.view.query));
  app.status = app.view.labels.link_copied;
}

// On this line if an item `width` wide still fits, else on the next: a
// narrow canvas wraps the tool bar rather than cut it off.
void same_line_if_fits(float width, float spacing) {
  const float right = ImGui::GetItemRectMax().x + spacing + width;
  if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) {
    ImGui::SameLine(0.0f, spacing);
  }
}

float button_width(const std::string& label) {
  return ImGui::CalcTextSize(label.c_str()).x + 2.0f * ImGui::GetStyle().FramePadding.x;
}

// The title, the page's actions, and a line that says what changed.
void draw_tool_bar(App& app) {
  const inmail::PageLabels& labels = app.view.labels;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(labels.title.c_str());
  same_line_if_fits(button_width(labels.copy_csv), ems(1.0f));
  ImGui::BeginDisabled(!app.view.figures || app.view.figures_stale);
  if (action_button(app, labels.copy_csv, "copy_csv")) copy_csv(app);
  ImGui::EndDisabled();
  same_line_if_fits(button_width(labels.copy_link), spacing);
  if (action_button(app, labels.copy_link, "copy_link")) copy_link(app);
  same_line_if_fits(button_width(labels.open_js_page), spacing);
  if (action_button(app, labels.open_js_page, "open_js_page")) {
    browser::open_js_page(app.view.query);
  }
  const std::string& status = app.status.empty() ? app.view.status : app.status;
  same_line_if_fits(ImGui::CalcTextSize(status.c_str()).x, ems(1.0f));
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", status.c_str());
}

// Returns true when an edit was made while a widget is held.
bool apply_edits(App& app, double now_ms) {
  if (app.edits.empty()) return false;
  const std::vector<inmail::Edit> edits = std::move(app.edits);
  app.edits.clear();
  for (const inmail::Edit& edit : edits) apply(app, edit, now_ms);
  return ImGui::IsAnyItemActive();
}

bool draw_inputs_panel(App& app, const ImVec2& size, double now_ms) {
  ImGui::BeginChild("inputs", size, true);
  draw_inputs(app);
  ImGui::EndChild();
  remember_rect(app, "inputs");
  return apply_edits(app, now_ms);
}

bool draw_results_panel(App& app, const ImVec2& size, double now_ms) {
  ImGui::BeginChild("results", size);
  draw_results(app);
  ImGui::EndChild();
  remember_rect(app, "results");
  return apply_edits(app, now_ms);
}

}  // namespace

bool draw_app(App& app, double now_ms) {
  app.widget_rects.clear();  // a removed group's inputs must not linger
  app.focused.clear();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  // No background: the clear colour is the page's, which saves the GPU a
  // blended pass over the whole screen.
  const ImGuiWindowFlags page_flags =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
      ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground;
  ImGui::Begin("page", nullptr, page_flags);
  draw_tool_bar(app);
  ImGui::Separator();

  // Beside each other, or on a narrow canvas the results above the inputs,
  // so that the verdict stays in view while a field is edited.
  const ImVec2 room = ImGui::GetContentRegionAvail();
  const bool stacked = room.x < ems(kInputPanelEms + kResultsMinEms);
  bool edited_while_held = false;
  if (stacked) {
    edited_while_held |=
        draw_results_panel(app, ImVec2(0.0f, room.y * kStackedResultsShare), now_ms);
    edited_while_held |= draw_inputs_panel(app, ImVec2(0.0f, 0.0f), now_ms);
  } else {
    // The inputs first, so that the results show this frame's edits.
    edited_while_held |= draw_inputs_panel(app, ImVec2(ems(kInputPanelEms), 0.0f), now_ms);
    ImGui::SameLine();
    edited_while_held |= draw_results_panel(app, ImVec2(0.0f, 0.0f), now_ms);
  }
  ImGui::End();
  return edited_while_held;
}

}  // namespace inmail_ui
