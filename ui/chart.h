// The month chart, drawn with ImDrawList from the engine's chart view: the
// sending plan as stacked bars (InMails sent, and not sent for lack of
// credits), the closing balance and the credits back as lines, the Monte
// Carlo band, the y axis with its label and ticks, a legend with the latest
// month's values, and on hover the month's row of the month table.
#pragma once

#include "inmail/page_model.h"

namespace inmail_ui {

// Fills the available width, `height` pixels tall. `faded` draws the
// figures dimmed (they are an earlier input's).
void draw_chart(const inmail::ChartView& chart, const inmail::TableView& months, float height,
                bool faded);

}  // namespace inmail_ui
