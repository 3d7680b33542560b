// Draws ImGui's frames with WebGL2 (OpenGL ES 3): the page's own renderer,
// in place of ImGui's OpenGL backend, which serves every OpenGL version,
// saves and restores the state of other renderers, and uploads the font as
// RGBA. The page is the only user of its WebGL context, so the state is set
// once; the font atlas goes up as one channel.
#pragma once

#include "imgui.h"

namespace inmail_ui::renderer {

// Compiles the shaders and makes the buffers, in the current WebGL2 context.
void init();

// Uploads the font atlas (ImGui's alpha pixels, built by build_font) and
// names it as ImGui's texture; again after each new atlas.
void upload_font_atlas();

// Clears the framebuffer (`width` x `height` pixels) to `background` and
// draws `draw_data` on it.
void render(const ImDrawData& draw_data, int width, int height, const ImVec4& background);

}  // namespace inmail_ui::renderer
