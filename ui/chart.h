// The month chart, drawn with ImDrawList: closing balance, sent and credited
// back per month, the Monte Carlo p10-p90 band of the closing balance, and a
// tooltip with the hovered month's whole row.
#pragma once

#include "inmail/projection.h"

namespace inmail_ui {

// Fills the available width, `height` pixels tall. `faded` draws the lines
// dimmed (the views are stale).
void draw_chart(const inmail::Result& result, float height, bool faded);

}  // namespace inmail_ui
