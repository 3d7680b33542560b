#include "app_ui.h"

#include "browser.h"
#include "imgui.h"
#include "widgets.h"

namespace inmail_ui {
namespace {

constexpr float kInputPanelEms = 23.0f;

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

// The title, the page's actions, and a line that says what changed.
void draw_tool_bar(App& app) {
  const inmail::PageLabels& labels = app.view.labels;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(labels.title.c_str());
  ImGui::SameLine(0.0f, ems(1.0f));
  ImGui::BeginDisabled(!app.view.figures || app.view.figures_stale);
  if (action_button(app, labels.copy_csv, "copy_csv")) copy_csv(app);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (action_button(app, labels.copy_link, "copy_link")) copy_link(app);
  ImGui::SameLine();
  if (action_button(app, labels.open_js_page, "open_js_page")) {
    browser::open_js_page(app.view.query);
  }
  ImGui::SameLine(0.0f, ems(1.0f));
  ImGui::TextDisabled("%s", app.status.empty() ? app.view.status.c_str() : app.status.c_str());
}

// Returns true when an edit was made while a widget is held.
bool apply_edits(App& app, double now_ms) {
  if (app.edits.empty()) return false;
  const std::vector<inmail::Edit> edits = std::move(app.edits);
  app.edits.clear();
  for (const inmail::Edit& edit : edits) apply(app, edit, now_ms);
  return ImGui::IsAnyItemActive();
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

  ImGui::BeginChild("inputs", ImVec2(ems(kInputPanelEms), 0.0f), true);
  draw_inputs(app);
  ImGui::EndChild();
  remember_rect(app, "inputs");
  // Before the results are drawn, so that they show this frame's inputs.
  bool edited_while_held = apply_edits(app, now_ms);

  ImGui::SameLine();
  ImGui::BeginChild("results");
  draw_results(app);
  ImGui::EndChild();
  remember_rect(app, "results");
  edited_while_held |= apply_edits(app, now_ms);
  ImGui::End();
  return edited_while_held;
}

}  // namespace inmail_ui
