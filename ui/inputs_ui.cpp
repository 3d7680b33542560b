// The inputs panel, as the engine's view lays it out: the worked example's
// banner, then each section with its fields, the team's groups with their
// sending plans and report helpers.
#include <algorithm>
#include <cfloat>
#include <string>

#include "app_ui.h"
#include "imgui.h"
#include "widgets.h"

namespace inmail_ui {
namespace {

using inmail::Edit;
using inmail::FieldView;

constexpr float kInputWidthEms = 8.5f;

bool has_error(const std::vector<FieldView>& fields) {
  for (const FieldView& field : fields) {
    if (!field.error.empty()) return true;
  }
  return false;
}

bool holds_error(const inmail::SectionView& section) {
  if (has_error(section.fields)) return true;
  for (const inmail::GroupView& group : section.groups) {
    if (has_error(group.fields)) return true;
  }
  return false;
}

// A field's label, its hint on hover.
void field_label(const FieldView& field) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(field.label.c_str());
  ImGui::PopTextWrapPos();
  tooltip_on_hover(field.hint);
}

// Under an input: what it means when empty, if that does not fit in it;
// the engine's problem with it; more about the value in force.
void field_messages(const FieldView& field) {
  const float room = ImGui::CalcItemWidth() - ImGui::GetStyle().FramePadding.x * 2;
  const bool clipped = ImGui::CalcTextSize(field.placeholder.c_str()).x > room;
  if (field.text.empty() && field.choices.empty() && clipped) note_text(field.placeholder);
  if (!field.error.empty()) error_text(field.error);
  if (!field.note.empty()) note_text(field.note);
}

// How wide a picker of the field's choices must be to show the longest.
float picker_width(const FieldView& field) {
  float longest = 0;
  for (const inmail::ChoiceView& choice : field.choices) {
    longest = std::max(longest, ImGui::CalcTextSize(choice.label.c_str()).x);
  }
  return longest + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
}

// What is left of the line beside the field's label.
float room_beside_label(const FieldView& field) {
  return ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(field.label.c_str()).x -
         ImGui::GetStyle().ItemInnerSpacing.x;
}

std::optional<std::string> field_widget(App& app, const FieldView& field, bool label_above) {
  if (!field.choices.empty()) {
    // A picker takes the room its label leaves, or the line under its label.
    ImGui::SetNextItemWidth(label_above ? -FLT_MIN : room_beside_label(field));
    return choice_input(app, field);
  }
  if (field.kind == "boolean") return checkbox_input(app, field);
  return text_input(app, field, field.path);
}

// An input a problem in the results panel was clicked for: in view, typing.
void reveal(App& app, const FieldView& field) {
  if (app.reveal_field != field.path) return;
  ImGui::SetScrollHereY(0.25f);
  ImGui::SetKeyboardFocusHere();
  app.reveal_field.clear();
}

// An input with its label beside it (a picker too long for that has it
// above), then what the engine says about it.
void draw_field(App& app, const FieldView& field) {
  if (!field.applies) return;
  reveal(app, field);
  const bool label_above = !field.choices.empty() && room_beside_label(field) < picker_width(field);
  if (label_above) field_label(field);
  const std::optional<std::string> text = field_widget(app, field, label_above);
  if (!label_above) {
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::AlignTextToFramePadding();
    field_label(field);
  }
  field_messages(field);
  if (text) app.edits.push_back(Edit::set(field.path, *text));
}

// The group's sending plan as bars to drag, under its text input.
void sending_plan(App& app, const FieldView& sends, const inmail::GroupView& group) {
  static const std::vector<std::string> kNoMonths;
  const std::vector<std::string>& months =
      app.view.figures ? app.view.figures->chart.months : kNoMonths;
  if (const auto changed = plan_bars(app, sends, group.plan_by_month, months)) {
    app.edits.push_back(Edit::set_month(sends.path, changed->month, changed->value));
  }
  if (!group.plan_by_month.empty()) note_text(app.view.labels.plan_bars);
}

// "From your InMail report": the report's counts give the group's rate.
void report_helper(App& app, std::size_t index, const inmail::ReportView& report) {
  const std::string name = "groups[" + std::to_string(index) + "].report";
  const bool open = ImGui::TreeNode(report.title.c_str());
  remember_rect(app, name);
  if (!open) return;
  for (const FieldView& count : report.counts) draw_field(app, count);
  if (!report.action.empty() &&
      action_button(app, report.action, "use_report_" + std::to_string(index))) {
    app.edits.push_back(Edit::use_report(index));
  }
  note_text(report.text);
  note_text(report.source);
  ImGui::TreePop();
}

void draw_group(App& app, std::size_t index, const inmail::GroupView& group) {
  ImGui::PushID(static_cast<int>(index));
  ImGui::Separator();
  ImGui::TextUnformatted(group.title.c_str());
  for (const FieldView& field : group.fields) {
    draw_field(app, field);
    if (field.kind == "schedule") sending_plan(app, field, group);
  }
  if (!group.warning.empty()) warning_text(group.warning);
  report_helper(app, index, group.report);
  if (!group.remove.empty() &&
      action_button(app, group.remove, "remove_group_" + std::to_string(index))) {
    app.edits.push_back(Edit::remove_group(index));
  }
  ImGui::PopID();
}

void draw_section(App& app, const inmail::SectionView& section) {
  ImGui::SetNextItemOpen(!section.folded, ImGuiCond_Once);
  // A problem is never folded away.
  if (holds_error(section)) ImGui::SetNextItemOpen(true);
  if (!ImGui::CollapsingHeader(section.title.c_str())) return;
  for (const FieldView& field : section.fields) draw_field(app, field);
  for (std::size_t index = 0; index < section.groups.size(); ++index) {
    draw_group(app, index, section.groups[index]);
  }
  if (!section.add_group.empty() && action_button(app, section.add_group, "add_group")) {
    app.edits.push_back(Edit::add_group());
  }
}

// A first visit's worked example says so, with a way to start afresh.
void example_banner(App& app) {
  if (!app.view.example) return;
  note_text(app.view.example->text);
  if (action_button(app, app.view.example->clear, "clear_example")) {
    app.edits.push_back(Edit::clear_example());
  }
  ImGui::Spacing();
}

}  // namespace

void draw_inputs(App& app) {
  example_banner(app);
  ImGui::PushItemWidth(ems(kInputWidthEms));
  for (const inmail::SectionView& section : app.view.sections) draw_section(app, section);
  ImGui::PopItemWidth();
}

}  // namespace inmail_ui
