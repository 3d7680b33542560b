// Engine validation errors, placed next to the input they are about.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "inmail/scenario.h"

namespace inmail_ui {

// The input a field path belongs to: the spec's shorthand keys ("seats",
// "response_rate", ...) describe group 0, everything else is its own input.
std::string input_field(std::string_view field);

// True when the input panel has a widget for `field` with `group_count` groups.
bool has_input_for(std::string_view field, std::size_t group_count);

class FieldErrors {
 public:
  FieldErrors() = default;
  explicit FieldErrors(std::vector<inmail::FieldError> errors);

  bool empty() const { return errors_.empty(); }
  const std::vector<inmail::FieldError>& all() const { return errors_; }

  // Every message about the input `field`, joined by "; "; empty when none.
  std::string message_for(std::string_view field) const;

  // Errors that no widget shows (unknown keys, malformed input): the panel
  // lists them at its top so that none goes unseen.
  std::vector<inmail::FieldError> unplaced(std::size_t group_count) const;

 private:
  std::vector<inmail::FieldError> errors_;
};

}  // namespace inmail_ui
