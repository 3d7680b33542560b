#include "widgets.h"

#include <algorithm>
#include <cfloat>

#include "imgui_internal.h"

namespace inmail_ui {
namespace {

const ImVec4 kErrorColor(1.0f, 0.5f, 0.45f, 1.0f);
const ImVec4 kWarningColor(1.0f, 0.75f, 0.3f, 1.0f);
constexpr ImU32 kBarColor = IM_COL32(255, 160, 60, 200);
constexpr ImU32 kBarHeldColor = IM_COL32(255, 190, 110, 255);

// Text typed into an input, long enough for a sending plan of 120 months.
constexpr int kTypedCapacity = 1024;
// How long a picker's options may be, and a sending plan's bars.
constexpr float kPickerWidthEms = 18.0f;
constexpr float kPlanBarsHeightEms = 2.5f;
// A bar's top sits below the strip's, so that it can be dragged higher.
constexpr double kPlanHeadroom = 1.25;

void remember_rect(App& app, const std::string& name, ImVec2 min, ImVec2 max, ImGuiID id) {
  app.widget_rects[name] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y};
  if (id != 0 && ImGui::GetFocusID() == id) app.focused = name;
}

// The kinds of field a drag can move: numbers, and a sending plan while it
// is one number for every month.
bool draggable(const inmail::FieldView& field) {
  const bool numeric = field.kind == "integer" || field.kind == "decimal" ||
                       field.kind == "limit" || field.kind == "schedule";
  return numeric && field.min < field.max && (field.kind != "schedule" || field.number);
}

// Moves the dragged field's value by the mouse (or, once activated, the
// arrow keys) from the number in force; the new text when it moved.
std::optional<std::string> drag(ImGuiID id, const inmail::FieldView& field, const App& app) {
  const double start = field.number.value_or(field.in_force.value_or(field.min));
  const auto speed = static_cast<float>(field.step / app.pixel_ratio);
  if (field.kind == "decimal") {
    double value = start;
    if (!ImGui::DragBehavior(id, ImGuiDataType_Double, &value, speed, &field.min, &field.max,
                             "%.2f", ImGuiSliderFlags_None)) {
      return std::nullopt;
    }
    return dragged_text(value, false);
  }
  auto value = static_cast<std::int64_t>(start);
  const auto min = static_cast<std::int64_t>(field.min);
  const auto max = static_cast<std::int64_t>(field.max);
  if (!ImGui::DragBehavior(id, ImGuiDataType_S64, &value, speed, &min, &max, "%lld",
                           ImGuiSliderFlags_None)) {
    return std::nullopt;
  }
  return dragged_text(static_cast<double>(value), true);
}

// Whether a press on the input starts typing: always for text; for numbers
// Ctrl+click, Tab and Enter, or a click let go without moving (a drag drags).
bool starts_typing(ImGuiID id, bool hovered, bool drags) {
  ImGuiContext& g = *GImGui;
  const bool tabbed = (g.LastItemData.StatusFlags & ImGuiItemStatusFlags_FocusedByTabbing) != 0;
  const bool clicked = hovered && g.IO.MouseClicked[0];
  if (tabbed || clicked || g.NavActivateId == id || g.NavActivateInputId == id) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGui::SetActiveID(id, window);
    ImGui::SetFocusID(id, window);
    ImGui::FocusWindow(window);
    g.ActiveIdUsingNavDirMask = (1 << ImGuiDir_Left) | (1 << ImGuiDir_Right);
    if (!drags || tabbed || g.NavActivateInputId == id || (clicked && g.IO.KeyCtrl)) return true;
  }
  const bool let_go_still = g.ActiveId == id && hovered && g.IO.MouseReleased[0] &&
                            !ImGui::IsMouseDragPastThreshold(0, g.IO.MouseDragThreshold / 2);
  if (!let_go_still) return false;
  // As ImGui's own drags do: the release asks for text input next.
  g.NavActivateId = g.NavActivateInputId = id;
  g.NavActivateFlags = ImGuiActivateFlags_PreferInput;
  return true;
}

std::optional<std::string> type_text(const ImRect& frame, ImGuiID id, const std::string& label,
                                     const std::string& text) {
  char typed[kTypedCapacity];
  const std::size_t length = std::min(text.size(), sizeof typed - 1);
  text.copy(typed, length);
  typed[length] = '\0';
  if (!ImGui::TempInputText(frame, id, label.c_str(), typed, sizeof typed, 0)) return std::nullopt;
  return std::string(typed);
}

// The text in the frame: as typed, or dimmed, what an empty input means.
void show_text(const ImRect& frame, const inmail::FieldView& field) {
  const ImVec2 padding = ImGui::GetStyle().FramePadding;
  const bool empty = field.text.empty();
  const std::string& shown = empty ? field.placeholder : field.text;
  if (empty) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::RenderTextClipped(ImVec2(frame.Min.x + padding.x, frame.Min.y),
                           ImVec2(frame.Max.x - padding.x, frame.Max.y), shown.c_str(),
                           shown.c_str() + shown.size(), nullptr, ImVec2(0.0f, 0.5f));
  if (empty) ImGui::PopStyleColor();
}

// Where the strip's bars top out: above the plan's largest month, and while
// one of its bars is held never lower than it was, so a bar follows the mouse.
double plan_top(App& app, const std::vector<std::int64_t>& plan, bool held) {
  const std::int64_t largest = plan.empty() ? 0 : *std::max_element(plan.begin(), plan.end());
  double top = std::max(1.0, static_cast<double>(largest) * kPlanHeadroom);
  if (held) top = std::max(top, app.held_plan_top);
  app.held_plan_top = held ? top : 0.0;
  return top;
}

std::optional<std::int64_t> plan_bar(ImGuiID id, const ImRect& bar, std::int64_t month_value,
                                     const inmail::FieldView& sends, const App& app) {
  ImGuiContext& g = *GImGui;
  const bool hovered = ImGui::ItemHoverable(bar, id);
  if ((hovered && g.IO.MouseClicked[0]) || g.NavActivateId == id) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGui::SetActiveID(id, window);
    ImGui::SetFocusID(id, window);
    ImGui::FocusWindow(window);
    g.ActiveIdUsingNavDirMask = (1 << ImGuiDir_Up) | (1 << ImGuiDir_Down);
  }
  std::int64_t value = month_value;
  const auto min = static_cast<std::int64_t>(sends.min);
  const auto max = static_cast<std::int64_t>(sends.max);
  const auto speed = static_cast<float>(sends.step / app.pixel_ratio);
  if (!ImGui::DragBehavior(id, ImGuiDataType_S64, &value, speed, &min, &max, "%lld",
                           ImGuiSliderFlags_Vertical)) {
    return std::nullopt;
  }
  return value;
}

void draw_plan_bar(const ImRect& bar, std::int64_t value, double top, ImGuiID id) {
  const float height = bar.GetHeight() * static_cast<float>(static_cast<double>(value) / top);
  const bool held = ImGui::GetActiveID() == id;
  const ImU32 frame = ImGui::GetColorU32(held                          ? ImGuiCol_FrameBgActive
                                         : ImGui::GetHoveredID() == id ? ImGuiCol_FrameBgHovered
                                                                       : ImGuiCol_FrameBg);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(bar.Min, bar.Max, frame);
  draw->AddRectFilled(ImVec2(bar.Min.x, bar.Max.y - height), bar.Max,
                      held ? kBarHeldColor : kBarColor);
  ImGui::RenderNavHighlight(bar, id);
}

}  // namespace

float ems(float count) { return ImGui::GetFontSize() * count; }

void wrapped_text(const std::string& text, const ImVec4& color) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void error_text(const std::string& text) { wrapped_text(text, kErrorColor); }

void warning_text(const std::string& text) { wrapped_text(text, kWarningColor); }

void note_text(const std::string& text) {
  wrapped_text(text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
}

void tooltip_on_hover(const std::string& text) {
  if (text.empty() || !ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ems(kPickerWidthEms * 1.5f));
  ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void remember_rect(App& app, const std::string& name) {
  remember_rect(app, name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetItemID());
}

bool action_button(App& app, const std::string& label, const std::string& name) {
  const bool pressed = ImGui::Button((label + "##" + name).c_str());
  remember_rect(app, name);
  return pressed;
}

std::optional<std::string> text_input(App& app, const inmail::FieldView& field,
                                      const std::string& name) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return std::nullopt;
  const std::string label = "##" + name;
  const ImGuiID id = window->GetID(label.c_str());
  const ImVec2 at = window->DC.CursorPos;
  const ImRect frame(at, ImVec2(at.x + ImGui::CalcItemWidth(), at.y + ImGui::GetFrameHeight()));
  ImGui::ItemSize(frame, ImGui::GetStyle().FramePadding.y);
  if (!ImGui::ItemAdd(frame, id, &frame, ImGuiItemFlags_Inputable)) return std::nullopt;
  remember_rect(app, name);

  const bool drags = draggable(field);
  const bool hovered = ImGui::ItemHoverable(frame, id);
  if (ImGui::TempInputIsActive(id) || starts_typing(id, hovered, drags)) {
    return type_text(frame, id, label, field.text);
  }
  const ImGuiCol background = ImGui::GetActiveID() == id ? ImGuiCol_FrameBgActive
                              : hovered                  ? ImGuiCol_FrameBgHovered
                                                         : ImGuiCol_FrameBg;
  ImGui::RenderNavHighlight(frame, id);
  ImGui::RenderFrame(frame.Min, frame.Max, ImGui::GetColorU32(background), true,
                     ImGui::GetStyle().FrameRounding);
  std::optional<std::string> dragged = drags ? drag(id, field, app) : std::nullopt;
  show_text(frame, field);
  return dragged;
}

std::optional<std::string> choice_input(App& app, const inmail::FieldView& field) {
  const std::string label = "##" + field.path;
  const ImGuiID id = ImGui::GetID(label.c_str());
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 end(at.x + ImGui::CalcItemWidth(), at.y + ImGui::GetFrameHeight());
  const auto chosen = std::find_if(field.choices.begin(), field.choices.end(),
                                   [&](const auto& choice) { return choice.value == field.text; });
  const std::string& preview = chosen != field.choices.end() ? chosen->label : field.text;
  ImGui::SetNextWindowSizeConstraints(ImVec2(ems(kPickerWidthEms), 0.0f), ImVec2(FLT_MAX, FLT_MAX));
  const bool open =
      ImGui::BeginCombo(label.c_str(), preview.c_str(), ImGuiComboFlags_HeightLargest);
  remember_rect(app, field.path, at, end, id);
  if (!open) return std::nullopt;
  std::optional<std::string> picked;
  const std::string* heading = &field.choices.front().group;
  for (const inmail::ChoiceView& choice : field.choices) {
    if (choice.group != *heading) {
      ImGui::Separator();
      if (!choice.group.empty()) note_text(choice.group);
    }
    heading = &choice.group;
    ImGui::BeginDisabled(!choice.enabled);
    const bool selected = chosen != field.choices.end() && &choice == &*chosen;
    if (ImGui::Selectable(choice.label.c_str(), selected)) picked = choice.value;
    ImGui::EndDisabled();
    remember_rect(app,
                  field.path + ".options." + (choice.value.empty() ? "default" : choice.value));
    tooltip_on_hover(choice.note);
  }
  ImGui::EndCombo();
  return picked;
}

std::optional<std::string> checkbox_input(App& app, const inmail::FieldView& field) {
  bool checked = field.text == "true";
  const bool clicked = ImGui::Checkbox(("##" + field.path).c_str(), &checked);
  remember_rect(app, field.path);
  if (!clicked) return std::nullopt;
  return checked ? "true" : "false";
}

std::optional<PlanMonth> plan_bars(App& app, const inmail::FieldView& sends,
                                   const std::vector<std::int64_t>& plan,
                                   const std::vector<std::string>& month_names) {
  if (plan.empty()) return std::nullopt;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 at = window->DC.CursorPos;
  const float width = ImGui::GetContentRegionAvail().x;
  const float gap = std::max(1.0f, ems(0.1f));
  const float bar_width = std::max(1.0f, width / static_cast<float>(plan.size()) - gap);
  ImGui::PushID(sends.path.c_str());
  std::vector<ImGuiID> ids;
  for (std::size_t month = 0; month < plan.size(); ++month) {
    ids.push_back(window->GetID(static_cast<int>(month)));
  }
  const bool held = std::find(ids.begin(), ids.end(), ImGui::GetActiveID()) != ids.end();
  const double top = plan_top(app, plan, held);
  std::optional<PlanMonth> changed;
  for (std::size_t month = 0; month < plan.size(); ++month) {
    const ImGuiID id = ids[month];
    const float x = at.x + static_cast<float>(month) * (bar_width + gap);
    const ImRect bar(ImVec2(x, at.y), ImVec2(x + bar_width, at.y + ems(kPlanBarsHeightEms)));
    if (!ImGui::ItemAdd(bar, id)) continue;
    remember_rect(app, sends.path + "[" + std::to_string(month) + "]");
    if (const auto value = plan_bar(id, bar, plan[month], sends, app)) {
      changed = PlanMonth{static_cast<int>(month), *value};
    }
    draw_plan_bar(bar, plan[month], top, id);
    if (month < month_names.size()) {
      tooltip_on_hover(month_names[month] + ": " + std::to_string(plan[month]));
    }
  }
  ImGui::PopID();
  ImGui::SetCursorScreenPos(at);
  ImGui::Dummy(ImVec2(width, ems(kPlanBarsHeightEms)));
  return changed;
}

}  // namespace inmail_ui
