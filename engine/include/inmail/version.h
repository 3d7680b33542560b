#pragma once

namespace inmail {
inline constexpr const char* kVersion = "1.0.0";
inline constexpr const char* kSpecVersion = "1";
}  // namespace inmail
