// The page's font: the browser's UI font, drawn by the browser into ImGui's
// atlas at the size the canvas calls for. ImGui's own pixel font blurs when
// scaled for a projector, and a font file of our own would weigh as much as
// the engine.
#pragma once

namespace inmail_ui {

// Builds ImGui's font atlas for text `font_pixels` tall (framebuffer
// pixels); ImGui's line height, its font size, is a little more. Uploads
// the atlas (renderer.h).
void build_font(float font_pixels);

}  // namespace inmail_ui
