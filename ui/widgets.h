// The page's widgets, drawn from the engine's view: an input that types on
// a click and drags numbers, a picker, a checkbox, a sending plan's bars,
// buttons, and text in the page's colours. Each remembers where it was
// drawn (App::widget_rects) for the browser tests.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app.h"
#include "imgui.h"

namespace inmail_ui {

// Sizes in multiples of the font size, which follows the canvas.
float ems(float count);

void wrapped_text(const std::string& text, const ImVec4& color);
void error_text(const std::string& text);
void warning_text(const std::string& text);
void note_text(const std::string& text);
void tooltip_on_hover(const std::string& text);

// Notes the last item's rectangle under `name`, and whether it has keyboard focus.
void remember_rect(App& app, const std::string& name);

// A button; returns true when pressed.
bool action_button(App& app, const std::string& label, const std::string& name);

// An input of the view, as wide as the next item: the text as typed (or
// what an empty input means, dimmed) in a frame that types on a click, Tab
// or Enter; numbers also drag, by the view's step per CSS pixel. Returns the
// new text when the person changed it.
std::optional<std::string> text_input(App& app, const inmail::FieldView& field,
                                      const std::string& name);

// A picker of the field's choices; an open picker's options are remembered
// as "<path>.options.<value>" ("default" for the empty value). Returns the
// value picked.
std::optional<std::string> choice_input(App& app, const inmail::FieldView& field);

// A checkbox for a boolean field; returns "true" or "false" when clicked.
std::optional<std::string> checkbox_input(App& app, const inmail::FieldView& field);

// One month of a sending plan, as a bar dragged up or down.
struct PlanMonth {
  int month = 0;
  std::int64_t value = 0;
};

// A group's sending plan, one bar a month across the available width, each
// dragged up or down by mouse, or focused and activated (Space) then moved
// with the arrow keys. Bars are remembered as "<path>[month]". Returns the
// month changed.
std::optional<PlanMonth> plan_bars(App& app, const inmail::FieldView& sends,
                                   const std::vector<std::int64_t>& plan,
                                   const std::vector<std::string>& month_names);

}  // namespace inmail_ui
