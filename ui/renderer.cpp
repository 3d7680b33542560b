#include "renderer.h"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>

namespace inmail_ui::renderer {
namespace {

// ImGui's own shaders for GLSL ES 3.00, except that the atlas has one
// channel: its coverage is the alpha of white, as ImGui's RGBA atlas holds it.
constexpr const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 Position;
layout (location = 1) in vec2 UV;
layout (location = 2) in vec4 Color;
uniform mat4 ProjMtx;
out vec2 Frag_UV;
out vec4 Frag_Color;
void main() {
  Frag_UV = UV;
  Frag_Color = Color;
  gl_Position = ProjMtx * vec4(Position.xy, 0, 1);
}
)";
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D Texture;
in vec2 Frag_UV;
in vec4 Frag_Color;
layout (location = 0) out vec4 Out_Color;
void main() {
  Out_Color = Frag_Color * vec4(1.0, 1.0, 1.0, texture(Texture, Frag_UV.st).r);
}
)";

struct Objects {
  GLint projection = -1;  // ProjMtx
  GLuint font_texture = 0;
};
Objects g_objects;

void attach_shader(GLuint program, GLenum type, const char* source) {
  const GLuint shader = glCreateShader(type);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  glAttachShader(program, shader);
  glDeleteShader(shader);  // kept alive by the program
}

void vertex_attribute(GLuint location, GLint size, GLenum type, GLboolean normalized,
                      std::size_t offset) {
  glEnableVertexAttribArray(location);
  glVertexAttribPointer(location, size, type, normalized, sizeof(ImDrawVert),
                        reinterpret_cast<const void*>(offset));
}

}  // namespace

void init() {
  const GLuint program = glCreateProgram();
  attach_shader(program, GL_VERTEX_SHADER, kVertexShader);
  attach_shader(program, GL_FRAGMENT_SHADER, kFragmentShader);
  glLinkProgram(program);
  glUseProgram(program);
  g_objects.projection = glGetUniformLocation(program, "ProjMtx");
  // The sampler reads texture unit 0, the default active one.

  GLuint vertex_array = 0;
  glGenVertexArrays(1, &vertex_array);
  glBindVertexArray(vertex_array);
  GLuint buffers[2] = {0, 0};
  glGenBuffers(2, buffers);
  glBindBuffer(GL_ARRAY_BUFFER, buffers[0]);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, buffers[1]);
  vertex_attribute(0, 2, GL_FLOAT, GL_FALSE, offsetof(ImDrawVert, pos));
  vertex_attribute(1, 2, GL_FLOAT, GL_FALSE, offsetof(ImDrawVert, uv));
  vertex_attribute(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, offsetof(ImDrawVert, col));

  // Straight alpha for colour, as ImGui's backend blends; no depth,
  // stencil or culling is ever enabled in this context.
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);

  glGenTextures(1, &g_objects.font_texture);
  glBindTexture(GL_TEXTURE_2D, g_objects.font_texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // rows of single bytes
}

void upload_font_atlas() {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  // The texture stays bound: it is the only one.
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, atlas.TexWidth, atlas.TexHeight, 0, GL_RED,
               GL_UNSIGNED_BYTE, atlas.TexPixelsAlpha8);
  atlas.SetTexID(
      reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(g_objects.font_texture)));
}

void render(const ImDrawData& draw_data, int width, int height, const ImVec4& background) {
  glViewport(0, 0, width, height);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glEnable(GL_SCISSOR_TEST);

  // ImGui's orthographic projection of its display onto clip space.
  const float left = draw_data.DisplayPos.x;
  const float right = draw_data.DisplayPos.x + draw_data.DisplaySize.x;
  const float top = draw_data.DisplayPos.y;
  const float bottom = draw_data.DisplayPos.y + draw_data.DisplaySize.y;
  const float projection[4][4] = {
      {2.0f / (right - left), 0.0f, 0.0f, 0.0f},
      {0.0f, 2.0f / (top - bottom), 0.0f, 0.0f},
      {0.0f, 0.0f, -1.0f, 0.0f},
      {(right + left) / (left - right), (top + bottom) / (bottom - top), 0.0f, 1.0f},
  };
  glUniformMatrix4fv(g_objects.projection, 1, GL_FALSE, &projection[0][0]);

  const ImVec2 clip_offset = draw_data.DisplayPos;
  const ImVec2 clip_scale = draw_data.FramebufferScale;
  for (int list = 0; list < draw_data.CmdListsCount; ++list) {
    const ImDrawList& commands = *draw_data.CmdLists[list];
    glBufferData(GL_ARRAY_BUFFER, commands.VtxBuffer.size_in_bytes(), commands.VtxBuffer.Data,
                 GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, commands.IdxBuffer.size_in_bytes(),
                 commands.IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& command : commands.CmdBuffer) {
      // The page sets no draw callbacks.
      const float min_x = (command.ClipRect.x - clip_offset.x) * clip_scale.x;
      const float min_y = (command.ClipRect.y - clip_offset.y) * clip_scale.y;
      const float max_x = (command.ClipRect.z - clip_offset.x) * clip_scale.x;
      const float max_y = (command.ClipRect.w - clip_offset.y) * clip_scale.y;
      if (max_x <= min_x || max_y <= min_y) continue;
      glScissor(static_cast<int>(min_x), static_cast<int>(static_cast<float>(height) - max_y),
                static_cast<int>(max_x - min_x), static_cast<int>(max_y - min_y));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount),
                     sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<const void*>(command.IdxOffset * sizeof(ImDrawIdx)));
    }
  }
}

}  // namespace inmail_ui::renderer
