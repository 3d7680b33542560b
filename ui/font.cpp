#include "font.h"

#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

#include "browser.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "renderer.h"

namespace inmail_ui {
namespace {

// What the page writes: ASCII, Latin-1 and Latin Extended-A (names typed by
// people), punctuation (the engine's quotes, dashes and the ellipsis ImGui
// elides with; the narrow spaces Intl writes money with), currency signs
// and the minus sign.
constexpr std::pair<int, int> kCodePointRanges[] = {
    {0x20, 0x7E}, {0xA0, 0x17F}, {0x2010, 0x203A}, {0x20A0, 0x20BF}, {0x2212, 0x2212},
};
constexpr float kLineHeightPerPixel = 1.25f;
// ImGui's rule for an atlas's width by the area of what it holds.
constexpr int kAtlasWidths[] = {4096, 2048, 1024};
constexpr float kAtlasWidthShare = 0.7f;
constexpr int kMinAtlasWidth = 512;

std::vector<int> page_code_points() {
  std::vector<int> code_points;
  for (const auto& [first, last] : kCodePointRanges) {
    for (int code_point = first; code_point <= last; ++code_point) {
      code_points.push_back(code_point);
    }
  }
  return code_points;
}

// Places the atlas's rectangles (ImGui's white pixel, mouse cursors and
// lines, then the glyphs) in rows, sets the atlas's size and allocates its
// pixels, cleared.
void pack_atlas(ImFontAtlas& atlas) {
  ImVector<ImFontAtlasCustomRect>& rects = atlas.CustomRects;
  float area = 0;
  for (const ImFontAtlasCustomRect& rect : rects) {
    area += static_cast<float>(rect.Width) * static_cast<float>(rect.Height);
  }
  const float side = ImSqrt(area) + 1.0f;
  atlas.TexWidth = kMinAtlasWidth;
  for (const int width : kAtlasWidths) {
    if (side >= static_cast<float>(width) * kAtlasWidthShare) {
      atlas.TexWidth = width;
      break;
    }
  }
  int x = 0;
  int y = 0;
  int row_height = 0;
  for (ImFontAtlasCustomRect& rect : rects) {
    if (x + rect.Width > atlas.TexWidth) {
      x = 0;
      y += row_height;
      row_height = 0;
    }
    rect.X = static_cast<unsigned short>(x);
    rect.Y = static_cast<unsigned short>(y);
    x += rect.Width;
    row_height = ImMax(row_height, static_cast<int>(rect.Height));
  }
  atlas.TexHeight = ImUpperPowerOfTwo(y + row_height);
  atlas.TexUvScale =
      ImVec2(1.0f / static_cast<float>(atlas.TexWidth), 1.0f / static_cast<float>(atlas.TexHeight));
  const std::size_t size =
      static_cast<std::size_t>(atlas.TexWidth) * static_cast<std::size_t>(atlas.TexHeight);
  atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(size));
  std::memset(atlas.TexPixelsAlpha8, 0, size);
}

// Copies each glyph's cell of the browser's sheet into its atlas rectangle.
void copy_glyphs(const browser::GlyphSheet& sheet, const std::vector<int>& rects, int line_height) {
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  for (std::size_t index = 0; index < rects.size(); ++index) {
    const browser::GlyphCell& cell = sheet.cells[index];
    const ImFontAtlasCustomRect& rect = atlas.CustomRects[rects[index]];
    for (int row = 0; row < line_height; ++row) {
      const std::size_t from = static_cast<std::size_t>((cell.y + row) * sheet.width + cell.x);
      const std::size_t to = static_cast<std::size_t>((rect.Y + row) * atlas.TexWidth + rect.X);
      std::memcpy(atlas.TexPixelsAlpha8 + to, sheet.alpha.data() + from,
                  static_cast<std::size_t>(cell.width));
    }
  }
}

}  // namespace

void build_font(float font_pixels) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  const int line_height = static_cast<int>(std::lround(font_pixels * kLineHeightPerPixel));
  // The font holds the browser's glyphs alone, each a whole line tall, so
  // that its size is the line height. (ImGui reads its ascent and descent
  // for password fields only.)
  ImFont* font = IM_NEW(ImFont);
  atlas.Fonts.push_back(font);
  font->FontSize = static_cast<float>(line_height);
  font->ContainerAtlas = &atlas;
  font->Ascent = font->FontSize;

  const std::vector<int> code_points = page_code_points();
  const browser::GlyphSheet sheet = browser::render_glyphs(code_points, font_pixels, line_height);
  // ImGui's own rectangles first (as ImFontAtlas::Build() registers them),
  // then a rectangle for each glyph.
  ImFontAtlasBuildInit(&atlas);
  std::vector<int> rects;
  for (std::size_t index = 0; index < code_points.size(); ++index) {
    const browser::GlyphCell& cell = sheet.cells[index];
    rects.push_back(atlas.AddCustomRectFontGlyph(
        font, static_cast<ImWchar>(code_points[index]), cell.width, line_height,
        static_cast<float>(cell.advance), ImVec2(static_cast<float>(-cell.left), 0.0f)));
  }
  pack_atlas(atlas);
  copy_glyphs(sheet, rects, line_height);
  // Draws ImGui's own rectangles, adds the glyphs to the font (which then
  // picks U+2026 for its ellipsis and '?' for what it lacks) and marks the
  // atlas built.
  ImFontAtlasBuildFinish(&atlas);
  renderer::upload_font_atlas();
}

}  // namespace inmail_ui
